using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Builds the gap chart of one evaluated goal.</summary>
/// <remarks>
/// The parts are drawn bottom to top in the order of <see cref="Build"/> (window and goal line, trend bands, required
/// paths, gap bracket, baseline, reported levels, goal marks); notes are added in the same order, which is the order
/// the chart lists them.
/// </remarks>
internal static class GapChartBuilder
{
    /// <summary>The layout height of a gap chart unless the options set one.</summary>
    public const int OwnHeight = 500;

    private const double YearPad = 0.6;

    public static ChartModel Build(GoalEvaluation evaluation, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var drawing = new Drawing(evaluation, ChartCanvas.Create(options));
        drawing.NoteCaveats();
        drawing.WindowAndGoalLine();
        drawing.TrendBands();
        drawing.RequiredPaths();
        var gapText = drawing.Gap();
        drawing.Baseline();
        drawing.ReportedLevels();
        drawing.GoalMarks();
        drawing.NoteWhatIsMissing();
        return drawing.Finish(gapText);
    }

    /// <summary>One chart being drawn: the evaluation, the canvas, and the limits every part's labels depend on.</summary>
    private sealed class Drawing
    {
        private readonly GoalEvaluation evaluation;
        private readonly ChartCanvas canvas;
        private readonly Plot plot;
        private readonly Goal goal;
        private readonly double goalValue;
        private readonly DeadlineWindow window;
        private readonly List<LevelEstimate> reported;
        private readonly List<PeriodObservation> partials;
        private readonly List<LevelEstimate> estimates;
        private readonly double xMin;
        private readonly double xMax;
        private readonly double yTop;

        public Drawing(GoalEvaluation evaluation, ChartCanvas canvas)
        {
            this.evaluation = evaluation;
            this.canvas = canvas;
            plot = canvas.Plot;
            goal = evaluation.Goal;
            goalValue = goal.Target.ToDouble();
            window = evaluation.Window;
            reported = [.. evaluation.AnnualLevels.Where(l => !l.IsEstimated)];
            partials = [.. evaluation.Observations.Where(o => !o.Period.IsFullYear)];
            estimates = [.. evaluation.AnnualLevels.Where(l => l.IsEstimated)
                .Concat(evaluation.Latest is { IsEstimated: true } latest ? [latest] : [])
                .Distinct()];
            (xMin, xMax) = Years();
            yTop = Top();
        }

        // Limits first: every later decision about labels depends on them.
        private (double Min, double Max) Years()
        {
            var xs = new List<double> { window.FirstYear, window.LastYear };
            xs.AddRange(evaluation.Observations.Select(o => o.Period.TimeCoordinate));
            xs.AddRange(estimates.Select(e => e.Year));
            if (evaluation.Baseline is { } b)
            {
                xs.Add(b.Year);
            }

            if (evaluation.Observations.Count == 0)
            {
                xs.Add(goal.AnnouncedOn.Year);
            }

            return (Math.Floor(xs.Min()) - YearPad, Math.Ceiling(xs.Max()) + YearPad);
        }

        private double Top()
        {
            var levels = new List<double> { goalValue };
            levels.AddRange(evaluation.Observations.Select(o => o.Value));
            levels.AddRange(estimates.Select(e => e.Value));
            if (evaluation.Baseline is { } bl)
            {
                levels.Add(bl.Value);
            }

            var dataTop = levels.Max();
            if (evaluation.Assessments[^1].Trend is { } projection)
            {
                // Let the band raise the top a little, but never let a wide band flatten the data.
                dataTop = Math.Max(dataTop, Math.Min(projection.Interval80.Upper, dataTop * 1.5));
            }

            return dataTop * 1.12;
        }

        public void NoteCaveats()
        {
            foreach (var caveat in evaluation.Caveats)
            {
                canvas.Note(caveat);
            }
        }

        // Window and goal go underneath everything else.
        public void WindowAndGoalLine()
        {
            if (window.IsWindow)
            {
                var from = window.FirstYear == window.LastYear ? window.FirstYear - 0.3 : window.FirstYear;
                var to = window.FirstYear == window.LastYear ? window.LastYear + 0.3 : window.LastYear;
                var span = plot.Add.HorizontalSpan(from, to, Palette.Black.WithOpacity(0.07));
                span.LineWidth = 0;
                span.LegendText = SeriesNames.DeadlineWindow;
                canvas.Note(string.IsNullOrEmpty(window.Interpretation)
                    ? $"The deadline is a window ({window}); the status is given at both ends."
                    : $"Vague deadline: {window.Interpretation}; the status is given at both ends of the shaded window.");
            }

            var goalLine = plot.Add.HorizontalLine(goalValue, 1.5f, Palette.Vermillion.WithOpacity(0.55), LinePattern.Dotted);
            goalLine.LegendText = string.Empty;
        }

