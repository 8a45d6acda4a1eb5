using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>One pass over one article: sentences in order, with the context earlier sentences leave behind.</summary>
internal sealed class ExtractionEngine
{
    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("$€£%0123456789");

    private readonly string text;
    private readonly ExtractionContext context;
    private readonly List<Sentence> sentences;
    private readonly Country reporter;
    private readonly bool reporterGiven;
    private readonly Currency articleCurrency;
    private readonly List<GoalCandidate> goals = [];
    private readonly List<FigureCandidate> figures = [];
    private readonly HashSet<(Country, ReportingPeriod, Amount, TradeFlow)> figureKeys = [];
    private readonly List<StatementCandidate> statements = [];

    private readonly List<string> notes = [];

    // What earlier sentences leave behind: the partner they were about, the flow they named, whether they spoke of trade.
    private Country? topic;
    private TradeFlow? lastFlow;
    private int lastTradeSentence = -2;
    private PeriodMention? lastPeriod;
    private int lastPeriodSentence = -2;

    public ExtractionEngine(string text, ExtractionContext context)
    {
        this.text = text;
        this.context = context;
        sentences = SentenceSplitter.Split(text, notes);
        var mentions = CountryLexicon.Find(text, 0, text.Length);
        reporterGiven = context.Reporter is not null;
        reporter = context.Reporter ?? Dominant(mentions) ?? Country.Parse("BLR");
        articleCurrency = DominantCurrency();
    }

