using System.IO.Compression;
using System.Text;
using CsCheck;
using TradeTargets.IO;
using static TradeTargets.Tests.ComtradeImporterTests;

namespace TradeTargets.Tests;

/// <summary>
/// A large Comtrade file read in parts on several threads gives what a read on one thread gives: the same figures in the
/// same order, the same rows skipped (counts and first lines) and the same problems at the same lines. Parts are made a
/// few bytes long, so small files are split many times, at and near rows that are bad, skipped, repeated or quoted.
/// </summary>
public class SplitReadTests
{
    private static readonly (string Iso, int Code)[] Countries = [("BLR", 112), ("VNM", 704), ("ARE", 784), ("PAK", 586)];

    /// <summary>Row kinds: totals (which repeat and contradict each other), rows skipped by rule, bad rows, quoting.</summary>
    private const int Kinds = 14;

    [Fact]
    public void LoadLenient_SplitIntoParts_GivesTheOneThreadResult()
    {
        var gen = from kinds in Gen.Int[0, Kinds - 1].Array[0, 60]
                  from picks in Gen.Int[0, 1000].Array[8]
                  from crlf in Gen.Int[0, 2]
                  from chunk in Gen.Int[1, 600]
                  from threads in Gen.Int[2, 4]
                  select (kinds, picks, crlf, chunk, threads);
        gen.Sample((kinds, picks, crlf, chunk, threads) =>
        {
            var text = Build(kinds, picks, crlf);
            AssertSameAsOneThread(text, chunk, threads);
        }, iter: 300);
    }

    [Fact]
    public void LoadLenient_MutatedFilesSplitIntoParts_GiveTheOneThreadResult()
    {
        // The reliability fuzz run's edits (runs deleted or duplicated, quotes, commas, LF, CR and U+FFFD inserted) on
        // Comtrade files of both layouts, split into parts of a few bytes.
        var gen = Gen.Select(Gen.Int[4, 5], Gen.Int[0, 2].Array[1, 30], Gen.Int[0, 7].Array[1, 6], Gen.Int[0, 10_000].Array[6], Gen.Char.Array[6])
            .Select(Gen.Int[1, 300], Gen.Int[2, 3], (file, chunk, threads) => (file, chunk, threads));
        gen.Sample(sample =>
        {
            var ((layout, kinds, ops, positions, chars), chunk, threads) = sample;
            var text = GeneratedFile.Mutate(GeneratedFile.Build(layout, kinds).Text, ops, positions, chars);
            AssertSameAsOneThread(text, chunk, threads);
        }, iter: 300);
    }

    [Fact]
    public void LoadLenient_PartsStartingAtEveryRow_GivesTheOneThreadResult()
    {
        // One row per part: every row kind starts a part, and every bad row ends one.
        var kinds = Enumerable.Range(0, 3 * Kinds).Select(i => i % Kinds).ToArray();
        var text = Build(kinds, [1, 2, 3, 4, 5, 6, 7, 8], crlf: 0);
        var parts = AssertSameAsOneThread(text, chunk: 1, threads: 2);

        parts.Should().BeGreaterThan(3 * Kinds / 2);
    }

    [Fact]
    public void LoadLenient_QuotedLineBreakAcrossAPartStart_ReadsTheRestOnOneThreadAndAgrees()
    {
        // Parts of a bit more than one row: the first holds rows 1 and 2, the second would start after the first line
        // break inside row 3's quoted field, so the second part ends inside the quote and the rest is read on one thread.
        var good = Current("BLR", 112, "X", "VNM", 704, "100", year: 2015);
        var quoted = Current("BLR", 112, "M", "VNM", 704, "200", year: 2015).Replace("\"Reporter, name\"", "\"Reporter\n" + new string('x', 300) + "\nname\"", StringComparison.Ordinal);
        var rows = new[] { good, good, quoted, Current("BLR", 112, "X", "ARE", 784, "-1"), Current("BLR", 112, "M", "ARE", 784, "300") };
        var text = Header() + string.Concat(rows.Select(r => r + "\n"));
        var fellBackAt = -2;

        AssertSameAsOneThread(text, chunk: good.Length + 2, threads: 2, (_, from) => fellBackAt = from);

        fellBackAt.Should().Be(1, "the second part ends inside the quoted field, so the rest is read from its start");
    }

