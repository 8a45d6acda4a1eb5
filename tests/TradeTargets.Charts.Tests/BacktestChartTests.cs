namespace TradeTargets.Charts.Tests;

public class BacktestChartTests
{
    private static readonly BacktestResult Seeds = ForecastBacktest.Run(SeedData.Load(), BacktestOptions.At(new DateOnly(2026, 12, 31)) with { BootstrapSamples = 100 });

    [Fact]
    public void ReliabilityDiagram_SeedBacktest_DrawsDiagonalAndEachSetOfForecasts()
    {
        var model = TradeCharts.ReliabilityDiagram(Seeds).Model;

        model.Kind.Should().Be(ChartKind.Reliability);
        model.Series.Should().Contain("Perfectly calibrated").And.Contain(s => s.EndsWith("year-end forecasts", StringComparison.Ordinal));
        model.GetXTickLabels().Should().Equal("0%", "20%", "40%", "60%", "80%", "100%");
        model.Title.Should().Contain($"{Seeds.Settled.Count} settled goals");
    }

    [Fact]
    public void IntervalCoverage_SeedBacktest_HasARowPerIntervalAndSet()
    {
        var model = TradeCharts.IntervalCoverage(Seeds).Model;

        model.Kind.Should().Be(ChartKind.IntervalCoverage);
        model.Categories.Should().Contain("80% interval, at year-ends").And.Contain("95% interval, at year-ends");
        model.Series.Should().Contain("Share promised");
    }

    [Fact]
    public void BacktestCharts_Render_ToPng()
    {
        TradeCharts.ReliabilityDiagram(Seeds).ToPng().Should().NotBeEmpty();
        TradeCharts.IntervalCoverage(Seeds).ToPng().Should().NotBeEmpty();
    }
}
