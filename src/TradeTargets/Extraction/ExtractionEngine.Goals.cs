using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>Goals: a sentence's targets with their deadlines, multiplier and baseline; restatements merged at the end.</summary>
internal sealed partial class ExtractionEngine
{
    private void ReadGoals(SentenceFacts facts, SentenceCues cues, List<MoneyMention> targets, FigureCandidate? baseline, FigureCandidate? level)
    {
        // Without a target amount, a goal is a multiplier in a sentence with a goal word and a deadline ("to double trade
        // by 2020"), or one whose object is the trade itself ("the task of increasing their mutual trade twofold", "to
        // double exports to the United States").
        var sentence = facts.Sentence;
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var multiplierMatch = cues.MayHoldMultiple ? TextPatterns.Multiplier.Match(cues.Text) : Match.Empty;
        var multiplierAt = sentence.Start + multiplierMatch.Index;
        if (targets.Count == 0 && !(multiplierMatch.Success && cues.HasGoalCue && (TextPatterns.Deadline.IsMatch(span) || IsAMultipleOfTrade(multiplierMatch, cues.Text))))
        {
            if (!multiplierMatch.Success)
            {
                ReadGoalWithoutLevel(facts, cues);
            }

            return;
        }

        var (announcedOn, dated) = AnnouncedOn(facts.Index);
        var multiplier = multiplierMatch.Success ? MultiplierOf(multiplierMatch) : null;

        // A multiple without a target starts from the level the sentence states ("double their trade, currently $5.6bn").
        baseline ??= multiplier is not null && targets.Count == 0 ? level : null;
        var goal = new GoalSentence(facts, cues, baseline, announcedOn, dated, multiplierAt);

        // Several targets each followed by a deadline of its own before the next ("to $50 billion by 2015 and to $100
        // billion by 2020") are several goals. Otherwise the sentence states one goal: the first target amount with the
        // deadline nearest after it, and then any further, larger steps ("and afterwards to $10 billion").
        var own = OwnDeadlines(targets, sentence, announcedOn, baseline);
        if (own is not null)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                AddGoal(goal, targets[i], own[i], null);
            }

