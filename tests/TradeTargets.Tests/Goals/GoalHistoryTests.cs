namespace TradeTargets.Tests;

public class GoalHistoryTests
{
    private static Goal Vietnam(string id, DateOnly announced, string? restates)
        => new(id, TestData.Belarus, Country.Parse("VNM"), TradeFlow.Turnover, Amount.Parse("$500m"), Deadline.Vague("in a few years"), announced, "Presidents", TestData.PublishedOn(announced.Year, announced.Month, announced.Day), restatementOf: restates);

    [Fact]
    public void Chain_FromEitherEnd_GivesOriginalThenRestatements()
    {
        var original = Vietnam("vnm-2015", new DateOnly(2015, 12, 9), null);
        var restated = Vietnam("vnm-2017", new DateOnly(2017, 6, 29), "vnm-2015");
        var unrelated = Vietnam("other", new DateOnly(2016, 1, 1), null);
        Goal[] all = [restated, unrelated, original];

        GoalHistory.Chain(restated, all).Should().Equal(original, restated);
        GoalHistory.Chain(original, all).Should().Equal(original, restated);
        GoalHistory.Chain(unrelated, all).Should().Equal(unrelated);
    }

    [Fact]
    public void Chain_RestatementOnTheSameDay_StillFollowsTheOriginal()
    {
        var original = Vietnam("z-original", new DateOnly(2015, 12, 9), null);
        var restated = Vietnam("a-restated", new DateOnly(2015, 12, 9), "z-original");

        GoalHistory.Chain(original, [restated, original]).Should().Equal(original, restated);
    }

    [Fact]
    public void Chain_MissingOriginal_ThrowsNamingIt()
    {
        var restated = Vietnam("vnm-2017", new DateOnly(2017, 6, 29), "vnm-2015");

        FluentActions.Invoking(() => GoalHistory.Chain(restated, [restated])).Should().Throw<ArgumentException>().WithMessage("*vnm-2017*vnm-2015*not among*");
    }

    [Fact]
    public void Chain_NullAmongGoals_ThrowsNamingTheElement()
    {
        var goal = TradeTargets.Testing.TestData.Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 6, 1));

        var act = () => GoalHistory.Chain(goal, [goal, null!]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "allGoals").WithMessage("*element 1 is null*");
    }
}
