using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>Reads the deadline of a goal: a fixed year, a number of years from the announcement, or a vague phrase.</summary>
internal static class DeadlineReader
{
    private const string Soon = "soon";

    /// <summary>The first deadline in a stretch of text (a sentence, or the words after one of its targets).</summary>
    /// <param name="text">The article.</param>
    /// <param name="start">Where the stretch starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="announcedOn">When the goal was announced: a deadline cannot precede it, and relative ones count from it.</param>
    /// <param name="baseline">The goal's baseline figure, whose year ("from $121m in 2016") is no deadline.</param>
    /// <param name="policy">The vague-deadline policy the goal will be read with (<see cref="ExtractionContext.VagueDeadlines"/>).</param>
    /// <param name="fiscalStartMonth">The first month of the announcer's fiscal year (1 for the calendar year), for "by the end of this fiscal year".</param>
    public static ExtractedDeadline? First(string text, int start, int length, DateOnly announcedOn, FigureCandidate? baseline, VagueDeadlinePolicy policy, int fiscalStartMonth)
        => All(text, start, length, announcedOn, baseline, policy, fiscalStartMonth).FirstOrDefault();

    /// <summary>Every deadline in a part of a text, in order, read as <see cref="First"/> reads the first.</summary>
    public static IEnumerable<ExtractedDeadline> All(string text, int start, int length, DateOnly announcedOn, FigureCandidate? baseline, VagueDeadlinePolicy policy, int fiscalStartMonth)
    {
        foreach (var m in TextPatterns.Deadline.Matches(text.Substring(start, length)))
        {
            if (Read(m, announcedOn, baseline, policy, fiscalStartMonth) is { } deadline)
            {
                yield return deadline;
            }
        }
    }

    /// <summary>
    /// The deadline of a target at <paramref name="at"/> in a sentence: the first one after it ("could double within five
    /// years and reach $15bn in 2015" is 2015), else the last one before it ("By 2020, trade should reach $10bn").
    /// </summary>
    /// <param name="sentenceText">The sentence.</param>
    /// <param name="sentence">Where it stands in the article, which <paramref name="at"/> counts in.</param>
    /// <param name="at">Where the target stands.</param>
    /// <param name="announcedOn">When the goal was announced.</param>
    /// <param name="baseline">The goal's baseline figure, whose year is no deadline.</param>
    /// <param name="policy">The vague-deadline policy the goal will be read with.</param>
    /// <param name="fiscalStartMonth">The first month of the announcer's fiscal year (1 for the calendar year).</param>
    public static ExtractedDeadline? Nearest(string sentenceText, Sentence sentence, int at, DateOnly announcedOn, FigureCandidate? baseline, VagueDeadlinePolicy policy, int fiscalStartMonth)
    {
        // Phrases before the target are read only if none after it is a deadline, nearest first; the text after the target is
        // searched first, since most goals give their deadline there ("to $5 billion by 2030") and the rest is then not searched.
        var target = Math.Clamp(at - sentence.Start, 0, sentenceText.Length);
        foreach (var m in TextPatterns.Deadline.Matches(sentenceText, target))
        {
            if (Read(m, announcedOn, baseline, policy, fiscalStartMonth) is { } deadline)
            {
                return deadline;
            }
        }

        List<Match>? before = null;
        foreach (var m in TextPatterns.Deadline.Matches(sentenceText))
        {
            if (m.Index >= target)
            {
                break;
            }

            (before ??= []).Add(m);
        }

        for (var i = (before?.Count ?? 0) - 1; i >= 0; i--)
        {
            if (Read(before![i], announcedOn, baseline, policy, fiscalStartMonth) is { } deadline)
            {
                return deadline;
            }
        }

        return null;
    }

    private static ExtractedDeadline? Read(Match m, DateOnly announcedOn, FigureCandidate? baseline, VagueDeadlinePolicy policy, int fiscalStartMonth)
    {
        var phrase = m.Value;
        Deadline deadline;
        if (m.Groups["fe"].Success)
        {
            // A fiscal year ("in FY2022-23", "by 2026-27") is met when it closes, in the calendar year it ends.
            var startYear = MentionReader.Int(m.Groups["fy"].Value);
            var endYear = FiscalEndYear(startYear, MentionReader.Int(m.Groups["fe"].Value));
            if (endYear is not { } year || (baseline is not null && baseline.Period.StartYear == startYear) || year < announcedOn.Year)
            {
                return null;
            }

            deadline = Deadline.InYear(year);
        }
        else if (m.Groups["fixed"].Success)
        {
            var year = MentionReader.Int(m.Groups["fy"].Value);
            var isIn = phrase.StartsWith("in", StringComparison.OrdinalIgnoreCase);
            // "in 2016" right after a baseline amount is the baseline's year; a deadline cannot precede the announcement.
            if ((baseline is not null && baseline.Period.StartYear == year && isIn) || year < announcedOn.Year)
            {
                return null;
            }

            deadline = Deadline.InYear(year);
        }
        else if (m.Groups["rel"].Success)
        {
            // A count of years no deadline can have ("in 0 years", "within 54 years") is read as none, not as an error.
            var years = NumberWords.Count(m.Groups["n"].Value);
            if (years is < 1 or > RelativeDeadline.MostYears)
            {
                return null;
            }

            deadline = Deadline.Within(years);
        }
        else if (m.Groups["tenyears"].Success)
        {
            deadline = Deadline.Within(10);
        }
        else if (m.Groups["decade"].Success)
        {
            // "By the end of the decade" written in 2012 is 2020; written in 2020, 2030.
            deadline = Deadline.InYear(((announcedOn.Year / 10) + 1) * 10);
        }
        else if (m.Groups["curfy"].Success)
        {
            // "by the end of this fiscal year": the year under way at the announcement ends in the next calendar year when
            // it started this one; "in the year to March": the next March.
            var lastMonth = m.Groups["ytm"].Success ? MentionReader.MonthNumber(m.Groups["ytm"].Value) : (fiscalStartMonth + 10) % 12 + 1;
            deadline = Deadline.InYear(announcedOn.Month <= lastMonth ? announcedOn.Year : announcedOn.Year + 1);
        }
        else if (m.Groups["endmo"].Success)
        {
            // "by the end of December": the next such month, this year's unless it has passed.
            var month = MentionReader.MonthNumber(m.Groups["em"].Value);
            deadline = Deadline.InYear(announcedOn.Month <= month ? announcedOn.Year : announcedOn.Year + 1);
        }
        else if (m.Groups["thisyear"].Success)
        {
            deadline = Deadline.InYear(phrase.Contains("next", StringComparison.OrdinalIgnoreCase) ? announcedOn.Year + 1 : announcedOn.Year);
        }
        else if (VagueReading(phrase, policy) is { } vague)
        {
            deadline = vague;
        }
        else
        {
            return null;
        }

        var (first, last) = Window(deadline, announcedOn, policy);
        return new ExtractedDeadline(phrase, deadline, first, last);
    }

