using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Builds a scoreboard: one bullet graph of achievement per goal, best first.</summary>
/// <remarks>
/// Stephen Few's bullet graph: the featured measure (level / goal) is a dark bar, the goal is a short
/// perpendicular line at 100%, and three shades of one hue behind it mark under 60%, 60–95% and 95% or more.
/// Rows keep a fixed height (about <see cref="RowHeight"/> pixels): the chart's height is fitted to its rows,
/// growing with the number of goals instead of shrinking its text, unless <see cref="ChartOptions.Height"/> is set.
/// </remarks>
internal static class ScoreboardBuilder
{
    public const int RowHeight = 42;
    private const double RangeEnd = 1.5;
    private const double BarDrop = 0.2;

    public static ChartModel Build(IReadOnlyList<GoalEvaluation> evaluations, ChartOptions? options = null)
    {
        Preconditions.NoNullElements(evaluations);
        var canvas = ChartCanvas.Create(options);
        var all = evaluations
            .OrderByDescending(e => e.Achievement ?? double.NegativeInfinity)
            .ThenBy(e => GoalText.Pair(e.Goal), StringComparer.Ordinal)
            .ThenBy(e => e.Goal.Id, StringComparer.Ordinal)
            .ToList();
        var rows = canvas.Capped(all, "the best by achievement");
        var n = rows.Count;
        var commonFlow = GoalText.CommonFlow(rows);

        var bullets = Bullets.Of(canvas, rows, commonFlow is null);
        bullets.Draw(canvas);
        NoteGaps(canvas, rows);
        // Row labels on the left, achievement and status on the right, both outside the data area.
        bullets.Rows.WriteBeside(canvas, 0, 0.06);
        Axes(canvas.Plot, n);

        var height = canvas.FittedHeight(n, RowHeight);
        var subtitle = $"Dark bar: reported level as a share of the goal; black tick: the goal (100%); shading: {ProgressBands.Describe()}. Best first.";
        var summary = PortfolioSummary.From(all);
        var what = commonFlow is null ? "Trade goals" : $"Trade goals ({commonFlow})";
        var title = string.Create(CultureInfo.InvariantCulture, $"{what}: {summary.Met} of {summary.GoalCount} met, {summary.Missed} missed{(summary.Superseded > 0 ? $", {summary.Superseded} superseded" : string.Empty)}, {summary.Open} open{(summary.Unsettled > 0 ? $", {summary.Unsettled} unsettled" : string.Empty)}");
        return canvas.Finish(ChartKind.Scoreboard, title, subtitle, "Achievement: level as a share of the goal", string.Empty, SourceText.For(rows), height, categories: bullets.Rows.Labels);
    }

    // What the bars leave out or estimate, said in notes under the chart.
    private static void NoteGaps(ChartCanvas canvas, List<GoalEvaluation> rows)
    {
        var missing = rows.Count(e => e.Achievement is null);
        if (missing > 0)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"{missing} goal(s) have no reported level and show no bar."));
        }

        if (rows.Any(e => e.Level is { IsEstimated: true }))
        {
            canvas.Note("Some levels are annualised from partial years (estimated).");
        }

        if (rows.Any(e => e.Window.IsWindow))
        {
            canvas.Note("For a vague deadline, \"a → b\" is the status at the earliest and at the latest reading of its window.");
        }
    }

    // The percent axis (repeated at the top of a tall scoreboard) and the limits around the rows; no legend.
    private static void Axes(Plot plot, int n)
    {
        var yLo = -0.55;
        var yHi = Math.Max(n, 1) - 0.45;
        plot.Axes.Bottom.TickGenerator = PercentTicks();
        plot.Axes.SetLimits(0, RangeEnd + 0.02, yLo, yHi);
        plot.HideLegend();
        if (n > 12)
        {
            // A tall scoreboard repeats the scale at the top.
            plot.Axes.Top.TickGenerator = PercentTicks();
            plot.Axes.Top.Range.Set(0, RangeEnd + 0.02);
        }
    }

    private static ScottPlot.TickGenerators.NumericManual PercentTicks() => new(
        [0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5],
        ["0%", "25%", "50%", "75%", "100%", "125%", "150%"]);

    /// <summary>The bullet graphs, one row per goal, best at the top: ranges, featured bars, labels and details.</summary>
    private sealed class Bullets
    {
        private readonly List<Bar> ranges = [];
        private readonly List<Bar> achievements = [];

        private Bullets(int n) => Rows = new RowTexts(n);

        public RowTexts Rows { get; }

        public static Bullets Of(ChartCanvas canvas, List<GoalEvaluation> rows, bool nameFlows)
        {
            var n = rows.Count;
            var bullets = new Bullets(n);
            for (var i = 0; i < n; i++)
            {
                bullets.Row(canvas, rows[i], i, n - 1 - i, nameFlows); // best at the top
            }

            return bullets;
        }

        // Each series is named on its plottable, which is where ChartModel.Series reads it; the subtitle explains
        // them, so no legend is drawn.
        public void Draw(ChartCanvas canvas)
        {
            if (Rows.Positions.Length == 0)
            {
                canvas.Note("No goals to show.");
                return;
            }

            var plot = canvas.Plot;
            var rangeBars = plot.Add.Bars(ranges);
            rangeBars.Horizontal = true;
            rangeBars.LegendText = SeriesNames.QualitativeRanges;
            if (achievements.Count > 0)
            {
                var achievementBars = plot.Add.Bars(achievements);
                achievementBars.Horizontal = true;
                achievementBars.LegendText = SeriesNames.Achievement;
            }

            for (var i = 0; i < Rows.Positions.Length; i++)
            {
                var y = Rows.Positions[i];
                var goalTick = plot.Add.Line(1.0, y - BarDrop - 0.17, 1.0, y - BarDrop + 0.17);
                goalTick.Color = Palette.Black;
                goalTick.LineWidth = 3;
                goalTick.LegendText = i == 0 ? SeriesNames.Goal : string.Empty;
            }
        }

        private void Row(ChartCanvas canvas, GoalEvaluation e, int i, double y, bool nameFlows)
        {
            Rows.Positions[i] = y;
            Rows.Labels[i] = canvas.Label(GoalText.Row(e, nameFlows));
            ranges.Add(new Bar { Position = y - BarDrop, ValueBase = 0, Value = ProgressBands.Limited, Size = 0.42, FillColor = Palette.RangePoor, LineWidth = 0 });
            ranges.Add(new Bar { Position = y - BarDrop, ValueBase = ProgressBands.Limited, Value = ProgressBands.OnTrack, Size = 0.42, FillColor = Palette.RangeFair, LineWidth = 0 });
            ranges.Add(new Bar { Position = y - BarDrop, ValueBase = ProgressBands.OnTrack, Value = RangeEnd, Size = 0.42, FillColor = Palette.RangeGood, LineWidth = 0 });
            if (e.Achievement is { } a)
            {
                achievements.Add(new Bar { Position = y - BarDrop, ValueBase = 0, Value = Math.Clamp(a, 0, RangeEnd), Size = 0.15, FillColor = Palette.FeaturedBar, LineWidth = 0 });
                var over = a > RangeEnd ? " (bar cut at 150%)" : string.Empty;
                Rows.Details[i] = $"{ProseText.Percent(a)}, {StatusText.DescribeCompactly(e)}{over}";
            }
            else
            {
                Rows.Details[i] = $"no level, {StatusText.DescribeCompactly(e)}";
            }
        }
    }
}