        // Trend bands, widest first.
        public void TrendBands()
        {
            var trend = evaluation.Trend;
            if (!trend.IsFitted)
            {
                if (evaluation.Observations.Count > 0)
                {
                    canvas.Note(trend.Note ?? "No trend could be fitted.");
                }

                return;
            }

            var start = trend.Points.Min(p => p.Year);
            var end = Math.Max(window.LastYear, trend.Points.Max(p => p.Year));
            var steps = Math.Max(2, (int)Math.Ceiling((end - start) * 8));
            var ts = Enumerable.Range(0, steps + 1).Select(i => start + ((end - start) * i / steps)).ToArray();
            var at = ts.Select(t => trend.At(t)).ToArray();
            var cap = yTop * 100;
            var band95 = plot.Add.FillY(ts, [.. at.Select(a => a.Interval95.Lower)], [.. at.Select(a => Math.Min(a.Interval95.Upper, cap))]);
            band95.FillColor = Palette.Orange.WithOpacity(0.14);
            band95.LineWidth = 0;
            band95.LegendText = SeriesNames.Band95;
            var band80 = plot.Add.FillY(ts, [.. at.Select(a => a.Interval80.Lower)], [.. at.Select(a => Math.Min(a.Interval80.Upper, cap))]);
            band80.FillColor = Palette.Orange.WithOpacity(0.30);
            band80.LineWidth = 0;
            band80.LegendText = SeriesNames.Band80;
            var median = plot.Add.ScatterLine(ts, [.. at.Select(a => Math.Min(a.Median, cap))], Palette.Orange);
            median.LineWidth = 2;
            median.LegendText = SeriesNames.Trend;
            if (trend.Note is { } fittedNote)
            {
                canvas.Note(fittedNote);
            }
        }

        // Required path from the baseline to the goal, one per reading of the deadline.
        public void RequiredPaths()
        {
            if (evaluation.Baseline is not { } baseline)
            {
                return;
            }

            var pathDrawn = false;
            foreach (var assessment in evaluation.Assessments)
            {
                if (assessment.RequiredGrowth is not { } rate || assessment.DeadlineYear <= baseline.Year || baseline.Value <= 0)
                {
                    continue;
                }

                var steps = Math.Max(2, (int)Math.Ceiling((assessment.DeadlineYear - baseline.Year) * 8));
                var ts = Enumerable.Range(0, steps + 1).Select(i => baseline.Year + ((assessment.DeadlineYear - baseline.Year) * i / steps)).ToArray();
                var path = plot.Add.ScatterLine(ts, [.. ts.Select(t => ProgressMeasures.Compound(baseline.Value, rate, t - baseline.Year))], Palette.Vermillion);
                path.LinePattern = LinePattern.Dashed;
                path.LineWidth = 2;
                path.LegendText = pathDrawn ? string.Empty : SeriesNames.RequiredPath;
                pathDrawn = true;
            }

            if (!pathDrawn)
            {
                canvas.Note(baseline.Value <= 0
                    ? "No required path: growth from a baseline of zero is undefined."
                    : $"No required path: the baseline{ProseText.Aside(baseline.Description)} is not before the deadline.");
            }
        }

        // The gap: a bracket from the headline level to the goal, labelled in words and numbers.
        public string? Gap()
        {
            var gapText = GoalText.Gap(evaluation);
            if (evaluation.Level is not { } level || gapText is null)
            {
                return gapText;
            }

            var bracket = plot.Add.Line(level.Year, level.Value, level.Year, goalValue);
            bracket.Color = Palette.MutedText;
            bracket.LineWidth = 1.5f;
            bracket.LinePattern = LinePattern.Solid;
            bracket.LegendText = string.Empty;
            var rightHalf = level.Year > (xMin + xMax) / 2;
            ScottPlot.Plottables.Text label;
            if (Math.Abs(goalValue - level.Value) > 0.3 * yTop)
            {
                // A long bracket leaves room beside its middle.
                label = canvas.Text(gapText, level.Year, (level.Value + goalValue) / 2, rightHalf ? Alignment.MiddleRight : Alignment.MiddleLeft, 12, Palette.Text);
                label.OffsetX = rightHalf ? -8 : 8;
            }
            else
            {
                // A short bracket sits among the data: put the words above its top end instead.
                label = canvas.Text(gapText, level.Year, Math.Max(level.Value, goalValue), rightHalf ? Alignment.LowerRight : Alignment.LowerLeft, 12, Palette.Text);
                label.OffsetY = -12;
            }

            label.LabelBold = true;
            return gapText;
        }

        public void Baseline()
        {
            if (evaluation.Baseline is not { } bp)
            {
                return;
            }

            var marker = plot.Add.ScatterPoints(new[] { bp.Year }, new[] { bp.Value }, Palette.Black);
            marker.MarkerShape = MarkerShape.OpenSquare;
            marker.MarkerSize = 14;
            marker.MarkerLineWidth = 2;
            marker.LegendText = SeriesNames.Baseline;
            if (bp.IsEstimated)
            {
                canvas.Note($"The baseline is an estimate: {bp.Description}.");
            }
        }

