namespace TradeTargets.Extraction;

/// <summary>Figures: the amounts of a sentence that are trade levels, and the amounts that are a goal's targets.</summary>
internal sealed partial class ExtractionEngine
{
    // The words every change's reference level is led by (see TextPatterns.ChangeReferenceBefore): most amounts have none.
    private static readonly System.Buffers.SearchValues<string> ReferenceWords = System.Buffers.SearchValues.Create(["%", "cent", " pc", "from", "against", "Against", "compared", "Compared", "versus", "vs"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("$€£%0123456789");

    // A part of every deadline the words after an amount can put it at (a year, "within five years", "in the near future",
    // "in the medium term", "soon", "by the end of the decade", "by end-March"); most amounts have none after them.
    private static readonly System.Buffers.SearchValues<string> TimeWords = System.Buffers.SearchValues.Create(
        ["19", "20", "year", "future", "term", "soon", "decade", "end", "period"], StringComparison.OrdinalIgnoreCase);

    // Every amount about trade is a target (after a goal word, unless it follows "from" or a level verb) or a figure.
    // Returns the targets for the goals, the level a goal starts from ("from $121m in 2016 to half a billion"), and the
    // last level the sentence states ("double their trade, currently $5.6bn, by 2020").
    private (List<MoneyMention> Targets, FigureCandidate? Baseline, FigureCandidate? Level) ReadFigures(SentenceFacts facts, SentenceCues cues)
    {
        var sentence = facts.Sentence;
        FigureCandidate? baseline = null;
        FigureCandidate? level = null;
        var targets = new List<MoneyMention>();
        var amounts = MentionReader.Money(text, sentence, cues.Text, new CurrencyHints(lastWrittenCurrency ?? articleCurrency, CurrencyCountries(facts), dotThousands, dollarSign),
            declaredUnit is { } unit && facts.Index <= unit.LastSentence ? unit : null);
        var listed = ListedPartners(facts, amounts, static a => (a.Start, a.End), cues.Text);
        var itemsInParentheses = CountItemsInParentheses(amounts);
        var firstWritten = amounts.FindIndex(a => !a.CurrencyInferred);
        if (firstWritten >= 0)
        {
            lastWrittenCurrency = amounts[firstWritten].Amount.Currency;
        }

        var averageEnd = -1;
        for (var i = 0; i < amounts.Count; i++)
        {
            var amount = amounts[i];
            if (i > 0 && IsConversion(amounts[i - 1], amount))
            {
                // "145bn/- (66 million US dollars)": the same amount in another currency; the one written first is read.
                continue;
            }

            if (IsNotTrade(amount, cues.NotTrade, facts.Flows) || IsListedItem(amount, itemsInParentheses, facts) || IsProductLine(amount, facts.Sentence) || IsSoldAbroad(amount, sentence)
                || IsTheWholeOfAShare(amount, sentence))
            {
                continue;
            }

            // The words just before the amount: "from", a level verb ("reached") or a qualifier ("about").
            var before = TextBefore(amount, sentence, 40);
            if (TextPatterns.IncrementBefore().IsMatch(before) || (before.Contains("by ", StringComparison.Ordinal) && IsChangeBy(amount, sentence, before)) || IsIncrementAfter(amount, sentence, before))
            {
                // "add $5bn", "rose by $102m", "$2bn more": a change, neither a level nor a target; nothing is read rather
                // than a wrong level.
                continue;
            }

            // The period written with the amount, read once: the sum, the look ahead and the figure below all ask for it.
            var attached = AttachedPeriod(amount, facts.Periods, sentence);
            if (attached is null && IsNearASpanOfYears(amount, sentence))
            {
                // "SR1.79 trillion over the past ten years": a sum over several years, no one period's level.
                continue;
            }

            if (TextPatterns.AverageLevelBefore().IsMatch(before) || (averageEnd >= 0 && IsRangeEnd(averageEnd, amount)))
            {
                // "an average of somewhere between US$ 12 billion and US$ 15 billion" in two years (both ends), "averaged
                // under $10 million a year": a level over several periods, no one period's.
                averageEnd = amount.End;
                continue;
            }

            var isFrom = TextPatterns.FromBefore().IsMatch(before);
            var figureVerb = (TextPatterns.FigureVerbBefore().IsMatch(before) && !IsGoalWordTheSubject(amount, sentence) && !IsWorthByADeadline(amount, facts, before))
                || IsReachedAfterAChange(amount, sentence, before) || IsRecordedAfter(amount, sentence) || IsReachedInAPeriodPast(amount, facts, before);
            var wordAfter = GoalWordAfter(amount, sentence);
            if (!isFrom && !figureVerb && (cues.FirstGoalCue < amount.Start || wordAfter == GoalWord.Goal || (wordAfter == GoalWord.Threshold && cues.HasGoalCue) || IsPutInTheFuture(amount, facts)))
            {
                // "Statistics Mauritius forecasts total exports of Rs 83 billion": the reporter's total with the world is
                // no goal for the pair.
                if (!TextPatterns.WorldTotalBefore().IsMatch(before))
                {
                    targets.Add(amount);
                }

                continue;
            }

            if (wordAfter == GoalWord.Threshold && !isFrom && !figureVerb)
            {
                // "clearing the $100 billion mark": a threshold passed, neither a level nor a goal.
                continue;
            }

            var qualifier = amount.IsRange ? AmountQualifier.Over : CandidateWords.QualifierBefore(before.ToString());
            var side = isFrom && cues.HasGoalCue ? ReportingSide.OfficialClaim : ReportingSide.Unstated;
            if (!isFrom && LevelIsAhead(facts, amount, attached, listed?[i]))
            {
                // "India and China have put a figure of $100 billion on their bilateral trade for 2015", published in 2012:
                // a level for a period not yet begun is an aim or a forecast, whatever verb leads it.
                targets.Add(amount);
                continue;
            }

            if (AddFigure(facts, cues.Quote, amount, attached, qualifier, side, isFrom, listed?[i]) is { } figure)
            {
                level = figure;
                baseline = side == ReportingSide.OfficialClaim ? figure : baseline;
                foreach (var other in OthersSharingIt(facts, amount, i > 0 ? amounts[i - 1].End : facts.Sentence.Start, figure.Partner))
                {
                    AddFigure(facts, cues.Quote, amount, attached, qualifier, side, isFrom, other);
                }
            }
        }

        return (targets, baseline, level);
    }

    // "set their sights on two-way trade worth $70 billion by 2020": trade "worth" an amount put at a deadline is a goal's,
    // though "worth" mostly leads a level ("goods worth $1.4 billion"), and an aside says what it is now ("a doubling of
    // their trade, now worth 8 billion pounds, by 2015").
    private bool IsWorthByADeadline(MoneyMention amount, SentenceFacts facts, ReadOnlySpan<char> before)
    {
        var lead = before.TrimEnd();
        return lead.EndsWith("worth", StringComparison.OrdinalIgnoreCase) && !TextPatterns.NowBefore().IsMatch(lead[..^"worth".Length])
            && !text.AsSpan(amount.End, Math.Min(2, facts.Sentence.End - amount.End)).TrimStart().StartsWith(",") && IsPutInTheFuture(amount, facts);
    }

    // Whether the words beside the amount, in its clause, sum it over several years (a sum when no period is written with
    // the amount): "trade ... at more than SR1.79 trillion over the past ten years, with Saudi exports to China of
    // SR1,207 billion over that decade".
    private bool IsNearASpanOfYears(MoneyMention amount, Sentence sentence)
    {
        var from = Math.Max(sentence.Start, amount.Start - 90);
        var to = Math.Min(sentence.End, amount.End + 40);
        var near = text.AsSpan(from, to - from);
        return near.IndexOfAny(SpanWords) >= 0 && near.IndexOfAny(GrowthWords) < 0 && TextPatterns.SeveralYearsSpan().IsMatch(near);
    }

    private static readonly System.Buffers.SearchValues<string> SpanWords = System.Buffers.SearchValues.Create(["years", "decade", "cumulative"], StringComparison.OrdinalIgnoreCase);

    // "grown fourteenfold over the past seven years to reach 658 million dollars", "grown fivefold over the past five years,
    // with goods worth 1.45 billion US dollars now changing hands": the span a level grew over, not one it is summed over.
    private static readonly System.Buffers.SearchValues<string> GrowthWords = System.Buffers.SearchValues.Create(
        ["grow", "grew", "fold", "doubl", "tripl", "increas", "rose", "risen", "rising", "reach", "jump", "climb", "expand", " now "], StringComparison.OrdinalIgnoreCase);

    // Whether the amount closes a range that opens where another ends: "between US$ 12 billion and US$ 15 billion".
    private bool IsRangeEnd(int otherEnd, MoneyMention amount)
        => amount.Start > otherEnd && text.AsSpan(otherEnd, amount.Start - otherEnd).Trim() is "and" or "to" or "-" or "–";

    // "with turnover reaching about $200 million in 2023", published in 2024: a level reached in a period already over, not a
    // goal, though "reaching" often leads one ("with a view to reaching $5 billion by 2030").
    private bool IsReachedInAPeriodPast(MoneyMention amount, SentenceFacts facts, ReadOnlySpan<char> before)
    {
        if (!TextPatterns.ReachingBefore().IsMatch(before))
        {
            return false;
        }

        foreach (var p in facts.Periods)
        {
            if (p.Start >= amount.End && p.Start - amount.End <= 12 && p.Period.LastDay < context.Published && !IsStartingPoint(facts.Sentence, p))
            {
                return text.AsSpan(amount.End, p.Start - amount.End).Trim() is "in" or "during" or "for" or "last" or "";
            }
        }

        return false;
    }

    // The period the sentence goes on from, a year earlier, when the sentence opens with "In the same period of last year"
    // and names no period of its own before the amount; else null.
    private ReportingPeriod? SamePeriodLastYearLeading(SentenceFacts facts, MoneyMention amount, TradePair pair)
    {
        var sentence = facts.Sentence;
        if (text.AsSpan(sentence.Start, Math.Min(32, sentence.Length)).IndexOfAny(SameWords) < 0)
        {
            return null;
        }

        var m = TextPatterns.SamePeriodLastYearAtStart().Match(text, sentence.Start, sentence.Length);
        if (!m.Success || m.Index + m.Length > amount.Start || facts.Periods.Exists(p => p.Start >= m.Index + m.Length && p.Start < amount.Start))
        {
            return null;
        }

        return ContextPeriod(facts.Index, pair).AddYears(-1);
    }

    // At most the last `length` characters of the sentence before the amount.
    private ReadOnlySpan<char> TextBefore(MoneyMention amount, Sentence sentence, int length)
    {
        var from = Math.Max(sentence.Start, amount.Start - length);
        return text.AsSpan(from, amount.Start - from);
    }

    // "Kenya sold goods worth 580 billion shillings abroad in 2015, on the back of demand from Uganda": the amount's own
    // words make it the reporter's trade with the world, whatever partners the sentence names.
    private bool IsSoldAbroad(MoneyMention amount, Sentence sentence)
    {
        var after = text.AsSpan(amount.End, Math.Min(24, sentence.End - amount.End)).TrimStart();
        return after.StartsWith("abroad", StringComparison.OrdinalIgnoreCase) || after.StartsWith("overseas", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("worldwide", StringComparison.OrdinalIgnoreCase) || after.StartsWith("to the world", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("to the rest of the world", StringComparison.OrdinalIgnoreCase);
    }

    // "China took 9,8% of Argentina's total sales abroad, which came to US$ 54.884 million": the whole a share is of, not a
    // level of trade with the partner.
    private bool IsTheWholeOfAShare(MoneyMention amount, Sentence sentence)
    {
        var before = TextBefore(amount, sentence, 90);
        return before.Contains("which", StringComparison.Ordinal) && TextPatterns.WholeOfAShareBefore().IsMatch(before);
    }

    // "would beat the $73 billion recorded in FY 2021-22": an amount a participle after it says was recorded is a level,
    // whatever goal or forecast word comes before.
    private bool IsRecordedAfter(MoneyMention amount, Sentence sentence)
    {
        var after = text.AsSpan(amount.End, Math.Min(12, sentence.End - amount.End));
        return after.StartsWith(" recorded", StringComparison.Ordinal) || after.StartsWith(" registered", StringComparison.Ordinal)
            || after.StartsWith(" posted", StringComparison.Ordinal);
    }

    // "the longer-term objective remains US$5 billion", "its strategic target was $868m": the level verb's subject is a
    // goal, so the amount is the goal's target.
    private bool IsGoalWordTheSubject(MoneyMention amount, Sentence sentence)
    {
        var before = TextBefore(amount, sentence, 60);
        return before.IndexOfAny(GoalNouns) >= 0 && TextPatterns.GoalWordAsSubjectBefore().IsMatch(before);
    }

    private static readonly System.Buffers.SearchValues<string> GoalNouns = System.Buffers.SearchValues.Create(["target", "goal", "objective", "aim", "ambition"], StringComparison.OrdinalIgnoreCase);

    // "gained 2.0 billion shillings to reach 40.3 billion shillings": a level the change arrived at, not a goal.
    private bool IsReachedAfterAChange(MoneyMention amount, Sentence sentence, ReadOnlySpan<char> before)
    {
        return before.IndexOfAny(TextPatterns.ReachVerbs) >= 0 && TextPatterns.ReachedAfterAChange().IsMatch(TextBefore(amount, sentence, 90));
    }

    // "rose by $102m", "to lift its exports of 40 types of goods by $550 million": the amount after "by" is a change.
    private bool IsChangeBy(MoneyMention amount, Sentence sentence, ReadOnlySpan<char> before)
    {
        if (TextPatterns.ChangeByBefore().IsMatch(before))
        {
            return true;
        }

        return TextPatterns.RaiseByBefore().IsMatch(TextBefore(amount, sentence, 90));
    }

    // "Computers ($4.4 billion), passenger vehicles ($4.1 billion) and commercial vehicles ($3.3 billion)": amounts each in
    // parentheses after a word, two or more in the sentence, are the items of a list (products, ports, sectors). Only one
    // after a country or a flow word ("exports to Iraq ($2bn)") is a level.
    private bool IsListedItem(MoneyMention amount, int itemsInParentheses, SentenceFacts facts)
        => itemsInParentheses >= 2 && ItemWordBefore(amount) is { } word
            && !facts.Countries.Exists(c => c.End == word) && !facts.Flows.Exists(f => f.End == word);

    // How many of a sentence's amounts stand alone in parentheses right after a word.
    private int CountItemsInParentheses(List<MoneyMention> amounts)
    {
        var items = 0;
        if (amounts.Count >= 2)
        {
            foreach (var a in amounts)
            {
                items += ItemWordBefore(a) is not null ? 1 : 0;
            }
        }

        return items;
    }

    // "followed by fertilizers at $177m", "iron and steel products were worth $278m", "seeds and medicinal plants topped
    // the list at $1.9 billion": a product named among the five words before the amount, in its clause and with no flow
    // word or partner's preposition after it, makes the amount a product's trade, not a level of the pair.
    private bool IsProductLine(MoneyMention amount, Sentence sentence) => IsProductLine(amount.Start, sentence);

    // Whether one of the few words before `start` names a product.
    private bool IsProductLine(int start, Sentence sentence)
    {
        var at = start;
        for (var words = 0; words < 6; words++)
        {
            while (at > sentence.Start && text[at - 1] is ' ' or '(' or ':')
            {
                at--;
            }

            var end = at;
            while (at > sentence.Start && (char.IsLetter(text[at - 1]) || text[at - 1] is '\'' or '’'))
            {
                at--;
            }

            if (end == at || (at > sentence.Start && text[at - 1] is '-'))
            {
                // A number, a mark, or a word after a hyphen ("non-oil"): no product named here.
                return false;
            }

            var word = text.AsSpan(at, end - at);
            if (ProductWords.Contains(word))
            {
                return true;
            }

            if (NotAfterAProduct.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    // Products an amount can be a line of; singular and plural as written.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductWords = new HashSet<string>(
        ["plastic", "plastics", "fertilizer", "fertilizers", "fertiliser", "fertilisers", "iron", "steel", "machinery", "garment", "garments", "apparel",
         "clothing", "textile", "textiles", "yarn", "fuel", "fuels", "oil", "oils", "petroleum", "crude", "LNG", "coal", "vehicle", "vehicles", "cars",
         "computers", "electronics", "chemical", "chemicals", "pharmaceutical", "pharmaceuticals", "medicine", "medicines", "foodstuff", "foodstuffs",
         "fruit", "fruits", "vegetable", "vegetables", "rice", "wheat", "maize", "grain", "grains", "tea", "coffee", "cotton", "gold", "copper",
         "aluminium", "aluminum", "ore", "ores", "meat", "beef", "fish", "seafood", "sugar", "cement", "timber", "wood", "paper", "furniture",
         "footwear", "shoes", "leather", "rubber", "dairy", "tobacco", "cocoa", "cashew", "cashews", "groundnut", "groundnuts", "phosphate",
         "phosphates", "diamond", "diamonds", "jewellery", "jewelry", "carpet", "carpets", "seed", "seeds", "plants", "flowers", "spices",
         "mineral", "minerals", "parts", "cereal", "cereals", "livestock", "poultry"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that put the amount back on the pair's trade when they stand between a product and it ("oil exports to China").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAfterAProduct = new HashSet<string>(
        ["export", "exports", "import", "imports", "trade", "sales", "shipments", "turnover", "to", "from", "with"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Where the word before "(" ends, when the amount stands alone in parentheses right after a word; else null. Where a
    // number stands among the few words before, they are an amount the parentheses gloss ("1433.9亿元 (143.39 billion
    // yuan)", "4,1 млрд долларов (4.1 billion dollars)", "RM 55,92 miliar (55.92 billion ringgit)"), not an item of a list.
    private int? ItemWordBefore(MoneyMention amount)
    {
        var open = amount.Start - 1;
        while (open > 0 && text[open] == ' ')
        {
            open--;
        }

        if (open <= 1 || text[open] != '(' || amount.End >= text.Length || text[amount.End] != ')')
        {
            return null;
        }

        var end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end > 0 && char.IsLetter(text[end - 1]) && !IsAmountBefore(end) ? end : null;
    }

    // The most words an amount's scale and currency take after its number: "18,30 miliar dolar AS".
    private const int WordsAfterANumber = 3;

    // Whether a number stands among the words before `end`, in its clause.
    private bool IsAmountBefore(int end)
    {
        var at = end;
        for (var words = 0; words <= WordsAfterANumber && at > 0; words++)
        {
            var wordEnd = at;
            while (at > 0 && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] is not (',' or ';' or ')' or '(' or ':'))
            {
                at--;
            }

            if (text.AsSpan(at, wordEnd - at).IndexOfAnyInRange('0', '9') >= 0)
            {
                return true;
            }

            if (at == 0 || !char.IsWhiteSpace(text[at - 1]))
            {
                // Punctuation closes the clause: "Computers ($4.4 billion), passenger vehicles ($4.1 billion)".
                return false;
            }

            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        return false;
    }

    // An amount in parentheses right after another in a different currency ("5 billion riyals ($1.3bn)", "(about 833
    // billion baht)") restates it, as does the same amount glossed in English after a translated page's own words
    // ("necelých 528 miliard korun" (just under 528 billion crowns)).
    private bool IsConversion(MoneyMention before, MoneyMention amount)
    {
        if (amount.Start < before.End || amount.Start - before.End > 40)
        {
            return false;
        }

        var gap = text.AsSpan(before.End, amount.Start - before.End).Trim();
        if (amount.Amount.Currency == before.Amount.Currency)
        {
            return amount.Amount == before.Amount && OpensAnAside(gap) && amount.Start - before.End <= 30;
        }

        if (gap.StartsWith('('))
        {
            return amount.Start - before.End <= 24 && gap[1..].Trim() is var words && (words.IsEmpty || TextPatterns.ConversionWords().IsMatch(words));
        }

        // "580 billion shillings abroad in 2015, or roughly 5.7 billion US dollars": "or" after the clause's comma.
        var comma = gap.LastIndexOf(',');
        return comma >= 0 && !amount.CurrencyInferred && gap[(comma + 1)..].Trim() is var tail
            && tail.StartsWith("or", StringComparison.Ordinal) && TextPatterns.ConversionWords().IsMatch(tail);
    }

    // Whether the text after an amount opens an aside in parentheses, past the closing quote of a quoted amount:
    // " ($1.3bn)", "\" (528 billion crowns)".
    private static bool OpensAnAside(ReadOnlySpan<char> gap) => gap.TrimStart().TrimStart(ClosingQuotes).TrimStart().StartsWith('(');

    private const string ClosingQuotes = "\"'”’»";

    // "Belgium and Spain followed in third and fourth place, at 29 billion euros each": an amount written as each one's is
    // also the level of the other partners named before it in its clause, after the amount before it.
    private List<Country> OthersSharingIt(SentenceFacts facts, MoneyMention amount, int previousAmountEnd, Country partner)
    {
        var after = text.AsSpan(amount.End, Math.Min(16, facts.Sentence.End - amount.End)).TrimStart();
        if (!after.StartsWith("each", StringComparison.OrdinalIgnoreCase) || (after.Length > 4 && char.IsLetter(after[4])) || after[4..].TrimStart().IndexOfAny(PerPeriodWords) == 0)
        {
            // "each year", "each month": a rate, not an amount each partner had.
            return [];
        }

        var clauseStart = Math.Max(previousAmountEnd, facts.Sentence.Start + text.AsSpan(facts.Sentence.Start, amount.Start - facts.Sentence.Start).LastIndexOf(';') + 1);
        var others = new List<Country>();
        foreach (var c in facts.Countries)
        {
            if (c.Start >= clauseStart && c.End <= amount.Start && c.Country != reporter && c.Country != partner && !others.Contains(c.Country)
                && !InParentheses(facts.Sentence, c.Start))
            {
                others.Add(c.Country);
            }
        }

        return others;
    }

    private static readonly System.Buffers.SearchValues<string> PerPeriodWords = System.Buffers.SearchValues.Create(["year", "month", "quarter", "week", "day"], StringComparison.OrdinalIgnoreCase);

    // "The Central African Republic and Gabon ... bought 44.8 billion and 25.2 billion CFA francs respectively", "purchases
    // by Congo and Equatorial Guinea topped out at 14.5 billion and 11.4 billion", "Spain, France and Germany, where sales
    // rose by 10.4%, 18.9% and 17.9% respectively": as many partners as amounts (or changes), all named before the first,
    // the amounts one list (or "respectively"): the first amount is the first partner's, and so on. Null when the sentence
    // pairs nothing so.
    // `span` gives where each amount or change stands, so figures and statements share the rule without a list of spans.
    private Country[]? ListedPartners<T>(SentenceFacts facts, List<T> items, Func<T, (int Start, int End)> span, string sentenceText)
    {
        if (items.Count < 2)
        {
            return null;
        }

        var partners = new List<Country>(items.Count);
        var first = span(items[0]).Start;
        foreach (var c in facts.Countries)
        {
            if (c.Country == reporter || InParentheses(facts.Sentence, c.Start) || partners.Contains(c.Country))
            {
                continue;
            }

            if (c.End > first)
            {
                return null;
            }

            partners.Add(c.Country);
        }

        if (partners.Count != items.Count)
        {
            return null;
        }

        var respectively = sentenceText.Contains("respectively", StringComparison.OrdinalIgnoreCase);
        for (var i = 1; i < items.Count && !respectively; i++)
        {
            var (before, at) = (span(items[i - 1]).End, span(items[i]).Start);
            if (!MentionReader.IsJoin(text.AsSpan(before, Math.Max(0, at - before))))
            {
                return null;
            }
        }

        return [.. partners];
    }

    // The countries a unit written without its country ("riyals", "shillings", "CFA francs") is read by: the reporter
    // first, since a country's press and ministries report in its own currency, then the sentence's, then the topic.
    private List<Country> CurrencyCountries(SentenceFacts facts)
    {
        var countries = new List<Country>(facts.Countries.Count + 2) { reporter };
        foreach (var mention in facts.Countries)
        {
            countries.Add(mention.Country);
        }

        if (facts.PreviousTopic is { } previous)
        {
            countries.Add(previous);
        }

        return countries;
    }

    // The pair and flow of a level or a change. A goal written before any partner is named takes the partner a later
    // sentence names ("The aim is $1bn by 2030. ... with Chile"); a level does not: before the article names a partner its
    // levels are the reporter's with the world or a group ("Total exports fell 17%. ... China stayed the largest partner").
    private (TradePair Pair, TradeFlow Flow, InferredParts Inferred)? LevelSubjectAt(int at, SentenceFacts facts, Country? listedPartner = null)
        => subjects.SubjectAt(at, facts, listedPartner) is { } subject && !(facts.TopicIsAhead && subject.Inferred.HasFlag(InferredParts.Partner)) ? subject : null;

    // Whether the period a level would be read for starts after the publication, the level not being stated as it stands
    // now ("trade currently stood at about $21 billion, so that the target for 2015 ...").
    private bool LevelIsAhead(SentenceFacts facts, MoneyMention amount, PeriodMention? attachedPeriod, Country? listedPartner)
    {
        if (attachedPeriod is not { } attached || attached.Period.FirstDay <= context.Published
            || TextBefore(amount, facts.Sentence, 40).IndexOfAny(NowWords) >= 0
            || LevelSubjectAt(amount.Start, facts, listedPartner) is not (var p, _, var inferred))
        {
            return false;
        }

        return FigurePeriod(facts, amount, attached, false, p, ref inferred, out _).FirstDay > context.Published;
    }

    private static readonly System.Buffers.SearchValues<string> NowWords = System.Buffers.SearchValues.Create(["currently", "now ", "at present", "presently"], StringComparison.OrdinalIgnoreCase);

    // The figure an amount states, when the sentence says whose trade it is; a level restated later in the article
    // ("currently stands at $62 bln") is one figure. `attached` is the period written with the amount (AttachedPeriod).
    private FigureCandidate? AddFigure(SentenceFacts facts, TextQuote quote, MoneyMention amount, PeriodMention? attached, AmountQualifier qualifier, ReportingSide side, bool isFrom, Country? listedPartner)
    {
        if (LevelSubjectAt(amount.Start, facts, listedPartner) is not (var p, var flow, var inferred))
        {
            return null;
        }

        var period = FigurePeriod(facts, amount, attached, isFrom, p, ref inferred, out var undated);
        if (amount.CurrencyInferred)
        {
            inferred |= InferredParts.Currency;
        }

        var figure = new FigureCandidate(p.Reporter, p.Partner, flow, period, amount.Amount, qualifier, side, quote, inferred, CandidateWords.Confidence(inferred, 0));
        if (figureKeys.Add((figure.Partner, period, amount.Amount, flow)))
        {
            // The level a goal starts from ("to raise trade from $4bn to $5bn") with no period in the text is undated; it
            // still serves the goal as its baseline.
            (undated && side == ReportingSide.OfficialClaim ? undatedFigures : figures).Add(figure);
        }

        return figure;
    }

    // The period attached to the amount, else "last year" in the sentence, else the current year for a yearly rate
    // ("$500m a year"), else the period the sentence continues; `undated` says the text gives none (ContextPeriod's guess).
    private ReportingPeriod FigurePeriod(SentenceFacts facts, MoneyMention amount, PeriodMention? attached, bool isFrom, TradePair pair, ref InferredParts inferred, out bool undated)
    {
        undated = false;
        var sentence = facts.Sentence;
        var published = context.Published;
        if (SameMonthsThisYear(facts, amount, pair) is { } thisYears)
        {
            // "from $5.9bn in January-June 2015 to $5.0bn in the same months of this year": the months the sentence speaks of,
            // in the year of publication.
            inferred |= InferredParts.Period;
            return thisYears;
        }

        if (EarlierPeriod(facts, amount, pair, ref inferred) is { } earlier)
        {
            return earlier;
        }

        var after = Math.Min(40, sentence.End - amount.End);
        if (after > 0 && PeriodPointedBackByLength(amount.End, after) is { } pointed && text.AsSpan(amount.End, after).IndexOfAnyInRange('0', '9') < 0)
        {
            // "in 2023, taking 1,041.3 million dollars' worth in the five months": the months named before, not the year.
            inferred |= InferredParts.Period;
            return pointed.Resolve(pair.Reporter, pair.Partner);
        }

        if (SamePeriodLastYearLeading(facts, amount, pair) is { } leading)
        {
            // "In the same period of last year, exports had reached $37.2 million, three percent less than in the first half
            // of 2020": the period the sentence before speaks of, a year earlier.
            inferred |= InferredParts.Period;
            return leading;
        }

        // "up 88.4 percent from 2.8 billion pounds", "57.2 percent more than $3bn", "cut from 916 to 680 M€ (-25.7%)": the
        // level a change is measured against, with no period of its own after it, is the same period a year before.
        var lead = TextBefore(amount, sentence, 50);
        var isReference = (lead.IndexOfAny(ReferenceWords) >= 0 && TextPatterns.ChangeReferenceBefore().IsMatch(lead))
            || (isFrom && TextPatterns.ToALevelAndItsChangeAfter().IsMatch(text.AsSpan(amount.End, Math.Min(60, sentence.End - amount.End))));
        if (isFrom && !isReference && SpanStart(sentence, amount, attached) is { } first)
        {
            return first;
        }

        if (isFrom && !isReference && attached is null && LaterLevelsPeriod(facts, amount) is { } later)
        {
            // "fell from N$982 million to N$754 million in 2021": the level a change started from, with no period of its own,
            // is for the later level's period a year before.
            inferred |= InferredParts.Period;
            return later.Resolve(pair.Reporter, pair.Partner).AddYears(-1);
        }

        if (isFrom && !isReference && attached is null && facts.Periods.Count == 0 && EarlierOfTheComparisonBefore(facts.Index, pair) is { } earlierNamed)
        {
            // "Exports came to 2.451 billion dinars in 2024, down from 2.649 billion in 2023. Over the same period, imports fell
            // from 335.6 million to 151.6 million dinars": the level the fall started from is the earlier year's.
            inferred |= InferredParts.Period;
            return earlierNamed;
        }

        if (attached is { } a)
        {
            if (a.YearInferred)
            {
                inferred |= InferredParts.Year;
            }

            if (a.End <= amount.Start && (isReference || (isFrom && !IsASpanOfYears(a) && StartsAChangeWithNoPeriodAfter(facts, amount))))
            {
                inferred |= InferredParts.Year;
                return a.Resolve(pair.Reporter, pair.Partner).AddYears(-1);
            }

            var resolved = a.Resolve(pair.Reporter, pair.Partner);
            if (a.End <= amount.Start && resolved.IsFullYear && resolved.StartMonth == 1 && SameMonthsIn(facts, a, resolved.StartYear, pair) is { } same)
            {
                // "46.9% more than in the same months of 2023, when shipments came to $602.9m": the months the sentence or the
                // one before speaks of, in that year.
                inferred |= InferredParts.Period;
                return same;
            }

            if (isReference && resolved.IsFullYear && resolved.StartMonth == 1 && !NamesAWholeYear(amount, a) && ComparedMonths(facts, amount, pair) is { } months)
            {
                // "$9.1 billion in January-September, compared with $8.2 billion last year": the same months of that year,
                // unless the year is said to be whole ("against $11 billion for the whole of last year").
                inferred |= InferredParts.Period;
                return months.AddYears(resolved.StartYear - months.StartYear);
            }

            return resolved;
        }

        if (!isReference && ComparedPartAfter(facts.Periods, amount.End) is { } compared)
        {
            // "4.01 trillion yuan, an increase of 4.4 percent on the first ten months of 2023": a level with no period of its
            // own is for the months its change is measured against, a year on.
            inferred |= InferredParts.Period;
            return compared.Period;
        }

        if (isReference)
        {
            inferred |= InferredParts.Period;
            return ContextPeriod(facts.Index, pair).AddYears(-1);
        }

        if (TextPatterns.LastYear().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            inferred |= InferredParts.Year;
            return ReportingPeriod.Year(published.Year - 1);
        }

        inferred |= InferredParts.Period;
        if (TextPatterns.YearlyAfter().IsMatch(text.AsSpan(amount.End, Math.Min(20, sentence.End - amount.End))))
        {
            return ReportingPeriod.Year(published.Year);
        }

        if (StatedContextPeriod(facts.Index, pair) is { } stated)
        {
            return stated;
        }

        // A level the text gives no period for, stated as it stands now or in an article that names none: the year before
        // publication is a guess. AddFigure keeps such a level apart when a goal starts from it.
        undated = true;
        return AssumedPeriod();
    }

    // The part of a year a percentage change after a place is measured against ("up 4.4 percent on the first ten months of
    // 2023", "3% less than in January-June 2022"), a year on; null when the first period after the place is not one.
    private PeriodMention? ComparedPartAfter(List<PeriodMention> periods, int from)
    {
        foreach (var p in periods)
        {
            if (p.Start >= from && p.Start - from <= 80)
            {
                return IsComparedPart(p, from) ? YearOn(p) : null;
            }
        }

        return null;
    }

    // The part of a year a change after it in its clause is measured against ("Compared with January-June 2022, exports
    // dropped by 1.6 percent"), a year on; null when the last period before the change is not one, or an amount stands
    // between them.
    private PeriodMention? ComparedPartBefore(List<PeriodMention> periods, int clauseStart, int change)
    {
        var last = periods.FindLastIndex(p => p.Start >= clauseStart && p.End <= change);
        if (last < 0)
        {
            return null;
        }

        var period = periods[last];
        return !HasMoneyMark(text.AsSpan(period.End, change - period.End)) && IsLedAsCompared(period, clauseStart) ? YearOn(period) : null;
    }

    // Whether the words just before the period, after `notBefore`, measure something against it: "compared with", "than",
    // "against", "on".
    private bool IsLedAsCompared(PeriodMention period, int notBefore)
    {
        var from = Math.Max(notBefore, period.Start - 40);
        return TextPatterns.ComparedPeriodLead().IsMatch(text.AsSpan(from, period.Start - from));
    }

    // Whether the text from a place to the period holds a percentage and ends in words that measure a change against the
    // period, with no amount between.
    private bool IsComparedPart(PeriodMention period, int from)
    {
        var gap = text.AsSpan(from, period.Start - from);
        return !HasMoneyMark(gap) && gap.IndexOfAny(PercentWords) >= 0 && TextPatterns.ComparedPeriodLead().IsMatch(gap);
    }

    // A part of a calendar year moved a year on, when that has ended by publication; null for a whole year ("up 4.4 percent
    // on 2023" says nothing of which months the level covers), a fiscal year or a year not written.
    private PeriodMention? YearOn(PeriodMention period)
    {
        var yearOn = period.Period.AddYears(1);
        return period.FiscalStartYear is null && !period.YearInferred && !yearOn.IsFullYear && yearOn.LastDay <= context.Published
            ? period with { Period = yearOn }
            : null;
    }

    private static readonly System.Buffers.SearchValues<string> PercentWords
        = System.Buffers.SearchValues.Create(["%", "percent", "per cent"], StringComparison.OrdinalIgnoreCase);

    // Whether the words from the amount to its year say the year is whole: "for the whole of", "all of", "in the course of",
    // "the full year", "the entire year".
    private bool NamesAWholeYear(MoneyMention amount, PeriodMention year)
        => text.AsSpan(amount.End, Math.Max(0, year.End - amount.End)).IndexOfAny(WholeYearWords) >= 0;

    private static readonly System.Buffers.SearchValues<string> WholeYearWords
        = System.Buffers.SearchValues.Create(["whole", "all of", "course of", "full", "entire"], StringComparison.OrdinalIgnoreCase);

    // The months named before "the same months of" a year, moved to that year: the sentence's last run of months before the
    // year, else the period the sentence continues when it is one; null when the year is not written so.
    private ReportingPeriod? SameMonthsIn(SentenceFacts facts, PeriodMention year, int written, TradePair pair)
    {
        var from = Math.Max(facts.Sentence.Start, year.Start - 40);
        if (!TextPatterns.SamePeriodBefore().IsMatch(text.AsSpan(from, year.Start - from)))
        {
            return null;
        }

        return MonthsSpokenOf(facts, year.Start, pair) is { } months ? months.AddYears(written - months.EndYear) : null;
    }

    // The months "the same months of this year" after an amount stand for, in the year of publication; null when the amount
    // is not followed so, or the sentence speaks of no months.
    private ReportingPeriod? SameMonthsThisYear(SentenceFacts facts, MoneyMention amount, TradePair pair)
    {
        var after = text.AsSpan(amount.End, Math.Min(64, facts.Sentence.End - amount.End));
        return after.IndexOfAny(SameWords) >= 0 && TextPatterns.SameMonthsThisYearAfter().IsMatch(after)
            && MonthsSpokenOf(facts, amount.Start, pair) is { } months
            ? months.AddYears(context.Published.Year - months.EndYear)
            : null;
    }

    private static readonly System.Buffers.SearchValues<string> SameWords = System.Buffers.SearchValues.Create([" same ", " corresponding ", " like "], StringComparison.OrdinalIgnoreCase);

    // The sentence's last run of months inside one year before a place, else the period the sentence continues when it is
    // one; null when neither is.
    private ReportingPeriod? MonthsSpokenOf(SentenceFacts facts, int before, TradePair pair)
    {
        var run = facts.Periods.Where(p => p.End <= before).Select(p => p.Resolve(pair.Reporter, pair.Partner)).LastOrDefault(IsPartOfAYear);
        var months = IsPartOfAYear(run) ? run : ContextPeriod(facts.Index, pair);
        return IsPartOfAYear(months) ? months : null;
    }

    private static bool IsPartOfAYear(ReportingPeriod p) => p.MonthCount is > 0 and < 12 && p.StartYear == p.EndYear;

    // The months of a year the sentence gives its level for before the amount a change is measured against, or null.
    private ReportingPeriod? ComparedMonths(SentenceFacts facts, MoneyMention amount, TradePair pair)
    {
        ReportingPeriod? months = null;
        foreach (var p in facts.Periods)
        {
            if (p.End <= amount.Start && !IsStartingPoint(facts.Sentence, p))
            {
                var resolved = p.Resolve(pair.Reporter, pair.Partner);
                months = IsPartOfAYear(resolved) ? resolved : null;
            }
        }

        return months;
    }

    // "Between 2007 and 2022 trade grew from $378m to $4.88bn": an amount after "from" (the caller knows) with no period of
    // its own after it is the level of the span's first year; the amount after "to" takes the last year as the nearest
    // period before it.
    private ReportingPeriod? SpanStart(Sentence sentence, MoneyMention amount, PeriodMention? attached)
    {
        if (attached is { } a && a.Start >= amount.End)
        {
            return null;
        }

        var span = TextPatterns.YearSpan().Match(text, sentence.Start, amount.Start - sentence.Start);
        return span.Success ? ReportingPeriod.Year(MentionReader.Int(span.Groups["y"].Value)) : null;
    }

    // "In 2025 turnover had fallen by 6,9 percent, from 244,8 billion dollars to 228,1 billion": the first level of a change
    // whose later level follows it with no period of its own, so that the period before both is the later level's.
    // Not a change written as an aside in parentheses, which restates two levels in another currency ("about 290 billion
    // (from 250 million to more than 440 million euros)").
    private bool StartsAChangeWithNoPeriodAfter(SentenceFacts facts, MoneyMention amount)
    {
        var after = text.AsSpan(amount.End, Math.Min(60, facts.Sentence.End - amount.End));
        return TextPatterns.ToALevelAfter().IsMatch(after) && !facts.Periods.Exists(p => p.Start >= amount.End && p.Start - amount.End <= 60)
            && !TextBefore(amount, facts.Sentence, 8).TrimEnd().EndsWith("(from", StringComparison.Ordinal);
    }

    // "Over the 2018-2022 period", "between 2018 and 2022": a year that opens a span, whose levels are its first and last.
    private bool IsASpanOfYears(PeriodMention period)
        => TextPatterns.YearSpan().IsMatch(text.AsSpan(Math.Max(0, period.Start - 8), Math.Min(text.Length, period.End + 10) - Math.Max(0, period.Start - 8)))
            || text.AsSpan(period.End, Math.Min(6, text.Length - period.End)) is [ '-' or '–' or '—', >= '0' and <= '9', ..];

    // The period written with the later level of a change right after the amount, when that period is over: "2021" of "from
    // N$982 million to N$754 million in 2021". A period still to come makes the later level a goal's ("from $31 billion to
    // $100 billion in 2024"), which says nothing of when the first stood.
    private PeriodMention? LaterLevelsPeriod(SentenceFacts facts, MoneyMention amount)
    {
        foreach (var p in facts.Periods)
        {
            if (p.Start >= amount.End)
            {
                return p.Period.LastDay < context.Published && !IsStartingPoint(facts.Sentence, p)
                    && TextPatterns.ToALevelThenItsPeriod().IsMatch(text.AsSpan(amount.End, p.Start - amount.End)) ? p : null;
            }
        }

        return null;
    }

    // The earlier period of a comparison the sentence just before made, the later being the one this sentence goes on with:
    // the latest period of the same length before it that the sentence named, not as a starting point ("since 2015");
    // null when it named none.
    private ReportingPeriod? EarlierOfTheComparisonBefore(int index, TradePair pair)
    {
        if (index == 0 || lastPeriodSentence != index - 1 || lastPeriod is not { } carried)
        {
            return null;
        }

        var later = carried.Resolve(pair.Reporter, pair.Partner);
        ReportingPeriod? earlier = null;
        var before = sentences[index - 1];
        foreach (var p in Periods(before))
        {
            var period = p.Resolve(pair.Reporter, pair.Partner);
            if (period < later && period.MonthCount == later.MonthCount && (earlier is not { } e || period > e) && !IsStartingPoint(before, p))
            {
                earlier = period;
            }
        }

        return earlier;
    }

    // Words that compare a level with the earlier one after it rather than name it as the earlier one.
    private static readonly System.Buffers.SearchValues<string> ComparisonWords
        = System.Buffers.SearchValues.Create(["double", "twice", "triple", "treble", " times ", " than ", "compared", " more ", " less ", "higher", "lower", " up ", " down "], StringComparison.OrdinalIgnoreCase);

    // "from $4.5 billion a year earlier": the year before the sentence's nearest period before the amount, else before the
    // period the sentence continues; "$2.9 billion in the same months of 2023": that period's months in the year written.
    private ReportingPeriod? EarlierPeriod(SentenceFacts facts, MoneyMention amount, TradePair pair, ref InferredParts inferred)
    {
        var m = TextPatterns.EarlierPeriodAfter().Match(text, amount.End, Math.Min(80, facts.Sentence.End - amount.End));
        if (!m.Success || text.AsSpan(m.Index, m.Length).IndexOfAny(ComparisonWords) >= 0)
        {
            // "US$ 276.7 million, double the figure for the same period of last year": the level the earlier one is compared
            // with, not the earlier one.
            return null;
        }

        foreach (var p in facts.Periods)
        {
            // "KSh 64.51 billion recorded a year earlier, in the 12 months to March 2021": the earlier period written out.
            if (p.Start >= m.Index + m.Length && TextPatterns.PeriodRestated().IsMatch(text.AsSpan(m.Index + m.Length, p.Start - m.Index - m.Length)))
            {
                return p.Resolve(pair.Reporter, pair.Partner);
            }
        }

        var before = NearestPeriodBefore(amount, facts.Periods, facts.Sentence);

        // Without a period of its own before the amount, the sentence speaks of the period it continues ("Data for
        // January–November came out on Monday. Trade came to $7bn, against $4.82bn a year earlier").
        ReportingPeriod period;
        if (before is { } b)
        {
            period = b.Resolve(pair.Reporter, pair.Partner);
        }
        else
        {
            inferred |= InferredParts.Period;
            period = ContextPeriod(facts.Index, pair);
        }

        if (m.Groups["y"].Success)
        {
            // "the same months of 2017" names the year the period ends in; "the corresponding months of 2001-02", the
            // fiscal year it starts in.
            var year = MentionReader.Int(m.Groups["y"].Value);
            return period.AddYears(year - (m.Groups["fy"].Success ? period.StartYear : period.EndYear));
        }

        if (m.Groups["month"].Success)
        {
            // "US$27.24m in November, down from US$34.56m a month earlier": the month before a month; before a longer
            // period, a month earlier names no period of its own.
            if (period.MonthCount != 1)
            {
                return null;
            }

            var previous = new DateOnly(period.StartYear, period.StartMonth, 1).AddMonths(-1);
            return ReportingPeriod.Month(previous.Year, previous.Month);
        }

        inferred |= InferredParts.Year;
        return period.AddYears(-1);
    }

    // The period written right after the amount ("$29.7m in 2015"), else the nearest one before it ("In 2014, exports
    // were worth $318m and imports $8.7m"). Years after "since", "by" or "from" are not periods, nor is the period a change
    // is compared with ("55.7% above January-April 2004"), unless the amount is that period's own level ("up 26% on 2023,
    // when they stood at $19.6bn").
    private PeriodMention? AttachedPeriod(MoneyMention amount, List<PeriodMention> periods, Sentence sentence)
    {
        if (PossessivePeriodBefore(amount, periods) is { } owner)
        {
            return owner;
        }

        foreach (var p in periods)
        {
            if (p.Start < amount.End || p.Start - amount.End > 50)
            {
                continue;
            }

            if (p.End + 1 < text.Length && text[p.End] is '\'' or '’' && text[p.End + 1] is 's')
            {
                // "$1.44 billion, above November's peak of $1.32 billion": the period owns the amount after it.
                continue;
            }

            var gap = text.AsSpan(amount.End, p.Start - amount.End);
            if (OpensAnAside(gap) && gap.IndexOf(')') is var close and > 0)
            {
                // "145bn/- (66 million US dollars) in 2011", "\"528 miliard korun\" (528 billion crowns) in 2019": the aside
                // restates the amount; the period after it is the amount's.
                gap = gap[(close + 1)..];
            }

            if (gap.Trim().Equals("of", StringComparison.Ordinal))
            {
                // "the 3 billion pounds of 2016": the amount's own period, though "of" before a year is often no period's.
                return p;
            }

            // Another number between them ("$189.6m, only 32% of the same months a year before") means the period belongs to it.
            if (gap.IndexOfAny(NumberChars) >= 0 || gap.Contains(" and ", StringComparison.Ordinal) || gap.Contains(';') || gap.IndexOfAny(ContrastWords) >= 0 || IsStartingPoint(sentence, p))
            {
                continue;
            }

            // "in 2020 they were 23 billion zlotys, in 2021 almost 29 billion": after a comma, a period that leads the next
            // item of a list, when one stands close before the amount.
            if (gap.Contains(',') && periods.Exists(b => b.End <= amount.Start && amount.Start - b.End <= 60 && !IsStartingPoint(sentence, b)))
            {
                break;
            }

            return p;
        }

        return NearestPeriodBefore(amount, periods, sentence);
    }

    // "below January's USD2.11 billion", "up from November's $13.172 million", "2023's $33.779 million": the period that
    // owns the amount, whatever the sentence's own period and whether "from" leads it. A period named by its month or
    // year only: "last year's $153.7 million" beside a month is that month a year before, which the comparison reads.
    private PeriodMention? PossessivePeriodBefore(MoneyMention amount, List<PeriodMention> periods)
    {
        foreach (var p in periods)
        {
            if (p.End <= amount.Start && amount.Start - p.End <= 30 && (char.IsAsciiLetterUpper(text[p.Start]) || char.IsAsciiDigit(text[p.Start]))
                && TextPatterns.PossessiveBeforeAmount().IsMatch(text.AsSpan(p.End, amount.Start - p.End)))
            {
                return p;
            }
        }

        return null;
    }

    // Words that open a clause of its own between an amount and a period after it: "$252.3 billion, whereas in 2022 ...".
    private static readonly System.Buffers.SearchValues<string> ContrastWords = System.Buffers.SearchValues.Create([" while ", " whereas ", " but "], StringComparison.Ordinal);

    // The nearest period before the amount that can be a level's; one named for the earlier level of a comparison ("up
    // from USD 5.5 billion in 2022") only when no other stands before it ("For the whole of 2023, imports grew to X, up
    // from Y in 2022, whereas exports fell to Z").
    private PeriodMention? NearestPeriodBefore(MoneyMention amount, List<PeriodMention> periods, Sentence sentence)
    {
        PeriodMention? earlierOfAComparison = null;
        for (var i = periods.Count - 1; i >= 0; i--)
        {
            var p = periods[i];
            if (p.End <= amount.Start && (!IsStartingPoint(sentence, p) || TextPatterns.LevelOfTheComparedPeriod().IsMatch(text.AsSpan(p.End, amount.Start - p.End))))
            {
                if (!IsEarlierRestated(sentence, p.Start))
                {
                    return p;
                }

                earlierOfAComparison ??= p;
            }
        }

        return earlierOfAComparison;
    }

    // A number is not a trade level when a word about something else (contracts, investment, a share of the total)
    // stands nearer to it than the nearest trade word. One after it in the next clause ("to $5 billion, to expand
    // investment") is about something else.
    private bool IsNotTrade(MoneyMention amount, List<(int Start, int End)> notTrade, List<FlowWord> flows)
    {
        var nearestTrade = int.MaxValue;
        foreach (var f in flows)
        {
            if (!IsBalanceOf(f, notTrade))
            {
                nearestTrade = Math.Min(nearestTrade, f.End <= amount.Start ? amount.Start - f.End : f.Start >= amount.End ? f.Start - amount.End + 10 : 0);
            }
        }

        foreach (var n in notTrade)
        {
            var distance = n.End <= amount.Start ? amount.Start - n.End : n.Start >= amount.End ? n.Start - amount.End : 0;
            if (distance <= 80 && distance < nearestTrade && (n.Start < amount.Start || (distance <= 25 && text.AsSpan(amount.End, n.Start - amount.End).IndexOfAny(',', ';') < 0)))
            {
                return true;
            }
        }

        return false;
    }

    // "deficit in its trade with Bolivia", "surplus in trade", "the balance in Brazil's favour in its trade with the Chinese":
    // the flow word names what the balance is of, and is no trade word of its own for the amounts around it.
    private bool IsBalanceOf(FlowWord flow, List<(int Start, int End)> notTrade)
    {
        foreach (var n in notTrade)
        {
            if (n.End <= flow.Start && flow.Start - n.End <= 40 && text.AsSpan(n.Start, n.End - n.Start) is var word
                && (word.StartsWith("deficit", StringComparison.OrdinalIgnoreCase) || word.StartsWith("surplus", StringComparison.OrdinalIgnoreCase)
                    || word.StartsWith("balance", StringComparison.OrdinalIgnoreCase))
                && TextPatterns.BalanceOfLink().IsMatch(text.AsSpan(n.End, flow.Start - n.End)))
            {
                return true;
            }
        }

        return false;
    }

    // "$2bn more", "$27.3 million (7.4%) higher than in May 2014"; "exports fell A$34.2b (29.8%) to A$80.5b", "up A$9.1b to
    // A$212.7b": a verb of change before the amount and its share or the level it led to after it.
    private bool IsIncrementAfter(MoneyMention amount, Sentence sentence, ReadOnlySpan<char> before)
    {
        if (TextPatterns.ChangeVerbRightBefore().IsMatch(before) && TextPatterns.ChangedLevelOrShareAfter().IsMatch(text.AsSpan(amount.End, Math.Min(40, sentence.End - amount.End))))
        {
            return true;
        }

        var after = text.AsSpan(amount.End, Math.Min(30, sentence.End - amount.End)).TrimStart();
        if (after.StartsWith('(') && after.IndexOf(')') is var close and > 0 and < 16 && after[..close].IndexOf('%') > 0)
        {
            after = after[(close + 1)..].TrimStart();
        }

        return after.StartsWith("more ", StringComparison.OrdinalIgnoreCase) || after.StartsWith("extra ", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("in additional", StringComparison.OrdinalIgnoreCase) || after.StartsWith("more.", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("higher", StringComparison.OrdinalIgnoreCase) || after.StartsWith("lower", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("less ", StringComparison.OrdinalIgnoreCase);
    }

    private GoalWord GoalWordAfter(MoneyMention amount, Sentence sentence)
    {
        var m = TextPatterns.GoalWordAfter().Match(text, amount.End, Math.Min(80, sentence.End - amount.End));
        return !m.Success ? GoalWord.None : m.Groups["goal"].Success ? GoalWord.Goal : GoalWord.Threshold;
    }

    // "$10 billion by 2030", "$15 billion in bilateral trade within the next five years", "$8 billion in 2025" written in
    // 2024: an amount the words right after it put at a time after the announcement is a goal or a forecast, never a
    // reported level, whatever word leads it ("the hope is to see that figure reach", "in their sights"). "The next year"
    // tells of the past.
    private bool IsPutInTheFuture(MoneyMention amount, SentenceFacts facts)
    {
        var end = Math.Min(amount.End + 64, facts.Sentence.End);
        if (end <= amount.End)
        {
            return false;
        }

        var near = text.AsSpan(amount.End, end - amount.End);
        if (near.IndexOfAny(TimeWords) < 0 || IsPastYearRightAfter(near))
        {
            return false;
        }

        // The words up to the time are about the trade and its partner ("of bilateral trade with Israel"): no number and no
        // other clause. Each word is tried as the start of a deadline, then passed over if it is one of those words.
        var at = amount.End;
        while (at < end && text[at] is ' ' or ',')
        {
            at++;
        }

        var previous = ReadOnlySpan<char>.Empty;
        while (at < end)
        {
            if (TextPatterns.Deadline.MatchAt(text, at) is { Success: true } m && m.Index + m.Length <= end)
            {
                return IsFutureDeadline(m, facts, previous);
            }

            var wordEnd = at;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(at, wordEnd - at);
            var partnerAfterWith = previous.Equals("with", StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]);
            if (!partnerAfterWith && !TradeWordsBeforeATime.Contains(word))
            {
                return false;
            }

            previous = word;
            at = wordEnd;
            while (at < end && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        return false;
    }

    // Whether a deadline after an amount puts it after the announcement. "The next year" tells of the past.
    private bool IsFutureDeadline(System.Text.RegularExpressions.Match m, SentenceFacts facts, ReadOnlySpan<char> previousWord)
    {
        var g = m.Groups;
        if (g["fixed"].Success)
        {
            var year = MentionReader.Int(g["fy"].Value) + (g["fe"].Success ? 1 : 0);
            if (g["fm"].Success)
            {
                // "by the end of February 2010": a time to come only while the month has not ended.
                return new DateOnly(year, MentionReader.MonthNumber(g["fm"].Value), 1).AddMonths(1) > context.Published;
            }

            var isPeriod = m.Value.StartsWith("in", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("for", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("during", StringComparison.OrdinalIgnoreCase);
            if (year > context.Published.Year)
            {
                return true;
            }

            if (isPeriod && year < context.Published.Year)
            {
                // "in 2023" before the publication is the period the level was reported for, which an announcement dated
                // earlier in the text does not make a goal (the sentence has no goal word).
                return false;
            }

            var announced = AnnouncedOn(facts.Index).Date.Year;
            return year > announced || (year == announced && !isPeriod);
        }

        // "in the year to March" with no year after an amount is the last such year, a level's period, as the period reader
        // takes it ("Iran sold Turkey $7.45 billion worth of goods in the year to March").
        return g["vague"].Success || g["decade"].Success || g["tenyears"].Success || (g["curfy"].Success && !g["ytm"].Success) || g["endmo"].Success
            || (g["rel"].Success && !m.Value.StartsWith("over", StringComparison.OrdinalIgnoreCase) && !m.Value.StartsWith("during", StringComparison.OrdinalIgnoreCase))
            || (g["thisyear"].Success && !m.Value.StartsWith("this", StringComparison.OrdinalIgnoreCase) && !previousWord.Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    // The words that may stand between an amount and the time it is put at ("$10 billion in bilateral trade by 2030", "$15bn
    // of annual trade with Israel within five years"); "with" may be followed by its partner's name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TradeWordsBeforeATime = new HashSet<string>(
        ["of", "in", "worth", "a", "an", "the", "its", "their", "annual", "annually", "yearly", "per", "year", "bilateral", "two-way", "mutual", "total",
         "overall", "trade", "turnover", "volume", "exports", "imports", "commerce", "goods", "between", "two", "countries", "sides", "nations",
         "neighbours", "neighbors", "with"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // " in 2023" right after the amount, a year before the publication's: the commonest words after a level, read without
    // the deadline pattern.
    private bool IsPastYearRightAfter(ReadOnlySpan<char> after)
        => after.Length >= 8 && after.StartsWith(" in ", StringComparison.Ordinal) && int.TryParse(after.Slice(4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year < context.Published.Year && (after.Length == 8 || !char.IsDigit(after[8])) && (after.Length < 10 || after[8] is not ('/' or '-' or '–') || !char.IsDigit(after[9]));

    // What the words right after an amount make of it.
    private enum GoalWord
    {
        None,
        Goal,
        Threshold,
    }
}
