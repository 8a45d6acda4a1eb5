using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class TradeDataSetTests
{
    private static Goal GoalWithId(string id, string? restates = null)
        => new(id, Belarus, Country.Parse("ARE"), TradeFlow.Turnover, Amount.Parse("$500m"), Deadline.InYear(2020), new DateOnly(2016, 1, 1), "President", Digest, restatementOf: restates);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Constructor_RestatementCycleOfAnyLength_IsRefusedNamingEveryGoalOfIt(int length)
    {
        var goals = Enumerable.Range(0, length).Select(i => GoalWithId($"g{i}", $"g{(i + 1) % length}")).ToList();

        var act = () => new TradeDataSet(goals, [], []);

        var problems = act.Should().Throw<DataSetException>().Which.Problems;
        problems.Select(p => p.RecordId).Should().BeEquivalentTo(goals.Select(g => g.Id));
        problems.Should().OnlyContain(p => p.Reason.Contains("cycle") && goals.All(g => p.Reason.Contains(g.Id + " restates")));
    }

    [Fact]
    public void Load_RestatementCycle_LocatesEveryGoalOfIt()
    {
        const string header = "id,reporter,partner,flow,target,deadline,announced_on,announcer,baseline_amount,baseline_period,multiplier,restatement_of,note,source_publication,source_title,source_published,source_address,source_covers";
        var text = string.Join('\n', header,
            "g1,BLR,ARE,turnover,$500m,2020,2016-01-01,President,,,,g2,,Digest,An article,2016-01-02,,",
            "g2,BLR,ARE,turnover,$500m,2020,2016-01-01,President,,,,g3,,Digest,An article,2016-01-02,,",
            "g3,BLR,ARE,turnover,$500m,2020,2016-01-01,President,,,,g1,,Digest,An article,2016-01-02,,") + "\n";

        var act = () => new TradeTargets.IO.TradeDataLoader(TradeDataSet.Empty).Add(new StringReader(text), "goals.csv").Finish();

        act.Should().Throw<TradeTargets.IO.DataFileException>().Where(e => e.Column == "restatement_of"
            && e.Message.Contains("g1 at goals.csv line 2") && e.Message.Contains("g2 at goals.csv line 3") && e.Message.Contains("g3 at goals.csv line 4"));
    }

    [Fact]
    public void Constructor_GoalRestatingAGoalOfACycle_IsRefusedToo()
    {
        var act = () => new TradeDataSet([GoalWithId("a", "b"), GoalWithId("b", "a"), GoalWithId("c", "a")], [], []);

        act.Should().Throw<DataSetException>().Which.Problems.Select(p => p.RecordId).Should().BeEquivalentTo(["a", "b", "c"]);
    }

    [Fact]
    public void Constructor_TwoFiguresWithOneKeyAndDifferentAmounts_NamesBothRecordsAndNoLine()
    {
        var act = () => new TradeDataSet([], [Annual("ARE", 2015, 29.7m), Figure("ARE-2015b", "ARE", ReportingPeriod.Year(2015), 30m)], []);

        var problem = act.Should().Throw<DataSetException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Should().Be(new RecordProblem("figure", "ARE-2015b", "Amount", "$30m", problem.Reason, "ARE-2015"));
        problem.Reason.Should().Contain("conflicts with figure ARE-2015").And.NotContain("line");
    }

    [Fact]
    public void Constructor_IdUsedByAGoalAndAFigure_IsRejected()
    {
        var act = () => new TradeDataSet([GoalWithId("ARE-2015")], [Annual("ARE", 2015, 29.7m)], []);

        act.Should().Throw<DataSetException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<RecordProblem>(p => p.RecordKind == "figure" && p.RecordId == "ARE-2015" && p.Member == "Id" && p.Reason.Contains("different goal"));
    }

    [Fact]
    public void Constructor_RestatementOfAGoalOutsideTheSet_IsRejected()
    {
        var act = () => new TradeDataSet([GoalWithId("g2", restates: "g1")], [], []);

        act.Should().Throw<DataSetException>().Which.Problems.Should().ContainSingle()
            .Which.Should().Match<RecordProblem>(p => p.RecordId == "g2" && p.Member == "RestatementOf" && p.Value == "g1");
    }

    [Fact]
    public void Constructor_RestatementBeforeItsOriginal_IsAccepted()
    {
        var data = new TradeDataSet([GoalWithId("g2", restates: "g1"), GoalWithId("g1")], [], []);

        data.Goals.Select(g => g.Id).Should().Equal("g2", "g1");
    }

    [Fact]
    public void Constructor_DerivedFigure_IsRejected()
    {
        var turnover = FigureDerivations.TurnoverFromParts(
            Figure("x", "ARE", ReportingPeriod.Year(2015), 10m, TradeFlow.Exports),
            Figure("m", "ARE", ReportingPeriod.Year(2015), 5m, TradeFlow.Imports));

        var act = () => new TradeDataSet([], [turnover], []);

        act.Should().Throw<DataSetException>().Which.Problems.Should().ContainSingle().Which.Member.Should().Be("Derivation");
    }

    [Fact]
    public void Constructor_SeveralProblems_ReportsEveryOne()
    {
        var act = () => new TradeDataSet([GoalWithId("g"), GoalWithId("g"), GoalWithId("h", restates: "none")], [], []);

        act.Should().Throw<DataSetException>().Which.Problems.Select(p => (p.RecordId, p.Member)).Should().Equal(("g", "Id"), ("h", "RestatementOf"));
    }

    [Fact]
    public void Merge_RecordInBothSets_IsKeptOnce()
    {
        var first = new TradeDataSet([GoalWithId("g1")], [Annual("ARE", 2014, 35m)], []);
        var second = new TradeDataSet([GoalWithId("g1"), GoalWithId("g2", restates: "g1")], [Annual("ARE", 2014, 35m), Annual("ARE", 2015, 29.7m)], []);

        var merged = first.Merge(second);

        merged.Goals.Select(g => g.Id).Should().Equal("g1", "g2");
        merged.Figures.Select(f => f.Id).Should().Equal("ARE-2014", "ARE-2015");
    }

    [Fact]
    public void Merge_IdNamingDifferentRecords_NamesTheRecord()
    {
        var first = new TradeDataSet([], [Annual("ARE", 2015, 29.7m)], []);
        var second = new TradeDataSet([], [Annual("ARE", 2015, 31m)], []);

        var act = () => first.Merge(second);

        act.Should().Throw<DataSetException>().Which.Problems.Should().ContainSingle().Which.RecordId.Should().Be("ARE-2015");
    }

    [Fact]
    public void Merge_RestatementOfAGoalOfTheOtherSet_IsLinked()
    {
        var original = new TradeDataSet([GoalWithId("g1")], [], []);
        var restatement = GoalWithId("g2", restates: "g1");

        var merged = original.Merge(new TradeDataSet([GoalWithId("g1"), restatement], [], []));

        GoalHistory.Chain(restatement, merged.Goals).Select(g => g.Id).Should().Equal("g1", "g2");
    }

    [Fact]
    public void FiguresOf_PairAndFlow_GivesReportedAndDerivedFiguresOfThatSeriesOnly()
    {
        var exports = Figure("x", "ARE", ReportingPeriod.Year(2015), 10m, TradeFlow.Exports);
        var imports = Figure("m", "ARE", ReportingPeriod.Year(2015), 5m, TradeFlow.Imports);
        var other = Figure("v", "VNM", ReportingPeriod.Year(2015), 7m);
        var data = new TradeDataSet([], [exports, imports, other], []);

        var turnover = data.FiguresOf(new TradePair(Belarus, Country.Parse("ARE")), TradeFlow.Turnover).Should().ContainSingle().Subject;

        turnover.Amount.Should().Be(Amount.FromMillions(15m));
        turnover.IsDerived.Should().BeTrue();
        data.FiguresOf(new TradePair(Belarus, Country.Parse("ARE")), TradeFlow.Exports).Should().Equal(exports);
        data.FiguresOf(new TradePair(Country.Parse("ARE"), Belarus), TradeFlow.Turnover).Should().ContainSingle()
            .Which.Derivation!.Method.Should().Be(DerivationMethod.Mirror);
        data.FiguresOf(new TradePair(Belarus, Country.Parse("VNM")), TradeFlow.Exports).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_GoalWhoseLevelsComeOnlyFromAStatement_SeesTheDerivedFigure()
    {
        // 2016 is pinned by the statement: $100m in 2015 × 1.5 = $150m.
        var statement = new RelativeStatement("s", Belarus, Country.Parse("ARE"), TradeFlow.Turnover, ReportingPeriod.Year(2016), ReportingPeriod.Year(2015), 1.5, PublishedOn(2017, 2, 1));
        var data = new TradeDataSet([GoalWithId("g")], [Annual("ARE", 2015, 100m)], [statement]);

        var evaluation = GoalEvaluator.Evaluate(data.Goals[0], data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        evaluation.Latest!.Value.Should().Be(150e6);
        evaluation.Latest.Year.Should().Be(2016);
    }
}
