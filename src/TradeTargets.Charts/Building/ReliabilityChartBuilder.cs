using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Builds a backtest's reliability diagram: forecast probability against observed frequency, per bin.</summary>
internal static class ReliabilityChartBuilder
{
    public static ChartModel Build(BacktestResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var canvas = ChartCanvas.Create(options);
        var plot = canvas.Plot;
        var diagonal = plot.Add.Line(0, 0, 1, 1);
        diagonal.Color = Palette.Connector;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.LegendText = "Perfectly calibrated";

        Bins(canvas, result.YearEnds, Palette.SkyBlue, MarkerShape.OpenCircle, -0.006, "year-end forecasts");
        Bins(canvas, result.Headline, Palette.Vermillion, MarkerShape.FilledCircle, 0.006, "forecasts at announcement");

        plot.Axes.Bottom.TickGenerator = BacktestChartText.Tenths();
        plot.Axes.Left.TickGenerator = BacktestChartText.Tenths();
        plot.Axes.SetLimits(-0.03, 1.03, -0.03, 1.03);
        canvas.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        canvas.Note("Each point is a bin of forecasts (0–10%, 10–20%, ...), labelled with how many it holds; the bar is the Wilson 90% interval of the share met.");
        if (result.Headline?.Of(ForecastRule.Trend) is { } trend)
        {
            canvas.Note(string.Create(CultureInfo.InvariantCulture, $"At announcement: Brier {trend.Brier} against {result.Headline.Of(ForecastRule.BaseRate).Brier} for the base rate (90% bootstrap intervals)."));
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"How good are the trend's probabilities? {result.Settled.Count} settled goals, {result.ForecastCount} forecasts");
        const string subtitle = "Probability the trend gave of reaching the goal, against the share of those goals that were met: honest forecasts lie on the diagonal.";
        return canvas.Finish(ChartKind.Reliability, title, subtitle, "Probability forecast", "Share of goals met", BacktestChartText.Source(result), 620);
    }

    private static void Bins(ChartCanvas canvas, BacktestScores? scores, Color color, MarkerShape shape, double shift, string name)
    {
        if (scores is null)
        {
            return;
        }

        var bins = scores.Of(ForecastRule.Trend).Reliability.Where(b => b.Count > 0).ToList();
        foreach (var bin in bins)
        {
            var x = bin.MeanForecast!.Value + shift;
            var band = canvas.Plot.Add.Line(x, bin.Lower!.Value, x, bin.Upper!.Value);
            band.Color = color.WithOpacity(0.7);
            band.LineWidth = 2;
            band.LegendText = string.Empty;
            canvas.Text(bin.Count.ToString(CultureInfo.InvariantCulture), x, bin.ObservedFrequency!.Value, shift < 0 ? Alignment.MiddleRight : Alignment.MiddleLeft, 10, Palette.MutedText).OffsetX = shift < 0 ? -8 : 8;
        }

        var points = canvas.Plot.Add.ScatterPoints(bins.Select(b => b.MeanForecast!.Value + shift).ToArray(), bins.Select(b => b.ObservedFrequency!.Value).ToArray(), color);
        points.MarkerShape = shape;
        points.MarkerSize = 10;
        points.MarkerLineWidth = 2;
        points.LegendText = string.Create(CultureInfo.InvariantCulture, $"{scores.Forecasts.Count} {name}");
    }
}
