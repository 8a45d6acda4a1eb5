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
        var plot = canvas.Plot;
        var rows = canvas.Capped(
            [.. evaluations
                .OrderByDescending(e => e.Goal.Target.ToDouble())
                .ThenBy(e => GoalText.Pair(e.Goal), StringComparer.Ordinal)
                .ThenBy(e => e.Goal.Id, StringComparer.Ordinal)],
            "the largest goals");
        var n = rows.Count;
        var commonFlow = GoalText.CommonFlow(rows);
        var currency = OneCurrency(rows);

        var positive = rows.Select(e => e.Goal.Target.ToDouble())
            .Concat(rows.Select(Level).OfType<LevelEstimate>().Select(l => l.Value))
            .Where(v => v > 0)
            .ToList();
        var min = positive.Count > 0 ? positive.Min() : 1;
        var max = positive.Count > 0 ? positive.Max() : 1;
        var log = max / min > Math.Pow(10, LogThresholdDecades);

        double lo, hi;
        if (log)
        {
            lo = Math.Floor(Math.Log10(min) - 0.05);
            hi = Math.Ceiling(Math.Log10(max) + 0.05);
        }
        else
        {
            lo = 0;
            hi = max * 1.1;
        }

        // On a log axis a zero sits just left of the lowest decade, inside the data area, with its own marker.
        double X(double value) => log ? (value > 0 ? Math.Log10(value) : lo - 0.06) : value;

        var positions = new double[n];
        var labels = new string[n];
        var statuses = new string[n];
        var latestX = new List<double>();
        var latestY = new List<double>();
        var estX = new List<double>();
        var estY = new List<double>();
        var goalX = new List<double>();
        var goalY = new List<double>();
        var zeros = new List<string>();
        var zeroX = new List<double>();
        var zeroY = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var e = rows[i];
            double y = n - 1 - i;
            positions[i] = y;
            labels[i] = canvas.Label(GoalText.Row(e, commonFlow is null));
            var goalValue = e.Goal.Target.ToDouble();
            goalX.Add(X(goalValue));
            goalY.Add(y);
            if (Level(e) is { } level)
            {
                var connector = plot.Add.Line(X(level.Value), y, X(goalValue), y);
                connector.Color = Palette.Connector;
                connector.LineWidth = 3;
                connector.LegendText = string.Empty;
                if (log && level.Value <= 0)
                {
                    zeros.Add(GoalText.Pair(e.Goal));
                    zeroX.Add(X(level.Value));
                    zeroY.Add(y);
                }
                else
                {
                    (level.IsEstimated ? estX : latestX).Add(X(level.Value));
                    (level.IsEstimated ? estY : latestY).Add(y);
                }

                statuses[i] = $"level {GoalText.Money(level.Value, e.Goal)}, {StatusText.DescribeCompactly(e)}";
            }
            else
            {
                statuses[i] = $"no figures, {StatusText.DescribeCompactly(e)}";
            }
        }

        Markers(canvas, latestX, latestY, MarkerShape.FilledCircle, 1, SeriesNames.Latest);
        Markers(canvas, estX, estY, MarkerShape.OpenCircle, 2, SeriesNames.LatestEstimated);
        Markers(canvas, zeroX, zeroY, MarkerShape.Eks, 2, SeriesNames.ZeroLevel);

        if (n > 0)
        {
            var goals = plot.Add.ScatterPoints(goalX.ToArray(), goalY.ToArray(), Palette.Vermillion);
            goals.MarkerShape = MarkerShape.FilledDiamond;
            goals.MarkerSize = 13;
            goals.LegendText = SeriesNames.Goal;
        }
        else
        {
            canvas.Note("No goals to show.");
        }

        var missing = rows.Count(e => Level(e) is null);
        if (missing > 0)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"{missing} goal(s) have no reported level: only the goal is drawn."));
        }

        if (zeros.Count > 0)
        {
            canvas.Note($"A level of zero cannot be shown on a log scale; drawn left of the lowest tick: {string.Join(", ", zeros)}.");
        }

        if (log)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"Log scale: the values span {Math.Log10(max / min):0.#} orders of magnitude; each gridline step is ten times the last."));
        }

        var left = log ? lo - 0.12 : lo - ((hi - lo) * 0.03);
        canvas.RowLabels(left, positions, labels, statuses, 0.2);
        plot.Axes.Bottom.TickGenerator = log ? AxisText.LogMoney(currency, (int)lo, (int)hi) : AxisText.LinearMoney(currency);
        if (log)
        {
            plot.Grid.XAxisStyle.MinorLineStyle.Width = 1;
        }

        var yLo = -0.45;
        var yHi = Math.Max(n, 1) - 0.35;
        var right = hi + ((hi - lo) * 0.03);
        plot.Axes.SetLimits(left, right, yLo, yHi);
        if (n > 12)
        {
            // A tall chart repeats the scale at the top.
            plot.Axes.Top.TickGenerator = log ? AxisText.LogMoney(currency, (int)lo, (int)hi) : AxisText.LinearMoney(currency);
            plot.Axes.Top.Range.Set(left, right);
        }

        if (n > 0)
        {
            // An empty legend panel breaks the layout; with no goals there is nothing to explain.
            canvas.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
        }

        var height = canvas.FittedHeight(n, RowHeight) + 40;
        var what = commonFlow is null ? "Trade goals" : $"Trade goals ({commonFlow})";
        var title = string.Create(CultureInfo.InvariantCulture, $"{what} against the latest reported level: {n} goal{(n == 1 ? string.Empty : "s")}");
        var subtitle = "Circle: the level the goal is scored on; diamond: the goal; the line between them is the distance still to go. Largest goal first.";
        return canvas.Finish(ChartKind.Dumbbell, title, subtitle, log ? $"Level ({currency.Code}, log scale)" : $"Level ({currency.Code})", string.Empty, SourceText.For(rows), height, categories: labels, logScale: log);
    }

    private static LevelEstimate? Level(GoalEvaluation e) => e.Level ?? e.Latest;

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
}
