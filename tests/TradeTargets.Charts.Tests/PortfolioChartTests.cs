namespace TradeTargets.Charts.Tests;

public class PortfolioChartTests
{
    [Fact]
    public void Scoreboard_Rows_AreSortedByAchievementBestFirst()
    {
        var model = TradeCharts.Scoreboard(ChartTestData.Portfolio()).Model;

        model.Categories.Should().HaveCount(7);
        model.Categories[0].Should().StartWith("China");
        model.Categories[^1].Should().StartWith("Serbia", "a goal without a level sorts last");
        model.Series.Should().Equal(SeriesNames.QualitativeRanges, SeriesNames.Achievement, SeriesNames.Goal);
        model.Title.Should().Be("Trade goals (turnover): 1 of 7 met, 1 missed, 5 open");
    }

    [Fact]
    public void Scoreboard_Limits_IncludeTheGoalAtOneHundredPercent()
    {
        var model = TradeCharts.Scoreboard(ChartTestData.Portfolio()).Model;

        model.Limits.Left.Should().Be(0);
        model.Limits.Right.Should().BeGreaterThan(1.0);
        model.GetXTickLabels().Should().Contain(["0%", "100%", "150%"]);
    }

    [Fact]
    public void Scoreboard_HundredGoals_GrowsTallerInsteadOfShrinkingText()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Hundred());

        image.Model.Categories.Should().HaveCount(100);
        image.Height.Should().BeGreaterThanOrEqualTo(100 * ScoreboardBuilder.RowHeight);
        image.Width.Should().Be(800);
    }

    [Fact]
    public void Scoreboard_Empty_SaysThereIsNothingToShow()
    {
        var model = TradeCharts.Scoreboard([]).Model;

        model.Notes.Should().Contain("No goals to show.");
        model.Categories.Should().BeEmpty();
    }

    [Fact]
    public void Dumbbell_WideRange_UsesALogScaleWithMoneyTicks()
    {
        var model = TradeCharts.Dumbbell(ChartTestData.WideRange()).Model;

        model.LogScale.Should().BeTrue();
        model.XLabel.Should().Contain("log scale");
        model.GetXTickLabels().Should().Equal("$100k", "$1m", "$10m", "$100m", "$1bn", "$10bn", "$100bn");
        model.Limits.Right.Should().BeGreaterThan(Math.Log10(10e9), "the largest goal is $10bn");
        model.Notes.Should().Contain(n => n.Contains("Mongolia", StringComparison.Ordinal) && n.Contains("zero", StringComparison.Ordinal));
        model.Series.Should().Contain([SeriesNames.Latest, SeriesNames.Goal, SeriesNames.ZeroLevel]);
    }

    [Fact]
    public void Dumbbell_NarrowRange_StaysLinearFromZero()
    {
        var model = TradeCharts.Dumbbell([ChartTestData.Pakistan(), ChartTestData.VagueVietnam()]).Model;

        model.LogScale.Should().BeFalse();
        model.Limits.Left.Should().BeLessThanOrEqualTo(0);
        model.Limits.Right.Should().BeGreaterThan(1_000_000_000);
        model.GetXTickLabels().Should().Contain("$0").And.OnlyContain(l => l.StartsWith('$'));
    }

    [Fact]
    public void Dumbbell_Rows_CarryCategoryLabelsLargestGoalFirst()
    {
        var model = TradeCharts.Dumbbell(ChartTestData.Portfolio()).Model;

        model.Categories.Should().HaveCount(7);
        model.Categories[0].Should().Be("China $3bn by 2016");
        model.Notes.Should().Contain(n => n.StartsWith("1 goal(s) have no reported level", StringComparison.Ordinal));
    }
}
