using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class ProseTextTests
{
    [Theory]
    [InlineData(0.0594, "5.9%")]
    [InlineData(0.339, "34%")]
    [InlineData(1.07, "107%")]
    [InlineData(double.NaN, "n/a")]
    public void Percent_Share_OneDecimalUnderTenPercentWholeAbove(double share, string expected) => ProseText.Percent(share).Should().Be(expected);

    [Fact]
    public void Growth_Rate_IsSignedPercentPerYear()
    {
        ProseText.Growth(0.8205642).Should().Be("+82.1%/yr");
        ProseText.Growth(-0.105).Should().Be("-10.5%/yr");
        ProseText.Growth(null).Should().Be("n/a");
    }

    [Fact]
    public void Describe_GoalsOfTwoReportersWithOnePartner_NameBothSides()
    {
        var goals = TwoReportersOnePartner();

        ProseText.Describe(goals[0].Pair).Should().Be("India–Russia");
        goals[0].Describe().Should().Be("India–Russia: $100bn turnover by 2030");
        goals[1].Describe().Should().Be("China–Russia: $200bn turnover by 2030");
        Goal("VNM", 500, Deadline.Vague("in a few years"), new DateOnly(2016, 11, 1)).DescribeTarget().Should().Be("$500m turnover in a few years");
    }

    [Fact]
    public void Describe_FlowAndStatus_AreLowerCaseWords()
    {
        ProseText.Describe(TradeFlow.Turnover).Should().Be("turnover");
        StatusText.Describe(GoalStatus.NeedsAcceleration).Should().Be("needs acceleration");
    }

    [Fact]
    public void Describe_VagueDeadlineWithDifferentEnds_NamesEachYear()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));
        var figures = new[] { Annual("VNM", 2014, 169.3m, PublishedOn(2016, 3, 1)), Annual("VNM", 2016, 121m, PublishedOn(2017, 7, 31)) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        StatusText.Describe(evaluation.Assessments).Should().Be("missed by 2016, moving away by 2018");
        StatusText.DescribeCompactly(evaluation).Should().Be("missed → moving away");
    }

    [Theory]
    [InlineData("2016", " (2016)")]
    [InlineData("$28m in 2016 (annualised from $18.7m in Jan–Aug 2016)", " ($28m in 2016 [annualised from $18.7m in Jan–Aug 2016])")]
    [InlineData("'in a few years' read as 2 to 5 years after 2016 (policy Default)", " ('in a few years' read as 2 to 5 years after 2016 [policy Default])")]
    public void Aside_RemarkWithItsOwnParentheses_NestsThemAsBrackets(string remark, string expected)
        => ProseText.Aside(remark).Should().Be(expected);

    [Fact]
    public void AchievementAndGap_KnownAndUnknownLevel_ArePercentAndMoneyOrNotAvailable()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2017, 6, 29));
        var known = GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("VNM", 2016, 121m, PublishedOn(2017, 7, 31))]), EvaluationOptions.At(new DateOnly(2017, 12, 31)));
        var unknown = GoalEvaluator.Evaluate(goal, TestData.Figures([]), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        (StatusText.DescribeAchievement(known), StatusText.DescribeGap(known)).Should().Be(("24%", "$379m"));
        (StatusText.DescribeAchievement(unknown), StatusText.DescribeGap(unknown)).Should().Be(("n/a", "n/a"));
        ProseText.Percent((double?)null).Should().Be("n/a");
        ProseText.Percent((double?)0.059).Should().Be("5.9%");
    }
}
