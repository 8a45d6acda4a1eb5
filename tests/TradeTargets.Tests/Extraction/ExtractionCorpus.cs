using System.Globalization;
using TradeTargets.Extraction;
using TradeTargets.IO;

namespace TradeTargets.Tests.Extraction;

/// <summary>
/// The two annotated sets: the seed articles with the hand-made seed files, and the development passages. The seed files
/// are paraphrased excerpts of the articles, not their text: they keep the facts, numbers, dates, countries and phrasing
/// cues of every trade passage and of the nearby non-trade numbers, and leave the rest out.
/// </summary>
/// <remarks>
/// A goal matches when partner, flow, target and deadline agree (a missing target or deadline is "none"); a figure when
/// partner, flow, period and amount agree; a statement when partner, flow, both periods and the ratio (to 0.001) agree.
/// Reporter, qualifier, baseline, announcement date and announcer are not part of the match.
/// </remarks>
internal static class ExtractionCorpus
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Extraction", "Corpus");

    public static IReadOnlyList<AnnotatedText> Seed()
    {
        var gold = TradeDataFile.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "goals.csv"))
            .Merge(TradeDataFile.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "figures.csv")))
            .Merge(TradeDataFile.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "statements.csv")));
        var belarus = Country.Parse("BLR");
        return [.. Directory.GetFiles(Path.Combine(Root, "seed"), "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var published = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(path), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new AnnotatedText(
                Path.GetFileName(path),
                File.ReadAllText(path),
                new ExtractionContext(published, belarus),
                [.. gold.Goals.Where(g => g.Source.Published == published).Select(g => GoalKey(g.Partner, g.Flow, g.Target, g.Deadline))],
                [.. gold.Figures.Where(f => f.Sources[0].Published == published).Select(f => FigureKey(f.Partner, f.Flow, f.Period, f.Amount))],
                [.. gold.Statements.Where(s => s.Source.Published == published).Select(s => StatementKey(s.Partner, s.Flow, s.Period, s.ReferencePeriod, s.Ratio))]);
        })];
    }

    public static IReadOnlyList<AnnotatedText> Development()
        => [.. Directory.GetFiles(Path.Combine(Root, "dev"), "*.txt").Order(StringComparer.Ordinal).Select(ReadPassage)];

    public static string GoalKey(Country partner, TradeFlow flow, Amount? target, Deadline? deadline)
        => $"{partner.Code} {EnumText.Format(flow)} {(target is { } t ? AmountKey(t) : "none")} {deadline?.ToString() ?? "none"}";

    public static string FigureKey(Country partner, TradeFlow flow, ReportingPeriod period, Amount amount)
        => $"{partner.Code} {EnumText.Format(flow)} {period} {AmountKey(amount)}";

    public static string StatementKey(Country partner, TradeFlow flow, ReportingPeriod period, ReportingPeriod reference, double ratio)
        => string.Create(CultureInfo.InvariantCulture, $"{partner.Code} {EnumText.Format(flow)} {period} {reference} {ratio:0.000}");

    private static string AmountKey(Amount amount) => amount.Value.ToString("0.######", CultureInfo.InvariantCulture) + " " + amount.Currency.Code;

    /// <summary>The passages of a folder of the corpus ("train"), as text with the context to read it in, without their records.</summary>
    public static IEnumerable<(string Name, string Text, ExtractionContext Context)> TextsIn(string folder)
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Root, folder), "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            yield return (Path.GetFileName(path), Body(lines), ContextOf(Header(lines)));
        }
    }

    private static List<string> Header(string[] lines) => [.. lines.TakeWhile(l => l.StartsWith('#')).Select(l => l[1..].Trim())];

    private static string HeaderValue(List<string> header, string key) => header.Single(h => h.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();

    private static ExtractionContext ContextOf(List<string> header)
        => new(DateOnly.ParseExact(HeaderValue(header, "published"), "yyyy-MM-dd", CultureInfo.InvariantCulture), Country.Parse(HeaderValue(header, "reporter")));

    private static string Body(string[] lines) => string.Join('\n', lines.SkipWhile(l => l.StartsWith('#')).SkipWhile(string.IsNullOrWhiteSpace));

    private static AnnotatedText ReadPassage(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Header(lines);
        IEnumerable<string[]> All(string key) => header.Where(h => h.StartsWith(key + ":", StringComparison.Ordinal)).Select(h => h[(key.Length + 1)..].Trim().Split(' ', 4));

        var goals = All("goal").Select(p =>
        {
            // partner flow target deadline, where the target may be "EUR 40bn" (two words).
            var rest = string.Join(' ', p.Skip(2));
            var (target, deadline) = rest.StartsWith('$') ? (rest.Split(' ', 2)[0], rest.Split(' ', 2)[1]) : (string.Join(' ', rest.Split(' ').Take(2)), string.Join(' ', rest.Split(' ').Skip(2)));
            return GoalKey(Country.Parse(p[0]), EnumText.Parse<TradeFlow>(p[1]), Amount.Parse(target), deadline == "none" ? null : Deadline.Parse(deadline));
        });
        var figures = All("figure").Select(p => FigureKey(Country.Parse(p[0]), EnumText.Parse<TradeFlow>(p[1]), ReportingPeriod.Parse(p[2]), Amount.Parse(p[3])));
        var statements = All("statement").Select(p =>
        {
            var last = p[3].Split(' ');
            return StatementKey(Country.Parse(p[0]), EnumText.Parse<TradeFlow>(p[1]), ReportingPeriod.Parse(p[2]), ReportingPeriod.Parse(last[0]), double.Parse(last[1], CultureInfo.InvariantCulture));
        });
        return new AnnotatedText(
            Path.GetFileName(path), Body(lines), ContextOf(header), [.. goals], [.. figures], [.. statements]) { Address = HeaderValue(header, "address") };
    }
}

/// <summary>A text with the records a person found in it.</summary>
internal sealed record AnnotatedText(string Name, string Text, ExtractionContext Context, IReadOnlyList<string> Goals, IReadOnlyList<string> Figures, IReadOnlyList<string> Statements)
{
    public string? Address { get; init; }

    public ExtractionResult Extract() => TradeTextExtractor.Extract(Text, Context);
}

/// <summary>Precision, recall and F1 of one kind of record over a set of texts, with the cases that went wrong.</summary>
internal sealed class Score
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public List<string> Errors { get; } = [];

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts one text: each gold record matches at most one extracted record with the same key.</summary>
    public void Add(string name, IEnumerable<string> gold, IEnumerable<string> extracted)
    {
        var remaining = extracted.ToList();
        foreach (var g in gold)
        {
            if (remaining.Remove(g))
            {
                TruePositives++;
            }
            else
            {
                FalseNegatives++;
                Errors.Add($"{name}: missed {g}");
            }
        }

        FalsePositives += remaining.Count;
        Errors.AddRange(remaining.Select(r => $"{name}: spurious {r}"));
    }

    public string Row(string set, string kind) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {set} | {kind} | {TruePositives + FalseNegatives} | {TruePositives + FalsePositives} | {TruePositives} | {Precision:0.00} | {Recall:0.00} | {F1:0.00} |");
}
