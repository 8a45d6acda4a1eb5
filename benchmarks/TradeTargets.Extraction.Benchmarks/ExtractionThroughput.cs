using System.Text;
using BenchmarkDotNet.Attributes;

namespace TradeTargets.Extraction.Benchmarks;

/// <summary>Extracts candidates from a corpus of real article text, one call for the whole corpus.</summary>
[MemoryDiagnoser]
public class ExtractionThroughput
{
    private const int TargetBytes = 4_000_000;

    private readonly ExtractionContext context = new(new DateOnly(2017, 7, 31), Country.Parse("BLR"));

    private string corpus = string.Empty;

    /// <summary>UTF-8 size of the corpus, for MB/s.</summary>
    public static long CorpusBytes { get; private set; } = Encoding.UTF8.GetByteCount(Build());

    [GlobalSetup]
    public void Setup() => corpus = Build();

    [Benchmark]
    public int ExtractCorpus()
    {
        var result = TradeTextExtractor.Extract(corpus, context);
        return result.Goals.Count + result.Figures.Count + result.Statements.Count;
    }

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
