using TradeTargets.IO;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

public class TradeDataLoaderTests
{
    private static StringReader Text(params string[] lines) => new(Lines(lines));

    [Fact]
    public void Finish_RestatementOfASeedGoal_LoadsOntoTheSeedData()
    {
        var seeds = SeedData.Load();

        var data = new TradeDataLoader(seeds).Add(Text(GoalHeader, Goal("g-new", restates: "goal-blr-are-2015")), "goals.csv").Finish().Data;

        data.Goals.Should().HaveCount(seeds.Goals.Count + 1);
        GoalHistory.Chain(data.FindGoal("g-new")!, data.Goals).Select(g => g.Id).Should().Equal("goal-blr-are-2015", "g-new");
    }

    [Fact]
    public void Finish_RestatementOfAGoalInALaterFile_IsLinkedWhateverTheFileOrder()
    {
        var data = new TradeDataLoader(TradeDataSet.Empty)
            .Add(Text(GoalHeader, Goal("g2", restates: "g1")), "second.csv")
            .Add(Text(GoalHeader, Goal("g1")), "first.csv")
            .Finish().Data;

        data.Goals.Select(g => g.Id).Should().Equal("g2", "g1");
    }

    [Fact]
    public void Finish_RestatementOfNoGoal_NamesFileLineAndColumn()
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty).Add(Text(GoalHeader, Goal("g1"), Goal("g2", restates: "g9")), "goals.csv");

        var act = () => loader.Finish();

        act.Should().Throw<DataFileException>().Where(e => e.File == "goals.csv" && e.Line == 3 && e.Column == "restatement_of" && e.Value == "g9"
            && e.Reason.Contains("restates goal 'g9'", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_FigureClashingWithOneInAnotherFile_SaysWhereTheOtherIs()
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty).Add(Text(FigureHeader, Figure("a", "$29.7m")), "first.csv");

        var act = () => loader.Add(Text(FigureHeader, Figure("b", "$30m")), "second.csv");

        act.Should().Throw<DataFileException>().Where(e => e.File == "second.csv" && e.Line == 2 && e.Column == "amount"
            && e.Reason.Contains("conflicts with figure a", StringComparison.Ordinal)
            && e.Reason.Contains("first.csv line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_RecordEqualToOneOfTheStartSet_IsKeptOnce()
    {
        var start = TradeDataFile.Load(Text(FigureHeader, Figure("a")), "start.csv");

        var result = new TradeDataLoader(start).Add(Text(FigureHeader, Figure("a")), "again.csv").Finish();

        result.Data.Figures.Should().ContainSingle().Which.Id.Should().Be("a");
        result.IsClean.Should().BeTrue();
    }

    [Fact]
    public void Add_RecordRepeatedWithinTheLoad_IsAProblem()
    {
        var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient)
            .Add(Text(FigureHeader, Figure("a")), "one.csv")
            .Add(Text(FigureHeader, Figure("a")), "two.csv")
            .Finish();

        result.Data.Figures.Should().ContainSingle();
        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.File == "two.csv" && p.Line == 2 && p.Column == "id"
            && p.Reason.Contains("one.csv line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Finish_StrictComtradeDownload_ReturnsTheRowsSkippedByRule()
    {
        var text = ComtradeImporterTests.File(
            ComtradeImporterTests.CurrentHeader,
            ComtradeImporterTests.Current("BLR", 112, "X", "W00", 0, "23500000000"),
            ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "100000000"));

        var result = new TradeDataLoader(TradeDataSet.Empty).Add(new StringReader(text), "comtrade.csv").Finish();

        result.Data.Figures.Should().ContainSingle();
        result.Skipped.Should().ContainSingle().Which.Should().Match<SkippedRows>(s => s.File == "comtrade.csv" && s.Count == 1 && s.FirstLine == 2);
    }

    [Fact]
    public void Add_AfterFinish_Throws()
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty);
        loader.Finish();

        var act = () => loader.Add(Text(FigureHeader, Figure("a")), "late.csv");

        act.Should().Throw<InvalidOperationException>();
    }
}
