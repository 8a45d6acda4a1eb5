using System.Text.RegularExpressions;
using TradeTargets.IO;
using TradeTargets.Tests.Architecture;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

/// <summary>
/// The columns of the project's record files have one home (RecordColumns): the header check, the row readers and
/// docs/data-format.md must say the same about which columns a row needs.
/// </summary>
public sealed partial class RecordFormatTests
{
    private const string Statement = "s1,BLR,CHN,exports,2016-01/2016-08,2015-01/2015-08,0.32,exact,,Digest,An article,2016-10-31,,";

    public static TheoryData<string, string, string> Files => new()
    {
        { "figures.csv", FigureHeader, Figure("f1") },
        { "goals.csv", GoalHeader, Goal("g1") },
        { "statements.csv", StatementHeader, Statement },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_EachColumnLeftOutOfTheHeader_IsRefusedAtTheHeaderExactlyWhenTheRowReaderNeedsIt(string file, string header, string row)
    {
        var names = header.Split(',');
        var values = row.Split(',');
        var whole = TradeDataFile.Load(new StringReader(Lines(header, row)), file);
        (whole.Goals.Count + whole.Figures.Count + whole.Statements.Count).Should().Be(1, "the whole row loads");

        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            var result = TradeDataFile.LoadLenient(new StringReader(Lines(Without(names, i), Without(values, i))), file);
            var records = result.Data.Goals.Count + result.Data.Figures.Count + result.Data.Statements.Count;
            if (result.Problems.Any(p => p.Reason.Contains("matches no known layout", StringComparison.Ordinal)))
            {
                continue; // the column is one of those that say what kind of file it is
            }

            if (Documented(file).Required.Contains(name))
            {
                result.Problems.Should().Contain(p => p.Column == name && p.Reason == $"the required column '{name}' is missing from the header; no row can load without it.", name);
                records.Should().Be(0, $"a row cannot load without '{name}'");
            }
            else
            {
                result.Problems.Should().BeEmpty($"'{name}' is optional");
                records.Should().Be(1, $"a row loads without '{name}'");
            }
        }
    }

    [Theory]
    [InlineData("figures.csv")]
    [InlineData("goals.csv")]
    [InlineData("statements.csv")]
    public void Columns_AreThoseDocsDataFormatLists_WithTheSameRequiredOnes(string file)
    {
        var format = file switch
        {
            "figures.csv" => RecordFormat.Figures,
            "goals.csv" => RecordFormat.Goals,
            _ => RecordFormat.Statements,
        };
        var documented = Documented(file);

        format.Columns.Should().BeEquivalentTo(documented.Columns);
        format.Required.Should().BeEquivalentTo(documented.Required);
    }

    [Fact]
    public void Detect_TriesTheLayoutsInTheirOrder_StatisticsDownloadsBeforeTheProjectsOwnFiles()
    {
        DataFileFormats.Detect(ComtradeImporterTests.CurrentHeader).Should().BeSameAs(ComtradeLayout.Current);
        DataFileFormats.Detect(ComtradeImporterTests.LegacyHeader).Should().BeSameAs(ComtradeLayout.Legacy);
        DataFileFormats.Detect(FigureHeader.Split(',')).Should().BeSameAs(RecordFormat.Figures);
        DataFileFormats.Detect(GoalHeader.Split(',')).Should().BeSameAs(RecordFormat.Goals);
        DataFileFormats.Detect(StatementHeader.Split(',')).Should().BeSameAs(RecordFormat.Statements);
        DataFileFormats.Detect([.. ComtradeImporterTests.CurrentHeader, "target", "deadline"]).Should().BeSameAs(ComtradeLayout.Current);
        DataFileFormats.Detect(["target", "deadline", "amount", "period"]).Should().BeSameAs(RecordFormat.Goals);
        DataFileFormats.Detect(["ratio", "reference_period", "amount", "period"]).Should().BeSameAs(RecordFormat.Statements);
        DataFileFormats.Detect(["a", "b"]).Should().BeNull();
    }

    private static string Without(string[] fields, int index) => string.Join(",", fields.Where((_, i) => i != index));

    /// <summary>The columns of a kind's table in docs/data-format.md (with the source columns), and those whose Required cell is "yes".</summary>
    private static (List<string> Columns, List<string> Required) Documented(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(SourceDependencies.RepositoryRoot(), "docs", "data-format.md"));
        var columns = new List<string>();
        var required = new List<string>();
        foreach (var section in new[] { $"## {file}", "## Source columns" })
        {
            var rows = lines.SkipWhile(l => !l.StartsWith(section, StringComparison.Ordinal)).Skip(1)
                .SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2);
            foreach (var cells in rows.Select(r => r.Split('|', StringSplitOptions.TrimEntries)))
            {
                var names = ColumnName().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList();
                columns.AddRange(names);
                if (cells[2] == "yes")
                {
                    required.AddRange(names);
                }
            }
        }

        return (columns, required);
    }

    [GeneratedRegex("`([a-z_]+)`")]
    private static partial Regex ColumnName();
}
