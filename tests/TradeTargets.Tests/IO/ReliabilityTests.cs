using System.Text;
using CsCheck;
using TradeTargets.IO;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

/// <summary>Hostile input: every load ends in bounded time with located problems, never a hang, a stack trace or a silently changed value.</summary>
public class ReliabilityTests
{
    private const string Exports = "\"Goods, Value of Exports, Free on board (FOB), US Dollars\",\"TXG_FOB_USD\"";

    private const string ImfHeader =
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"Counterpart Country Name\",\"Counterpart Country Code\",\"Attribute\",\"2015\",\"2016\",";

    private const string SdmxHeader = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT";

    private static LoadResult Lenient(string text, string file = "data.csv") => TradeDataFile.LoadLenient(new StringReader(text), file);

    // Class 1: hangs.
    [Fact]
    public void LoadLenient_RecordLongerThanTheLimit_EndsWithOneProblemAtItsLineAndReadsOn()
    {
        var longNote = new string('x', CsvReader.MaxRecordChars + 10);
        var text = Lines(FigureHeader, Figure("a", period: "2014"), Figure("b", period: "2015", note: longNote), Figure("c", period: "2016"));

        var result = Lenient(text);

        result.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
        result.Data.Figures.Select(f => f.Id).Should().Equal("a");
    }

    [Fact]
    public void LoadLenient_UnclosedQuoteMidFile_CostsOneLineAndTheRestLoads()
    {
        var rows = Enumerable.Range(0, 200_000).Select(i => Figure($"f{i}", period: (1900 + (i % 300)).ToString(System.Globalization.CultureInfo.InvariantCulture), partner: "ARE")).ToList();
        rows = [.. rows.Select((r, i) => i < 300 ? r : r.Replace("ARE", i % 2 == 0 ? "VNM" : "PAK", StringComparison.Ordinal))];
        rows[10] = rows[10].Replace("exact", "\"exact", StringComparison.Ordinal);

        var result = Lenient(Lines([FigureHeader, .. rows]));

        result.Problems.Should().NotBeEmpty();
        result.Problems[0].Line.Should().Be(12);
        result.Problems[0].Reason.Should().Contain("never closed");
    }

