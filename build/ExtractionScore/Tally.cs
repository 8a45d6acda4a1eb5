using System.Globalization;

namespace TradeTargets.ExtractionScore;

/// <summary>Precision, recall and F1 of one kind of record over a split, the fields that were wrong in near misses, and the target/forecast confusion.</summary>
internal sealed class Tally(string kind)
{
    public string Kind { get; } = kind;

    public int Gold { get; private set; }

    public int Extracted { get; private set; }

    public int Matched { get; private set; }

    public SortedDictionary<string, int> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>(gold kind, extracted kind) for matched goals.</summary>
    public SortedDictionary<string, int> KindConfusion { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts one passage: each gold record takes at most one candidate; near misses (same pair, some fields wrong) are listed by field.</summary>
    public void Add(string file, IEnumerable<GoldRecord> gold, IEnumerable<GoldRecord> extracted)
    {
        var remaining = extracted.ToList();
        var golds = gold.ToList();
        Gold += golds.Count;
        Extracted += remaining.Count;
        var unmatched = new List<GoldRecord>();
        foreach (var g in golds)
        {
            var match = remaining.FirstOrDefault(c => Matching.Differences(g, c) is { Count: 0 });
            if (match is null)
            {
                unmatched.Add(g);
                continue;
            }

            Matched++;
            remaining.Remove(match);
            if (Kind == "goal")
            {
                Count(KindConfusion, $"{g.GoalKind} read as {match.GoalKind}".ToLowerInvariant());
                if (g.GoalKind != match.GoalKind)
                {
                    Errors.Add($"{file}: {Matching.Describe(g)} read as a {match.GoalKind.ToString().ToLowerInvariant()} (kind wrong)");
                }
            }
        }

        foreach (var g in unmatched)
        {
            var near = remaining.Select(c => (Candidate: c, Fields: Matching.Differences(g, c))).Where(p => p.Fields is not null).OrderBy(p => p.Fields!.Count).FirstOrDefault();
            if (near.Candidate is not null)
            {
                foreach (var field in near.Fields!)
                {
                    Count(FieldErrors, field);
                }

                Errors.Add($"{file}: {Matching.Describe(g)} read as {Matching.Describe(near.Candidate)} ({string.Join(", ", near.Fields!)} wrong)");
                remaining.Remove(near.Candidate);
            }
            else
            {
                Count(FieldErrors, "missed entirely");
                Errors.Add($"{file}: missed {Matching.Describe(g)}");
            }
        }

        Errors.AddRange(remaining.Select(r => $"{file}: spurious {Matching.Describe(r)}"));
    }

    public string Row(string split) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {split} | {Kind}s | {Gold} | {Extracted} | {Matched} | {Precision:0.00} | {Recall:0.00} | {F1:0.00} |");

    private static void Count(SortedDictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
