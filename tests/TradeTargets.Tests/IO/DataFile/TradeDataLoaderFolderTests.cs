using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TradeTargets.IO;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

/// <summary>Paths given to <see cref="TradeDataLoader.Add(string)"/> on disk: folders, a file given twice, and paths that are not regular files.</summary>
public sealed class TradeDataLoaderFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"tt-loader-{Guid.NewGuid():N}")).FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Add_Folder_LoadsEveryDataFileDirectlyInItAndListsTheOthers()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, "tracker")).FullName;
        File.WriteAllText(Path.Combine(data, "goals.csv"), Lines(GoalHeader, Goal("g1")));
        File.WriteAllBytes(Path.Combine(data, "figures.csv.gz"), Gzip(Lines(FigureHeader, Figure("f-gz", period: "2015"))));
        File.WriteAllBytes(Path.Combine(data, "more.zip"), Zip("inside.csv", Lines(FigureHeader, Figure("f-zip", period: "2016"))));
        File.WriteAllText(Path.Combine(data, "statements.json"), """{"statements": []}""");
        File.WriteAllText(Path.Combine(data, "README.md"), "# My tracker\n");
        File.WriteAllText(Path.Combine(data, ".broken.csv"), "not,a,data,file\n");
        Directory.CreateDirectory(Path.Combine(data, ".git"));
        var old = Directory.CreateDirectory(Path.Combine(data, "old")).FullName;
        File.WriteAllText(Path.Combine(old, "goals.csv"), Lines(GoalHeader, Goal("g-old")));

        var result = new TradeDataLoader(TradeDataSet.Empty).Add(data).Finish();

        result.Data.Goals.Select(g => g.Id).Should().Equal("g1");
        result.Data.Figures.Select(f => f.Id).Should().BeEquivalentTo("f-gz", "f-zip");
        result.SkippedFiles.Select(s => s.Path).Should().Equal(Path.Join(data, "README.md"), Path.Join(data, "old"));
        result.SkippedFiles[0].Reason.Should().Contain("not a data file");
        result.SkippedFiles[1].Reason.Should().Contain("not read recursively");
    }

    [Fact]
    public void Add_Folder_ReadsItsFilesInNameOrder()
    {
        var data = Directory.CreateDirectory(Path.Combine(folder, "tracker")).FullName;
        foreach (var name in new[] { "c.csv", "a.csv", "b.csv" })
        {
            File.WriteAllText(Path.Combine(data, name), Lines(FigureHeader, Figure("same")));
        }

        var result = new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(data).Finish();

        // The first file read keeps the id; each later one repeats it.
        result.Data.Figures.Should().ContainSingle();
        result.Problems.Select(p => p.File).Should().Equal("b.csv", "c.csv");
    }

    [Fact]
    public void Add_TheSameFileTwice_ReadsItOnceAndSaysSo()
    {
        var goals = Path.Combine(folder, "goals.csv");
        File.WriteAllText(goals, Lines(GoalHeader, Goal("g1")));
        var sameByAnotherName = Path.Combine(folder, ".", "goals.csv");

        var result = new TradeDataLoader(TradeDataSet.Empty).Add(goals).Add(sameByAnotherName).Add(folder).Finish();

        result.Data.Goals.Should().ContainSingle();
        result.IsClean.Should().BeTrue();
        result.SkippedFiles.Select(s => s.Path).Should().Equal(sameByAnotherName, Path.Join(folder, "goals.csv"));
        result.SkippedFiles.Should().OnlyContain(s => s.Reason.Contains($"the same file as {goals}", StringComparison.Ordinal) && s.Reason.Contains("read once", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_NamedPipe_IsRefusedInsteadOfWaitingForAWriter()
    {
        var pipe = Path.Combine(folder, "figures.csv");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            mkfifo.ExitCode.Should().Be(0);
        }

        // Run off the test thread, with a deadline: a loader that opens the pipe waits for a writer that never comes.
        var strict = Task.Run(() => new TradeDataLoader(TradeDataSet.Empty).Add(pipe));
        var lenient = Task.Run(() => new TradeDataLoader(TradeDataSet.Empty, ImportOptions.Default, LoadMode.Lenient).Add(folder).Finish());
        var both = Task.WhenAll(strict, lenient).ContinueWith(_ => { }, TaskScheduler.Default);

        (await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(20)))).Should().BeSameAs(both, "a named pipe must be refused, not opened and waited on");
        strict.Exception!.InnerException.Should().BeOfType<DataFileException>()
            .Which.Message.Should().Be("figures.csv: not read: it is a named pipe (FIFO), not a regular file: reading it would wait until another program writes to it. Save the data to a file and load that.");
        (await lenient).Problems.Should().ContainSingle().Which.Reason.Should().Contain("named pipe (FIFO)");
    }

    private static byte[] Gzip(string text)
    {
        using var bytes = new MemoryStream();
        using (var gzip = new GZipStream(bytes, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return bytes.ToArray();
    }

    private static byte[] Zip(string entryName, string text)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry(entryName).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        return bytes.ToArray();
    }
}
