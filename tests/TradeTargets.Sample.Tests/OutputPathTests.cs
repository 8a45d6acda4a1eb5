namespace TradeTargets.Sample.Tests;

/// <summary>
/// Every output option with an existing file, an existing folder and a symbolic link at its path: a path that existed
/// before a run is never removed by it, a file where a folder is expected is refused before anything is touched, and a
/// link is never followed to delete.
/// </summary>
public class OutputPathTests
{
    public static TheoryData<string> Commands => new() { "charts", "extract" };

    private static SampleRun RunWithOut(string command, string outPath) => command == "charts"
        ? SampleRun.Of("--as-of", "2017-12-31", "--format", "csv", "--out", outPath)
        : SampleRun.Of("extract", Path.Combine(AppContext.BaseDirectory, "articles", "2016-10-31.txt"), "--published", "2016-10-31", "--reporter", "BLR", "--out", outPath);

    private static string AFileItWrites(string command) => command == "charts" ? "scoreboard.png" : "goals.csv";

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_AnExistingFile_IsRefusedAndKept(string command)
    {
        using var folder = new TempFolder();
        var file = folder.File("mine.txt", "my own notes");

        var run = RunWithOut(command, file);

        run.ExitCode.Should().Be(SampleApp.OutputError, run.Error);
        run.Error.Should().Contain("exists and is not a folder");
        File.ReadAllText(file).Should().Be("my own notes", "a path that existed before the run is never removed by it");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal([file], "nothing was touched");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_AnExistingFolder_KeepsTheOtherFilesInIt(string command)
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(outDir);
        var other = Path.Combine(outDir, "keep.txt");
        File.WriteAllText(other, "kept");

        var run = RunWithOut(command, outDir);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(other).Should().Be("kept");
        File.Exists(Path.Combine(outDir, AFileItWrites(command))).Should().BeTrue();
        Directory.GetDirectories(outDir).Should().BeEmpty("the staging folder is removed");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_ALinkToAFile_IsRefusedAndNeitherTheLinkNorItsFileIsRemoved(string command)
    {
        using var folder = new TempFolder();
        var file = folder.File("mine.txt", "my own notes");
        var link = Path.Combine(folder.Path, "link");
        File.CreateSymbolicLink(link, file);

        var run = RunWithOut(command, link);

        run.ExitCode.Should().Be(SampleApp.OutputError, run.Error);
        run.Error.Should().Contain("symbolic link");
        new FileInfo(link).LinkTarget.Should().Be(file);
        File.ReadAllText(file).Should().Be("my own notes");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_ABrokenLink_IsRefusedAndKept(string command)
    {
        using var folder = new TempFolder();
        var link = Path.Combine(folder.Path, "link");
        File.CreateSymbolicLink(link, Path.Combine(folder.Path, "nowhere"));

        var run = RunWithOut(command, link);

        run.ExitCode.Should().Be(SampleApp.OutputError, run.Error);
        new FileInfo(link).LinkTarget.Should().NotBeNull("the link is still there");
        Path.Exists(Path.Combine(folder.Path, "nowhere")).Should().BeFalse("the link is not followed to create its target");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Out_ALinkToAFolder_WritesThroughItAndKeepsTheLink(string command)
    {
        using var folder = new TempFolder();
        var real = Path.Combine(folder.Path, "real");
        Directory.CreateDirectory(real);
        var link = Path.Combine(folder.Path, "link");
        Directory.CreateSymbolicLink(link, real);

        var run = RunWithOut(command, link);

        run.ExitCode.Should().Be(0, run.Error);
        new DirectoryInfo(link).LinkTarget.Should().Be(real);
        File.Exists(Path.Combine(real, AFileItWrites(command))).Should().BeTrue();
    }

    [Fact]
    public void Charts_ALinkWhereAChartGoes_IsReplacedAsALinkAndItsFileIsKept()
    {
        using var folder = new TempFolder();
        var outDir = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(outDir);
        var mine = folder.File("mine.png", "my own picture");
        File.CreateSymbolicLink(Path.Combine(outDir, "scoreboard.png"), mine);

        var run = RunWithOut("charts", outDir);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(mine).Should().Be("my own picture", "the link was moved, never written through");
        new FileInfo(Path.Combine(outDir, "scoreboard.png")).LinkTarget.Should().BeNull();
    }

    [Fact]
    public void Write_AFailureAfterCreatingFolders_RemovesOnlyTheFoldersItCreated()
    {
        using var folder = new TempFolder();
        var existing = Path.Combine(folder.Path, "existing");
        Directory.CreateDirectory(existing);
        var target = Path.Combine(existing, "new", "deeper");

        var act = () => StagedOutput.Write(target, ["a.txt"], _ => throw new IOException("disk full"));

        act.Should().Throw<IOException>().WithMessage("disk full");
        Directory.Exists(existing).Should().BeTrue();
        Directory.GetFileSystemEntries(existing).Should().BeEmpty("the folders this run created are removed, and only those");
    }

    [Fact]
    public void Write_AFailureInAnExistingFolder_LeavesItAsItWas()
    {
        using var folder = new TempFolder();
        var file = folder.File("a.txt", "old");

        var act = () => StagedOutput.Write(folder.Path, ["a.txt"], staging =>
        {
            File.WriteAllText(Path.Combine(staging, "a.txt"), "new");
            throw new IOException("failed late");
        });

        act.Should().Throw<IOException>();
        File.ReadAllText(file).Should().Be("old");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal([file]);
    }

    [Fact]
    public void Write_AnEntryNamedLikeTheStagingFolder_IsNotTouched()
    {
        using var folder = new TempFolder();
        var lookalike = Path.Combine(folder.Path, $".staging-{Environment.ProcessId}-0");
        Directory.CreateDirectory(lookalike);
        File.WriteAllText(Path.Combine(lookalike, "mine.txt"), "mine");

        StagedOutput.Write(folder.Path, ["a.txt"], staging => File.WriteAllText(Path.Combine(staging, "a.txt"), "new"));

        File.ReadAllText(Path.Combine(lookalike, "mine.txt")).Should().Be("mine");
        File.ReadAllText(Path.Combine(folder.Path, "a.txt")).Should().Be("new");
    }
}
