using System.IO.Compression;
using System.Text;
using TradeTargets.IO;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

public sealed class CompressedInputTests : IDisposable
{
    private readonly string folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"tt-compressed-{Guid.NewGuid():N}")).FullName;

    // Line 2 a figure, 3 World (skipped), 4 a bad value, 5 an area (skipped), 6 and 7 figures.
    private static readonly string ComtradeText = ComtradeImporterTests.File(
        ComtradeImporterTests.CurrentHeader,
        ComtradeImporterTests.Current("BLR", 112, "X", "VNM", 704, "100000000"),
        ComtradeImporterTests.Current("BLR", 112, "X", "W00", 0, "23500000000"),
        ComtradeImporterTests.Current("BLR", 112, "M", "VNM", 704, "12x5"),
        ComtradeImporterTests.Current("BLR", 112, "X", "_X ", 899, "1000"),
        ComtradeImporterTests.Current("CMR", 120, "X", "JAM", 388, "2500000"),
        ComtradeImporterTests.Current("BLR", 112, "M", "VNM", 704, "21000000.5"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_GzipAndZip_GiveTheSameFiguresSkipsAndLinesAsThePlainFile()
    {
        var plain = Write("comtrade.csv", Encoding.UTF8.GetBytes(ComtradeText));
        var gzip = Write("comtrade.csv.gz", Gzip(ComtradeText));
        var zip = Write("comtrade.zip", Zip(("comtrade.csv", Encoding.UTF8.GetBytes(ComtradeText))));

        var expected = TradeDataFile.LoadLenient(plain);
        expected.Data.Figures.Should().HaveCount(3);
        expected.Problems.Should().ContainSingle().Which.Line.Should().Be(4);

        foreach (var (path, name) in new[] { (gzip, "comtrade.csv.gz"), (zip, "comtrade.zip/comtrade.csv") })
        {
            var result = TradeDataFile.LoadLenient(path);

            result.Data.Figures.Select(WithoutSource).Should().Equal(expected.Data.Figures.Select(WithoutSource), name);
            result.Data.Figures.Should().OnlyContain(f => f.Sources.Single().Title.Contains(name));
            result.Skipped.Select(s => (s.File, s.Reason, s.Count, s.FirstLine)).Should().Equal(expected.Skipped.Select(s => (name, s.Reason, s.Count, s.FirstLine)));
            result.Problems.Should().Equal(expected.Problems.Select(p => p with { File = name }));
        }
    }

    [Fact]
    public void Load_BadRowInsideGzip_StrictErrorNamesTheFileAndLine()
    {
        var path = Write("comtrade.csv.gz", Gzip(ComtradeText));

        var act = () => TradeDataFile.Load(path);

        act.Should().Throw<DataFileException>()
            .Where(e => e.Problem.File == "comtrade.csv.gz" && e.Line == 4 && e.Column == "primaryValue" && e.Value == "12x5")
            .WithMessage("comtrade.csv.gz line 4*");
    }

    [Fact]
    public void Load_CompressionIsRecognisedByContentNotName()
    {
        var gzipNamedCsv = Write("download.csv", Gzip(Lines(GoalHeader, Goal("g1"))));
        var zipNamedTxt = Write("download.txt", Zip(("goals.csv", Encoding.UTF8.GetBytes(Lines(GoalHeader, Goal("g2"))))));
        var plainNamedGz = Write("goals.csv.gz", Encoding.UTF8.GetBytes(Lines(GoalHeader, Goal("g3"))));

        TradeDataFile.Load(gzipNamedCsv).Goals.Single().Id.Should().Be("g1");
        TradeDataFile.Load(zipNamedTxt).Goals.Single().Id.Should().Be("g2");
        TradeDataFile.Load(plainNamedGz).Goals.Single().Id.Should().Be("g3");
    }

    [Fact]
    public void Load_ZipWithSeveralFiles_ReadsEachNamedByArchiveAndEntry()
    {
        var path = Write(
            "download.zip",
            Zip(
                ("data/", []),
                ("data/goals.csv", Encoding.UTF8.GetBytes(Lines(GoalHeader, Goal("g1")))),
                ("__MACOSX/data/._goals.csv", [0, 5, 22, 7]),
                ("data/figures.csv.gz", Gzip(Lines(FigureHeader, Figure("f1"), Figure("f2", amount: "lots"))))));

        var result = TradeDataFile.LoadLenient(path);

        result.Data.Goals.Single().Id.Should().Be("g1");
        result.Data.Figures.Single().Id.Should().Be("f1");
        var problem = result.Problems.Should().ContainSingle().Subject;
        (problem.File, problem.Line, problem.Column).Should().Be(("download.zip/data/figures.csv.gz", 3L, "amount"));
    }

    [Fact]
    public void Load_DamagedGzip_IsAProblemOfTheFile()
    {
        var whole = Gzip(ComtradeText);
        var path = Write("comtrade.csv.gz", [.. whole.Take(40), .. Enumerable.Repeat((byte)0xFF, 40)]);

        var act = () => TradeDataFile.Load(path);

        act.Should().Throw<DataFileException>().Where(e => e.Problem.File == "comtrade.csv.gz" && e.Line == 0).WithMessage("*compressed data cannot be read*");
        TradeDataFile.LoadLenient(path).Problems.Should().Contain(p => p.Reason.Contains("compressed data cannot be read"));
    }

    [Fact]
    public void Load_ZipWithoutFilesOrWithAnArchiveInside_IsRefusedClearly()
    {
        var empty = Write("empty.zip", Zip());
        var nested = Write("nested.zip", Zip(("inner.zip", Zip(("goals.csv", Encoding.UTF8.GetBytes(Lines(GoalHeader, Goal("g1"))))))));

        var noFile = () => TradeDataFile.Load(empty);
        var archiveInside = () => TradeDataFile.Load(nested);

        noFile.Should().Throw<DataFileException>().WithMessage("empty.zip: *holds no file*");
        archiveInside.Should().Throw<DataFileException>().WithMessage("nested.zip/inner.zip: a zip archive inside the zip archive is not read*");
    }

    [Fact]
    public void Add_StreamThatCannotSeek_ReadsZipAndGzipAndLeavesTheStreamOpen()
    {
        using var zip = new ForwardOnlyStream(Zip(("goals.csv", Encoding.UTF8.GetBytes(Lines(GoalHeader, Goal("g1"))))));
        using var gzip = new ForwardOnlyStream(Gzip(Lines(FigureHeader, Figure("f1"))));

        var result = new TradeDataLoader(TradeDataSet.Empty).Add(zip, "goals.zip").Add(gzip, "figures.csv.gz").Finish();

        result.Data.Goals.Single().Id.Should().Be("g1");
        result.Data.Figures.Single().Id.Should().Be("f1");
        zip.Disposed.Should().BeFalse();
        gzip.Disposed.Should().BeFalse();
    }

    private static object WithoutSource(ReportedFigure f) => (f.Id, f.Reporter, f.Partner, f.Flow, f.Period, f.Amount, f.Qualifier, f.Basis);

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public bool Disposed { get; private set; }

        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
