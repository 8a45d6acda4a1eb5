using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class DataSetRulesTests
{
    private static Goal GoalWithId(string id)
        => new(id, Belarus, Country.Parse("ARE"), TradeFlow.Turnover, Amount.Parse("$500m"), Deadline.InYear(2020), new DateOnly(2016, 1, 1), "President", Digest);

    [Fact]
    public void Join_RecordTheStartingSetHolds_IsKeptOnceAndNotAdded()
    {
        var rules = new DataSetRules(new TradeDataSet([GoalWithId("g1")], [Annual("ARE", 2014, 35m)], []));

        rules.Join(GoalWithId("g1"), out var goalAdded).Should().BeNull();
        rules.Join(Annual("ARE", 2014, 35m), out var figureAdded).Should().BeNull();

        goalAdded.Should().BeFalse();
        figureAdded.Should().BeFalse();
        rules.CheckRestatements().Should().BeEmpty();
        rules.ToDataSet().ToString().Should().Be("1 goals, 1 figures, 0 statements");
    }

    [Fact]
    public void Join_NewRecord_IsAdded()
    {
        var rules = new DataSetRules(new TradeDataSet([GoalWithId("g1")], [], []));

        rules.Join(Annual("ARE", 2015, 29.7m), out var added).Should().BeNull();

        added.Should().BeTrue();
        rules.ToDataSet().Figures.Select(f => f.Id).Should().Equal("ARE-2015");
    }

    [Fact]
    public void Join_RecordRepeatedSinceTheStart_IsRefusedAndNotAdded()
    {
        var rules = new DataSetRules(TradeDataSet.Empty);
        rules.Join(GoalWithId("g1"), out _);

        var problem = rules.Join(GoalWithId("g1"), out var added);

        added.Should().BeFalse();
        problem.Should().NotBeNull();
        problem!.RecordId.Should().Be("g1");
        problem.Reason.Should().Contain("kept once");
    }
}