    // Class 2: no unhandled exception; bounded memory per line.
    [Theory]
    [InlineData("7.9e28")]
    [InlineData("$1e21")]
    public void LoadLenient_AmountAboveTheRecordedMaximum_IsAProblemAtItsLine(string amount)
    {
        var result = Lenient(Lines(FigureHeader, Figure("a", amount)));

        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 2 && p.Column == "amount" && p.Reason.Contains("is too large for an amount; the largest is 1e20 units"));
        result.Data.AllFigures.Should().BeEmpty();
    }

    [Fact]
    public void AllFigures_LargestExportsAndImports_DeriveTurnoverWithoutOverflow()
    {
        var max = $"{Amount.MaxRecordedValue}";
        var exports = Figure("x", max).Replace("turnover", "exports", StringComparison.Ordinal);
        var imports = Figure("m", max).Replace("turnover", "imports", StringComparison.Ordinal);

        var data = TradeDataFile.Load(new StringReader(Lines(FigureHeader, exports, imports)), "f.csv");

        data.AllFigures.Single(f => f.IsDerived && f.Flow == TradeFlow.Turnover).Amount.Value.Should().Be(2 * Amount.MaxRecordedValue);
    }

    [Theory]
    [InlineData("1e21")]
    [InlineData("1e308")]
    [InlineData("1e-320")]
    [InlineData("1e-7")]
    public void LoadLenient_StatementRatioOutsideItsRange_IsAProblemAtItsLine(string ratio)
    {
        var row = $"s1,BLR,ARE,turnover,2016,2015,{ratio},exact,,Digest,An article,2016-10-31,,";
        var result = Lenient(Lines(StatementHeader, row));

        result.Problems.Should().ContainSingle().Which.Column.Should().Be("ratio");
        var derive = () => result.Data.AllFigures;
        derive.Should().NotThrow();
    }

    [Fact]
    public void LoadLenient_EndlessLineWithoutBreaks_IsRefusedAfterTheLimit()
    {
        using var zeros = new StreamReader(new EndlessZeros());

        var result = TradeDataFile.LoadLenient(zeros, "zero");

        result.Problems.Should().ContainSingle().Which.Reason.Should().Contain("longer than");
    }

    // Class 3: silent wrong values.
    [Theory]
    [InlineData("$12,5m")]
    [InlineData("EUR 1,5bn")]
    [InlineData("1,,,2")]
    [InlineData("1e-30")]
    [InlineData("$1e-30bn")]
    public void AmountParse_TextThatWouldChangeValue_IsRefused(string text)
    {
        var parse = () => Amount.Parse(text);

        parse.Should().Throw<FormatException>();
    }

    [Theory]
    [InlineData("1,500,000", 1_500_000)]
    [InlineData("$12.5m", 12_500_000)]
    [InlineData("0", 0)]
    public void AmountParse_ThousandsSeparatorsAndZero_StillRead(string text, decimal expected)
        => Amount.Parse(text).Value.Should().Be(expected);

    [Fact]
    public void LoadLenient_ComtradeMonthZero_IsAProblemNotAYear()
    {
        var current = ComtradeImporterTests.File(
            ComtradeImporterTests.CurrentHeader,
            ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "100", year: 2016, month: 0));

        var result = Lenient(current, "comtrade.csv");

        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 2 && p.Column == "refMonth");
        result.Data.Figures.Should().BeEmpty();
    }

    [Fact]
    public void LoadLenient_ComtradeValueThatRoundsToZero_IsAProblem()
    {
        var current = ComtradeImporterTests.File(ComtradeImporterTests.CurrentHeader, ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "1e-30"));

        Lenient(current, "comtrade.csv").Problems.Should().ContainSingle().Which.Column.Should().Be("primaryValue");
    }

    [Fact]
    public void Load_BytesThatAreNotUtf8_AreAProblemAtTheirLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines(FigureHeader, Figure("a", period: "2014"), Figure("b", period: "2015", note: "caf#"), Figure("c", period: "2016")));
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xE9; // Latin-1 "é"
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);

        var result = TradeDataFile.LoadLenient(reader, "latin1.csv");

        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 3 && p.Reason.Contains("UTF-8"));
        result.Data.Figures.Select(f => f.Id).Should().Equal("a", "c");
    }

    [Fact]
    public void Load_ImfAliasInACodeColumn_IsACountedSkip()
    {
        var text = ImfHeader + "\n" + $"\"United Kingdom\",\"UK\",{Exports},\"Belarus\",\"BY\",\"Value\",\"100\",\"200\",\n";

        var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(new StringReader(text), "dots.csv").Finish();

        result.Data.Figures.Should().BeEmpty();
        result.Skipped.Sum(s => s.Count).Should().Be(1);
    }

    [Fact]
    public void Load_ImfRowOfRepeatedValues_IsOneSkipNotOnePerCell()
    {
        var row = $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Value\",\"100\",\"200\",";
        var text = ImfHeader + "\n" + row + "\n" + row + "\n";

        var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(new StringReader(text), "dots.csv").Finish();

        result.Skipped.Should().ContainSingle().Which.Count.Should().Be(1);
    }

    // Class 4: errors that say where.
    [Fact]
    public void Load_GoalAnnouncedInYear9999_IsAProblemAtItsLine()
    {
        var row = Goal("g1").Replace(",2015,2014-10-29,", ",in the near future,9999-12-31,", StringComparison.Ordinal);

        var result = Lenient(Lines(GoalHeader, row), "goals.csv");

        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 2 && p.Column == "announced_on" && p.Reason.Contains("announcement date 9999-12-31"));
    }

    [Fact]
    public void Add_SameFileTwice_SaysTheEarlierLoadOfThatFile()
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty).Add(new StringReader(Lines(FigureHeader, Figure("a"))), "comtrade.csv");

        var act = () => loader.Add(new StringReader(Lines(FigureHeader, Figure("a", "$1m"))), "comtrade.csv");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 2 && e.Reason.Contains("line 2 of an earlier load of comtrade.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadLenient_CarriageReturnsOnlyInsideQuotes_CountPhysicalLines()
    {
        var text = FigureHeader + "\r" + Figure("a", note: "\"one\rtwo\rthree\"") + "\r" + Figure("b", "bad") + "\r";

        Lenient(text).Problems.Should().ContainSingle().Which.Line.Should().Be(5);
    }

    [Fact]
    public void LoadLenient_ProblemsComeOutInFileOrder()
    {
        var comtrade = ComtradeImporterTests.File(
            ComtradeImporterTests.CurrentHeader,
            ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "100"),
            ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "oops"));
        var loader = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient)
            .Add(new StringReader(Lines(FigureHeader, Figure("comtrade-blr-vnm-exports-2016-reporter"), Figure("z", "bad", period: "2014"))), "first.csv")
            .Add(new StringReader(comtrade), "second.csv");

        var problems = loader.Finish().Problems;

        problems.Select(p => (p.File, p.Line)).Should().Equal(("first.csv", 3L), ("second.csv", 2L), ("second.csv", 3L));
    }

    // Class 8: questionable cases, decided.
    [Fact]
    public void LoadLenient_DeadlineBeforeTheBaselineOrTargetBelowIt_IsRefused()
    {
        var before = Goal("g1").Replace(",2015,2014-10-29,President,,,", ",2015,2015-01-01,President,$100m,2016,", StringComparison.Ordinal);
        var below = Goal("g2").Replace(",$500m,2015,2014-10-29,President,,,", ",$50m,2016,2014-10-29,President,$100m,2013,", StringComparison.Ordinal);

        var result = Lenient(Lines(GoalHeader, before, below), "goals.csv");

        result.Problems.Select(p => (p.Line, p.Column)).Should().Equal((2L, "deadline"), (3L, "target"));
    }

    [Fact]
    public void DataProblem_HugeValue_IsQuotedToTwoHundredCharacters()
    {
        var result = Lenient(Lines(FigureHeader, Figure("a", new string('9', 5000) + "x")));

        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Value!.Length.Should().Be(DataProblem.MaxValueChars + 1);
        problem.ToString().Length.Should().BeLessThan(DataProblem.MaxValueChars + DataProblem.MaxReasonChars + 100);
    }

    // The counting invariant: every data row is loaded, rejected or skipped, once, in every layout.
    [Fact]
    public void LoadLenient_EveryLayout_CountsEveryRowOnce()
    {
        var rowKinds = Gen.Int[0, 2].Array[1, 40];
        Gen.Select(Gen.Int[0, 6], rowKinds).Sample(
            (layout, kinds) =>
            {
                var (text, expectLoaded, expectRejected, expectSkipped) = GeneratedFile.Build(layout, kinds);
                var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(new StringReader(text), "gen").Finish();
                var loaded = result.Data.Goals.Count + result.Data.Figures.Count + result.Data.Statements.Count;
                var rejected = result.Problems.Select(p => p.Line).Distinct().Count();
                var skipped = result.Skipped.Sum(s => s.Count);
                return loaded == expectLoaded && rejected == expectRejected && skipped == expectSkipped
                    && loaded + rejected + skipped == kinds.Length;
            },
            iter: 300);
    }

    // A fuzz run: mutated files of every layout through the lenient loader; anything but a DataFileException-free result with
    // located problems (or an exception escaping) fails. The duration and findings are in docs/reliability.md.
    [Fact]
    public void LoadLenient_MutatedFiles_NeverThrowAndLocateEveryProblem()
    {
        var mutation = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 2].Array[1, 12], Gen.Int[0, 7].Array[1, 6], Gen.Int[0, 10_000].Array[6], Gen.Char.Array[6]);
        mutation.Sample(
            (layout, kinds, ops, positions, chars) =>
            {
                var text = GeneratedFile.Mutate(GeneratedFile.Build(layout, kinds).Text, ops, positions, chars);
                var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(new StringReader(text), "fuzz").Finish();
                _ = result.Data.AllFigures;
                _ = GoalEvaluator.EvaluateAll(result.Data, EvaluationOptions.At(new DateOnly(2020, 12, 31)));
                var lines = text.Count(c => c is '\n' or '\r') + 2;
                return result.Problems.All(p => p.File == "fuzz" && p.Line >= 0 && p.Line <= lines && p.Reason.Length > 0);
            },
            iter: 2000);
    }

    private sealed class EndlessZeros : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