            return;
        }

        MoneyMention? first = targets.Count > 0 ? targets[0] : null;
        AddGoal(goal, first, DeadlineReader.Nearest(cues.Text, sentence, first?.Start ?? multiplierAt, announcedOn, baseline, context.VagueDeadlines, reporterFiscalStart), multiplier);
        var ownSubjects = AddOwnSubjectTargets(goal, targets, announcedOn, baseline);
        AddFurtherSteps(goal, [.. targets.Except(ownSubjects)], announcedOn, baseline);
    }

    // When a sentence's goals were announced (AnnouncementReader.On), read once per sentence: the search for an event date
    // covers the paragraph before it too.
    private (DateOnly Date, bool Dated) AnnouncedOn(int index)
    {
        announcements ??= new (DateOnly, bool)?[sentences.Count];
        return announcements[index] ??= AnnouncementReader.On(text, sentences, index, context.Published);
    }

    // "The two sides agreed to boost bilateral trade": a goal with neither a level nor a multiple, only the intent (and a
    // deadline, if the sentence gives one). Read only where no amount or multiple is written.
    private void ReadGoalWithoutLevel(SentenceFacts facts, SentenceCues cues)
    {
        var sentence = facts.Sentence;
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(TextPatterns.RaiseVerbs) < 0
            || TextPatterns.GoalWithoutLevel().Match(text, sentence.Start, sentence.Length) is not { Success: true } m)
        {
            return;
        }

        var (announcedOn, dated) = AnnouncedOn(facts.Index);
        var goal = new GoalSentence(facts, cues, null, announcedOn, dated, m.Index);
        AddGoal(goal, null, DeadlineReader.Nearest(cues.Text, sentence, m.Index, announcedOn, null, context.VagueDeadlines, reporterFiscalStart), null);
    }

    // A multiplier about trade, not a change already made: "doubling the trade between them", "to double this figure",
    // "increasing their mutual trade twofold"; not "double checks", "double investment", "tripling in the past four
    // years" or "grew sixfold".
    private static bool IsAMultipleOfTrade(Match multiplier, string sentence)
    {
        var before = sentence.AsSpan(0, multiplier.Index);
        var after = sentence.AsSpan(multiplier.Index + multiplier.Length);
        if (TextPatterns.PastBeforeMultiple().IsMatch(before) || TextPatterns.PastAfterMultiple().IsMatch(after))
        {
            return false;
        }

        return TextPatterns.TradeAfterMultiple().IsMatch(after)
            || (multiplier.Groups["n"].Success && TextPatterns.TradeBeforeMultiple().IsMatch(before));
    }

    // Targets after the first with a partner or a flow of their own, named after the target before ("lifting trade with
    // China to $200 billion and trade with India to $30 billion", "exports of $25 billion, while imports should come to
    // $17 billion"), are goals with that partner or flow, each with its nearest deadline.
    private List<MoneyMention> AddOwnSubjectTargets(GoalSentence goal, List<MoneyMention> targets, DateOnly announcedOn, FigureCandidate? baseline)
    {
        var added = new List<MoneyMention>();
        if (targets.Count < 2)
        {
            return added;
        }

        var facts = goal.Facts;
        var first = subjects.SubjectAt(targets[0].Start, facts);
        for (var i = 1; i < targets.Count; i++)
        {
            var (previous, target) = (targets[i - 1], targets[i]);
            var own = subjects.SubjectAt(target.Start, facts);
            var partner = own?.Pair.Partner;
            var partnerNamedBetween = partner != first?.Pair.Partner
                && facts.Countries.Any(c => c.Country == partner && previous.End <= c.Start && c.End <= target.Start);
            var flowNamedBetween = own is { } o && o.Flow != first?.Flow
                && facts.Flows.Exists(f => f.Flow == o.Flow && previous.End <= f.Start && f.End <= target.Start);
            if (!(partnerNamedBetween || flowNamedBetween) || InParentheses(facts.Sentence, target.Start))
            {
                continue;
            }

            AddGoal(goal, target, DeadlineReader.Nearest(goal.Cues.Text, facts.Sentence, target.Start, announcedOn, baseline, context.VagueDeadlines, reporterFiscalStart), null);
            added.Add(target);
        }

        return added;
    }

    // Targets after the first that are larger, in the same currency and not an aside in parentheses are later steps of
    // the goal ("to $5 billion in the near future and afterwards to $10 billion"), each with the deadline written after
    // it, if any. Smaller or equal ones restate the first, convert it, or end a range.
    private void AddFurtherSteps(GoalSentence goal, List<MoneyMention> targets, DateOnly announcedOn, FigureCandidate? baseline)
    {
        var sentence = goal.Facts.Sentence;
        if (targets.Count < 2)
        {
            return;
        }

        var last = targets[0];
        for (var i = 1; i < targets.Count; i++)
        {
            var step = targets[i];
            if (step.Amount.Currency != last.Amount.Currency || step.Amount.Value <= last.Amount.Value || InParentheses(sentence, step.Start))
            {
                continue;
            }

            AddGoal(goal, step, DeadlineAfter(targets, i, sentence, announcedOn, baseline), null);
            last = step;
        }
    }

    private void AddGoal(GoalSentence goal, MoneyMention? targetMention, ExtractedDeadline? deadline, GoalMultiplier? multiplier)
    {
        var at = targetMention?.Start ?? goal.MultiplierAt;
        if (subjects.SubjectAt(at, goal.Facts) is not (var p, var flow, var inferred))
        {
            return;
        }

        if (goal.Dated)
        {
            inferred |= InferredParts.AnnouncedOn;
        }

        var baseline = goal.Baseline;
        Amount? target = targetMention?.Amount;
        if (targetMention is { CurrencyInferred: true } mention)
        {
            // "to half a billion" after "from $121m": the currency of the sentence's other amount.
            target = baseline is not null ? Amount.FromUnits(mention.Amount.Value, baseline.Amount.Currency) : target;
            inferred |= InferredParts.Currency;
        }

        if (target is null && multiplier is not null && baseline is not null)
        {
            target = Amount.FromUnits(baseline.Amount.Value * multiplier.Factor, baseline.Amount.Currency);
            inferred |= InferredParts.Target;
        }

        var goalBaseline = baseline is not null && target is { } t && baseline.Amount.Currency == t.Currency ? new GoalBaseline(baseline.Amount, baseline.Period) : null;
        var (kind, kindStated) = IsThisYearsOutturn(goal, deadline) ? (GoalKind.Forecast, true) : goal.Cues.KindAt(at, targetMention?.End ?? at);
        var missing = (target is null ? 1 : 0) + (deadline is null ? 1 : 0);
        var confidence = CandidateWords.Confidence(inferred, missing) - (kind == GoalKind.Forecast ? 0.05 : 0);
        if (deadline is null)
        {
            // Read at the start of the next sentence (TakeDeadlineFromNextSentence), which empties the list.
            pendingSentence = goal.Facts.Index;
            goalsWithoutDeadline.Add(goals.Count);
        }

        goals.Add(new GoalCandidate(
            p.Reporter, p.Partner, flow, target, multiplier, goalBaseline, deadline, kind, goal.AnnouncedOn, AnnouncementReader.By(text, goal.Facts, p), goal.Cues.Quote, inferred, Math.Round(confidence, 2)) { KindStated = kindStated });
    }

    // Each target's deadline between it and the next target (or the sentence's end), when every target has one and no
    // two are alike; null otherwise, which leaves the sentence one goal.
    private List<ExtractedDeadline>? OwnDeadlines(List<MoneyMention> targets, Sentence sentence, DateOnly announcedOn, FigureCandidate? baseline)
    {
        if (targets.Count < 2)
        {
            return null;
        }

        var deadlines = new List<ExtractedDeadline>();
        for (var i = 0; i < targets.Count; i++)
        {
            if ((DeadlineAfter(targets, i, sentence, announcedOn, baseline) ?? SecondDeadlineBefore(targets, i, announcedOn, baseline)) is not { } deadline)
            {
                return null;
            }

            deadlines.Add(deadline);
        }

        return deadlines.Select(d => d.Deadline.ToString()).Distinct(StringComparer.Ordinal).Count() == deadlines.Count ? deadlines : null;
    }

    // The first deadline between a target and the next one (or the sentence's end).
    private ExtractedDeadline? DeadlineAfter(List<MoneyMention> targets, int i, Sentence sentence, DateOnly announcedOn, FigureCandidate? baseline)
    {
        var from = targets[i].End;
        var to = i + 1 < targets.Count ? targets[i + 1].Start : sentence.End;
        return to <= from ? null : DeadlineReader.First(text, from, to - from, announcedOn, baseline, context.VagueDeadlines, reporterFiscalStart);
    }

    // "turnover will reach $28 billion this year", "trade should top $1bn in 2011" (said in 2011): a level for the year the
    // words are said in, with no word that names a goal, is how the year is expected to end, a forecast.
    private static bool IsThisYearsOutturn(GoalSentence goal, ExtractedDeadline? deadline)
        => deadline is { Deadline: FixedDeadline } d && d.FirstYear == goal.AnnouncedOn.Year && d.LastYear == d.FirstYear && !goal.Cues.HasTargetWord;

    // "to $500 million within a very short time and, in the longer perspective, to $1 billion": of two deadlines between a
    // target and a smaller one before it, the first is the earlier target's and the second this one's; null without a
    // second, or when the target is no further step ("to 16 billion USD next year, after shipments in 2022 went beyond 12
    // billion USD").
    private ExtractedDeadline? SecondDeadlineBefore(List<MoneyMention> targets, int i, DateOnly announcedOn, FigureCandidate? baseline)
    {
        if (i == 0 || targets[i].Start <= targets[i - 1].End || targets[i].Amount.Value <= targets[i - 1].Amount.Value)
        {
            return null;
        }

        var from = targets[i - 1].End;
        return DeadlineReader.All(text, from, targets[i].Start - from, announcedOn, baseline, context.VagueDeadlines, reporterFiscalStart).Skip(1).FirstOrDefault();
    }

    private static GoalMultiplier? MultiplierOf(Match m)
    {
        decimal factor;
        if (m.Groups["pct"].Success)
        {
            factor = 1m + (decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture) / 100m);
        }
        else if (m.Groups["w"].Success)
        {
            factor = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "doubl" => 2m,
                "tripl" => 3m,
                _ => 4m,
            };
        }
        else
        {
            var n = m.Groups["n"].Value;
            factor = char.IsDigit(n[0]) ? decimal.Parse(n, CultureInfo.InvariantCulture) : NumberWords.Count(n);
        }

        var qualifier = m.Groups["q"].Success ? CandidateWords.Qualifier(m.Groups["q"].Value) : AmountQualifier.Exact;
        return factor > 0 ? new GoalMultiplier(factor, qualifier) : null;
    }

    // An article often states one goal twice ("agreed to double trade within five years ... a goal of $200 billion in the
    // next five years"): candidates for the same pair and flow that restate each other are one goal, completed from each
    // other.
    private static List<GoalCandidate> MergeRestatedGoals(List<GoalCandidate> candidates)
    {
        var merged = new List<GoalCandidate>();
        var byPair = new Dictionary<(Country, Country, TradeFlow), List<int>>();
        foreach (var g in candidates)
        {
            var key = (g.Reporter, g.Partner, g.Flow);
            if (!byPair.TryGetValue(key, out var indices))
            {
                byPair[key] = indices = [];
            }

            var i = indices.FindIndex(j => IsRestatement(merged[j], g));
            if (i < 0)
            {
                indices.Add(merged.Count);
                merged.Add(g);
                continue;
            }

            i = indices[i];

            var m = merged[i];
            // The one with a target completes the other; between two, a target outranks an official's forecast of it ("may
            // soon reach $30 billion ... bring trade to $30 billion in the near future, a task set by the presidents"), and
            // a forecast outranks a target no word named ("Trade to touch $10 bn" over a headline, then "will rise to USD 10
            // billion this year", said an ambassador).
            var (first, second) = (m.Target is null && g.Target is not null) || (m.Target == g.Target && KindRank(g) > KindRank(m)) ? (g, m) : (m, g);
            merged[i] = first with
            {
                Multiplier = first.Multiplier ?? second.Multiplier,
                Baseline = first.Baseline ?? second.Baseline,
                Deadline = WrittenYearFirst(first.Deadline, second.Deadline),
                Confidence = Math.Max(first.Confidence, second.Confidence),
            };
        }

        return merged;
    }

    // A target the text names, then a forecast, then a target for want of a word that says either.
    private static int KindRank(GoalCandidate goal)
        => !goal.KindStated ? 0 : goal.Kind == GoalKind.Forecast ? 1 : 2;

    // Of two deadlines that agree, the one written as a year ("within five years ... by 2016" is 2016 as the article names it).
    private static ExtractedDeadline? WrittenYearFirst(ExtractedDeadline? first, ExtractedDeadline? second)
        => first?.Deadline is FixedDeadline || second?.Deadline is not FixedDeadline ? first ?? second : second;

    // The same target, or one of the two without one; and no two deadlines that disagree: "$200 billion by 2024" and
    // "$200 billion in 2020" are two goals.
    private static bool IsRestatement(GoalCandidate a, GoalCandidate b)
        => (a.Target == b.Target || a.Target is null || b.Target is null)
            && (a.Deadline is null || b.Deadline is null || (a.Deadline.FirstYear, a.Deadline.LastYear) == (b.Deadline.FirstYear, b.Deadline.LastYear));
}
