namespace TradeTargets.Sample.Tests;

/// <summary>Options, the chart folder and repeatability under hostile use.</summary>
public class SampleReliabilityTests
{
    private const string GoalHeader = "id,reporter,partner,flow,target,deadline,announced_on,announcer,source_publication,source_title,source_published";

    [Theory]
    [InlineData("--format", "7")]
    [InlineData("--format", "-1")]
    [InlineData("--out", "")]
    [InlineData("--site", "")]
    public void Run_OptionOutsideTheDocumentedValues_IsAUsageError(string option, string value)
    {
        var run = SampleRun.Of("--no-charts", option, value);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(option);
    }

    [Fact]
    public void Run_Site_WritesTheTrackerFolderBesidesThePageOnStandardOutput()
    {
        using var folder = new TempFolder();
        var site = Path.Combine(folder.Path, "tracker");

        var run = SampleRun.Of("--as-of", "2017-12-31", "--no-charts", "--format", "html", "--site", site);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().StartWith("<!DOCTYPE html>", "--format html still writes one page to standard output");
        run.Error.Should().Contain(Path.Combine(site, "index.html"));
        File.Exists(Path.Combine(site, "index.html")).Should().BeTrue();
        Directory.EnumerateFiles(Path.Combine(site, "goals")).Should().HaveCount(SeedData.Load().Goals.Count);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("folder with a file")]
    [InlineData("link")]
    public void Run_SiteOverAnExistingPath_FailsAndLeavesItAsItWas(string existing)
    {
        using var folder = new TempFolder();
        var site = Path.Combine(folder.Path, "tracker");
        var kept = Path.Combine(folder.Path, "kept");
        Directory.CreateDirectory(kept);
        switch (existing)
        {
            case "file":
                File.WriteAllText(site, "mine");
                break;
            case "folder with a file":
                Directory.CreateDirectory(site);
                File.WriteAllText(Path.Combine(site, "index.html"), "mine");
                break;
            default:
                Directory.CreateSymbolicLink(site, kept);
                break;
        }

        var run = SampleRun.Of("--as-of", "2017-12-31", "--no-charts", "--format", "csv", "--site", site);

        run.ExitCode.Should().Be(SampleApp.OutputError);
        run.Error.Should().Contain($"could not write the site to '{site}'");
        Directory.EnumerateFileSystemEntries(kept).Should().BeEmpty("a link is never written through");
        if (existing == "file")
        {
            File.ReadAllText(site).Should().Be("mine");
        }
        else if (existing == "folder with a file")
        {
            Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Should().Equal("index.html");
            File.ReadAllText(Path.Combine(site, "index.html")).Should().Be("mine");
        }
        else
        {
            new DirectoryInfo(site).LinkTarget.Should().Be(kept);
        }
    }

    [Fact]
    public void Run_TwiceOnTheSameInput_PrintsTheSameBytes()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "charts");

        var first = SampleRun.Of("--as-of", "2017-12-31", "--out", outDir);
        var second = SampleRun.Of("--as-of", "2017-12-31", "--out", outDir);

        first.ExitCode.Should().Be(0);
        second.Output.Should().Be(first.Output);
        second.Error.Should().Be(first.Error);
    }

    [Fact]
    public void Run_FolderWhereAChartGoes_LeavesTheOutputFolderAsItWas()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "charts");
        Directory.CreateDirectory(Path.Combine(outDir, "dumbbell.png"));
        File.WriteAllText(Path.Combine(outDir, "scoreboard.png"), "old");

        var run = SampleRun.Of("--as-of", "2017-12-31", "--out", outDir, "--format", "csv");

        run.ExitCode.Should().Be(SampleApp.OutputError);
        File.ReadAllText(Path.Combine(outDir, "scoreboard.png")).Should().Be("old");
        Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Should().BeEquivalentTo("dumbbell.png", "scoreboard.png");
    }

    [Fact]
    public void Run_TwoGoalIdsForOneFileName_FailsBeforeCreatingTheFolder()
    {
        using var folder = new TempFolder();
        var goals = folder.File("goals.csv", string.Join("\n", GoalHeader, "g/1,BLR,VNM,turnover,$1bn,2030,2020-01-01,X,P,T,2020-01-01", "g_1,BLR,VNM,turnover,$2bn,2030,2020-01-01,X,P,T,2020-01-01") + "\n");
        var outDir = Path.Combine(folder.Path, "charts");

        var run = SampleRun.Of("--no-seed", "--data", goals, "--out", outDir, "--format", "csv");

        run.ExitCode.Should().Be(SampleApp.OutputError);
        run.Error.Should().Contain("'g/1' and 'g_1'");
        Directory.Exists(outDir).Should().BeFalse();
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Run_WritableFolderUnderAReadOnlyParent_WritesTheCharts()
    {
        using var folder = new TempFolder();
        var parent = Path.Combine(folder.Path, "locked");
        var outDir = Path.Combine(parent, "charts");
        Directory.CreateDirectory(outDir);
        File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var run = SampleRun.Of("--as-of", "2017-12-31", "--out", outDir, "--format", "csv");

            run.ExitCode.Should().Be(0, run.Error);
            File.Exists(Path.Combine(outDir, "scoreboard.png")).Should().BeTrue();
        }
        finally
        {
            File.SetUnixFileMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