        // Reported levels on top: full years as a line, parts of years as open circles, annualised estimates as diamonds.
        public void ReportedLevels()
        {
            if (reported.Count > 0)
            {
                var line = plot.Add.Scatter(reported.Select(l => l.Year).ToArray(), reported.Select(l => l.Value).ToArray(), Palette.Blue);
                line.LineWidth = 2;
                line.MarkerShape = MarkerShape.FilledCircle;
                line.MarkerSize = 9;
                line.LegendText = SeriesNames.Reported;
            }

            if (partials.Count > 0)
            {
                var raw = plot.Add.ScatterPoints(partials.Select(o => o.Period.TimeCoordinate).ToArray(), partials.Select(o => o.Value).ToArray(), Palette.Blue);
                raw.MarkerShape = MarkerShape.OpenCircle;
                raw.MarkerSize = 10;
                raw.MarkerLineWidth = 2;
                raw.LegendText = SeriesNames.PartialYear;
                canvas.Note("Open circles are partial-year figures as reported, drawn at their year; they are not full-year levels.");
            }

            if (estimates.Count == 0)
            {
                return;
            }

            foreach (var estimate in estimates)
            {
                var link = plot.Add.Line(estimate.Observation.Period.TimeCoordinate, estimate.Observation.Value, estimate.Year, estimate.Value);
                link.Color = Palette.Connector;
                link.LinePattern = LinePattern.Dotted;
                link.LineWidth = 1.5f;
                link.LegendText = string.Empty;
                var tag = canvas.Text("est.", estimate.Year, estimate.Value, Alignment.LowerCenter, 11, Palette.Blue);
                tag.OffsetY = -9;
                canvas.Note($"Estimated: {estimate}.");
            }

            var est = plot.Add.ScatterPoints(estimates.Select(e => e.Year).ToArray(), estimates.Select(e => e.Value).ToArray(), Palette.Blue);
            est.MarkerShape = MarkerShape.OpenDiamond;
            est.MarkerSize = 12;
            est.MarkerLineWidth = 2;
            est.LegendText = SeriesNames.Annualised;
        }

        public void GoalMarks()
        {
            var goalYears = window.Ends.Select(y => (double)y).ToArray();
            var goalMarks = plot.Add.ScatterPoints(goalYears, [.. goalYears.Select(_ => goalValue)], Palette.Vermillion);
            goalMarks.MarkerShape = MarkerShape.FilledDiamond;
            goalMarks.MarkerSize = 13;
            goalMarks.LegendText = SeriesNames.Goal;
            // The goal line is labelled at its left end, away from the deadline where the gap label and the latest figures sit.
            var goalLabel = canvas.Text($"goal {GoalText.Target(goal)}", xMin, goalValue, Alignment.LowerLeft, 11, Palette.Vermillion);
            goalLabel.OffsetY = -3;
            goalLabel.OffsetX = 4;
        }

        // Degenerate inputs: say what is missing.
        public void NoteWhatIsMissing()
        {
            if (evaluation.Observations.Count == 0)
            {
                canvas.Note(string.Create(CultureInfo.InvariantCulture, $"No reported figures for {GoalText.Pair(goal)} {GoalText.Flow(goal)} published by {evaluation.Options.AsOf:yyyy-MM-dd}: only the goal is drawn."));
            }
            else if (evaluation.AnnualLevels.Count == 1 && partials.Count == 0)
            {
                canvas.Note("Only one reported figure: no trend or growth can be read from it.");
            }

            if (evaluation.NotYetPublished.Count > 0)
            {
                canvas.Note(string.Create(CultureInfo.InvariantCulture, $"{evaluation.NotYetPublished.Count} figure(s) published after {evaluation.Options.AsOf:yyyy-MM-dd} are left out."));
            }
        }

        public ChartModel Finish(string? gapText)
        {
            var currency = goal.Target.Currency;
            plot.Axes.SetLimits(xMin, xMax, 0, yTop);
            plot.Axes.Bottom.TickGenerator = AxisText.Years();
            plot.Axes.Left.TickGenerator = AxisText.LinearMoney(currency);
            canvas.ShowLegend(Edge.Right);

            var status = GoalText.Capitalise(StatusText.Describe(evaluation.Assessments));
            var subtitle = (gapText is null
                ? $"{status}: no level to compare with the goal."
                : $"{status}. {GoalText.Capitalise(gapText)}{ProseText.Aside(evaluation.Level!.ToString())}.") + GoalText.Outcome(evaluation);
            return canvas.Finish(
                ChartKind.Gap,
                GoalText.Title(evaluation),
                subtitle,
                "Year",
                $"{GoalText.Capitalise(GoalText.Flow(goal))} ({currency.Code})",
                SourceText.For(evaluation),
                OwnHeight,
                gapText: gapText);
        }
    }
}
