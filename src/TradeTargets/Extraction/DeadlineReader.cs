namespace TradeTargets.Extraction;

/// <summary>Reads the deadline of a goal: a fixed year, a number of years from the announcement, or a vague phrase.</summary>
internal static class DeadlineReader
{
    /// <summary>The first deadline in a stretch of text (a sentence, or the words after one of its targets).</summary>
    /// <param name="text">The article.</param>
    /// <param name="start">Where the stretch starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="announcedOn">When the goal was announced: a deadline cannot precede it, and relative ones count from it.</param>
    /// <param name="baseline">The goal's baseline figure, whose year ("from $121m in 2016") is no deadline.</param>
    public static ExtractedDeadline? First(string text, int start, int length, DateOnly announcedOn, FigureCandidate? baseline)
    {
        for (var m = TextPatterns.Deadline().Match(text, start, length); m.Success; m = m.NextMatch())
        {
            var phrase = m.Value;
            Deadline deadline;
            if (m.Groups["fixed"].Success)
            {
                var year = MentionReader.Int(m.Groups["fy"].Value);
                var isIn = phrase.StartsWith("in", StringComparison.OrdinalIgnoreCase);
                // "in 2016" right after a baseline amount is the baseline's year; a deadline cannot precede the announcement.
                if ((baseline is not null && baseline.Period.StartYear == year && isIn) || year < announcedOn.Year)
                {
                    continue;
                }

                deadline = Deadline.InYear(year);
            }
            else if (m.Groups["rel"].Success)
            {
                deadline = Deadline.Within(NumberWords.Count(m.Groups["n"].Value));
            }
            else if (m.Groups["thisyear"].Success)
            {
                deadline = Deadline.InYear(phrase.Contains("next", StringComparison.OrdinalIgnoreCase) ? announcedOn.Year + 1 : announcedOn.Year);
            }
            else
            {
                deadline = Deadline.Vague(KnownPhrase(phrase));
            }

            var window = deadline.Resolve(announcedOn, VagueDeadlinePolicy.Default);
            return new ExtractedDeadline(phrase, deadline, window.FirstYear, window.LastYear);
        }

        return null;
    }

    // The data format reads vague phrases through the default policy, so each phrase is mapped onto one it knows.
    private static string KnownPhrase(string phrase)
    {
        var p = phrase.ToLowerInvariant();
        return p switch
        {
            _ when p.Contains("few years", StringComparison.Ordinal) && p.Contains("next", StringComparison.Ordinal) => "in the next few years",
            _ when p.Contains("few years", StringComparison.Ordinal) => "in a few years",
            _ when p.Contains("coming years", StringComparison.Ordinal) => "in the coming years",
            _ when p.Contains("future", StringComparison.Ordinal) => "in the near future",
            _ when p.Contains("medium", StringComparison.Ordinal) => "in the medium term",
            _ when p.Contains("long", StringComparison.Ordinal) => "in the long term",
            _ => "soon",
        };
    }
}
