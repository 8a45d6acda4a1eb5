using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class GoalTests
{
    [Fact]
    public void ImpliedTarget_FourfoldFrom121m_Is484mAgainstStatedHalfBillion()
    {
        var goal = Goal(
            "VNM",
            500,
            Deadline.Parse("in a few years"),
            new DateOnly(2017, 6, 29),
            new GoalBaseline(Amount.Parse("$121m"), ReportingPeriod.Year(2016)),
            new GoalMultiplier(4));

        goal.Target.Should().Be(Amount.Parse("half a billion"));
        goal.ImpliedTarget.Should().Be(Amount.Parse("$484m"));
        goal.TargetOverImplied!.Value.Should().BeApproximately(500.0 / 484, 1e-12);
    }

    [Fact]
    public void Constructor_FixedDeadlineBeforeAnnouncement_ThrowsNamingDeadlineAndDates()
    {
        var act = () => Goal("ARE", 500, Deadline.InYear(2013), new DateOnly(2014, 10, 27));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "deadline")
            .WithMessage("*2013*before the announcement on 2014-10-27*2014 or later*");
    }

    [Fact]
    public void Constructor_SamePartnerAsReporter_Throws()
    {
        var act = () => Goal("BLR", 500, Deadline.InYear(2020), new DateOnly(2016, 1, 1));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "partner").WithMessage("*BLR*");
    }

    [Fact]
    public void Constructor_ZeroTarget_Throws()
    {
        var act = () => Goal("PAK", 0, Deadline.Within(4), new DateOnly(2016, 10, 5));

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "target");
    }

    [Fact]
    public void Constructor_RestatesItself_Throws()
    {
        var act = () => new Goal("g1", TestData.Belarus, Country.Parse("VNM"), TradeFlow.Turnover, Amount.Parse("$500m"), Deadline.InYear(2020), new DateOnly(2017, 1, 1), "x", PublishedOn(2017, 1, 1), restatementOf: "g1");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "restatementOf");
    }

    [Fact]
    public void Equality_SameFields_AreEqual()
    {
        var a = Goal("PAK", 1000, Deadline.Within(4), new DateOnly(2016, 10, 5));
        var b = Goal("PAK", 1000, Deadline.Within(4), new DateOnly(2016, 10, 5));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Constructor_RelativeDeadlineBeforeBaselineEnds_ThrowsAsAFixedOneDoes()
    {
        var baseline = new GoalBaseline(Amount.Parse("$121m"), ReportingPeriod.Year(2019));

        var act = () => Goal("VNM", 500, Deadline.Within(2), new DateOnly(2016, 6, 1), baseline);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "deadline")
            .WithMessage("The deadline 2018 ('within 2 years' after 2016) falls before the end of the stated baseline period (2019)*");
    }

    [Fact]
    public void GoalBaseline_DefaultPeriod_ThrowsNamingIt()
        => FluentActions.Invoking(() => new GoalBaseline(Amount.Parse("$121m"), default))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "Period");

    [Fact]
    public void Source_DefaultPublicationDate_ThrowsNamingIt()
        => FluentActions.Invoking(() => new Source("Digest", "Title", default))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "published").WithMessage("*0001-01-01 (default(DateOnly), not set)*");
}
