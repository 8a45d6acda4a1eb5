using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>When and by whom a goal was announced, as far as the text says.</summary>
internal static class AnnouncementReader
{
    // Searched as a set: its case-blind search does not fall to a per-character loop when the process runs without ICU.
    private static readonly System.Buffers.SearchValues<string> Ago = System.Buffers.SearchValues.Create(["ago"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The date of the announcement: "two years ago" in the sentence, else the nearest event date ("On 29 June") in it,
    /// the sentences of its paragraph before it or the paragraph before; else the publication date, undated.
    /// </summary>
    public static (DateOnly Date, bool Dated) On(string text, List<Sentence> sentences, int index, DateOnly published)
    {
        var sentence = sentences[index];
        // "ago" is in every match: most sentences lack it, and the pattern, led by words, is costly to try.
        var ago = text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(Ago) >= 0
            ? TextPatterns.YearsAgo().Match(text, sentence.Start, sentence.Length)
            : Match.Empty;
        if (ago.Success)
        {
            return (published.AddYears(-NumberWords.Count(ago.Groups["n"].Value)), true);
        }

        for (var i = index; i >= 0 && sentences[i].Paragraph >= sentence.Paragraph - 1; i--)
        {
            var s = sentences[i];
            Match? last = null;
            for (var m = TextPatterns.EventDate().Match(text, s.Start, s.Length); m.Success; m = m.NextMatch())
            {
                last = m;
            }

            if (last is not null)
            {
                var month = MentionReader.MonthNumber(last.Groups["mon"].Value);
                var first = MentionReader.Int(last.Groups["d1"].Value);
                var day = last.Groups["d2"].Success ? (first + MentionReader.Int(last.Groups["d2"].Value)) / 2 : first;
                var year = last.Groups["y"].Success ? MentionReader.Int(last.Groups["y"].Value) : month > published.Month ? published.Year - 1 : published.Year;
                if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
                {
                    var date = new DateOnly(year, month, day);
                    return date <= published ? (date, true) : (published, false);
                }
            }
        }

        return (published, false);
    }

    /// <summary>Who announced a goal, guessed from words such as "presidents" or "prime minister", else the government(s).</summary>
    public static string By(string text, SentenceFacts facts, TradePair pair)
    {
        var (r, partner) = (pair.Reporter, pair.Partner);
        var m = TextPatterns.Announcer().Match(text, facts.Sentence.Start, facts.Sentence.Length);
        var both = facts.Countries.Any(c => c.Country == r) && facts.Countries.Any(c => c.Country == partner);
        if (m.Success)
        {
            var g = m.Groups;
            return g["presidents"].Success ? $"Presidents of {r.Name} and {partner.Name}"
                : g["president"].Success ? $"President of {r.Name}"
                : g["pms"].Success ? $"Prime ministers of {r.Name} and {partner.Name}"
                : g["pm"].Success ? $"Prime minister of {r.Name}"
                : g["ministers"].Success ? $"Ministers of {r.Name} and {partner.Name}"
                : g["minister"].Success ? $"Minister of {r.Name}"
                : g["ambassador"].Success ? "Ambassador"
                : g["governments"].Success || both ? $"Governments of {r.Name} and {partner.Name}"
                : $"Government of {r.Name}";
        }

        return both ? $"Governments of {r.Name} and {partner.Name}" : $"Government of {r.Name}";
    }
}
