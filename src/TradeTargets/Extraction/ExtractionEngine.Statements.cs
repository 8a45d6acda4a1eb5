using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>Relative statements: a percentage or a multiple that relates a level to an earlier period.</summary>
internal sealed partial class ExtractionEngine
{
    // How a statement is written: "32% of the same period", "grew 16%", "doubled".
    private enum ChangeForm
    {
        Share,
        Percent,
        Multiple,
        Fraction,
    }

    // A sentence may state several changes ("grew 14% last year to $18bn, and in the first ten months of this year it
    // jumped 33%"); each is read in its own clause, from the end of the change before it to the start of the one after.
    private void ReadStatements(SentenceFacts facts, SentenceCues cues)
    {
        var changes = Changes(facts.Sentence);
        // Changes listed one for each partner named before them share the sentence's periods, as one clause.
        var listed = ListedPartners(facts, changes, static c => (c.Match.Index, c.Match.Index + c.Match.Length), cues.Text);
        for (var i = 0; i < changes.Count; i++)
        {
            var clauseStart = i == 0 || listed is not null ? facts.Sentence.Start : changes[i - 1].Match.Index + changes[i - 1].Match.Length;
            var clauseEnd = i + 1 < changes.Count && listed is null ? changes[i + 1].Match.Index : facts.Sentence.End;
            if (!IsGivenExactlyAfter(changes, i, facts.Sentence))
            {
                ReadStatement(facts, cues, changes[i].Match, changes[i].Form, clauseStart, clauseEnd, listed?[i]);
            }
        }
    }

    // "more than doubled in the first half of 2021, climbing 112.8 percent to $1 billion": a multiple the next change of
    // its clause states exactly, a percentage near it from a tenth below the multiple to half above it, is read as that
    // percentage; "doubled last year to 2,000 million dollars, a 152% rise in only eight years", the percentage over a
    // number of years of its own, states two changes.
    private bool IsGivenExactlyAfter(List<(Match Match, ChangeForm Form)> changes, int i, Sentence sentence)
    {
        var (multiple, form) = changes[i];
        if (form != ChangeForm.Multiple || i + 1 >= changes.Count || changes[i + 1].Form != ChangeForm.Percent || Ratio(multiple, form) is not { } rounded
            || Ratio(changes[i + 1].Match, ChangeForm.Percent) is not { } exact)
        {
            return false;
        }

        var end = multiple.Index + multiple.Length;
        return changes[i + 1].Match.Index - end <= 80 && text.AsSpan(end, changes[i + 1].Match.Index - end).IndexOfAny(';', '.') < 0
            && exact >= rounded * 0.9 && exact <= rounded * 1.5
            && ReferenceIn(changes[i + 1].Match, changes[i + 1].Match.Index, i + 2 < changes.Count ? changes[i + 2].Match.Index : sentence.End)?.Groups["n"].Success != true;
    }

    // Every change in the sentence, in order; where two forms overlap, the share, then the percentage, wins.
    private List<(Match Match, ChangeForm Form)> Changes(Sentence sentence)
    {
        var found = new List<(Match Match, ChangeForm Form)>();
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (span.IndexOfAny(PeriodWord) >= 0)
        {
            // Every share of the same period names it "period".
            Add(TextPatterns.ShareOfSamePeriod(), ChangeForm.Share);
        }

        AddPercentChanges(sentence, found);

        if (span.IndexOfAny(MultipleWords) >= 0)
        {
            Add(TextPatterns.PastMultiple(), ChangeForm.Multiple);
        }

        if (span.IndexOfAny(FractionWords) >= 0)
        {
            Add(TextPatterns.FractionChange(), ChangeForm.Fraction);
        }

        found.Sort((a, b) => a.Match.Index.CompareTo(b.Match.Index));
        return found;

        void Add(Regex pattern, ChangeForm form)
        {
            for (var m = pattern.Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                if (!Overlaps(found, m))
                {
                    found.Add((m, form));
                }
            }
        }
    }

