using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>Relative statements: a percentage that relates a level to the same period of an earlier year.</summary>
internal sealed partial class ExtractionEngine
{
    private void ReadStatements(SentenceFacts facts, SentenceCues cues)
    {
        var sentence = facts.Sentence;
        var share = TextPatterns.ShareOfSamePeriod().Match(text, sentence.Start, sentence.Length);
        var change = share.Success ? Match.Empty : TextPatterns.Change().Match(text, sentence.Start, sentence.Length);
        var m = share.Success ? share : change;
        if (!m.Success || m.Groups["p"].Value.Length == 0 || !IsAboutTrade(m, facts, cues))
        {
            return;
        }

        // "32% of the same period" is the ratio itself; "fell 40%" is 0.6 and "grew 16%" 1.16.
        var percent = decimal.Parse(m.Groups["p"].Value, CultureInfo.InvariantCulture);
        var ratio = share.Success ? (double)(percent / 100m)
            : m.Groups["down"].Success ? (double)(1m - (percent / 100m)) : (double)(1m + (percent / 100m));
        if (ratio <= 0)
        {
            return;
        }

        if (subjects.SubjectAt(m.Index, facts) is not (var p, var flow, var inferred))
        {
            return;
        }

        var reference = share.Success ? null : TextPatterns.Reference().Match(text, sentence.Start, sentence.Length);
        var period = StatementPeriod(facts, share, reference, p, ref inferred);
        var referencePeriod = ReferencePeriod(period, share, reference);
        if (referencePeriod >= period || referencePeriod.MonthCount != period.MonthCount)
        {
            return;
        }

        var qualifier = m.Groups["q"].Success ? CandidateWords.Qualifier(m.Groups["q"].Value) : AmountQualifier.Exact;
        statements.Add(new StatementCandidate(p.Reporter, p.Partner, flow, period, referencePeriod, Math.Round(ratio, 6), qualifier, cues.Quote, inferred, CandidateWords.Confidence(inferred, 0)));
    }

    // The percentage must be about trade: a trade word nearer before it than any word about something else, or the flow
    // the sentence continues.
    private static bool IsAboutTrade(Match percentage, SentenceFacts facts, SentenceCues cues)
    {
        var at = percentage.Index;
        var tradeBefore = facts.Flows.Where(f => f.Start < at).Select(f => at - f.End).DefaultIfEmpty(int.MaxValue).Min();
        var otherBefore = cues.NotTrade.Where(n => n.Start < at).Select(n => at - n.End).DefaultIfEmpty(int.MaxValue).Min();
        return !((tradeBefore == int.MaxValue && facts.CarriedFlow is null) || otherBefore < tradeBefore);
    }

    // The later period: the one the level in the sentence is for, else the first period that is not the reference.
    private ReportingPeriod StatementPeriod(SentenceFacts facts, Match share, Match? reference, TradePair pair, ref InferredParts inferred)
    {
        var candidates = facts.Periods.Where(q => reference is null || !reference.Success || q.Start < reference.Index || q.Start >= reference.Index + reference.Length)
            .Where(q => !share.Success || q.Start < share.Index || q.Start >= share.Index + share.Length)
            .Where(q => !IsStartingPoint(facts.Sentence, q.Start))
            .ToList();
        if (candidates.Count == 0)
        {
            inferred |= InferredParts.Period;
            return ContextPeriod(facts.Index, pair);
        }

        if (candidates[0].YearInferred)
        {
            inferred |= InferredParts.Year;
        }

        return candidates[0].Resolve(pair.Reporter, pair.Partner);
    }

    // The period the later one is compared with: the year the sentence names ("of the same period in 2015", "since 2012"),
    // else the same period a year before ("grew by 16% in 2018", "jumped by 86% last year", "year on year").
    private static ReportingPeriod ReferencePeriod(ReportingPeriod period, Match share, Match? reference)
    {
        if (share.Success)
        {
            return share.Groups["y"].Success ? period.AddYears(MentionReader.Int(share.Groups["y"].Value) - period.StartYear) : period.AddYears(-1);
        }

        if (reference is { Success: true } && reference.Groups["y"].Success)
        {
            var year = MentionReader.Int(reference.Groups["y"].Value);
            return period.IsFullYear && period.StartMonth == 1 ? ReportingPeriod.Year(year) : period.AddYears(year - period.StartYear);
        }

        return period.AddYears(-1);
    }
}
