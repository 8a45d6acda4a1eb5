using System.Text;
using BenchmarkDotNet.Attributes;

namespace TradeTargets.Extraction.Benchmarks;

/// <summary>
/// Extracts candidates from a corpus of real article text, one call for the whole corpus; and from a megabyte of text
/// with no sentence end (one clause repeated), which was quadratic before sentences were bounded.
/// </summary>
[MemoryDiagnoser]
public class ExtractionThroughput
{
    private const int TargetBytes = 4_000_000;

    private readonly ExtractionContext context = new(new DateOnly(2017, 7, 31), Country.Parse("BLR"));

    private const string Clause = "trade between Belarus and Vietnam reached $135m in 2017, ";

    private string corpus = string.Empty;

    private string unpunctuated = string.Empty;

    /// <summary>UTF-8 size of the corpus, for MB/s.</summary>
    public static long CorpusBytes { get; private set; } = Encoding.UTF8.GetByteCount(Build());

    /// <summary>UTF-8 size of the text without sentence ends, for MB/s.</summary>
    public static long UnpunctuatedBytes { get; } = Encoding.UTF8.GetByteCount(BuildUnpunctuated());

    [GlobalSetup]
    public void Setup()
    {
        corpus = Build();
        unpunctuated = BuildUnpunctuated();
    }

    [Benchmark]
    public int ExtractCorpus()
    {
        var result = TradeTextExtractor.Extract(corpus, context);
        return result.Goals.Count + result.Figures.Count + result.Statements.Count;
    }

    [Benchmark]
    public int ExtractUnpunctuated()
    {
        var result = TradeTextExtractor.Extract(unpunctuated, context);
        return result.Figures.Count + result.Notes.Count;
    }

    private static string BuildUnpunctuated() => string.Concat(Enumerable.Repeat(Clause, 1_000_000 / Clause.Length));

    private static string Build()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var texts = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => string.Join('\n', File.ReadAllLines(f).Where(l => !l.StartsWith('#')))).ToList();
        var builder = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(builder.ToString()) < TargetBytes)
        {
            foreach (var text in texts)
            {
                builder.Append(text).Append("\n\n");
            }
        }

        return builder.ToString();
    }
}
