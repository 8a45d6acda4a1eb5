using System.Text.Json;
using Json.Schema;

namespace TradeTargets.Sample.Tests;

public class SampleAppTests
{
    // The schema has an $id, and the schema library refuses to register one id twice per process.
    private static readonly JsonSchema ReportSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "evaluation-report.schema.json")));

    [Fact]
    public void Run_JsonFormat_ValidatesAgainstDocumentedSchema()
    {
        var run = SampleRun.Of("--format", "json", "--as-of", "2017-12-31", "--no-charts");

        run.ExitCode.Should().Be(0, run.Error);
        var schema = ReportSchema;
        using var document = JsonDocument.Parse(run.Output);
        var result = schema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        document.RootElement.GetProperty("evaluations").GetArrayLength().Should().Be(SeedData.Load().Goals.Count);
    }

    [Fact]
    public void Schema_RejectsADocumentMissingEvaluations()
    {
        var schema = ReportSchema;

        using var document = JsonDocument.Parse("""{"schema":"tradetargets-evaluation-report/2","asOf":"2017-12-31"}""");

        schema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Run_Default_PrintsScoreboardAndWritesEveryChart()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "charts");

        var run = SampleRun.Of("--as-of", "2017-12-31", "--out", outDir);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("Vietnam").And.Contain("United Arab Emirates").And.Contain("missed");
        var pngs = Directory.GetFiles(outDir, "*.png").Select(Path.GetFileName).ToList();
        pngs.Should().Contain(["scoreboard.png", "dumbbell.png"]);
        pngs.Count(p => p!.StartsWith("gap-", StringComparison.Ordinal)).Should().Be(SeedData.Load().Goals.Count);
        Directory.GetFiles(outDir, "*.png").Should().AllSatisfy(p => File.ReadAllBytes(p).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G'));
        Directory.GetDirectories(folder.Path).Should().ContainSingle("the staging folder beside the output is removed");
        run.Output.Should().Contain("scoreboard.png");
    }

    [Fact]
    public void Run_TableRedirected_WritesTitleExplanationsAndSummaryAsWholeLinesNamingBothSides()
    {
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));
        var evaluations = GoalEvaluator.EvaluateAll(SeedData.Load(), options);

        var run = SampleRun.Of("--no-statistics", "--as-of", "2017-12-31", "--no-charts");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split(Environment.NewLine);
        evaluations.Max(e => e.Explanation.Length).Should().BeGreaterThan(160, "the check needs explanations longer than any fixed width");
        lines.Should().Contain($"Trade goals {options}");
        foreach (var (e, number) in evaluations.Select((e, i) => (e, i + 1)))
        {
            e.Explanation.Should().StartWith(ProseText.Describe(e.Goal.Pair) + " ");
            lines.Should().Contain($"{number}. {e.Explanation}", "a pipe or a file gets each explanation on one line");
            lines.Should().Contain(l => l.StartsWith($"│ {number,-2} │ {ProseText.Describe(e.Goal.Pair)} ", StringComparison.Ordinal), "the table names both sides");
        }

        lines.Should().Contain(l => l.StartsWith($"{evaluations.Count} goals: ", StringComparison.Ordinal) && l.EndsWith("/yr.", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OnATerminal_ShowsALiveCountAndWritesTheSameBytesAsRedirected()
    {
        using var folder = new TempFolder();
        var plainDir = Path.Combine(folder.Path, "plain");
        var liveDir = Path.Combine(folder.Path, "live");
        var terminal = new StringWriter();

        var plain = SampleRun.Of("--as-of", "2017-12-31", "--out", plainDir, "--format", "csv");
        var live = SampleRun.On(terminal, "--as-of", "2017-12-31", "--out", liveDir, "--format", "csv");

        live.ExitCode.Should().Be(0, live.Error);
        live.Output.Should().Be(plain.Output);
        live.Error.Replace(liveDir, plainDir, StringComparison.Ordinal).Should().Be(plain.Error, "the lines after rendering do not depend on the terminal");
        var charts = SeedData.Load().Goals.Count + 2;
        var total = $"Rendering charts {charts}/{charts}";
        terminal.ToString().Should().StartWith("\rRendering charts ").And.Contain("\r" + total)
            .And.EndWith("\r" + new string(' ', total.Length) + "\r", "the line is cleared before the paths are listed");
        foreach (var file in Directory.GetFiles(plainDir))
        {
            File.ReadAllBytes(Path.Combine(liveDir, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void Run_JsonAndCsvFormats_SpellStatusesAsTheDataFilesDo()
    {
        var json = SampleRun.Of("--format", "json", "--as-of", "2017-12-31", "--no-charts");
        var csv = SampleRun.Of("--format", "csv", "--as-of", "2017-12-31", "--no-charts");

        using var document = JsonDocument.Parse(json.Output);
        var statuses = document.RootElement.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("status").GetString()).ToList();
        var flows = document.RootElement.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("goal").GetProperty("flow").GetString()).ToList();
        statuses.Should().Contain(EnumText.Format(GoalStatus.Missed)).And.OnlyContain(s => Enum.GetValues<GoalStatus>().Select(EnumText.Format).Contains(s));
        document.RootElement.GetProperty("summary").GetProperty("countsByStatus").TryGetProperty("needs-acceleration", out _).Should().BeTrue();
        var rows = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        rows.Select(r => r[9]).Should().Equal(statuses, "the CSV status column uses the same tokens as the JSON report");
        rows.Select(r => r[3]).Should().Equal(flows);
    }

    [Fact]
    public void Run_HtmlAndMarkdownFormats_PrintTheTrackerPageAndTheMarkdownReport()
    {
        var html = SampleRun.Of("--format", "html", "--as-of", "2017-12-31", "--no-charts");
        var markdown = SampleRun.Of("--format", "md", "--as-of", "2017-12-31", "--no-charts");

        html.ExitCode.Should().Be(0, html.Error);
        html.Output.Should().StartWith("<!DOCTYPE html>").And.Contain("<h1>Trade goals tracker</h1>");
        html.Output.Split("<article ").Should().HaveCount(SeedData.Load().Goals.Count + 1);
        markdown.ExitCode.Should().Be(0, markdown.Error);
        markdown.Output.Should().StartWith("# Trade goals tracker\n");
    }

    [Fact]
    public void Run_CsvFormat_PrintsOneRowPerGoal()
    {
        var run = SampleRun.Of("--format", "csv", "--as-of", "2017-12-31", "--no-charts");

        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("goal_id,reporter,partner,flow,currency,target,");
        lines.Should().HaveCount(SeedData.Load().Goals.Count + 1);
    }

    [Fact]
    public void Run_BadDataFile_FailsNamingFileAndLineAndWritesNothing()
    {
        using var folder = new TempFolder();
        var seedFigures = File.ReadAllLines(Path.Combine(SeedFolder(), "figures.csv"));
        var bad = folder.File("bad-figures.csv", seedFigures[0] + "\n" + seedFigures[1].Replace("BLR", "Atlantis", StringComparison.Ordinal) + "\n");
        var outDir = Path.Combine(folder.Path, "charts");

        var run = SampleRun.Of("--no-seed", "--data", bad, "--out", outDir);

        run.ExitCode.Should().Be(SampleApp.DataError);
        run.Error.Should().Contain("bad-figures.csv").And.Contain("line 2").And.Contain("Atlantis");
        run.Output.Should().BeEmpty();
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    public void Run_ABugWhileWriting_ExitsWithTheInternalErrorCodeNeverTheDataOrUsageCode()
    {
        var error = new StringWriter();

        var exitCode = SampleApp.Run(["--no-charts"], new FailingWriter(), error);

        exitCode.Should().Be(SampleApp.InternalError).And.NotBe(SampleApp.DataError).And.NotBe(1);
        error.ToString().Should().StartWith("internal error: InvalidOperationException: the writer broke").And.Contain("This is a bug in TradeTargets");
    }

    /// <summary>Standard output that fails as a bug would: with neither a data problem nor an IO failure.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the writer broke");

        public override void Write(string? value) => throw new InvalidOperationException("the writer broke");
    }

    [Fact]
    public void Run_FileReusingASeedIdForAnotherRecord_FailsWithDataErrorNotACrash()
    {
        using var folder = new TempFolder();
        var seedFigures = File.ReadAllLines(Path.Combine(SeedFolder(), "figures.csv"));
        var clash = folder.File("clash.csv", seedFigures[0] + "\n" + seedFigures[1].Replace("$500m", "$400m", StringComparison.Ordinal) + "\n");

        var run = SampleRun.Of("--data", clash, "--no-charts");

        run.ExitCode.Should().Be(SampleApp.DataError, run.Error);
        run.Error.Should().StartWith("error: ").And.Contain(seedFigures[1].Split(',')[0]);
    }

    [Fact]
    public void Run_GoalIdsThatNameOneChartFile_FailsNamingBothGoalsAndTheFileAndWritesNothing()
    {
        using var folder = new TempFolder();
        var seedGoals = File.ReadAllLines(Path.Combine(SeedFolder(), "goals.csv"));
        var emirates = seedGoals.First(l => l.StartsWith("goal-blr-are-2015,", StringComparison.Ordinal))["goal-blr-are-2015".Length..];
        var goals = folder.File("goals.csv", $"{seedGoals[0]}\nuser-are{emirates}\nUSER-ARE{emirates}\n");
        var outDir = Path.Combine(folder.Path, "charts");

        var run = SampleRun.Of("--no-seed", "--data", goals, "--out", outDir, "--format", "csv", "--as-of", "2017-12-31");

        run.ExitCode.Should().Be(SampleApp.OutputError, run.Error);
        run.Error.Should().Contain("the goals 'user-are' and 'USER-ARE' would all be written as gap-user-are.png;");
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    public void Run_OutputFolderIsAFile_FailsWithOutputError()
    {
        using var folder = new TempFolder();
        var notAFolder = folder.File("charts", "I am a file");

        var run = SampleRun.Of("--as-of", "2017-12-31", "--out", notAFolder, "--format", "csv");

        run.ExitCode.Should().Be(SampleApp.OutputError);
        run.Error.Should().Contain("could not write the charts");
    }

    [Fact]
    public void Run_UserGoalRestatingASeedGoal_Loads()
    {
        using var folder = new TempFolder();
        var seedGoals = File.ReadAllLines(Path.Combine(SeedFolder(), "goals.csv"));
        var header = seedGoals[0].Split(',');
        var emirates = seedGoals.First(l => l.StartsWith("goal-blr-are-2015,", StringComparison.Ordinal));
        var restated = "goal-user-are-2018" + emirates["goal-blr-are-2015".Length..].Replace(",2015,2014-10-29,", ",2018,2016-10-30,", StringComparison.Ordinal);
        var fields = restated.Split(',').ToList();
        fields[Array.IndexOf(header, "restatement_of")] = "goal-blr-are-2015";
        var goals = folder.File("restated.csv", seedGoals[0] + "\n" + string.Join(',', fields) + "\n");

        var run = SampleRun.Of("--data", goals, "--format", "csv", "--no-charts", "--as-of", "2017-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("goal-user-are-2018");
    }

    [Fact]
    public void Run_MissingDataFile_FailsNamingIt()
    {
        var run = SampleRun.Of("--data", "no-such-file.csv", "--no-charts");

        run.ExitCode.Should().Be(SampleApp.DataError);
        run.Error.Should().Contain("no-such-file.csv");
    }

    [Fact]
    public void Run_DataFolder_LoadsItsDataFilesAndNamesTheOthers()
    {
        using var folder = new TempFolder();
        var seedGoals = File.ReadAllLines(Path.Combine(SeedFolder(), "goals.csv"));
        folder.File("goals.csv", seedGoals[0] + "\n" + seedGoals.First(l => l.Contains("ARE", StringComparison.Ordinal)) + "\n");
        folder.File("notes.txt", "where the goals come from\n");

        var run = SampleRun.Of("--no-seed", "--data", folder.Path, "--format", "csv", "--no-charts", "--as-of", "2017-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        run.Error.Should().Contain($"note: --data {Path.Join(folder.Path, "notes.txt")} not read: not a data file");
    }

    [Fact]
    public void Run_TheSameDataFileTwice_LoadsItOnceAndGoesOn()
    {
        using var folder = new TempFolder();
        var seedGoals = File.ReadAllLines(Path.Combine(SeedFolder(), "goals.csv"));
        var goals = folder.File("goals.csv", seedGoals[0] + "\n" + seedGoals.First(l => l.Contains("ARE", StringComparison.Ordinal)) + "\n");

        var run = SampleRun.Of("--no-seed", "--data", goals, "--data", goals, "--format", "csv", "--no-charts", "--as-of", "2017-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        run.Error.Should().Contain($"note: --data {goals} not read: the same file as {goals}, given before; it is read once.");
    }

    [Fact]
    public void Run_BadDate_FailsWithUsageError()
    {
        var run = SampleRun.Of("--as-of", "2017-13-45", "--no-charts");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("2017-13-45").And.Contain("yyyy-mm-dd");
    }

    [Fact]
    public void Run_UnknownFormat_Fails()
    {
        var run = SampleRun.Of("--format", "xml", "--no-charts");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("xml");
    }

    [Fact]
    public void Run_UserFileWithoutSeed_EvaluatesOnlyTheUsersGoals()
    {
        using var folder = new TempFolder();
        var seedGoals = File.ReadAllLines(Path.Combine(SeedFolder(), "goals.csv"));
        var goals = folder.File("goals.csv", seedGoals[0] + "\n" + seedGoals.First(l => l.Contains("ARE", StringComparison.Ordinal)) + "\n");

        var run = SampleRun.Of("--no-seed", "--data", goals, "--format", "csv", "--no-charts", "--as-of", "2017-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [Fact]
    public void Run_Help_DescribesEveryOption()
    {
        var run = SampleRun.Of("--help");

        run.ExitCode.Should().Be(0);
        run.Output.Should().Contain("--data").And.Contain("--no-seed").And.Contain("--as-of").And.Contain("--out").And.Contain("--format");
    }

    // Every default help shows, in brackets or in the text, must be a value the option takes as written.
    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public void Run_Help_ShowsEachDefaultAsTheOptionTakesIt(params string[] args)
    {
        var run = SampleRun.Of(args);

        run.ExitCode.Should().Be(0);
        var lines = run.Output.Split('\n').Where(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal)).ToList();
        lines.Should().Contain(l => l.Contains("--format", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            var choices = System.Text.RegularExpressions.Regex.Match(line, @"^\s*--\S+ <([^>]*\|[^>]*)>");
            var shown = System.Text.RegularExpressions.Regex.Matches(line, @"(?:\[default: |Default: )([^\].]+)").Select(m => m.Groups[1].Value).ToList();
            if (choices.Success)
            {
                shown.Should().NotBeEmpty($"an option with choices says which one it takes by default: {line}");
                shown.Should().OnlyContain(d => choices.Groups[1].Value.Split('|').Contains(d), $"the default is one of the words the option takes: {line}");
            }
        }
    }

    // The seed files are copied to the output folder; source paths are not available under a CI build.
    private static string SeedFolder() => Path.Combine(AppContext.BaseDirectory, "seeds");
}
