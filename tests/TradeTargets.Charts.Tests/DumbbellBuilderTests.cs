namespace TradeTargets.Charts.Tests;

/// <summary>The dumbbell model: log or linear scale, ticks, row order, series and legend.</summary>
public class DumbbellBuilderTests
{
    [Fact]
    public void Build_WideRange_UsesALogScaleWithMoneyTicks()
    {
        var model = DumbbellBuilder.Build(ChartTestData.WideRange());

        model.LogScale.Should().BeTrue();
        model.XLabel.Should().Contain("log scale");
        model.GetXTickLabels().Should().Equal("$100k", "$1m", "$10m", "$100m", "$1bn", "$10bn", "$100bn");
        model.Limits.Right.Should().BeGreaterThan(Math.Log10(10e9), "the largest goal is $10bn");
        model.Notes.Should().Contain(n => n.Contains("Mongolia", StringComparison.Ordinal) && n.Contains("zero", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WideRange_LegendShowsEverySeriesInDrawingOrder()
    {
        var model = DumbbellBuilder.Build(ChartTestData.WideRange());
        string[] expected = [SeriesNames.Latest, SeriesNames.ZeroLevel, SeriesNames.Goal];

        model.Series.Should().Equal(expected);
        model.Plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Where(t => t.Length > 0)
            .Should().Equal(expected, "every name comes from a plottable on the plot");
        RenderedImage.Texts(ChartRenderer.RenderSvg(model)).Should().ContainInConsecutiveOrder(expected, "the legend draws the series as one block, in drawing order");
    }

    [Fact]
    public void Build_NarrowRange_StaysLinearFromZero()
    {
        var model = DumbbellBuilder.Build([ChartTestData.Pakistan(), ChartTestData.VagueVietnam()]);

        model.LogScale.Should().BeFalse();
        model.Limits.Left.Should().BeLessThanOrEqualTo(0);
        model.Limits.Right.Should().BeGreaterThan(1_000_000_000);
        model.GetXTickLabels().Should().Contain("$0").And.OnlyContain(l => l.StartsWith('$'));
    }

    [Fact]
    public void Build_Portfolio_LabelsRowsLargestGoalFirst()
    {
        var model = DumbbellBuilder.Build(ChartTestData.Portfolio());

        model.Categories.Should().HaveCount(7);
        model.Categories[0].Should().Be("Belarus–China $3bn by 2016");
        model.Notes.Should().Contain(n => n.StartsWith("1 goal(s) have no reported level", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Empty_DrawsNoSeries()
    {
        var model = DumbbellBuilder.Build([]);

        model.Series.Should().BeEmpty();
        model.Notes.Should().Contain("No goals to show.");
    }

    [Fact]
    public void Dumbbell_NullAmongEvaluations_ThrowsNamingTheElement()
        => FluentActions.Invoking(() => TradeCharts.Dumbbell([null!]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "evaluations").WithMessage("*element 0 is null*");

    [Fact]
    public void Dumbbell_GoalsInSeveralCurrencies_IsRefusedNamingThem()
    {
        var euros = ChartTestData.Evaluate(
            new Goal("eur-goal", TestData.Belarus, Country.Parse("DEU"), TradeFlow.Turnover, Amount.Parse("EUR 1bn"), Deadline.InYear(2020), new DateOnly(2016, 3, 1), "President", TestData.PublishedOn(2016, 3, 1)),
            [],
            2017);

        var act = () => TradeCharts.Dumbbell([ChartTestData.Emirates(), ChartTestData.Pakistan(), euros]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "evaluations")
            .WithMessage("*one money axis*2 currencies: USD (2: *); EUR (1: eur-goal)*one chart per currency*");
        TradeCharts.Dumbbell([euros]).Model.XLabel.Should().Be("Level (EUR)");
    }

    [Fact]
    public void DumbbellsByCurrency_DrawsOneChartPerCurrencyLargestGroupFirst()
    {
        var euros = ChartTestData.Evaluate(
            new Goal("eur-goal", TestData.Belarus, Country.Parse("DEU"), TradeFlow.Turnover, Amount.Parse("EUR 1bn"), Deadline.InYear(2020), new DateOnly(2016, 3, 1), "President", TestData.PublishedOn(2016, 3, 1)),
            [],
            2017);

        var charts = TradeCharts.DumbbellsByCurrency([euros, ChartTestData.Emirates(), ChartTestData.Pakistan()]);

        charts.Select(c => c.Currency.Code).Should().Equal("USD", "EUR");
        charts.Select(c => c.Chart.Model.Categories.Count).Should().Equal(2, 1);
        charts[1].Chart.Model.XLabel.Should().Be("Level (EUR)");
        TradeCharts.DumbbellsByCurrency([]).Should().BeEmpty();
    }
}
