namespace TradeTargets.Charts.Tests;

/// <summary>The model reads its series from the plot, so restyling the plot is reflected.</summary>
public class ChartModelTests
{
    [Fact]
    public void Series_PlottableAddedAfterBuilding_IsListedLast()
    {
        var model = TradeCharts.GapChart(ChartTestData.Pakistan()).Model;
        var before = model.Series;

        var extra = model.Plot.Add.HorizontalLine(2e8);
        extra.LegendText = "Ministry forecast";

        model.Series.Should().Equal([.. before, "Ministry forecast"]);
    }

    [Fact]
    public void Series_PlottableHidden_IsNotListed()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;
        var baseline = model.Plot.GetPlottables().OfType<ScottPlot.Plottables.Scatter>().Single(p => p.LegendText == SeriesNames.Baseline);

        baseline.IsVisible = false;

        model.Series.Should().NotContain(SeriesNames.Baseline);
    }
}