    // The calendar year a fiscal year written "2026-27" ends in: the year after the first; any other pair of years is no
    // fiscal year ("2020-25" is a span).
    private static int? FiscalEndYear(int startYear, int endDigits)
        => (startYear + 1) % 100 == endDigits ? startYear + 1 : null;

    // The nearest of the default policy's phrases ("in the next three to four years" is "in the next few years"), when
    // the policy knows it; else the phrase as written, when the policy knows that (a custom policy may list its own);
    // else "soon", the default's reading of a vague phrase it has no closer match for; else none. Under the default
    // policy this is the nearest default phrase, as goals files write it.
    private static Deadline? VagueReading(string phrase, VagueDeadlinePolicy policy)
        => Readings.GetValue(policy, _ => new ConcurrentDictionary<string, Deadline?>(StringComparer.Ordinal)).GetOrAdd(phrase, p =>
        {
            var candidates = new[] { DefaultPhrase(p), p.Trim().ToLowerInvariant(), Soon };
            return candidates.OfType<string>().Select(Deadline.Vague).FirstOrDefault(d => d.IsKnownTo(policy));
        });

    // The years a deadline can mean, worked out once per policy, deadline and announcement year: resolving a vague phrase
    // interprets it against the policy, which costs far more than a lookup.
    private static (int First, int Last) Window(Deadline deadline, DateOnly announcedOn, VagueDeadlinePolicy policy)
        => Windows.GetValue(policy, _ => new ConcurrentDictionary<(string, DateOnly), (int, int)>()).GetOrAdd((deadline.ToString(), announcedOn), _ =>
        {
            var window = deadline.Resolve(announcedOn, policy);
            return (window.FirstYear, window.LastYear);
        });

    private static readonly ConditionalWeakTable<VagueDeadlinePolicy, ConcurrentDictionary<(string, DateOnly), (int, int)>> Windows = new();

    // Each policy's reading of each phrase as written, worked out once: the patterns match few distinct phrases, and
    // normalising one against a policy is costly next to a lookup.
    private static readonly ConditionalWeakTable<VagueDeadlinePolicy, ConcurrentDictionary<string, Deadline?>> Readings = new();

    /// <summary>The phrase the default policy knows that a vague deadline as written stands for ("over the short term" is "in the near future"); null when none does.</summary>
    internal static string? DefaultPhrase(string phrase)
    {
        var p = phrase.ToLowerInvariant();
        return p switch
        {
            // "in the shortest possible time", "as soon as possible", "within a very short time", "before long", "at the
            // earliest": the default's "soon", by the fallback.
            _ when p.Contains("possible", StringComparison.Ordinal) || p.Contains("short time", StringComparison.Ordinal) || p.Contains("short period", StringComparison.Ordinal)
                || p.Contains("before long", StringComparison.Ordinal) || p.Contains("earliest", StringComparison.Ordinal) => null,
            _ when (p.Contains("few years", StringComparison.Ordinal) || p.Contains("couple of years", StringComparison.Ordinal)) && p.Contains("next", StringComparison.Ordinal) => "in the next few years",
            _ when p.Contains("few years", StringComparison.Ordinal) || p.Contains("couple of years", StringComparison.Ordinal) => "in a few years",
            _ when p.Contains("coming years", StringComparison.Ordinal) || p.Contains("several years", StringComparison.Ordinal) || p.Contains("years ahead", StringComparison.Ordinal)
                || p.Contains("years to come", StringComparison.Ordinal) || p.Contains("coming period", StringComparison.Ordinal) || p.Contains("coming time", StringComparison.Ordinal) => "in the coming years",
            _ when p.Contains("coming months", StringComparison.Ordinal) => "in the near future",
            _ when p.Contains("future", StringComparison.Ordinal) || p.Contains("near", StringComparison.Ordinal) || p.Contains("short", StringComparison.Ordinal) => "in the near future",
            _ when p.Contains("medium", StringComparison.Ordinal) => "in the medium term",
            _ when p.Contains("long", StringComparison.Ordinal) || p.Contains("perspective", StringComparison.Ordinal) || p.Contains("eventually", StringComparison.Ordinal) => "in the long term",
            _ => null,
        };
    }
}