    [Fact]
    public void LoadLenient_UnclosedQuoteInTheLastPart_GivesTheOneThreadResult()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Current("BLR", 112, "X", "VNM", 704, "1" + i, year: 2000 + i)).ToList();
        rows[15] = rows[15].Replace("\"Reporter, name\"", "\"Reporter, name", StringComparison.Ordinal);
        var text = Header() + string.Concat(rows.Select(r => r + "\r\n"));

        AssertSameAsOneThread(text, chunk: 700, threads: 3);
    }

    [Fact]
    public void LoadLenient_ByteOrderMarkAndCommentsBeforeTheHeader_GivesTheOneThreadResult()
    {
        // The rows start after the header's line, counted in bytes past the mark, the comments and the blank lines.
        var text = "\uFEFF# UN Comtrade download\r\n\r\n#\r" + Build(Enumerable.Range(0, 30).Select(i => i % Kinds).ToArray(), [3, 1, 4, 1, 5, 9, 2, 6], crlf: 1);
        var parts = AssertSameAsOneThread(text, chunk: 200, threads: 2, encoding: new UTF8Encoding(true));

        parts.Should().BeGreaterThan(10);
    }

    [Fact]
    public void LoadLenient_PartStartingWithTheBytesOfAByteOrderMark_KeepsThem()
    {
        // In the middle of a file U+FEFF is a character: a line holding only it is a row of one field, not a blank line.
        var good = Current("BLR", 112, "X", "VNM", 704, "100", year: 2015);
        var text = Header() + good + "\n\uFEFF\n" + good + "\n\uFEFF\n";
        using var file = new TempFile(text);

        AssertSameAsOneThread(text, chunk: 1, threads: 2);
        TradeDataFile.LoadLenient(file.Path, Options(1, 2)).Problems.Select(p => p.Line).Should().Equal(3, 5);
    }

    [Fact]
    public void LoadLenient_Utf16File_IsReadOnOneThread()
    {
        var text = Build(Enumerable.Range(0, 30).Select(i => i % Kinds).ToArray(), [3, 1, 4, 1, 5, 9, 2, 6], crlf: 0);
        var split = false;

        AssertSameAsOneThread(text, chunk: 200, threads: 2, (_, _) => split = true, Encoding.Unicode);

        split.Should().BeFalse("the parts are found by bytes, which only UTF-8 text allows");
    }

    [Fact]
    public void LoadLenient_HeaderOnly_GivesTheOneThreadResult()
    {
        AssertSameAsOneThread(Header(), chunk: 1, threads: 2);
        AssertSameAsOneThread(Header().TrimEnd('\n'), chunk: 1, threads: 2);
    }

    [Fact]
    public void LoadLenient_FileUnderTheThreshold_IsNotSplit()
    {
        var text = Build([0, 0, 1, 3, 0], [1, 2, 3, 4, 5, 6, 7, 8], crlf: 0);
        using var file = new TempFile(text);
        var split = false;

        var result = TradeDataFile.LoadLenient(file.Path, new ImportOptions { DegreeOfParallelism = 2, SplitChunkBytes = 10, OnSplit = (_, _) => split = true });

        split.Should().BeFalse("the default threshold is far above this file's size");
        result.Data.Figures.Should().NotBeEmpty();
    }

    [Fact]
    public void LoadLenient_GzipFile_IsReadOnOneThread()
    {
        var text = Build(Enumerable.Range(0, 40).Select(i => i % Kinds).ToArray(), [1, 2, 3, 4, 5, 6, 7, 8], crlf: 0);
        var path = Path.GetTempFileName();
        try
        {
            using (var gzip = new GZipStream(System.IO.File.Create(path), CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes(text));
            }

            var split = false;
            var parallel = TradeDataFile.LoadLenient(path, Options(1, 2, (_, _) => split = true));
            var single = TradeDataFile.LoadLenient(path, new ImportOptions { DegreeOfParallelism = 1 });

            split.Should().BeFalse();
            parallel.Problems.Should().Equal(single.Problems);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void Load_StrictSplitIntoParts_ThrowsTheOneThreadProblem()
    {
        // The first problem is a total contradicting a total three parts before it, and a bad row follows in the same part.
        var rows = new[]
        {
            Current("BLR", 112, "X", "VNM", 704, "100", year: 2015),
            Current("BLR", 112, "X", "ARE", 784, "5", year: 2015),
            Current("BLR", 112, "M", "ARE", 784, "5", year: 2015),
            Current("BLR", 112, "X", "VNM", 704, "101", year: 2015),
            Current("BLR", 112, "X", "VNM", 704, "-1", year: 2016),
        };
        var text = Header() + string.Concat(rows.Select(r => r + "\n"));
        using var file = new TempFile(text);

        var one = () => TradeDataFile.Load(file.Path, new ImportOptions { DegreeOfParallelism = 1 });
        var parts = () => TradeDataFile.Load(file.Path, Options(1, 2));

        var expected = one.Should().Throw<DataFileException>().Which.Problem;
        expected.Line.Should().Be(5);
        parts.Should().Throw<DataFileException>().Which.Problem.Should().Be(expected);
    }

    [Fact]
    public void DegreeOfParallelism_BelowOne_IsRefused()
    {
        var act = () => new ImportOptions { DegreeOfParallelism = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static ImportOptions Options(int chunk, int threads, Action<int, int>? onSplit = null)
        => new() { DegreeOfParallelism = threads, SplitChunkBytes = chunk, MinSplitBytes = 0, OnSplit = onSplit };

    /// <summary>Loads the file on one thread and in parts; returns the number of parts.</summary>
    private static int AssertSameAsOneThread(string text, int chunk, int threads, Action<int, int>? onSplit = null, Encoding? encoding = null)
    {
        using var file = new TempFile(text, encoding);
        var parts = 0;
        var single = TradeDataFile.LoadLenient(file.Path, new ImportOptions { DegreeOfParallelism = 1, MinSplitBytes = 0, OnSplit = (_, _) => throw new InvalidOperationException("split on one thread") });
        var split = TradeDataFile.LoadLenient(file.Path, Options(chunk, threads, (count, from) =>
        {
            parts = count;
            onSplit?.Invoke(count, from);
        }));

        split.Data.Figures.Should().Equal(single.Data.Figures);
        split.Skipped.Should().Equal(single.Skipped);
        split.Problems.Should().Equal(single.Problems);
        return parts;
    }

    private static string Header() => string.Join(",", CurrentHeader) + "\n";

    /// <summary>A Comtrade file of the given row kinds; <paramref name="picks"/> vary countries, years and values.</summary>
    private static string Build(int[] kinds, int[] picks, int crlf)
    {
        var text = new StringBuilder(Header());
        for (var i = 0; i < kinds.Length; i++)
        {
            var pick = picks[i % picks.Length] + i;
            var (reporter, reporterCode) = Countries[pick % 2];
            var (partner, partnerCode) = Countries[2 + (pick / 2 % 2)];
            var flow = pick / 4 % 2 == 0 ? "X" : "M";
            var year = 2015 + (pick / 8 % 2);
            var value = (100 + (pick / 16 % 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var total = Current(reporter, reporterCode, flow, partner, partnerCode, value, year: year);
            var row = kinds[i] switch
            {
                0 or 1 or 2 => total, // from a small set of keys, so totals repeat and contradict each other
                3 => Current(reporter, reporterCode, flow, "W00", 0, value, year: year),
                4 => Current(reporter, reporterCode, flow, partner, partnerCode, value, year: year, cmd: "27"),
                5 => Current(reporter, reporterCode, "RX", partner, partnerCode, value, year: year),
                6 => Current(reporter, reporterCode, flow, partner, partnerCode, "-" + value, year: year),
                7 => total[..(total.Length / 2)],
                8 => total.Replace("All Commodities", "All \"Commodities", StringComparison.Ordinal),
                9 => total.Replace("\"Reporter, name\"", "\"Reporter,\nname\"", StringComparison.Ordinal),
                10 => total.Replace("\"Reporter, name\"", "\"Reporter\r\n\"\"name\"\"\r\"", StringComparison.Ordinal),
                11 => string.Empty,
                12 => total.Replace("All Commodities", "All \uFFFD", StringComparison.Ordinal),
                _ => Current(reporter, reporterCode, flow, partner, partnerCode, value, year: year, month: 1 + (pick % 13)),
            };
            text.Append(row).Append((crlf == 2 ? i % 2 : crlf) == 1 ? "\r\n" : "\n");
        }

        return text.ToString();
    }

    private sealed class TempFile : IDisposable
    {
        public TempFile(string text, Encoding? encoding = null)
        {
            Path = System.IO.Path.GetTempFileName();
            System.IO.File.WriteAllText(Path, text, encoding ?? new UTF8Encoding(false));
        }

        public string Path { get; }

        public void Dispose() => System.IO.File.Delete(Path);
    }
}
