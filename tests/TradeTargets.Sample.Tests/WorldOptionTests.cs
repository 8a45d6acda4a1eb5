using System.Text.Json;

namespace TradeTargets.Sample.Tests;

public class WorldOptionTests
{
    [Fact]
    public void Run_WorldWithoutSeed_ScoresEveryGoalOfTheWorldRecordAndNoSeedGoal()
    {
        var expected = SeedData.LoadWorld().Goals.Select(g => g.Id).Order(StringComparer.Ordinal).ToList();

        var run = SampleRun.Of("--world", "--no-seed", "--no-statistics", "--as-of", "2026-12-31", "--format", "json", "--no-charts");

        run.ExitCode.Should().Be(0, run.Error);
        var ids = JsonDocument.Parse(run.Output).RootElement.GetProperty("evaluations").EnumerateArray()
            .Select(e => e.GetProperty("goal").GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        ids.Should().Equal(expected);
        expected.Should().HaveCountGreaterThanOrEqualTo(150).And.OnlyContain(id => id.StartsWith("w-", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWorld_HoldsEveryRowOfTheWorldFiles()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "seeds", "world");
        var world = SeedData.LoadWorld();

        world.Goals.Should().HaveCount(File.ReadAllLines(Path.Combine(folder, "goals.csv")).Length - 1);
        world.Figures.Should().HaveCount(File.ReadAllLines(Path.Combine(folder, "outcomes.csv")).Length - 1);
        world.Goals.Select(g => g.Pair.Reporter).Distinct().Should().HaveCountGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void Readme_WorldSummary_IsWhatAFreshRunWrites()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md")).ReplaceLineEndings("\n");
        const string Start = "<!-- world-summary: start -->\n", End = "\n<!-- world-summary: end -->";
        var from = readme.IndexOf(Start, StringComparison.Ordinal);
        var to = readme.IndexOf(End, StringComparison.Ordinal);
        from.Should().BeGreaterThan(0, "the README marks the block the sample writes");
        var block = readme[(from + Start.Length)..to];

        var run = SampleRun.Of("--world", "--no-seed", "--as-of", "2026-12-31", "--format", "md", "--no-charts");

        run.ExitCode.Should().Be(0, run.Error);
        block.Should().StartWith("220 goals: ").And.Contain("| All goals |");
        run.Output.ReplaceLineEndings("\n").Should().Contain(block, "the README's numbers must be those of a fresh run; copy the run's opening lines into the README");
    }

    [Fact]
    public void Run_WorldPage_LeavesOutAReportTooLargeToCarryAndSaysSo()
    {
        var run = SampleRun.Of("--world", "--no-seed", "--as-of", "2026-12-31", "--format", "html");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("data:text/csv;base64,", "the CSV report is small")
            .And.NotContain("data:application/json", "the JSON report of every input is over the limit")
            .And.Contain("The JSON report is larger than 10 MB, too large to travel inside this page");
        run.Output.Length.Should().BeLessThan(60_000_000);
    }

    [Fact]
    public void Run_WorldCharts_DrawOneDumbbellPerCurrency()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "charts");

        var run = SampleRun.Of("--world", "--no-seed", "--no-statistics", "--as-of", "2026-12-31", "--format", "csv", "--out", outDir);

        run.ExitCode.Should().Be(0, run.Error);
        var currencies = SeedData.LoadWorld().Goals.Select(g => g.Target.Currency.Code.ToLowerInvariant()).Distinct().ToList();
        currencies.Should().HaveCountGreaterThan(1, "the world record has goals in several currencies");
        Directory.GetFiles(outDir, "dumbbell*.png").Select(Path.GetFileName).Should().BeEquivalentTo(currencies.Select(c => $"dumbbell-{c}.png"));
    }
}
