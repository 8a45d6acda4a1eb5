using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Builds a backtest's interval-coverage chart: per interval and set of forecasts, the share of deadline levels inside against the share promised.</summary>
internal static class CoverageChartBuilder
{
    public static ChartModel Build(BacktestResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var canvas = ChartCanvas.Create(options);
        var plot = canvas.Plot;
        var rows = new List<(string Label, double Promised, ScoreEstimate? Observed, int Count)>();
        foreach (var scores in new[] { result.Headline, result.YearEnds }.OfType<BacktestScores>())
        {
            var when = scores.Time == ForecastTime.Announcement ? "at announcement" : "at year-ends";
            rows.Add(($"80% interval, {when}", 0.80, scores.Coverage.Coverage80, scores.Coverage.Count));
            rows.Add(($"95% interval, {when}", 0.95, scores.Coverage.Coverage95, scores.Coverage.Count));
        }

        var n = rows.Count;
        var positions = new double[n];
        var labels = new string[n];
        var details = new string[n];
        for (var i = 0; i < n; i++)
        {
            var (label, promised, observed, count) = rows[i];
            double y = n - 1 - i;
            positions[i] = y;
            labels[i] = label;
            if (observed is { } o)
            {
                var bar = plot.Add.Bar(new Bar { Position = y, Value = o.Value, Orientation = Orientation.Horizontal, FillColor = Palette.SkyBlue, LineColor = Palette.SkyBlue, Size = 0.45 });
                bar.LegendText = i == 0 ? "Share of deadline levels inside" : string.Empty;
                var band = plot.Add.Line(o.Lower, y, o.Upper, y);
                band.Color = Palette.Black;
                band.LineWidth = 2;
                band.LegendText = i == 0 ? "Bootstrap 90% interval" : string.Empty;
                details[i] = string.Create(CultureInfo.InvariantCulture, $"{BacktestText.WholePercent(o.Value)} of {count} (promised {BacktestText.WholePercent(promised)})");
            }
            else
            {
                details[i] = "no deadline level to check";
            }

            var mark = plot.Add.ScatterPoints(new[] { promised }, new[] { y }, Palette.Vermillion);
            mark.MarkerShape = MarkerShape.FilledDiamond;
            mark.MarkerSize = 13;
            mark.LegendText = i == 0 ? "Share promised" : string.Empty;
        }

        if (n == 0)
        {
            canvas.Note("No forecasts to show.");
        }

        canvas.RowLabels(0, positions, labels, details, 0.3);
        plot.Axes.Bottom.TickGenerator = BacktestChartText.Tenths();
        plot.Axes.SetLimits(0, 1.02, -0.5, Math.Max(n, 1) - 0.2);
        if (n > 0)
        {
            canvas.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"Do the trend's prediction intervals hold? {result.Settled.Count} settled goals");
        const string subtitle = "Share of goals whose reported deadline-year level fell inside the interval the trend drew, against the share the interval promises.";
        return canvas.Finish(ChartKind.IntervalCoverage, title, subtitle, "Share of deadline levels inside the interval", string.Empty, BacktestChartText.Source(result), canvas.FittedHeight(n, 56) + 40, categories: labels);
    }
}