    // A percentage change is tried only around each "%" or "cent" ("per cent", "percent"), the one part every such change
    // has: the pattern starts with any of some forty words and would otherwise try a match at most letters.
    private void AddPercentChanges(Sentence sentence, List<(Match Match, ChangeForm Form)> found)
    {
        var searched = sentence.Start;
        while (searched < sentence.End)
        {
            var rest = text.AsSpan(searched, sentence.End - searched);
            var sign = rest.IndexOf('%');
            var cent = rest.IndexOfAny(Cent);
            var mark = sign < 0 ? cent : cent < 0 ? sign : Math.Min(sign, cent);
            if (mark < 0)
            {
                return;
            }

            mark += searched;
            var from = Math.Max(sentence.Start, mark - 80);
            while (from > sentence.Start && !char.IsWhiteSpace(text[from - 1]))
            {
                // Start between words: the pattern cannot look behind the window.
                from--;
            }

            var to = Math.Min(sentence.End, mark + 40);
            if (SignedPercentAt(from, to, mark) is { } bracketed)
            {
                // "lower trade with Saudi Arabia (-49,1%)": the signed percentage in brackets is the change, not the words before it.
                if (!Overlaps(found, bracketed))
                {
                    found.Add((bracketed, ChangeForm.Percent));
                }

                searched = mark + 1;
                continue;
            }

            var covered = false;
            foreach (var m in TextPatterns.Change.Matches(text, from, to - from))
            {
                var covers = m.Index <= mark && mark < m.Index + m.Length && !IsMakingUp(m) && !IsAPercentLevel(m) && !IsAYearlyRate(m);
                covered |= covers;
                if (covers && !Overlaps(found, m))
                {
                    found.Add((m, ChangeForm.Percent));
                }
            }

            if (!covered && found.Count > 0 && ElidedChangeAt(found[^1].Match, from, to, mark) is { } elided && !Overlaps(found, elided))
            {
                found.Add((elided, ChangeForm.Percent));
            }

            searched = mark + 1;
        }
    }

    // "214.8 billion euros (-5.5%)", "(+9.23%)": a change written as a signed percentage in parentheses after a level.
    private Match? SignedPercentAt(int from, int to, int mark) => MatchOverMark(TextPatterns.SignedPercentInParentheses(), from, to, mark, from);

    // "..., with Turkey by 15 per cent": the change at the mark that borrows the verb of the change before it.
    private Match? ElidedChangeAt(Match before, int from, int to, int mark)
    {
        if (!before.Groups["up"].Success && !before.Groups["down"].Success)
        {
            return null;
        }

        var pattern = before.Groups["down"].Success ? TextPatterns.ElidedFall() : TextPatterns.ElidedRise();
        return MatchOverMark(pattern, from, to, mark, before.Index + before.Length);
    }

    // The first match of the pattern in the window that starts at or after `notBefore` and spans the mark, if any.
    private Match? MatchOverMark(Regex pattern, int from, int to, int mark, int notBefore)
    {
        for (var m = pattern.Match(text, from, to - from); m.Success && m.Index <= mark; m = m.NextMatch())
        {
            if (m.Index >= notBefore && mark < m.Index + m.Length)
            {
                return m;
            }
        }

        return null;
    }

    private static bool Overlaps(List<(Match Match, ChangeForm Form)> found, Match m)
        => found.Any(f => f.Match.Index < m.Index + m.Length && m.Index < f.Match.Index + f.Match.Length);

    // "The Netherlands came next with 10.98%, up from 9.72%", "its share rose to 15%": the levels a share went from or to,
    // not the size of a change; a rate of growth it went to is one ("picked up to about 4% growth").
    private bool IsAPercentLevel(Match change)
    {
        var p = change.Groups["p"];
        if (!p.Success || p.Index <= change.Index || TextPatterns.GrowthAfter().IsMatch(text.AsSpan(change.Index + change.Length, Math.Min(20, text.Length - change.Index - change.Length))))
        {
            return false;
        }

        var before = text.AsSpan(change.Index, p.Index - change.Index);
        return (before.Contains("from", StringComparison.OrdinalIgnoreCase) || before.Contains("to", StringComparison.OrdinalIgnoreCase))
            && TextPatterns.PercentLevelBefore().IsMatch(before);
    }

