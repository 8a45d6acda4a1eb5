using System.Globalization;
using TradeTargets.Extraction;

namespace TradeTargets.ExtractionScore;

/// <summary>One gold record of a passage, in the corpus's own words: who, what flow, how much, when, and (goals) the kind.</summary>
/// <param name="Kind">"goal", "figure" or "statement".</param>
/// <param name="Reporter">The country whose trade it is.</param>
/// <param name="Partner">The other country.</param>
/// <param name="Flow">Exports, imports or turnover, seen from the reporter.</param>
/// <param name="Amount">The level or target; null for a statement and for a goal with no level.</param>
/// <param name="When">The period, the two periods of a statement, or a goal's deadline, as they are compared.</param>
/// <param name="GoalKind">A goal's kind: a target or a forecast.</param>
/// <param name="Ratio">A statement's later level divided by the earlier.</param>
/// <param name="DeadlineYear">A goal's deadline as the year it means, when it means one: the year written, or for "within 5 years"
/// the year that many years after the announcement; null for none and for a vague window.</param>
internal sealed record GoldRecord(string Kind, Country Reporter, Country Partner, TradeFlow Flow, Amount? Amount, string When, GoalKind GoalKind = GoalKind.Target, double Ratio = 0, int? DeadlineYear = null);

/// <summary>An annotated passage: header lines (<c># key: value</c>), a blank line, the text. The format is CORPUS.md's in the corpus folder.</summary>
internal sealed record Passage(string File, string Address, DateOnly Published, Country Reporter, string Text, IReadOnlyList<GoldRecord> Gold)
{
    public static Passage Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var header = lines.TakeWhile(l => l.StartsWith('#')).Select((l, i) => (Text: l[1..].Trim(), Line: i + 1)).ToList();
        string Value(string key)
        {
            var found = header.Where(h => h.Text.StartsWith(key + ":", StringComparison.Ordinal)).ToList();
            return found.Count == 1
                ? found[0].Text[(key.Length + 1)..].Trim()
                : throw new FormatException($"{path}: the header needs one '# {key}:' line, and has {found.Count} (the seed passages carry no header: their records are in the unit tests).");
        }

        var reporter = Country.Parse(Value("reporter"));
        var published = DateOnly.ParseExact(Value("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gold = new List<GoldRecord>();
        foreach (var (text, line) in header)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? string.Empty : text[..colon];
            if (key is not ("goal" or "figure" or "statement"))
            {
                continue;
            }

            try
            {
                gold.Add(Record(key, reporter, published, text[(colon + 1)..].Trim()));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{line}: '{text}': {e.Message}", e);
            }
        }

        var body = string.Join('\n', lines.SkipWhile(l => l.StartsWith('#')).SkipWhile(string.IsNullOrWhiteSpace));
        return new Passage(Path.GetFileName(path), Value("address"), published, reporter, body, gold);
    }

    // goal: PARTNER FLOW TARGET DEADLINE [; forecast]   (TARGET "$30bn", "EUR 40bn" or "none"; DEADLINE a year, "within 5 years", a phrase, "none")
    // figure: PARTNER FLOW PERIOD AMOUNT
    // statement: PARTNER FLOW PERIOD REFERENCE RATIO
    private static GoldRecord Record(string key, Country reporter, DateOnly published, string spec)
    {
        var kind = GoalKind.Target;
        var semicolon = spec.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            kind = spec[(semicolon + 1)..].Trim() == "forecast" ? GoalKind.Forecast : throw new FormatException($"unknown marker '{spec[(semicolon + 1)..].Trim()}'");
            spec = spec[..semicolon].Trim();
        }

        var words = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var partner = Country.Parse(words[0]);
        var flow = EnumText.Parse<TradeFlow>(words[1]);
        var rest = words.Skip(2).ToList();
        switch (key)
        {
            case "goal":
                var (amount, used) = ReadAmount(rest);
                var deadline = GoldDeadline(string.Join(' ', rest.Skip(used)));
                return new GoldRecord(key, reporter, partner, flow, amount, deadline, kind, DeadlineYear: DeadlineYear(deadline, published));
            case "figure":
                var (figure, _) = ReadAmount(rest.Skip(1).ToList());
                return new GoldRecord(key, reporter, partner, flow, figure, ReportingPeriod.Parse(rest[0]).ToString());
            default:
                return new GoldRecord(key, reporter, partner, flow, null, $"{ReportingPeriod.Parse(rest[0])} {ReportingPeriod.Parse(rest[1])}", Ratio: double.Parse(rest[2], CultureInfo.InvariantCulture));
        }
    }

    // A vague deadline is compared by the phrase the default policy reads it as, as the extractor writes it: an annotator's
    // "in the short term" and the extractor's "in the near future" are one deadline.
    private static string GoldDeadline(string written)
        => written == "none" || int.TryParse(written, CultureInfo.InvariantCulture, out _) || written.StartsWith("within ", StringComparison.Ordinal)
            ? written
            : DeadlineReader.DefaultPhrase(written) ?? written;

    // The year a deadline means: "2030", or "within 5 years" of a page published in 2025 (the extractor's reading of the same
    // words); null for none and for a vague window.
    private static int? DeadlineYear(string deadline, DateOnly published)
    {
        if (int.TryParse(deadline, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        var words = deadline.Split(' ');
        return words is ["within", var n, "year" or "years"] && int.TryParse(n, CultureInfo.InvariantCulture, out var years) ? published.Year + years : null;
    }

    private static (Amount? Amount, int Words) ReadAmount(List<string> words)
        => words[0] == "none" ? (null, 1)
            : words[0].StartsWith('$') ? (Amount.Parse(words[0]), 1)
            : (Amount.Parse(words[0] + " " + words[1]), 2);

    public ExtractionResult Extract() => TradeTextExtractor.Extract(Text, new ExtractionContext(Published, Reporter));
}
