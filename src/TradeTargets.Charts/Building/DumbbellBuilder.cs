using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Builds a dumbbell chart: per goal a line from the latest level to the goal.</summary>
/// <remarks>
/// When the values span more than 1.5 orders of magnitude the axis shows log10 of the values, with ticks
/// labelled in money at whole decades. Zero levels cannot sit on a log axis: they are drawn just left of its lowest tick
/// with a note.
/// </remarks>
internal static class DumbbellBuilder
{
    public const double LogThresholdDecades = 1.5;
    private const int RowHeight = 42;

    // Levels of several currencies on one money axis would put a rupiah goal beside dollar goals as if comparable:
    // refused, naming the goals, so the caller draws one chart per currency.
    private static Currency OneCurrency(List<GoalEvaluation> evaluations)
    {
        var groups = ByCurrency(evaluations);
        if (groups.Count <= 1)
        {
            return groups.Count == 0 ? Currency.Usd : groups[0].Key;
        }

        var listed = groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key.Code} ({g.Count()}: {string.Join(", ", g.Take(3).Select(e => e.Goal.Id))}{(g.Count() > 3 ? ", ..." : string.Empty)})"));
        throw new ArgumentException(
            $"A dumbbell chart draws every goal on one money axis, but these goals are in {groups.Count} currencies: {string.Join("; ", listed)}. Draw one chart per currency.",
            nameof(evaluations));
    }

    /// <summary>The goals grouped by the currency of their targets, the largest group first (then by code).</summary>
    public static List<IGrouping<Currency, GoalEvaluation>> ByCurrency(IEnumerable<GoalEvaluation> evaluations)
        => [.. evaluations.GroupBy(e => e.Goal.Target.Currency).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Code, StringComparer.Ordinal)];

    public static ChartModel Build(IReadOnlyList<GoalEvaluation> evaluations, ChartOptions? options = null)
    {
        Preconditions.NoNullElements(evaluations);
        var canvas = ChartCanvas.Create(options);
        var rows = canvas.Capped(
            [.. evaluations
                .OrderByDescending(e => e.Goal.Target.ToDouble())
                .ThenBy(e => GoalText.Pair(e.Goal), StringComparer.Ordinal)
                .ThenBy(e => e.Goal.Id, StringComparer.Ordinal)],
            "the largest goals");
        var n = rows.Count;
        var commonFlow = GoalText.CommonFlow(rows);
        var currency = OneCurrency(rows);
        var scale = Scale.Of(rows);

        var marks = Marks.Draw(canvas, rows, scale, commonFlow is null);
        marks.AddMarkers(canvas);
        NoteGaps(canvas, rows, scale, marks.Zeros);
        marks.Rows.WriteBeside(canvas, scale.Left, 0.2);
        Axes(canvas.Plot, scale, currency, n);
        if (n > 0)
        {
            // An empty legend panel breaks the layout; with no goals there is nothing to explain.
            canvas.ShowLegend(Edge.Bottom);
            canvas.Plot.Legend.Orientation = Orientation.Horizontal;
        }

        var height = canvas.FittedHeight(n, RowHeight) + 40;
        var what = commonFlow is null ? "Trade goals" : $"Trade goals ({commonFlow})";
        var title = string.Create(CultureInfo.InvariantCulture, $"{what} against the latest reported level: {n} goal{(n == 1 ? string.Empty : "s")}");
        var subtitle = "Circle: the level the goal is scored on; diamond: the goal; the line between them is the distance still to go. Largest goal first.";
        return canvas.Finish(ChartKind.Dumbbell, title, subtitle, scale.Log ? $"Level ({currency.Code}, log scale)" : $"Level ({currency.Code})", string.Empty, SourceText.For(rows), height, categories: marks.Rows.Labels, logScale: scale.Log);
    }

    private static LevelEstimate? Level(GoalEvaluation e) => e.Level ?? e.Latest;

    // What the chart leaves out or draws differently, said in notes under it.
    private static void NoteGaps(ChartCanvas canvas, List<GoalEvaluation> rows, Scale scale, List<string> zeros)
    {
        var missing = rows.Count(e => Level(e) is null);
        if (missing > 0)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"{missing} goal(s) have no reported level: only the goal is drawn."));
        }

        if (zeros.Count > 0)
        {
            canvas.Note($"A level of zero cannot be shown on a log scale; drawn left of the lowest tick: {string.Join(", ", zeros)}.");
        }

        if (scale.Log)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"Log scale: the values span {Math.Log10(scale.Max / scale.Min):0.#} orders of magnitude; each gridline step is ten times the last."));
        }
    }

    // The money axis at the foot (and at the top of a tall chart) and the limits around the rows.
    private static void Axes(Plot plot, Scale scale, Currency currency, int n)
    {
        plot.Axes.Bottom.TickGenerator = scale.Ticks(currency);
        if (scale.Log)
        {
            plot.Grid.XAxisStyle.MinorLineStyle.Width = 1;
        }

        var yLo = -0.45;
        var yHi = Math.Max(n, 1) - 0.35;
        plot.Axes.SetLimits(scale.Left, scale.Right, yLo, yHi);
        if (n > 12)
        {
            // A tall chart repeats the scale at the top.
            plot.Axes.Top.TickGenerator = scale.Ticks(currency);
            plot.Axes.Top.Range.Set(scale.Left, scale.Right);
        }
    }

    // One series of level markers; an empty series adds nothing, so the legend lists only what is drawn.
    private static void Markers(ChartCanvas canvas, List<double> xs, List<double> ys, MarkerShape shape, float lineWidth, string name)
    {
        if (xs.Count == 0)
        {
            return;
        }

        var markers = canvas.Plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray(), Palette.Blue);
        markers.MarkerShape = shape;
        markers.MarkerSize = 11;
        markers.MarkerLineWidth = lineWidth;
        markers.LegendText = name;
    }

    /// <summary>The value axis: linear from zero, or log10 of the values when they span more than <see cref="LogThresholdDecades"/> decades.</summary>
    /// <param name="Log">Whether the axis is logarithmic.</param>
    /// <param name="Min">The smallest positive value drawn (1 when there is none).</param>
    /// <param name="Max">The largest positive value drawn (1 when there is none).</param>
    /// <param name="Lo">The lowest axis coordinate of the data: a whole decade on a log axis, else zero.</param>
    /// <param name="Hi">The highest axis coordinate of the data.</param>
    private readonly record struct Scale(bool Log, double Min, double Max, double Lo, double Hi)
    {
        /// <summary>Where the row labels start, left of the data.</summary>
        public double Left => Log ? Lo - 0.12 : Lo - ((Hi - Lo) * 0.03);

        /// <summary>The right end of the axis.</summary>
        public double Right => Hi + ((Hi - Lo) * 0.03);

        public static Scale Of(List<GoalEvaluation> rows)
        {
            var positive = rows.Select(e => e.Goal.Target.ToDouble())
                .Concat(rows.Select(Level).OfType<LevelEstimate>().Select(l => l.Value))
                .Where(v => v > 0)
                .ToList();
            var min = positive.Count > 0 ? positive.Min() : 1;
            var max = positive.Count > 0 ? positive.Max() : 1;
            return max / min > Math.Pow(10, LogThresholdDecades)
                ? new(true, min, max, Math.Floor(Math.Log10(min) - 0.05), Math.Ceiling(Math.Log10(max) + 0.05))
                : new(false, min, max, 0, max * 1.1);
        }

        // On a log axis a zero sits just left of the lowest decade, inside the data area, with its own marker.
        public double X(double value) => Log ? (value > 0 ? Math.Log10(value) : Lo - 0.06) : value;

        public ITickGenerator Ticks(Currency currency) => Log ? AxisText.LogMoney(currency, (int)Lo, (int)Hi) : AxisText.LinearMoney(currency);
    }

    /// <summary>The rows of the chart (positions, labels and details) and the markers each kind of level gets.</summary>
    private sealed class Marks
    {
        private readonly List<double> latestX = [];
        private readonly List<double> latestY = [];
        private readonly List<double> estX = [];
        private readonly List<double> estY = [];
        private readonly List<double> goalX = [];
        private readonly List<double> goalY = [];
        private readonly List<double> zeroX = [];
        private readonly List<double> zeroY = [];

        private Marks(int n) => Rows = new RowTexts(n);

        public RowTexts Rows { get; }

        /// <summary>The goals whose level of zero is drawn left of a log axis.</summary>
        public List<string> Zeros { get; } = [];

        /// <summary>Lays out the rows, largest goal at the top, drawing each row's connector from level to goal.</summary>
        public static Marks Draw(ChartCanvas canvas, List<GoalEvaluation> rows, Scale scale, bool nameFlows)
        {
            var n = rows.Count;
            var marks = new Marks(n);
            for (var i = 0; i < n; i++)
            {
                marks.Row(canvas, rows[i], n - 1 - i, i, scale, nameFlows);
            }

            return marks;
        }

        /// <summary>The level markers of each kind, then the goals (or a note that there are none).</summary>
        public void AddMarkers(ChartCanvas canvas)
        {
            Markers(canvas, latestX, latestY, MarkerShape.FilledCircle, 1, SeriesNames.Latest);
            Markers(canvas, estX, estY, MarkerShape.OpenCircle, 2, SeriesNames.LatestEstimated);
            Markers(canvas, zeroX, zeroY, MarkerShape.Eks, 2, SeriesNames.ZeroLevel);

            if (Rows.Positions.Length > 0)
            {
                var goals = canvas.Plot.Add.ScatterPoints(goalX.ToArray(), goalY.ToArray(), Palette.Vermillion);
                goals.MarkerShape = MarkerShape.FilledDiamond;
                goals.MarkerSize = 13;
                goals.LegendText = SeriesNames.Goal;
            }
            else
            {
                canvas.Note("No goals to show.");
            }
        }

        private void Row(ChartCanvas canvas, GoalEvaluation e, double y, int i, Scale scale, bool nameFlows)
        {
            Rows.Positions[i] = y;
            Rows.Labels[i] = canvas.Label(GoalText.Row(e, nameFlows));
            var goalValue = e.Goal.Target.ToDouble();
            goalX.Add(scale.X(goalValue));
            goalY.Add(y);
            if (Level(e) is not { } level)
            {
                Rows.Details[i] = $"no figures, {StatusText.DescribeCompactly(e)}";
                return;
            }

            var connector = canvas.Plot.Add.Line(scale.X(level.Value), y, scale.X(goalValue), y);
            connector.Color = Palette.Connector;
            connector.LineWidth = 3;
            connector.LegendText = string.Empty;
            if (scale.Log && level.Value <= 0)
            {
                Zeros.Add(GoalText.Pair(e.Goal));
                zeroX.Add(scale.X(level.Value));
                zeroY.Add(y);
            }
            else
            {
                (level.IsEstimated ? estX : latestX).Add(scale.X(level.Value));
                (level.IsEstimated ? estY : latestY).Add(y);
            }

            Rows.Details[i] = $"level {GoalText.Money(level.Value, e.Goal)}, {StatusText.DescribeCompactly(e)}";
        }
    }
}