    // "has grown by an average of 9% a year since 1999", "at an average rate of 8%": a yearly rate of growth, not a change
    // between two periods.
    private bool IsAYearlyRate(Match change)
    {
        var end = change.Index + change.Length;
        var from = Math.Max(0, change.Index - 30);
        return TextPatterns.YearlyRateAfter().IsMatch(text.AsSpan(end, Math.Min(24, text.Length - end)))
            || (change.Groups["p"] is { Success: true } p && p.Index > change.Index
                && TextPatterns.AverageBefore().IsMatch(text.AsSpan(change.Index, p.Index - change.Index)))
            || text.AsSpan(from, change.Index - from).IndexOfAny(YearlyAverageWords) >= 0;
    }

    // "with average annual growth of 15.56 percent", "a compound annual growth rate of 9%": a yearly rate named before the
    // change's words.
    private static readonly System.Buffers.SearchValues<string> YearlyAverageWords
        = System.Buffers.SearchValues.Create(["average annual", "annual average", "average yearly", "yearly average", "compound annual", "CAGR"], StringComparison.OrdinalIgnoreCase);

    // "making up 1.2% of total exports": a share, not a rise.
    private bool IsMakingUp(Match change)
    {
        if (!text.AsSpan(change.Index).StartsWith("up", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, change.Index - 8), Math.Min(8, change.Index)).TrimEnd();
        return before.EndsWith("make", StringComparison.OrdinalIgnoreCase) || before.EndsWith("makes", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("making", StringComparison.OrdinalIgnoreCase) || before.EndsWith("made", StringComparison.OrdinalIgnoreCase);
    }

    private void ReadStatement(SentenceFacts facts, SentenceCues cues, Match m, ChangeForm form, int clauseStart, int clauseEnd, Country? listedPartner)
    {
        if (!IsAboutTrade(m, facts, cues) || IsYetToCome(m) || (ExactChangeAfterAMultiple(m, form, facts.Sentence) ?? Ratio(m, form)) is not { } ratio || (form == ChangeForm.Percent && IsProductLine(m.Index, facts.Sentence))
            || LevelSubjectAt(m.Index, facts, listedPartner) is not (var p, var flow, var inferred))
        {
            return;
        }

        var reference = form == ChangeForm.Share ? null : ReferenceIn(m, clauseStart, clauseEnd);
        if (reference is null && TextPatterns.UnnamedYearsAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(40, facts.Sentence.End - m.Index - m.Length))))
        {
            // "has risen fivefold in recent years": a change over years the text does not name, no change on the year before.
            return;
        }

        if (reference?.Groups["rmto"] is { Success: true } to && MonthsFrom(reference.Groups["rm"].Value, to.Value) > 2)
        {
            // "edged up by 0.6 per cent from January to September": the months the change is for, not what it is measured
            // against; "dropped 20.8% from June to July" is a change from one month to the next.
            reference = null;
        }

        var period = StatementPeriod(facts, m, form, reference, clauseStart, clauseEnd, p, flow, ref inferred, out var earlierLevel);
        var referencePeriod = earlierLevel ?? ReferencePeriod(period, m, form, reference);
        if (reference is null && earlierLevel is null && form != ChangeForm.Share && PeriodOfTheLevelItRunsFrom(facts, p, flow, period, referencePeriod, ratio, form == ChangeForm.Multiple) is { } borneOut)
        {
            referencePeriod = borneOut;
        }
        else if (reference is null && earlierLevel is null && form == ChangeForm.Multiple && ratio > 2 && inferred.HasFlag(InferredParts.Period))
        {
            // "exports to China have expanded more than 160 times": a multiple beyond doubling written with no period of its
            // own nor one it is measured from spans years the text does not name; it is no change on the year before.
            return;
        }

