using System.Text.Json;
using Json.Schema;

namespace TradeTargets.Sample.Tests;

public class ExtractCommandTests
{
    private static readonly JsonSchema CandidatesSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extraction-candidates.schema.json")));

    private static string Article(string date) => Path.Combine(AppContext.BaseDirectory, "articles", date + ".txt");

    [Theory]
    [InlineData("2014-12-31", 0, 1)]
    [InlineData("2015-12-31", 2, 5)]
    [InlineData("2016-10-31", 3, 5)]
    [InlineData("2017-07-31", 1, 1)]
    public void Extract_Json_ValidatesAgainstDocumentedSchema(string date, int goals, int figures)
    {
        var run = SampleRun.Of("extract", Article(date), "--published", date, "--reporter", "BLR", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var result = CandidatesSchema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        document.RootElement.GetProperty("goals").GetArrayLength().Should().Be(goals);
        document.RootElement.GetProperty("figures").GetArrayLength().Should().Be(figures);
    }

    [Fact]
    public void Extract_Out_WritesFilesThatDataLoadsAndEvaluates()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "extracted");

        var extract = SampleRun.Of("extract", Article("2016-10-31"), "--published", "2016-10-31", "--reporter", "BLR", "--out", outDir, "--publication", "Belarus Foreign Policy Digest");
        var evaluate = SampleRun.Of(
            "--no-seed", "--data", Path.Combine(outDir, "goals.csv"), "--data", Path.Combine(outDir, "figures.csv"), "--data", Path.Combine(outDir, "statements.csv"),
            "--as-of", "2017-12-31", "--format", "csv", "--no-charts");

        extract.ExitCode.Should().Be(0, extract.Error);
        evaluate.ExitCode.Should().Be(0, evaluate.Error);
        File.ReadAllText(Path.Combine(outDir, "goals.csv")).Should().Contain("Trade and geopolitics to counterbalance Russia");
        evaluate.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(4, "a header and the Pakistan, Emirates and Poland goals");
    }

    [Fact]
    public void Extract_Csv_HasOneRowPerCandidate()
    {
        var run = SampleRun.Of("extract", Article("2017-07-31"), "--published", "2017-07-31", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("record,reporter,partner,flow");
        run.Output.Should().Contain("goal,BLR,VNM,turnover,,$500m,,,,x4,$121m 2016,in a few years,target");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Extract_SecondLevelForTheSamePairFlowAndPeriod_IsShownAsARepeat(string format)
    {
        var output = ExtractedText("Exports to Chile came to $1,071m in 2015. Of that, shipments by sea came to $642m in 2015.", "2016-03-01", format);
        if (format == "csv")
        {
            output.Should().Contain("figure,BLR,CHL,exports,2015,$1.071bn,").And.Contain("repeated-figure,BLR,CHL,exports,2015,$642m,");
            return;
        }

        using var document = ValidCandidates(output);
        document.RootElement.GetProperty("figures").EnumerateArray().Should().ContainSingle().Which.GetProperty("value").GetDecimal().Should().Be(1_071_000_000m);
        document.RootElement.GetProperty("repeatedFigures").EnumerateArray().Should().ContainSingle().Which.GetProperty("value").GetDecimal().Should().Be(642_000_000m);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public void Extract_TheLevelAGoalStartsFromWithNoPeriod_IsShownAsUndated(string format)
    {
        var output = ExtractedText("Belarus wants to raise trade with Pakistan from $50m to $1bn within four years.", "2016-10-31", format);
        if (format == "csv")
        {
            output.Should().Contain("undated-figure,BLR,PAK,turnover,2015,$50m,").And.NotContain("\nfigure,");
            return;
        }

        using var document = ValidCandidates(output);
        document.RootElement.GetProperty("figures").EnumerateArray().Should().BeEmpty();
        document.RootElement.GetProperty("undatedFigures").EnumerateArray().Should().ContainSingle().Which.GetProperty("value").GetDecimal().Should().Be(50_000_000m);
    }

    // The sample's extract output for a one-line article, Belarus the reporter, after checking that it ran.
    private static string ExtractedText(string text, string published, string format)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "article.txt");
        File.WriteAllText(path, text);
        var run = SampleRun.Of("extract", path, "--published", published, "--reporter", "BLR", "--format", format);
        run.ExitCode.Should().Be(0, run.Error);
        return run.Output;
    }

    // The JSON candidates document, checked against the documented schema.
    private static JsonDocument ValidCandidates(string json)
    {
        var document = JsonDocument.Parse(json);
        CandidatesSchema.Evaluate(document.RootElement).IsValid.Should().BeTrue();
        return document;
    }

    [Fact]
    public void Extract_TextWithoutSentenceEnds_SaysItWasReadInPiecesOnStandardErrorAndInTheJson()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "table-as-one-line.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("exports to Vietnam reached $135m in 2017, ", 200)));

        var run = SampleRun.Of("extract", path, "--published", "2018-03-01", "--reporter", "BLR", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().StartWith("note: The sentence at characters 0 to ").And.Contain("pieces");
        using var document = JsonDocument.Parse(run.Output);
        CandidatesSchema.Evaluate(document.RootElement).IsValid.Should().BeTrue();
        document.RootElement.GetProperty("notes").EnumerateArray().Should().ContainSingle();
    }

    [Fact]
    public void Extract_WithoutPublished_IsAnError()
        => SampleRun.Of("extract", Article("2017-07-31")).ExitCode.Should().NotBe(0);

    [Fact]
    public void Extract_BinaryFile_IsAnErrorThatSaysWhere()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "image.bin");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 0, 0, 20, 0]);

        var run = SampleRun.Of("extract", path, "--published", "2018-03-01");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("image.bin").And.Contain("NUL character at character 4").And.Contain("not a text file");
        run.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "The text is empty")]
    [InlineData("Товарооборот между Россией и Китаем достиг 200 млрд долларов.", "no Latin letters")]
    public void Extract_TextThatCannotBeRead_SaysWhyOnStandardError(string text, string why)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "article.txt");
        File.WriteAllText(path, text);

        var run = SampleRun.Of("extract", path, "--published", "2018-03-01", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().StartWith("note: ").And.Contain(why);
        run.Output.Trim().Split('\n').Should().ContainSingle("only the header is written");
    }
}