    public ExtractionResult Run()
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            Read(i);
        }

        return new ExtractionResult(MergeRestatedGoals(goals), figures, statements, notes);
    }

    // An article often states one goal twice ("agreed to double trade within five years ... a goal of $200 billion in the
    // next five years"): candidates for the same pair and flow with the same target, or one without a target, are one goal,
    // completed from each other.
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

            var i = indices.FindIndex(j => merged[j].Target == g.Target || merged[j].Target is null || g.Target is null);
            if (i < 0)
            {
                indices.Add(merged.Count);
                merged.Add(g);
                continue;
            }

            i = indices[i];

            var m = merged[i];
            var (first, second) = m.Target is null && g.Target is not null ? (g, m) : (m, g);
            merged[i] = first with
            {
                Multiplier = first.Multiplier ?? second.Multiplier,
                Baseline = first.Baseline ?? second.Baseline,
                Deadline = first.Deadline ?? second.Deadline,
                Confidence = Math.Max(first.Confidence, second.Confidence),
            };
        }

        return merged;
    }

    private static Country? Dominant(List<CountryMention> mentions)
        => mentions.Count == 0 ? null : mentions.GroupBy(m => m.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).First().Key;

    private Currency DominantCurrency()
    {
        var euros = text.Contains('€', StringComparison.Ordinal) || text.Contains("EUR ", StringComparison.Ordinal) || text.Contains(" euro", StringComparison.Ordinal);
        var dollars = text.Contains('$', StringComparison.Ordinal) || text.Contains("USD", StringComparison.Ordinal) || text.Contains("dollar", StringComparison.Ordinal);
        return euros && !dollars ? new Currency("EUR") : Currency.Usd;
    }

    private void Read(int index)
    {
        var sentence = sentences[index];
        var countries = CountryLexicon.Find(text, sentence.Start, sentence.Length);
        var flows = FlowWords(sentence);
        var hasTrade = flows.Count > 0;
        var previousTopic = topic;
        var previousFlow = lastFlow;
        var continuesTrade = !hasTrade && lastTradeSentence == index - 1 && TextPatterns.Continuation().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

        var periods = MayNamePeriod(sentence) ? MentionReader.Periods(text, sentence, context.Published) : [];
        if (hasTrade || continuesTrade)
        {
            ReadCandidates(index, sentence, countries, flows, periods, previousTopic, continuesTrade ? previousFlow : null);
        }

        // Countries in parentheses ("(after Russia and Ukraine)") are asides, not what the sentence is about.
        var others = countries.Where(c => c.Country != reporter && !InParentheses(sentence, c.Start)).ToList();
        if (others.Count > 0)
        {
            // The country the trade words are about ("Ankara and Moscow will lift trade"), else the first one named.
            topic = flows.Count == 0 ? others[0].Country
                : others.OrderBy(c => flows.Min(f => Math.Abs(f.Start - c.Start))).First().Country;
        }

        // The period later sentences may continue: the first one this sentence names, or the one it continued.
        var named = periods.Where(p => !TextPatterns.NotAPeriodBefore().IsMatch(text.AsSpan(sentence.Start, p.Start - sentence.Start))).ToList();
        if (named.Count > 0)
        {
            lastPeriod = named[0];
            lastPeriodSentence = index;
        }
        else if (hasTrade || continuesTrade)
        {
            lastPeriodSentence = index;
        }
        else
        {
            lastPeriod = null;
        }

        if (hasTrade)
        {
            lastFlow = flows[^1].Flow;
            lastTradeSentence = index;
        }
        else if (continuesTrade)
        {
            lastTradeSentence = index;
        }
    }

    private List<(int Start, int End, TradeFlow Flow)> FlowWords(Sentence sentence)
    {
        var found = new List<(int, int, TradeFlow)>();
        for (var m = TextPatterns.Flow().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var flow = m.Groups["exports"].Success ? TradeFlow.Exports : m.Groups["imports"].Success ? TradeFlow.Imports : TradeFlow.Turnover;
            found.Add((m.Index, m.Index + m.Length, flow));
        }

        return found;
    }

    private string Slice(Sentence sentence) => text.Substring(sentence.Start, sentence.Length);

    private void ReadCandidates(int index, Sentence sentence, List<CountryMention> countries, List<(int Start, int End, TradeFlow Flow)> flows, List<PeriodMention> periods, Country? previousTopic, TradeFlow? carriedFlow)
    {
        var published = context.Published;
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var hasNumber = span.IndexOfAnyInRange('0', '9') >= 0;
        if (!hasNumber && !span.Contains("illion", StringComparison.OrdinalIgnoreCase) && !span.Contains("fold", StringComparison.OrdinalIgnoreCase)
            && !span.Contains("doubl", StringComparison.OrdinalIgnoreCase) && !span.Contains("tripl", StringComparison.OrdinalIgnoreCase)
            && !span.Contains("times", StringComparison.OrdinalIgnoreCase))
        {
            // No number, no amount in words and no multiplier: nothing to read.
            return;
        }

        var money = MentionReader.Money(text, sentence, articleCurrency);
        var notTrade = Matches(TextPatterns.NotTrade(), sentence);
        var cues = Matches(TextPatterns.GoalCue(), sentence);
        var quote = new TextQuote(Slice(sentence), sentence.Start, sentence.Length);
        var usedPeriods = new HashSet<int>();
        FigureCandidate? baselineFigure = null;
        var targets = new List<(MoneyMention Money, AmountQualifier Qualifier)>();

        foreach (var amount in money)
        {
            if (IsNotTrade(amount, notTrade, flows))
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, amount.Start - sentence.Start);
            var beforeText = before.Length > 40 ? before[^40..].ToString() : before.ToString();
            var qualifier = amount.IsRange ? AmountQualifier.Over : QualifierOf(beforeText);
            var isFrom = TextPatterns.FromBefore().IsMatch(beforeText);
            var goalCue = cues.Any(c => c.Index < amount.Start) || TargetWordAfter(amount, sentence);
            var figureVerb = TextPatterns.FigureVerbBefore().IsMatch(beforeText);
            var isGoal = goalCue && !isFrom && !figureVerb;
            if (isGoal)
            {
                targets.Add((amount, qualifier));
                continue;
            }

            var attached = AttachedPeriod(amount, periods, sentence, usedPeriods);
            if (SubjectAt(amount.Start, countries, flows, previousTopic, carriedFlow) is not (var p, var flow, var inferred))
            {
                continue;
            }

            ReportingPeriod period;
            if (attached is { } a)
            {
                period = a.Resolve(p.Reporter, p.Partner);
                if (a.YearInferred)
                {
                    inferred |= InferredParts.Year;
                }
            }
            else if (TextPatterns.LastYear().IsMatch(span))
            {
                period = ReportingPeriod.Year(published.Year - 1);
                inferred |= InferredParts.Year;
            }
            else if (TextPatterns.YearlyAfter().IsMatch(text.AsSpan(amount.End, Math.Min(20, sentence.End - amount.End))))
            {
                period = ReportingPeriod.Year(published.Year);
                inferred |= InferredParts.Period;
            }
            else
            {
                period = ContextPeriod(index, p.Reporter, p.Partner, published);
                inferred |= InferredParts.Period;
            }

            if (amount.CurrencyInferred)
            {
                inferred |= InferredParts.Currency;
            }

            var side = isFrom && cues.Count > 0 ? ReportingSide.OfficialClaim : ReportingSide.Unstated;
            var figure = new FigureCandidate(p.Reporter, p.Partner, flow, period, amount.Amount, qualifier, side, quote, inferred, Confidence(inferred, 0));
            // A level restated later in the article ("currently stands at $62 bln") is one figure.
            if (figureKeys.Add((figure.Partner, period, amount.Amount, flow)))
            {
                figures.Add(figure);
            }

            if (isFrom && cues.Count > 0)
            {
                baselineFigure = figure;
            }
        }

        ReadGoals(index, sentence, countries, flows, previousTopic, carriedFlow, targets, baselineFigure, cues, quote);
        if (hasNumber && (span.Contains('%') || span.Contains("cent", StringComparison.OrdinalIgnoreCase)))
        {
            ReadStatements(index, sentence, countries, flows, previousTopic, carriedFlow, periods, notTrade, quote);
        }
    }

    private void ReadGoals(
        int index,
        Sentence sentence,
        List<CountryMention> countries,
        List<(int Start, int End, TradeFlow Flow)> flows,
        Country? previousTopic,
        TradeFlow? carriedFlow,
        List<(MoneyMention Money, AmountQualifier Qualifier)> targets,
        FigureCandidate? baseline,
        List<Match> cues,
        TextQuote quote)
    {
        var multiplierMatch = TextPatterns.Multiplier().Match(text, sentence.Start, sentence.Length);
        var hasCue = cues.Count > 0;
        if (targets.Count == 0 && !(multiplierMatch.Success && hasCue && TextPatterns.Deadline().IsMatch(Slice(sentence))))
        {
            return;
        }

        var (announcedOn, dated) = AnnouncedOn(index, sentence);
        var multiplier = multiplierMatch.Success ? MultiplierOf(multiplierMatch) : null;

        // Several targets each followed by a deadline of its own before the next ("to $50 billion by 2015 and to $100
        // billion by 2020") are several goals. Otherwise the sentence states one goal: the first target amount (later
        // ones restate it or end a range) with the sentence's deadline.
        var own = OwnDeadlines(targets, sentence, announcedOn, baseline);
        if (own is not null)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                AddGoal(targets[i].Money, own[i], null);
            }

            return;
        }

        AddGoal(targets.Count > 0 ? targets[0].Money : null, DeadlineOf(sentence.Start, sentence.Length, announcedOn, baseline), multiplier);

        void AddGoal(MoneyMention? targetMention, ExtractedDeadline? deadline, GoalMultiplier? goalMultiplier)
        {
            var at = targetMention?.Start ?? multiplierMatch.Index;
            if (SubjectAt(at, countries, flows, previousTopic, carriedFlow) is not (var p, var flow, var inferred))
            {
                return;
            }

            if (dated)
            {
                inferred |= InferredParts.AnnouncedOn;
            }

            Amount? target = targetMention?.Amount;
            if (targetMention is { CurrencyInferred: true } mention)
            {
                // "to half a billion" after "from $121m": the currency of the sentence's other amount.
                target = baseline is not null ? Amount.FromUnits(mention.Amount.Value, baseline.Amount.Currency) : target;
                inferred |= InferredParts.Currency;
            }

            var goalBaseline = baseline is not null && target is { } t && baseline.Amount.Currency == t.Currency ? new GoalBaseline(baseline.Amount, baseline.Period) : null;
            var kind = cues.Any(c => c.Groups["target"].Success) || !cues.Any(c => c.Groups["forecast"].Success) ? GoalKind.Target : GoalKind.Forecast;
            var missing = (target is null ? 1 : 0) + (deadline is null ? 1 : 0);
            var confidence = Confidence(inferred, missing) - (kind == GoalKind.Forecast ? 0.05 : 0);
            goals.Add(new GoalCandidate(
                p.Reporter, p.Partner, flow, target, goalMultiplier, goalBaseline, deadline, kind, announcedOn, AnnouncerOf(sentence, p.Reporter, p.Partner, countries), quote, inferred, Math.Round(confidence, 2)));
        }
    }

    // Each target's deadline between it and the next target (or the sentence's end), when every target has one and no
    // two are alike; null otherwise, which leaves the sentence one goal.
    private List<ExtractedDeadline>? OwnDeadlines(List<(MoneyMention Money, AmountQualifier Qualifier)> targets, Sentence sentence, DateOnly announcedOn, FigureCandidate? baseline)
    {
        if (targets.Count < 2)
        {
            return null;
        }

        var deadlines = new List<ExtractedDeadline>();
        for (var i = 0; i < targets.Count; i++)
        {
            var from = targets[i].Money.Start + targets[i].Money.Length;
            var to = i + 1 < targets.Count ? targets[i + 1].Money.Start : sentence.End;
            if (to <= from || DeadlineOf(from, to - from, announcedOn, baseline) is not { } deadline)
            {
                return null;
            }

            deadlines.Add(deadline);
        }

        return deadlines.Select(d => d.Deadline.ToString()).Distinct(StringComparer.Ordinal).Count() == deadlines.Count ? deadlines : null;
    }

    private void ReadStatements(
        int index,
        Sentence sentence,
        List<CountryMention> countries,
        List<(int Start, int End, TradeFlow Flow)> flows,
        Country? previousTopic,
        TradeFlow? carriedFlow,
        List<PeriodMention> periods,
        List<Match> notTrade,
        TextQuote quote)
    {
        var published = context.Published;
        var share = TextPatterns.ShareOfSamePeriod().Match(text, sentence.Start, sentence.Length);
        var change = share.Success ? Match.Empty : TextPatterns.Change().Match(text, sentence.Start, sentence.Length);
        var m = share.Success ? share : change;
        if (!m.Success || m.Groups["p"].Value.Length == 0)
        {
            return;
        }

        // The percentage must be about trade: a trade word nearer before it than any word about something else.
        var tradeBefore = flows.Where(f => f.Start < m.Index).Select(f => m.Index - f.End).DefaultIfEmpty(int.MaxValue).Min();
        var otherBefore = notTrade.Where(n => n.Index < m.Index).Select(n => m.Index - n.Index - n.Length).DefaultIfEmpty(int.MaxValue).Min();
        if (tradeBefore == int.MaxValue && carriedFlow is null || otherBefore < tradeBefore)
        {
            return;
        }

        var percent = decimal.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture);
        double ratio;
        if (share.Success)
        {
            ratio = (double)(percent / 100m);
        }
        else
        {
            ratio = m.Groups["down"].Success ? (double)(1m - (percent / 100m)) : (double)(1m + (percent / 100m));
        }

        if (ratio <= 0)
        {
            return;
        }

        if (SubjectAt(m.Index, countries, flows, previousTopic, carriedFlow) is not (var p, var flow, var inferred))
        {
            return;
        }

        // The later period: the one the level in the sentence is for, else the first period that is not the reference.
        var reference = share.Success ? null : TextPatterns.Reference().Match(text, sentence.Start, sentence.Length);
        var candidates = periods.Where(q => reference is null || !reference.Success || q.Start < reference.Index || q.Start >= reference.Index + reference.Length)
            .Where(q => !share.Success || q.Start < share.Index || q.Start >= share.Index + share.Length)
            .Where(q => !TextPatterns.NotAPeriodBefore().IsMatch(text.AsSpan(sentence.Start, q.Start - sentence.Start)))
            .ToList();
        ReportingPeriod period;
        if (candidates.Count > 0)
        {
            period = candidates[0].Resolve(p.Reporter, p.Partner);
            if (candidates[0].YearInferred)
            {
                inferred |= InferredParts.Year;
            }
        }
        else
        {
            period = ContextPeriod(index, p.Reporter, p.Partner, published);
            inferred |= InferredParts.Period;
        }

        ReportingPeriod referencePeriod;
        if (share.Success)
        {
            referencePeriod = share.Groups["y"].Success ? period.AddYears(MentionReader.Int(share.Groups["y"].Value) - period.StartYear) : period.AddYears(-1);
        }
        else if (reference is { Success: true })
        {
            if (reference.Groups["y"].Success)
            {
                var year = MentionReader.Int(reference.Groups["y"].Value);
                referencePeriod = period.IsFullYear && period.StartMonth == 1 ? ReportingPeriod.Year(year) : period.AddYears(year - period.StartYear);
            }
            else
            {
                referencePeriod = period.AddYears(-1);
            }
        }
        else
        {
            // "Grew by 16% in 2018", "jumped by 86% last year": a change over a period is against the same period a year before.
            referencePeriod = period.AddYears(-1);
        }

        if (referencePeriod >= period || referencePeriod.MonthCount != period.MonthCount)
        {
            return;
        }

        var qualifier = m.Groups["q"].Success ? QualifierWord(m.Groups["q"].Value) : AmountQualifier.Exact;
        statements.Add(new StatementCandidate(p.Reporter, p.Partner, flow, period, referencePeriod, Math.Round(ratio, 6), qualifier, quote, inferred, Confidence(inferred, 0)));
    }

    // Every period form has a digit or one of these words; most sentences have neither and skip the period patterns.
    private bool MayNamePeriod(Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return span.IndexOfAnyInRange('0', '9') >= 0 || span.Contains("year", StringComparison.OrdinalIgnoreCase)
            || span.Contains("half", StringComparison.OrdinalIgnoreCase) || span.Contains("quarter", StringComparison.OrdinalIgnoreCase)
            || span.Contains("months", StringComparison.OrdinalIgnoreCase);
    }

    private bool InParentheses(Sentence sentence, int at)
    {
        var span = text.AsSpan(sentence.Start, at - sentence.Start);
        return span.Count('(') > span.Count(')');
    }

    private List<Match> Matches(Regex regex, Sentence sentence)
    {
        var found = new List<Match>();
        for (var m = regex.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            found.Add(m);
        }

        return found;
    }

    // A number is not a trade level when a word about something else (contracts, investment, a share of the total)
    // stands nearer to it than the nearest trade word.
    private static bool IsNotTrade(MoneyMention amount, List<Match> notTrade, List<(int Start, int End, TradeFlow Flow)> flows)
    {
        var nearestTrade = int.MaxValue;
        foreach (var f in flows)
        {
            nearestTrade = Math.Min(nearestTrade, f.End <= amount.Start ? amount.Start - f.End : f.Start >= amount.End ? f.Start - amount.End + 10 : 0);
        }

        foreach (var n in notTrade)
        {
            var distance = n.Index + n.Length <= amount.Start ? amount.Start - n.Index - n.Length : n.Index >= amount.End ? n.Index - amount.End : 0;
            if (distance <= 80 && distance < nearestTrade && (n.Index < amount.Start || distance <= 25))
            {
                return true;
            }
        }

        return false;
    }

    private bool TargetWordAfter(MoneyMention amount, Sentence sentence)
    {
        var length = Math.Min(24, sentence.End - amount.End);
        var after = text.AsSpan(amount.End, length);
        return after.Contains("target", StringComparison.OrdinalIgnoreCase) || after.Contains("goal", StringComparison.OrdinalIgnoreCase);
    }

    private static AmountQualifier QualifierOf(string before)
    {
        var m = TextPatterns.QualifierBefore().Match(before);
        return !m.Success ? AmountQualifier.Exact
            : m.Groups["about"].Success ? AmountQualifier.About
            : m.Groups["over"].Success ? AmountQualifier.Over
            : AmountQualifier.Almost;
    }

    private static AmountQualifier QualifierWord(string word) => word.ToLowerInvariant() switch
    {
        "almost" or "nearly" => AmountQualifier.Almost,
        "about" or "around" => AmountQualifier.About,
        _ => AmountQualifier.Over,
    };

    // The period written right after the amount ("$29.7m in 2015"), else the nearest one before it that no other amount
    // claimed ("In 2014, exports were worth $318m and imports $8.7m"). Years after "since", "by" or "from" are not periods.
    private PeriodMention? AttachedPeriod(MoneyMention amount, List<PeriodMention> periods, Sentence sentence, HashSet<int> used)
    {
        foreach (var p in periods)
        {
            if (p.Start < amount.End || p.Start - amount.End > 40)
            {
                continue;
            }

            var gap = text.AsSpan(amount.End, p.Start - amount.End);
            // Another number between them ("$189.6m, only 32% of the same months a year before") means the period belongs to it.
            if (gap.IndexOfAny(NumberChars) >= 0 || gap.Contains(" and ", StringComparison.Ordinal) || gap.Contains(';') || gap.Contains(" while ", StringComparison.Ordinal) || TextPatterns.NotAPeriodBefore().IsMatch(text.AsSpan(sentence.Start, p.Start - sentence.Start)))
            {
                continue;
            }

            used.Add(p.Start);
            return p;
        }

        for (var i = periods.Count - 1; i >= 0; i--)
        {
            var p = periods[i];
            if (p.End <= amount.Start && !TextPatterns.NotAPeriodBefore().IsMatch(text.AsSpan(sentence.Start, p.Start - sentence.Start)))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>The pair and flow a number at <paramref name="at"/> is about, with what was inferred; null when no pair of the reporter's is named or implied.</summary>
    private (TradePair Pair, TradeFlow Flow, InferredParts Inferred)? SubjectAt(int at, List<CountryMention> countries, List<(int Start, int End, TradeFlow Flow)> flows, Country? previousTopic, TradeFlow? carriedFlow)
    {
        var (pair, inferred) = PairFor(at, countries, previousTopic);
        if (pair is not { } p)
        {
            return null;
        }

        var (flow, flowInferred) = FlowFor(at, flows, countries, carriedFlow, p.Partner);
        return (p, flow, flowInferred ? inferred | InferredParts.Flow : inferred);
    }

    private (TradePair? Pair, InferredParts Inferred) PairFor(int at, List<CountryMention> countries, Country? previousTopic)
    {
        var inferred = reporterGiven ? InferredParts.None : InferredParts.Reporter;
        var others = countries.Where(c => c.Country != reporter).ToList();
        var hasReporter = countries.Any(c => c.Country == reporter);
        if (hasReporter && !reporterGiven)
        {
            inferred &= ~InferredParts.Reporter;
        }

        Country partner;
        if (others.Count > 0)
        {
            // The country nearest the number, preferring one written before it.
            partner = others.OrderBy(c => c.End <= at ? at - c.End : (c.Start - at) * 2).First().Country;
            if (!hasReporter && reporterGiven && others.Select(c => c.Country).Distinct().Count() > 1)
            {
                // Two other countries and not ours: trade between them, not a level for the reporter.
                return (null, inferred);
            }
        }
        else if (previousTopic is { } t)
        {
            partner = t;
            inferred |= InferredParts.Partner;
        }
        else
        {
            return (null, inferred);
        }

        return partner == reporter ? (null, inferred) : (new TradePair(reporter, partner), inferred);
    }

    // The flow word nearest before the number (else just after it); exports and imports are turned to the reporter's
    // side when the sentence makes the partner the exporter ("Vietnam's exports to Belarus" are Belarusian imports).
    private (TradeFlow Flow, bool Inferred) FlowFor(int at, List<(int Start, int End, TradeFlow Flow)> flows, List<CountryMention> countries, TradeFlow? carried, Country partner)
    {
        (int Start, int End, TradeFlow Flow)? chosen = null;
        foreach (var f in flows)
        {
            if (f.Start < at)
            {
                chosen = f;
            }
        }

        chosen ??= flows.Count > 0 ? flows[0] : null;
        if (chosen is not { } word)
        {
            return (carried ?? TradeFlow.Turnover, true);
        }

        var flow = word.Flow;
        if (flow == TradeFlow.Turnover)
        {
            return (flow, false);
        }

        var partnersFlow = false;
        foreach (var c in countries)
        {
            var gapBefore = word.Start - c.End;
            if (gapBefore is >= 0 and <= 4)
            {
                // The partner's flow ("Vietnam's exports", "Vietnam's imports from Belarus") is the reporter's opposite one;
                // the reporter's own ("Belarus's exports") is not turned. A pair's partner is never its reporter.
                partnersFlow = c.Country == partner;
            }

            var gapAfter = c.Start - word.End;
            if (gapAfter is > 0 and <= 7 && text.AsSpan(word.End, gapAfter).Trim().Equals("from", StringComparison.OrdinalIgnoreCase) && flow == TradeFlow.Exports && c.Country == partner)
            {
                partnersFlow = true;
            }
        }

        return (partnersFlow ? (flow == TradeFlow.Exports ? TradeFlow.Imports : TradeFlow.Exports) : flow, false);
    }

    private (DateOnly Date, bool Dated) AnnouncedOn(int index, Sentence sentence)
    {
        var published = context.Published;
        var ago = TextPatterns.YearsAgo().Match(text, sentence.Start, sentence.Length);
        if (ago.Success)
        {
            return (published.AddYears(-NumberWords.Count(ago.Groups["n"].Value)), true);
        }

        // The nearest event date in this sentence, earlier sentences of the paragraph or the paragraph before.
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

    // The first deadline in a stretch of text (a sentence, or the words after one of its targets).
    private ExtractedDeadline? DeadlineOf(int start, int length, DateOnly announcedOn, FigureCandidate? baseline)
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

                deadline = TradeTargets.Deadline.InYear(year);
            }
            else if (m.Groups["rel"].Success)
            {
                deadline = TradeTargets.Deadline.Within(NumberWords.Count(m.Groups["n"].Value));
            }
            else if (m.Groups["thisyear"].Success)
            {
                deadline = TradeTargets.Deadline.InYear(phrase.Contains("next", StringComparison.OrdinalIgnoreCase) ? announcedOn.Year + 1 : announcedOn.Year);
            }
            else
            {
                deadline = TradeTargets.Deadline.Vague(KnownPhrase(phrase));
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

    private static GoalMultiplier? MultiplierOf(Match m)
    {
        decimal factor;
        if (m.Groups["pct"].Success)
        {
            factor = 1m + (decimal.Parse(m.Groups["pct"].Value, System.Globalization.CultureInfo.InvariantCulture) / 100m);
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
            factor = char.IsDigit(n[0]) ? decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : NumberWords.Count(n);
        }

        var qualifier = m.Groups["q"].Success ? QualifierWord(m.Groups["q"].Value) : AmountQualifier.Exact;
        return factor > 0 ? new GoalMultiplier(factor, qualifier) : null;
    }

    private string AnnouncerOf(Sentence sentence, Country r, Country partner, List<CountryMention> countries)
    {
        var m = TextPatterns.Announcer().Match(text, sentence.Start, sentence.Length);
        var both = countries.Any(c => c.Country == r) && countries.Any(c => c.Country == partner);
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

    private static double Confidence(InferredParts inferred, int missing)
    {
        var c = 0.95;
        c -= inferred.HasFlag(InferredParts.Partner) ? 0.15 : 0;
        c -= inferred.HasFlag(InferredParts.Flow) ? 0.1 : 0;
        c -= inferred.HasFlag(InferredParts.Period) ? 0.15 : 0;
        c -= inferred.HasFlag(InferredParts.Year) ? 0.05 : 0;
        c -= inferred.HasFlag(InferredParts.Reporter) ? 0.05 : 0;
        c -= inferred.HasFlag(InferredParts.Currency) ? 0.05 : 0;
        c -= missing * 0.2;
        return Math.Round(Math.Clamp(c, 0.05, 1.0), 2);
    }

    // A figure or statement without a period of its own takes the period of the sentence just before ("In January–July
    // trade came to $623.2m. Exports amounted to $159.5m"), else the year before publication; either way it is inferred.
    private ReportingPeriod ContextPeriod(int index, Country reporter, Country partner, DateOnly published)
        => lastPeriodSentence == index - 1 && lastPeriod is { } carried
            ? carried.Resolve(reporter, partner)
            : ReportingPeriod.Year(published.Year - 1);
}