        if (referencePeriod >= period || referencePeriod.MonthCount != period.MonthCount)
        {
            return;
        }

        var qualifier = m.Groups["q"].Success ? CandidateWords.Qualifier(m.Groups["q"].Value) : AmountQualifier.Exact;
        statements.Add(new StatementCandidate(p.Reporter, p.Partner, flow, period, referencePeriod, Math.Round(ratio, 6), qualifier, cues.Quote, inferred, CandidateWords.Confidence(inferred, 0)));
    }

    // How many months the run from one named month to another spans, both counted ("January to September" is nine).
    private static int MonthsFrom(string first, string last) => ((MentionReader.MonthNumber(last) - MentionReader.MonthNumber(first) + 12) % 12) + 1;

    // "32% of the same period" is the ratio itself; "fell 40%" is 0.6, "grew 16%" 1.16, "doubled" 2.
    // A part of every fraction a change can be written with ("rose by a quarter").
    private static readonly System.Buffers.SearchValues<string> Cent = System.Buffers.SearchValues.Create(["cent"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> PeriodWord = System.Buffers.SearchValues.Create(["period"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MultipleWords
        = System.Buffers.SearchValues.Create(["doubled", "tripled", "trebled", "quadrupled", "times", "fold"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> FractionWords = System.Buffers.SearchValues.Create(["quarter", "third", "fifth", "tenth", "half"], StringComparison.OrdinalIgnoreCase);

    // "more than doubled since 2021 (+141%)": the exact change a multiple is given with, in parentheses right after it.
    private double? ExactChangeAfterAMultiple(Match m, ChangeForm form, Sentence sentence)
    {
        if (form != ChangeForm.Multiple)
        {
            return null;
        }

        // The exact change is a rise in percent, read as any other.
        var end = m.Index + m.Length;
        var exact = TextPatterns.ExactChangeInParentheses().Match(text, end, Math.Min(40, sentence.End - end));
        return exact.Success ? Ratio(exact, ChangeForm.Percent) : null;
    }

    private static double? Ratio(Match m, ChangeForm form)
    {
        decimal ratio;
        if (form == ChangeForm.Fraction)
        {
            var words = m.Groups["frac"].Value.ToLowerInvariant();
            var fraction = words switch
            {
                _ when words.StartsWith("two", StringComparison.Ordinal) => 2m / 3m,
                _ when words.StartsWith("three", StringComparison.Ordinal) => 0.75m,
                _ when words.EndsWith("quarter", StringComparison.Ordinal) => 0.25m,
                _ when words.EndsWith("third", StringComparison.Ordinal) => 1m / 3m,
                _ when words.EndsWith("fifth", StringComparison.Ordinal) => 0.2m,
                _ when words.EndsWith("tenth", StringComparison.Ordinal) => 0.1m,
                _ => 0.5m,
            };
            ratio = m.Groups["down"].Success ? 1m - fraction : 1m + fraction;
        }
        else if (form == ChangeForm.Multiple)
        {
            var n = m.Groups["n"].Value.ToLowerInvariant();
            ratio = m.Groups["w"].Success ? m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "doubled" => 2m,
                "quadrupled" => 4m,
                _ => 3m,
            }
                : n.StartsWith("one", StringComparison.Ordinal) ? 1.5m
                : char.IsDigit(n[0]) ? decimal.Parse(n, CultureInfo.InvariantCulture) : NumberWords.Count(n);
        }
        else
        {
            // "10,4%" in a text with decimal commas.
            var percent = decimal.Parse(m.Groups["p"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            ratio = form == ChangeForm.Share ? percent / 100m
                : m.Groups["down"].Success ? 1m - (percent / 100m) : 1m + (percent / 100m);
        }

        return ratio > 0 ? (double)ratio : null;
    }

    // The words of every "month on month", "than the previous quarter" or run of monthly changes ("for a fourth month in a
    // row"): see TextPatterns.PreviousPeriodReference.
    private static readonly System.Buffers.SearchValues<string> MonthOrQuarterWords = System.Buffers.SearchValues.Create(
        ["month on", "month-on", "quarter on", "quarter-on", "previous month", "previous quarter", "preceding month", "preceding quarter", "prior month", "prior quarter", "last month", "last quarter", "m-o-m", "q-o-q", "month in a row", "consecutive month", "straight month", "successive month"],
        StringComparison.OrdinalIgnoreCase);

    // The words of a change on the same period a year before, which a run of monthly changes in the clause does not
    // override ("down 18.5% on the same month of 2022 and the sixth straight monthly decline").
    private static readonly System.Buffers.SearchValues<string> YearOnYearWords = System.Buffers.SearchValues.Create(
        ["same month", "year earlier", "year before", "a year ago", "year-on-year", "year on year", "y-o-y", "yoy"],
        StringComparison.OrdinalIgnoreCase);

    // What the change is measured against, written after it in its clause ("8 percent more than in 2016"), else before it.
    // A year is preferred to a number of years ("doubled in five years, from $4.8bn in 2010"). The search after starts at the
    // percentage, so "13% below 2011" finds "below 2011".
    private Match? ReferenceIn(Match change, int clauseStart, int clauseEnd)
    {
        var p = change.Groups["p"];
        var after = p.Success ? p.Index + p.Length : change.Index + change.Length;
        var found = Preferred(after, clauseEnd) ?? Preferred(clauseStart, change.Index);
        if (found is { } f && f.Groups["y"].Success)
        {
            return found;
        }

        // "month on month", "than the previous quarter": the nearer of it and a "year on year"; one of a run of monthly changes
        // ("the third consecutive monthly decrease") only when nothing in the clause names another period to measure against.
        var clause = text.AsSpan(clauseStart, clauseEnd - clauseStart);
        if (clause.IndexOfAny(MonthOrQuarterWords) >= 0
            && (First(TextPatterns.PreviousPeriodReference(), after, clauseEnd) ?? First(TextPatterns.PreviousPeriodReference(), clauseStart, change.Index)) is { } previous
            && (previous.Groups["run"].Success
                ? found is null && clause.IndexOfAny(YearOnYearWords) < 0
                : found is null || Math.Abs(previous.Index - change.Index) < Math.Abs(found.Index - change.Index)))
        {
            return previous;
        }

        return found;

        Match? First(Regex pattern, int from, int to)
        {
            var m = pattern.Match(text, from, to - from);
            return m.Success ? m : null;
        }

        Match? Preferred(int from, int to)
        {
            Match? first = null;
            for (var m = TextPatterns.Reference().Match(text, from, to - from); m.Success; m = m.NextMatch())
            {
                if (IsARecordSince(m))
                {
                    continue;
                }

                if (m.Groups["y"].Success)
                {
                    return m;
                }

                first ??= m;
            }

            return first;
        }
    }

    // "shrank 35% in June and hit its lowest level since 2003": how long a record stands, not what the change is measured
    // against.
    private bool IsARecordSince(Match reference)
    {
        if (!text.AsSpan(reference.Index).StartsWith("since", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var from = Math.Max(0, reference.Index - 40);
        return TextPatterns.RecordBefore().IsMatch(text.AsSpan(from, reference.Index - from));
    }

    // A change led by its verb after "to", "will", "could" and the like ("wants trade to rise by 50 per cent by 2030", "will
    // further grow 10%") is an aim or a forecast, not a change reported. A change led by its number ("picked up to 4%
    // growth") is not judged by the word before it.
    private bool IsYetToCome(Match change)
    {
        if (!char.IsLetter(text[change.Index]) || change.Groups["q"].Success && change.Groups["q"].Index == change.Index)
        {
            return false;
        }

        var from = Math.Max(0, change.Index - 30);
        return TextPatterns.YetToCome().IsMatch(text.AsSpan(from, change.Index - from));
    }

    // The percentage must be about trade: a trade word nearer before it than any word about something else, or the flow
    // the sentence continues, or a trade verb in the comparison right after it ("That was 3.8% more than Mexico shipped in
    // the same three months of last year").
    private bool IsAboutTrade(Match percentage, SentenceFacts facts, SentenceCues cues)
    {
        var at = percentage.Index;
        var tradeBefore = facts.Flows.Where(f => f.Start < at).Select(f => at - f.End).DefaultIfEmpty(int.MaxValue).Min();
        var otherBefore = cues.NotTrade.Where(n => n.Start < at).Select(n => at - n.End).DefaultIfEmpty(int.MaxValue).Min();
        if (tradeBefore == int.MaxValue && facts.CarriedFlow is null)
        {
            var end = percentage.Index + percentage.Length;
            return otherBefore == int.MaxValue && facts.Flows.Exists(f => f.Start >= end && f.Start - end <= 30)
                && TextPatterns.ThanClauseAfter().IsMatch(text.AsSpan(end, Math.Min(30, facts.Sentence.End - end)));
        }

        return otherBefore >= tradeBefore;
    }

    // The later period: the second year of "between 2010 and 2014"; else a period written just after the change ("grew 16%
    // in 2018"), else the nearest one before it in its clause, else the latest after it ("doubled in five years, from $4.8bn
    // in 2013 to $9.6bn in 2018"); else the sentence's first, else the period the sentence continues. When the change runs
    // between two levels the sentence gave before it, `earlierLevel` is the earlier one's period.
    private ReportingPeriod StatementPeriod(SentenceFacts facts, Match change, ChangeForm form, Match? reference, int clauseStart, int clauseEnd, TradePair pair, TradeFlow flow, ref InferredParts inferred, out ReportingPeriod? earlierLevel)
    {
        earlierLevel = null;
        if (reference?.Groups["y2"] is { Success: true } y2)
        {
            return ReportingPeriod.Year(MentionReader.Int(y2.Value));
        }

        var candidates = facts.Periods.Where(q => reference is null || q.Start < reference.Index || q.Start >= reference.Index + reference.Length)
            .Where(q => form != ChangeForm.Share || q.Start < change.Index || q.Start >= change.Index + change.Length)
            .Where(q => !IsStartingPoint(facts.Sentence, q))
            .ToList();
        var changeEnd = change.Index + change.Length;
        var inClause = candidates.Where(q => q.Start >= clauseStart && q.Start < clauseEnd).ToList();
        var chosen = inClause.Where(q => q.Start >= changeEnd && q.Start - changeEnd <= 30 && !IsAnotherClause(changeEnd, q.Start)).Cast<PeriodMention?>().FirstOrDefault();
        if (chosen is null && inClause.Where(q => q.End <= change.Index).Cast<PeriodMention?>().LastOrDefault() is { } before)
        {
            var beforePeriod = before.Resolve(pair.Reporter, pair.Partner);
            if (LatestLevelRead(facts, pair, flow) is { } latest && latest > beforePeriod && latest.MonthCount == beforePeriod.MonthCount
                && HasLevelFor(facts, pair, flow, beforePeriod))
            {
                // "worth 9.12 billion riyals last year, against 8.79 billion riyals in 2016, an increase of 3.7 per cent": the
                // change is for the later of the two levels before it. It runs from the earlier year ("$2.2 billion in 2017,
                // against $1.4 billion in 2010, growth of 51 percent") when no other change stands between and no period
                // follows it; a month's change is often on the month before ("4.06 per cent higher than July 2023's").
                var fromTheEarlier = reference is null && beforePeriod.IsFullYear && text.AsSpan(before.End, change.Index - before.End).IndexOfAny(PercentWords) < 0
                    && !facts.Periods.Exists(q => q.Start >= changeEnd && q.Start < clauseEnd);
                earlierLevel = fromTheEarlier ? beforePeriod : null;
                return latest;
            }

            chosen = before;
        }

        if (chosen is null && inClause.Count > 0 && LatestLevelRead(facts, pair, flow) is { } reached && reached > inClause.Max(q => q.Resolve(pair.Reporter, pair.Partner)))
        {
            // "fell 15%, from $5.9bn in January-June 2015 to $5.0bn in the same months of this year": the period of the level
            // the change reached, which the sentence gives without naming it as a period.
            inferred |= InferredParts.Period;
            return reached;
        }

        if (chosen is null && ComparedPartAfter(facts.Periods, change.Index) is { } compared)
        {
            // "an increase of 4.4 percent on the first ten months of 2023": the months it is measured against, a year on.
            inferred |= InferredParts.Period;
            return compared.Period;
        }

        if (chosen is null && inClause.Count == 0 && ComparedPartBefore(facts.Periods, clauseStart, change.Index) is { } comparedBefore)
        {
            // "Compared with January-June 2022, exports to Slovakia dropped by 1.6 percent": the months it is measured
            // against, a year on.
            inferred |= InferredParts.Period;
            return comparedBefore.Period;
        }

        chosen ??= inClause.OrderBy(q => q.Period).Cast<PeriodMention?>().LastOrDefault()
            ?? candidates.Cast<PeriodMention?>().FirstOrDefault();
        if (chosen is not { } c)
        {
            inferred |= InferredParts.Period;
            return ContextPeriod(facts.Index, pair);
        }

        if (c.YearInferred)
        {
            inferred |= InferredParts.Year;
        }

        return c.Resolve(pair.Reporter, pair.Partner);
    }

    // "two-way trade stood at $14.6 billion in 2023, up around 70 percent on the $8.6 billion of 2015": a change with no
    // reference of its own runs from the period of the one other level of the sentence its size is borne out by (within
    // 10%, for levels and changes are rounded: "1,2 billion dollars in 2019, rose by 59,6% to 1,8 billion dollars in 2021"
    // is 1.5 against 1.596), when the sentence gives no level for the period it would otherwise be measured against; null
    // when none or more than one bears it out. A multiple in words is a floor as often as not ("has doubled: it stood at
    // about $201 million in 2010 and at more than $540 million in 2019"): up to the next whole multiple bears it out.
    private ReportingPeriod? PeriodOfTheLevelItRunsFrom(SentenceFacts facts, TradePair pair, TradeFlow flow, ReportingPeriod period, ReportingPeriod yearBefore, double ratio, bool isMultiple)
    {
        var levels = LevelsRead(facts, pair, flow).ToList();
        if (levels.Find(f => f.Period == period) is not { } later || levels.Exists(f => f.Period == yearBefore))
        {
            return null;
        }

        var fitting = levels.Where(f => f.Period < period && f.Period.MonthCount == period.MonthCount && f.Amount.Currency == later.Amount.Currency && f.Amount.Value > 0
                && (double)(later.Amount.Value / f.Amount.Value) is var grown
                && (Math.Abs(grown / ratio - 1) <= 0.10 || (isMultiple && grown > ratio && grown < ratio + 1)))
            .Select(f => f.Period).Distinct().ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    // The latest period of the levels read from the sentence for the pair and flow, or null.
    private ReportingPeriod? LatestLevelRead(SentenceFacts facts, TradePair pair, TradeFlow flow)
    {
        ReportingPeriod? latest = null;
        foreach (var period in PeriodsOfLevelsRead(facts, pair, flow))
        {
            if (latest is not { } l || period > l)
            {
                latest = period;
            }
        }

        return latest;
    }

    // Whether the sentence gave a level for the pair and flow in the period.
    private bool HasLevelFor(SentenceFacts facts, TradePair pair, TradeFlow flow, ReportingPeriod period)
        => PeriodsOfLevelsRead(facts, pair, flow).Contains(period);

    // The periods of the levels read from the sentence for the pair and flow, last read first.
    private IEnumerable<ReportingPeriod> PeriodsOfLevelsRead(SentenceFacts facts, TradePair pair, TradeFlow flow)
        => LevelsRead(facts, pair, flow).Select(f => f.Period);

    // The levels read from the sentence for the pair and flow, last read first.
    private IEnumerable<FigureCandidate> LevelsRead(SentenceFacts facts, TradePair pair, TradeFlow flow)
    {
        for (var i = figures.Count - 1; i >= 0 && figures[i].Quote.Start == facts.Sentence.Start; i--)
        {
            var f = figures[i];
            if (f.Reporter == pair.Reporter && f.Partner == pair.Partner && f.Flow == flow)
            {
                yield return f;
            }
        }
    }

    // Another amount, "and", "while" or a semicolon between a change and a period makes the period another clause's; the
    // level the change reached does not ("rose 28.7 per cent to $18.13 billion in 2017").
    private bool IsAnotherClause(int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        var reachedLevel = gap.TrimStart().StartsWith("to ", StringComparison.Ordinal);
        return (!reachedLevel && gap.IndexOfAny(NumberChars) >= 0) || gap.Contains(" and ", StringComparison.Ordinal) || gap.Contains(';') || gap.Contains(" while ", StringComparison.Ordinal);
    }

    // The period the later one is compared with: a month the sentence names ("lower than in May 2024"), the period just
    // before ("month on month"), the year the sentence names ("of the same period in 2015", "since 2012"),
    // a number of years before ("doubled in five years"), else the same period a year before ("grew by 16% in 2018",
    // "jumped by 86% last year", "year on year").
    private static ReportingPeriod ReferencePeriod(ReportingPeriod period, Match change, ChangeForm form, Match? reference)
    {
        if (form == ChangeForm.Share)
        {
            return change.Groups["y"].Success ? period.AddYears(MentionReader.Int(change.Groups["y"].Value) - period.StartYear) : period.AddYears(-1);
        }

        if (reference is { Success: true } && reference.Groups["rm2"].Success)
        {
            // "than in January-September 2016": that run; without its year, the run a year before the period's.
            var first = MentionReader.MonthNumber(reference.Groups["rm"].Value);
            var last = MentionReader.MonthNumber(reference.Groups["rm2"].Value);
            var year = reference.Groups["y"].Success ? MentionReader.Int(reference.Groups["y"].Value) : period.EndYear - 1;
            return MentionReader.RunOfMonths(year, first, last);
        }

        if (reference is { Success: true } && reference.Groups["rm"].Success)
        {
            // "27.6 percent lower than in May 2024", "than in May": a month; without its year, the latest before the period's.
            var month = MentionReader.MonthNumber(reference.Groups["rm"].Value);
            var year = reference.Groups["y"].Success ? MentionReader.Int(reference.Groups["y"].Value) : month < period.StartMonth ? period.StartYear : period.StartYear - 1;
            return ReportingPeriod.Month(year, month);
        }

        if (reference is { Success: true } && reference.Groups["prevm"].Success)
        {
            // "than the previous month", "quarter on quarter": the period just before, of the same length.
            return ReportingPeriod.Run((period.StartYear * 12) + period.StartMonth - 1 - period.MonthCount, period.MonthCount);
        }

        if (reference is { Success: true } && reference.Groups["y"].Success)
        {
            var year = MentionReader.Int(reference.Groups["y"].Value);
            return period.IsFullYear && period.StartMonth == 1 ? ReportingPeriod.Year(year) : period.AddYears(year - period.StartYear);
        }

        if (reference is { Success: true } && reference.Groups["n"].Success)
        {
            // "in five years", "than ten years earlier", "than a decade ago".
            return period.AddYears(-NumberWords.Count(reference.Groups["n"].Value));
        }

        return period.AddYears(-1);
    }
}
