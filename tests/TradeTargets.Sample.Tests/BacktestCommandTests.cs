using System.Text.Json;
using Json.Schema;

namespace TradeTargets.Sample.Tests;

public class BacktestCommandTests
{
    // The schema has an $id, and the schema library refuses to register one id twice per process.
    private static readonly JsonSchema BacktestSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "backtest.schema.json")));

    [Fact]
    public void Backtest_Table_CountsGoalsAndListsLooksWithoutForecast()
    {
        var run = SampleRun.Of("backtest", "--no-statistics", "--as-of", "2026-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("Backtest, outcomes as of 2026-12-31: ").And.Contain("trend").And.Contain("base rate").And.Contain("Looks without a forecast:");
    }

    [Fact]
    public void Backtest_Json_ValidatesAgainstDocumentedSchema()
    {
        var run = SampleRun.Of("backtest", "--format", "json", "--as-of", "2026-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var result = BacktestSchema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        foreach (var name in new[] { "goals", "forecasts", "brier", "brierBaseRate", "logScore", "coverage80", "coverage95" })
        {
            document.RootElement.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        document.RootElement.GetProperty("yearEnds").GetProperty("rules").GetProperty("trend").GetProperty("reliability").GetArrayLength().Should().Be(10);
    }

    [Fact]
    public void Backtest_World_ChecksTheRecalibrationOnGoalsDueAfterTheFitYears()
    {
        var run = SampleRun.Of("backtest", "--world", "--no-seed", "--format", "json", "--as-of", "2026-12-31");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        var split = document.RootElement.GetProperty("timeSplit");
        var announcementGoals = document.RootElement.GetProperty("announcement").GetProperty("forecasts").GetArrayLength();
        (split.GetProperty("fitGoals").GetInt32() + split.GetProperty("scoredGoals").GetInt32()).Should().Be(announcementGoals, "every announcement forecast is either fitted or scored");
        split.GetProperty("lastFitYear").GetInt32().Should().Be(2015);
        BacktestSchema.Evaluate(document.RootElement).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Schema_RejectsADocumentWithoutScores()
    {
        using var document = JsonDocument.Parse("""{"schema":"tradetargets-backtest/2","settledAsOf":"2026-12-31","goals":3}""");

        BacktestSchema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Backtest_NoGoals_ExitsWithDataErrorAndSaysWhy()
    {
        var run = SampleRun.Of("backtest", "--no-seed");

        run.ExitCode.Should().Be(SampleApp.DataError);
        run.Error.Should().StartWith("error: Nothing to backtest: none of the 0 goal(s) is settled");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Backtest_BeforeAnyDeadline_ExitsWithDataError()
    {
        var run = SampleRun.Of("backtest", "--as-of", "2014-01-01");

        run.ExitCode.Should().Be(SampleApp.DataError);
        run.Error.Should().Contain("Nothing to backtest");
    }

    [Fact]
    public void Backtest_Out_WritesReliabilityAndCoveragePngs()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "backtest");

        var run = SampleRun.Of("backtest", "--as-of", "2026-12-31", "--out", outDir);

        run.ExitCode.Should().Be(0, run.Error);
        foreach (var name in new[] { "reliability.png", "interval-coverage.png" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(outDir, name));
            bytes.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        }
    }

    [Fact]
    public void MainCommand_HtmlWithBacktest_ShowsTheTrackRecordOnThePage()
    {
        var with = SampleRun.Of("--format", "html", "--backtest", "--no-charts", "--no-statistics", "--as-of", "2026-12-31");
        var without = SampleRun.Of("--format", "html", "--no-charts", "--no-statistics", "--as-of", "2026-12-31");

        with.ExitCode.Should().Be(0, with.Error);
        with.Output.Should().Contain("How good are these forecasts").And.Contain("Outcomes as of 2026-12-31: of ").And.NotContain("No backtest came with this page");
        without.Output.Should().Contain("No backtest came with this page");
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "table")]
    public void MainCommand_BacktestWithoutThePage_IsAUsageError(string option, string value)
    {
        var run = SampleRun.Of(option, value, "--backtest", "--no-charts");

        run.ExitCode.Should().NotBe(0);
        run.Error.Should().Contain("--backtest adds the forecasts' track record to the tracker page; give it with --format html or --site.");
    }
}
