using System.Globalization;

namespace TradeTargets.Extraction;

/// <summary>One pass over one article: sentences in order, with the context earlier sentences leave behind.</summary>
/// <remarks>
/// This file reads the sentences and keeps the context; the candidates of a sentence are read in the other parts:
/// figures (<c>ExtractionEngine.Figures.cs</c>), goals (<c>ExtractionEngine.Goals.cs</c>) and relative statements
/// (<c>ExtractionEngine.Statements.cs</c>).
/// </remarks>
internal sealed partial class ExtractionEngine
{
    // The text as read, with foreign words for "percent" written over in place; the article as written, for quotes.
    private readonly string text;
    private readonly string article;
    private readonly ExtractionContext context;
    private readonly List<Sentence> sentences;
    private readonly Country reporter;
    private readonly Currency articleCurrency;

    // Whether the article writes "US$ 3.200 million" and "9,8%" (see CurrencyHints.DotThousands).
    private readonly bool dotThousands;

    // What "$" alone stands for: the reporter's own dollar, if it pays in one.
    private readonly Currency dollarSign;

    // The first month of the reporter's fiscal year, 1 for the calendar year: "this fiscal year" in its officials' words.
    private readonly int reporterFiscalStart;

    // The first month of the fiscal years the article counts in, when it says so ("The Indian financial year runs from
    // April to March"); it overrides the month the countries' own fiscal years would give.
    private readonly int? statedFiscalStart;
    private readonly SubjectFinder subjects;
    private readonly List<GoalCandidate> goals = [];
    private readonly List<FigureCandidate> figures = [];
    private readonly HashSet<(Country, ReportingPeriod, Amount, TradeFlow)> figureKeys = [];
    private readonly List<FigureCandidate> undatedFigures = [];
    private readonly List<StatementCandidate> statements = [];

    private readonly List<string> notes = [];

    // The countries each sentence names, filled in as sentences are read or looked ahead at.
    private readonly List<CountryMention>?[] countriesOf;

    // Whether each period the sentence being read names is a starting point, by where the period is written: the same
    // period is judged for every amount beside it.
    private readonly Dictionary<(int Start, int Length), bool> startingPoints = [];

    // How often the sentences read so far name each country.
    private readonly Dictionary<string, int> mentionCounts = new(StringComparer.Ordinal);

    // What earlier sentences leave behind: the partner they were about, the flow they named, whether they spoke of trade.
    private Country? topic;
    private TradeFlow? lastFlow;

    // The partner of the last sentence that named the reporter and one other country together ("Trade between Russia and
    // China returned to growth"), or one other country beside a word of trade ("Trade with Morocco rose"; not "growth in
    // bilateral trade ... amid the threat of secondary sanctions from the United States"), which "the two countries"
    // speaks of though other countries were named since.
    private Country? pairNamedTogether;

    // The most characters between a word of trade and the country it is with.
    private const int NearAFlowWord = 30;

    // The currency the last sentence that wrote one wrote first ("1.3 billion Qatari riyals in 2018"), for the amounts
    // the sentences after it write bare ("and 1.1 billion in 2019").
    private Currency? lastWrittenCurrency;

    // The unit a sentence stated for the bare numbers of the few sentences after it ("(all values in US$ millions)").
    private DeclaredUnit? declaredUnit;
    private int lastTradeSentence = -2;

    // The last sentence read as the reporter's trade with the world or a group ("Worldwide, exports reached a record").
    private int lastWorldSentence = -2;
    private PeriodMention? lastPeriod;
    private int lastPeriodSentence = -2;

    // Whether lastPeriod was named by a sentence about trade, which one sentence about something else does not end.
    private bool lastPeriodFromTrade;

    // The last period a sentence about trade named, for a later one that points back to it ("during the period").
    private PeriodMention? periodOfTheArticle;

    // The last period of each length in months a sentence about trade named, for a later one that points back to it by its
    // length ("in the quarter", "in the five months") after a part of it or another period was named ("In March alone").
    private readonly Dictionary<int, PeriodMention> lastByLength = [];

    // The goals the last sentence with goals added without a deadline, and which sentence that was.
    private List<int> goalsWithoutDeadline = [];
    private int pendingSentence = -2;

    // Each sentence's announcement date, once read.
    private (DateOnly Date, bool Dated)?[]? announcements;

    // A sentence not about trade leaves its first named period for the next one, read only if that one needs it.
    private Sentence? lastPeriodUnread;

    public ExtractionEngine(string text, ExtractionContext context)
    {
        article = text;
        text = ForeignPercentWords.ReadAsEnglish(text);
        this.text = text;
        this.context = context;
        NoteWhatCannotBeRead(text, notes);
        sentences = SentenceSplitter.Split(text, notes);
        countriesOf = new List<CountryMention>?[sentences.Count];
        reporter = context.Reporter ?? Dominant(CountryLexicon.Find(text, 0, text.Length)) ?? Country.Parse("BLR");
        dollarSign = CurrencyNames.DollarSign(reporter);
        articleCurrency = DominantCurrency();
        dotThousands = !TextPatterns.DecimalPointNumber().IsMatch(text)
            && (TextPatterns.DecimalCommaNumber().IsMatch(text) || TextPatterns.DotGroupedNumber().IsMatch(text) || TextPatterns.DotGroupedMillionsNamed().IsMatch(text)
                || (GroupsThousandsWithDots.Contains(reporter.Code) && TextPatterns.DotGroupedMillions().IsMatch(text)));
        reporterFiscalStart = FiscalYears.OwnStartMonth(reporter);
        statedFiscalStart = StatedFiscalStart(text);
        subjects = new SubjectFinder(text, reporter, context.Reporter is not null);
    }

    // "The Indian financial year runs from April to March", "India's fiscal year begins in April": the first month of the
    // fiscal years the article counts in, when it says so; null when it does not.
    // Runs once per article: the pattern is tried only on articles that say "fiscal" or "financial" at all, not on every
    // one that holds " year ".
    private static int? StatedFiscalStart(string text)
        => text.AsSpan().IndexOfAny(FiscalWords) >= 0 && TextPatterns.FiscalYearStated().Match(text) is { Success: true } m
            ? MentionReader.MonthNumber(m.Groups["m"].Value)
            : null;

    private static readonly System.Buffers.SearchValues<string> FiscalWords
        = System.Buffers.SearchValues.Create(["fiscal", "financial"], StringComparison.OrdinalIgnoreCase);

    // The countries whose own language groups thousands with dots (Spanish and Portuguese): their press, in English,
    // keeps "US$1.390 million" for 1,390 million when the text writes no decimal point.
    private static readonly HashSet<string> GroupsThousandsWithDots =
    [
        "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GTM", "HND", "MEX", "NIC", "PAN", "PER", "PRT", "PRY",
        "SLV", "URY", "VEN", "AGO", "MOZ", "CPV", "GNB", "STP", "TLS", "GNQ",
    ];

    // An empty text, one in another script or a binary file gives no candidates; the result says why.
    private static void NoteWhatCannotBeRead(string text, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            notes.Add("The text is empty: there is nothing to read.");
            return;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The text holds a NUL character at character {nul:N0}, so it is probably not text (a binary file); what could be read was read."));
        }

        if (text.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 && text.AsSpan().IndexOfAnyInRange('a', 'z') < 0)
        {
            notes.Add("The text holds no Latin letters; the extractor reads English, so nothing was read.");
        }

        if (OtherDigitAt(text) is var digit and >= 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"The text writes a digit other than 0-9 ('{text[digit]}', U+{(int)text[digit]:X4}) at character {digit:N0}; numbers written in such digits were not read."));
        }
    }

    // Where the first decimal digit outside 0-9 stands (Arabic-Indic "٥", Devanagari "५", full-width "５"), or -1. The
    // patterns read ASCII digits only, since numbers are parsed as invariant-culture text.
    private static int OtherDigitAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var nonAscii = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007F');
            if (nonAscii < 0)
            {
                return -1;
            }

            i += nonAscii;
            if (char.IsDigit(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public ExtractionResult Run()
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            Read(i);
            countriesOf[i] = null;
            startingPoints.Clear();
        }

        var (keptFigures, repeatedFigures) = FirstReadings.Split(figures, f => (f.Reporter, f.Partner, f.Flow, f.Period), f => f.Inferred);
        var (keptStatements, repeatedStatements) = FirstReadings.Split(statements, s => (s.Reporter, s.Partner, s.Flow, s.Period, s.ReferencePeriod), s => s.Inferred);
        return new ExtractionResult(MergeRestatedGoals(goals), keptFigures, keptStatements, notes, repeatedFigures, repeatedStatements, undatedFigures);
    }

    private static Country? Dominant(List<CountryMention> mentions)
        => mentions.Count == 0 ? null : mentions.GroupBy(m => m.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Start).First().Key;

    private Currency DominantCurrency()
    {
        var euros = text.Contains('€', StringComparison.Ordinal) || text.Contains("EUR ", StringComparison.Ordinal) || text.Contains(" euro", StringComparison.Ordinal);
        var sign = text.Contains('$', StringComparison.Ordinal);
        var dollars = sign || text.Contains("USD", StringComparison.Ordinal) || text.Contains("dollar", StringComparison.Ordinal);
        return euros && !dollars ? new Currency("EUR") : sign ? dollarSign : Currency.Usd;
    }

    private void Read(int index)
    {
        var sentence = sentences[index];
        if (DeclaredUnit.Read(text, sentence, index) is { } declared)
        {
            declaredUnit = declared;
        }

        TakeDeadlineFromNextSentence(index, sentence);
        TakeMovedDeadline(sentence);
        var countries = CountriesOf(index);
        foreach (var c in countries)
        {
            mentionCounts[c.Country.Code] = mentionCounts.GetValueOrDefault(c.Country.Code) + 1;
        }

        var flows = FlowWords(sentence);
        var hasTrade = flows.Count > 0;
        var pairAsTwo = PairNamedAsTwo(sentence);
        var continuesTrade = !hasTrade && lastTradeSentence >= index - 2 && (ContinuesTrade(sentence, index) || GoesOnWithPartnersAmounts(index, sentence, countries));

        var figuresBefore = figures.Count;
        SentenceFacts? facts = null;
        if (hasTrade || continuesTrade)
        {
            var periods = Periods(sentence);
            facts = new SentenceFacts(index, sentence, countries, flows, periods, DescribedPartner(index, sentence) ?? pairAsTwo ?? topic ?? PartnerAhead(index, countries), continuesTrade ? lastFlow : null, topic is null);
            ReadCandidates(facts);
            RememberPeriod(index, sentence, periods);
        }
        else
        {
            // A sentence not about trade that follows another one ends the period the last one about trade named; so does one
            // that opens a paragraph with numbers of its own ("14 agreements were signed"), but not a bare link ("Behind
            // that total, the two flows moved apart.").
            lastPeriodFromTrade &= lastPeriodUnread is null && index > 0
                && (sentences[index - 1].Paragraph == sentence.Paragraph || text.AsSpan(sentence.Start, sentence.Length).IndexOfAnyInRange('0', '9') < 0);
            (lastPeriodUnread, lastPeriodSentence) = (sentence, index);
        }

        RememberTopic(index, sentence, countries, flows, pairAsTwo);
        if (hasTrade)
        {
            // The flow as the sentence's last figure was read, seen from the reporter ("China bought the most" is
            // the reporter's exports), else as its last flow word reads from the reporter's side ("the UK buys gold"
            // is the reporter's exports too).
            lastFlow = figures.Count > figuresBefore ? figures[^1].Flow : subjects.SubjectAt(flows[^1].End, facts!)?.Flow ?? flows[^1].Flow;
            lastTradeSentence = index;
        }
        else if (continuesTrade)
        {
            lastTradeSentence = index;
        }
    }

    // Goals of the sentence before that have no deadline take the one this sentence gives, when it states no amount of
    // its own and speaks of reaching what the sentence before set: "Georgia intends to raise its trade with Turkiye to $3
    // billion. He expects the figure to be reached soon."
    private void TakeDeadlineFromNextSentence(int index, Sentence sentence)
    {
        if (goalsWithoutDeadline.Count == 0)
        {
            return;
        }

        var pending = goalsWithoutDeadline;
        goalsWithoutDeadline = [];
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (pendingSentence != index - 1 || HasMoneyMark(span) || !TextPatterns.ReachingWhatWasSet().IsMatch(span))
        {
            return;
        }

        foreach (var i in pending)
        {
            var goal = goals[i];
            if (DeadlineReader.First(text, sentence.Start, sentence.Length, goal.AnnouncedOn, null, context.VagueDeadlines, reporterFiscalStart) is { } deadline)
            {
                goals[i] = WithDeadlineFromAnotherSentence(goal, deadline);
            }
        }
    }

    // A goal given a deadline read in another sentence: marked inferred, and its confidence no longer lowered for a missing
    // part but for the distance.
    private static GoalCandidate WithDeadlineFromAnotherSentence(GoalCandidate goal, ExtractedDeadline deadline) => goal with
    {
        Deadline = deadline,
        Inferred = goal.Inferred | InferredParts.Deadline,
        Confidence = Math.Round(Math.Clamp(goal.Confidence + CandidateWords.MissingPart - CandidateWords.DeadlineFromNextSentence, 0.05, 1.0), 2),
    };

    // A word every match of TextPatterns.MovedDeadline holds.
    private static readonly System.Buffers.SearchValues<string> MovedDeadlineWords = System.Buffers.SearchValues.Create(["deadline", "target "], StringComparison.OrdinalIgnoreCase);

    // "The $15 billion goal was first meant for 2020; the deadline has now been moved to 2023": a sentence anywhere after
    // the goals stated without a deadline that moves their deadline to a year. A goal with a deadline of its own keeps it.
    private void TakeMovedDeadline(Sentence sentence)
    {
        if (goals.Count == 0 || text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(MovedDeadlineWords) < 0)
        {
            return;
        }

        var moved = TextPatterns.MovedDeadline().Match(text, sentence.Start, sentence.Length);
        if (!moved.Success)
        {
            return;
        }

        var year = MentionReader.Int(moved.Groups["y"].Value);
        for (var i = 0; i < goals.Count; i++)
        {
            if (goals[i] is { Deadline: null, Target: not null } goal && year >= goal.AnnouncedOn.Year)
            {
                goals[i] = WithDeadlineFromAnotherSentence(goal, new ExtractedDeadline(moved.Value, Deadline.InYear(year), year, year));
            }
        }
    }

    // A sentence without trade words that goes on about the trade of the one before ("It amounted to …"), or that states a
    // goal for it within two sentences ("We are working to reach $20 billion in the near future", "the aims of $100
    // billion by 2015 and $200 billion by 2020").
    private bool ContinuesTrade(Sentence sentence, int index)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (lastTradeSentence == index - 1 && TextPatterns.Continuation().IsMatch(span))
        {
            return true;
        }

        // "The next three places went to Central American neighbours. Nicaragua ranked second with 1,182.2 million
        // dollars": a ranking goes on from the sentence about trade before the one that introduces it.
        if (span.IndexOfAny(TextPatterns.RankingWords) >= 0 && TextPatterns.RankingContinuation().IsMatch(span)
            && (lastTradeSentence == index - 1 || (lastTradeSentence == index - 2 && index >= 2 && sentences[index - 1].Paragraph == sentence.Paragraph)))
        {
            return true;
        }

        if (IsListItem(index, span))
        {
            return true;
        }

        return HasMoneyMark(span) && TextPatterns.GoalCue.IsMatch(span);
    }

    // "China ($21.2 billion) moved into second place, ahead of the United Arab Emirates ($16.7 billion)", right after a
    // sentence about trade in the same paragraph: a partner with its amount in parentheses goes on with the ranking or
    // list the sentence before began, in its flow and period.
    private bool GoesOnWithPartnersAmounts(int index, Sentence sentence, List<CountryMention> countries)
    {
        if (lastTradeSentence != index - 1 || sentences[index - 1].Paragraph != sentence.Paragraph)
        {
            return false;
        }

        foreach (var c in countries)
        {
            if (TextPatterns.AmountInParenthesesAt().IsMatch(text, c.End))
            {
                return true;
            }
        }

        return false;
    }

    // A line of a list of partners with their amounts, after the sentence that introduces the list ("Germany's ten largest
    // trading partners in 2015, by the sum of exports and imports:") or after the item before: it starts its line, or
    // follows only the item's number ("1.", which may be split off as a sentence of its own).
    private bool IsListItem(int index, ReadOnlySpan<char> span)
    {
        if (index == 0)
        {
            return false;
        }

        var before = sentences[index - 1];
        bool startsLine;
        if (before.Paragraph != sentences[index].Paragraph)
        {
            startsLine = lastTradeSentence == index - 1;
        }
        else
        {
            var number = text.AsSpan(before.Start, before.Length).Trim().TrimEnd('.').TrimEnd(')');
            startsLine = lastTradeSentence == index - 2 && index >= 2 && sentences[index - 2].Paragraph != before.Paragraph
                && number.Length is > 0 and <= 2 && number.IndexOfAnyExceptInRange('0', '9') < 0;
        }

        // The item leads with its partner ("Total: $5bn" or "Source: 2023 data" is no item).
        return startsLine && TextPatterns.ListItem().IsMatch(span)
            && CountriesOf(index) is [var first, ..] && first.Start - sentences[index].Start <= MostCharactersBeforeAnItemsPartner;
    }

    // "12. the ": the item's number, its full stop, a space and "the ".
    private const int MostCharactersBeforeAnItemsPartner = 8;

    // Every amount has a currency sign or a scale word; these are their marks, the signs searched as characters (a set
    // of strings that holds a one-character string is searched a character at a time).
    private static readonly System.Buffers.SearchValues<char> MoneySigns = System.Buffers.SearchValues.Create("$€£¥₹");

    private static readonly System.Buffers.SearchValues<string> MoneyWords = System.Buffers.SearchValues.Create(["illion", "bn", "bln", "mln", "USD", "EUR"], StringComparison.Ordinal);

    private static bool HasMoneyMark(ReadOnlySpan<char> span) => span.IndexOfAny(MoneySigns) >= 0 || span.IndexOfAny(MoneyWords) >= 0;

    // The partner later sentences are about when they name none; pairAsTwo is the partner of the pair the sentence calls
    // "the two countries", if it does (see PairNamedAsTwo).
    private void RememberTopic(int index, Sentence sentence, List<CountryMention> countries, List<FlowWord> flows, Country? pairAsTwo)
    {
        // The country the trade words are about ("Ankara and Moscow will lift trade"), else the first one named; the
        // first of the nearest on a tie. Countries in parentheses ("(after Russia and Ukraine)") are asides, not what the
        // sentence is about.
        // When it names several, the one the article names most often ("Vietnam ranks second among Cuba's partners after
        // China. Commerce between them ...").
        Country? nearest = null;
        var nearestDistance = int.MaxValue;
        var several = false;
        foreach (var c in countries)
        {
            if (c.Country == reporter || InParentheses(sentence, c.Start))
            {
                continue;
            }

            several |= nearest is { } n && n != c.Country;
            var distance = flows.Count == 0 ? 0 : DistanceToFlowWord(c, flows);
            if (nearest is null || distance < nearestDistance)
            {
                (nearest, nearestDistance) = (c.Country, distance);
            }
        }

        // A sentence that names no partner but speaks of "the two countries" goes on with the pair it means.
        topic = several ? MostNamed(index, sentence, countries, nearest!.Value) : nearest ?? pairAsTwo ?? topic;
        if (!several && nearest is { } partner && ((flows.Count > 0 && nearestDistance <= NearAFlowWord) || countries.Exists(c => c.Country == reporter)))
        {
            pairNamedTogether = partner;
        }
    }

    // "trade between the two countries", "between them": the pair last named together, whatever country was named since
    // ("... the threat of secondary sanctions from the United States. Trade between the two countries is nonetheless well
    // above 200 billion dollars"); null when the sentence does not speak of the pair so.
    private Country? PairNamedAsTwo(Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return pairNamedTogether is { } partner && partner != topic && span.IndexOfAny(PairAsTwoWords) >= 0 && TextPatterns.ThePairAsTwo().IsMatch(span) ? partner : null;
    }

    // A part of every match of TextPatterns.ThePairAsTwo; most sentences have none and skip the pattern.
    private static readonly System.Buffers.SearchValues<string> PairAsTwoWords = System.Buffers.SearchValues.Create(["two", "both", "between them"], StringComparison.OrdinalIgnoreCase);

    // Of the countries a sentence names besides the reporter, the one the article has named most often up to and including
    // this sentence; on a tie, the one the next few sentences name most; the given one if still tied.
    private Country MostNamed(int index, Sentence sentence, List<CountryMention> countries, Country preferred)
    {
        var best = preferred;
        var bestCount = mentionCounts.GetValueOrDefault(preferred.Code);
        var bestAhead = -1;
        foreach (var c in countries)
        {
            if (c.Country.Code == reporter.Code || c.Country.Code == best.Code || InParentheses(sentence, c.Start))
            {
                continue;
            }

            var count = mentionCounts.GetValueOrDefault(c.Country.Code);
            if (count < bestCount)
            {
                continue;
            }

            if (count == bestCount)
            {
                // A tie: the one the next sentences name more.
                bestAhead = bestAhead < 0 ? NamedAhead(index, best.Code) : bestAhead;
                var ahead = NamedAhead(index, c.Country.Code);
                if (ahead <= bestAhead)
                {
                    continue;
                }

                bestAhead = ahead;
            }
            else
            {
                bestAhead = -1;
            }

            (best, bestCount) = (c.Country, count);
        }

        return best;
    }

    // A sentence about trade before the article has named any partner ("with the aim of taking trade to eight billion
    // dollars", a sentence before "Canada" is first named) takes the first partner the next few sentences name, marked as
    // inferred like any partner from another sentence.
    private Country? PartnerAhead(int index, List<CountryMention> countries)
    {
        if (countries.Any(c => c.Country != reporter))
        {
            return null;
        }

        for (var i = index + 1; i < sentences.Count && i <= index + LookAhead; i++)
        {
            foreach (var c in CountriesOf(i))
            {
                if (c.Country != reporter)
                {
                    return c.Country;
                }
            }
        }

        return null;
    }

    // How often the next few sentences name a country.
    private int NamedAhead(int index, string code)
    {
        var count = 0;
        for (var i = index + 1; i < sentences.Count && i <= index + LookAhead; i++)
        {
            foreach (var c in CountriesOf(i))
            {
                count += c.Country.Code == code ? 1 : 0;
            }
        }

        return count;
    }

    // The countries a sentence names, found once: a tie looks ahead at sentences read later.
    private List<CountryMention> CountriesOf(int index)
    {
        var sentence = sentences[index];
        return countriesOf[index] ??= CountryLexicon.Find(text, sentence.Start, sentence.Length);
    }

    // "Spain displaced India as the leading destination. The European country accounted for N310.7 billion": a partner
    // described by its region, the one country of that region the sentence before names; null when the sentence describes
    // none or the sentence before names no such country, or two.
    private Country? DescribedPartner(int index, Sentence sentence)
    {
        if (index == 0 || text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(DescriptorWords) < 0
            || TextPatterns.RegionDescriptor().Match(text, sentence.Start, sentence.Length) is not { Success: true } m)
        {
            return null;
        }

        var region = RegionOf(m.Groups["r"].Value);
        Country? found = null;
        foreach (var c in CountriesOf(index - 1))
        {
            if (c.Country != reporter && string.Equals(c.Country.Region, region, StringComparison.Ordinal))
            {
                if (found is { } f && f != c.Country)
                {
                    return null;
                }

                found = c.Country;
            }
        }

        return found;
    }

    // The UN M49 region a regional adjective names.
    private static string RegionOf(string adjective) => adjective.AsSpan().TrimEnd() switch
    {
        var a when a.EndsWith("European", StringComparison.Ordinal) || a is "Nordic" or "Baltic" or "Balkan" or "Scandinavian" => "Europe",
        var a when a.EndsWith("African", StringComparison.Ordinal) => "Africa",
        var a when a.EndsWith("American", StringComparison.Ordinal) || a is "Caribbean" or "Andean" => "Americas",
        "Pacific" => "Oceania",
        _ => "Asia",
    };

    private static readonly System.Buffers.SearchValues<string> DescriptorWords = System.Buffers.SearchValues.Create(
        ["country", "nation", "kingdom", "republic", "state", "economy", "neighbo"], StringComparison.Ordinal);

    // How many sentences after a tie are read to break it.
    private const int LookAhead = 5;

    private static int DistanceToFlowWord(CountryMention country, List<FlowWord> flows)
    {
        var distance = int.MaxValue;
        foreach (var f in flows)
        {
            distance = Math.Min(distance, Math.Abs(f.Start - country.Start));
        }

        return distance;
    }

    private List<PeriodMention> Periods(Sentence sentence)
    {
        if (!MayNamePeriod(sentence))
        {
            return [];
        }

        var periods = MentionReader.Periods(text, sentence, context.Published);
        return statedFiscalStart is { } first
            ? periods.ConvertAll(p => p.FiscalStartYear is not null && p.FiscalStartMonth is null ? p with { FiscalStartMonth = first } : p)
            : periods;
    }

    // The period the next sentence may continue: the latest one a sentence about trade names, or else the one it continued.
    private void RememberPeriod(int index, Sentence sentence, List<PeriodMention> periods)
    {
        ReadUnreadPeriod();
        lastPeriodSentence = index;
        var pointed = PeriodPointedBackByLength(sentence.Start, sentence.Length);
        var latest = LatestLevelPeriod(sentence, periods);
        if (latest is { } whole && pointed is { } part && whole.Period.IsFullYear && whole.Period.Contains(part.Period))
        {
            // "in 2023, taking $1,041.3m in the five months": the months inside the year are what the sentences after go on with.
            latest = part;
        }

        if ((latest ?? ComparedPartYearOn(sentence, periods) ?? pointed) is { } named)
        {
            lastPeriod = named;
            periodOfTheArticle = named;
            lastByLength[named.Period.MonthCount] = named;
        }

        lastPeriodFromTrade = lastPeriod is not null;
    }

    // "Trade with each partner topped $10bn in the quarter", "taking $1,041.3m in the five months": the last period of
    // that length named, though a month or a year was named since; null when the text does not point back so.
    private PeriodMention? PeriodPointedBackByLength(int from, int length)
    {
        if (lastByLength.Count == 0 || text.AsSpan(from, length).IndexOfAny(LengthWords) < 0
            || TextPatterns.PointsBackByLength().Match(text, from, length) is not { Success: true } m)
        {
            return null;
        }

        var months = m.Groups["quarter"].Success ? 3 : m.Groups["half"].Success ? 6 : NumberWords.Count(m.Groups["n"].Value);
        return lastByLength.TryGetValue(months, out var named) ? named : null;
    }

    private static readonly System.Buffers.SearchValues<string> LengthWords = System.Buffers.SearchValues.Create(["quarter", "half", "semester", " months", "-month"], StringComparison.OrdinalIgnoreCase);

    // "Trade with the US came to 4.01 trillion yuan, up 4.4 percent on the first ten months of 2023", "exports went up
    // compared with January-June 2022 in every case but Slovakia, where they dropped by 1,6 percent": a sentence whose only
    // period is the part of a year its change is measured against speaks of that part a year on.
    private PeriodMention? ComparedPartYearOn(Sentence sentence, List<PeriodMention> periods)
    {
        foreach (var p in periods)
        {
            var from = Math.Max(sentence.Start, p.Start - 80);
            var before = text.AsSpan(from, p.Start - from);
            var percent = Math.Max(before.LastIndexOf('%'), Math.Max(before.LastIndexOf("percent", StringComparison.OrdinalIgnoreCase), before.LastIndexOf("per cent", StringComparison.OrdinalIgnoreCase)));
            var changeAfter = percent < 0 && text.AsSpan(p.End, sentence.End - p.End).IndexOfAny(PercentWords) >= 0 && IsLedAsCompared(p, sentence.Start);
            if ((changeAfter || (percent >= 0 && IsComparedPart(p, from + percent))) && YearOn(p) is { } yearOn)
            {
                return yearOn;
            }
        }

        return null;
    }

    // The latest period named in the sentence not about trade that came last, or none.
    private void ReadUnreadPeriod()
    {
        if (lastPeriodUnread is not { } sentence)
        {
            return;
        }

        lastPeriodUnread = null;
        var named = LatestLevelPeriod(sentence, Periods(sentence));

        // "Exports to Uganda slid to Sh8.58bn in January-March 2016. Uganda dropped to fourth place. The Netherlands led with
        // Sh11.89bn": one sentence about something else between two about trade in a paragraph does not end the period.
        lastPeriod = named ?? (lastPeriodFromTrade ? lastPeriod : null);
        lastPeriodFromTrade = named is null && lastPeriodFromTrade;
    }

    // "last year, in the January-November period": a run of months inside a year the sentence names only as "last year"
    // or "this year" is the period its levels are for; so is the part of a year named in parentheses right after it ("In
    // FY22 (April-December)").
    private bool IsNamedInside(PeriodMention inner, PeriodMention outer)
        => outer.Period.Contains(inner.Period) && inner.Period != outer.Period
            && ((outer.YearInferred && outer.Period.IsFullYear) || (inner.Start > outer.End && text.AsSpan(outer.End, inner.Start - outer.End).Trim() is "("));

    // Of the periods a sentence names, the latest that can be a level's: not a starting point ("since 2015"), not one another
    // period is compared with ("slightly down on the first quarter of 2018, when exports came to ...") and not
    // after the publication (a deadline). A sentence that goes on from "$12.9 billion in 2016 and $18.13 billion in 2017"
    // ("Exports made up $14.08 billion of that") speaks of 2017.
    private PeriodMention? LatestLevelPeriod(Sentence sentence, List<PeriodMention> periods)
    {
        PeriodMention? latest = null;
        foreach (var p in periods)
        {
            if (!IsStartingPoint(sentence, p) && !IsEarlierRestated(sentence, p.Start) && !IsLedAsCompared(p, sentence.Start) && p.Period.FirstDay <= context.Published && !IsTheTimeOfAnEvent(sentence, p)
                && (latest is not { } l || (p.Period.LastDay > l.Period.LastDay && !p.Period.Contains(l.Period)) || IsNamedInside(p, l)))
            {
                latest = p;
            }
        }

        return latest;
    }

    // "The first Chile Week is planned for October" (an event ahead, whatever year the publication date would give a month
    // without its year), "the statistics office said in March" (when the numbers were told), "banned the import of hundreds
    // of products in June last year" (a step taken): the time of an event, no period of a level.
    private bool IsTheTimeOfAnEvent(Sentence sentence, PeriodMention period)
    {
        var from = Math.Max(sentence.Start, period.Start - 100);
        return TextPatterns.TimeOfAnEventBefore().IsMatch(text.AsSpan(from, period.Start - from));
    }

    // "a year earlier, in the 12 months to March 2021", "to $2.7 billion from $2.9 billion in FY22", "a jump of 23.5 percent
    // on the $912.8 million sent in January last year": a period named as the earlier one of a comparison, which the
    // sentences after do not go on with.
    private bool IsEarlierRestated(Sentence sentence, int periodStart)
    {
        var from = Math.Max(sentence.Start, periodStart - 64);
        var before = text.AsSpan(from, periodStart - from);
        return (before.IndexOfAny(EarlierWords) >= 0 || ((before.Contains("from ", StringComparison.Ordinal) || before.IndexOfAny(PercentWords) >= 0) && before.IndexOfAnyInRange('0', '9') >= 0))
            && TextPatterns.EarlierBeforePeriod().IsMatch(before);
    }

    private bool PointsBackToAPeriod(Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return span.IndexOfAny(PointingBackWords) >= 0 && TextPatterns.PointsBackToAPeriod().IsMatch(span);
    }

    private static readonly System.Buffers.SearchValues<string> PointingBackWords = System.Buffers.SearchValues.Create(["period", "months"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> EarlierWords = System.Buffers.SearchValues.Create(["earlier", "before", "ago", "against", "compared", "versus", "vs", "after"], StringComparison.OrdinalIgnoreCase);

    // A figure or statement without a period of its own takes the period of the sentence just before ("In January–July
    // trade came to $623.2m. Exports amounted to $159.5m"), else the period the article last named for a level (an article
    // reports one period: "Exports to Uganda slid in the first quarter. ... Pakistan took goods worth Sh7.4 billion"),
    // unless the level is stated as it stands now ("remains at around $50m"), which is the year before publication; either
    // way it is inferred.
    private ReportingPeriod ContextPeriod(int index, TradePair pair) => StatedContextPeriod(index, pair) ?? AssumedPeriod();

    // The period of a level the text gives none for: the latest full year before publication.
    private ReportingPeriod AssumedPeriod() => ReportingPeriod.Year(context.Published.Year - 1);

    // The period of ContextPeriod when the text states one; null when it would be the year before publication, assumed.
    private ReportingPeriod? StatedContextPeriod(int index, TradePair pair)
    {
        if (PeriodPointedBackByLength(sentences[index].Start, sentences[index].Length) is { } pointed)
        {
            return pointed.Resolve(pair.Reporter, pair.Partner);
        }

        if (lastPeriodSentence == index - 1)
        {
            ReadUnreadPeriod();
        }

        if (lastPeriodSentence == index - 1 && lastPeriod is { } carried)
        {
            return carried.Resolve(pair.Reporter, pair.Partner);
        }

        // "Nepal bought Rs 554.75 billion worth of goods from India during the period": the period named before, however
        // far, even for a level stated in the present.
        return periodOfTheArticle is { } named && (PointsBackToAPeriod(sentences[index]) || !TextPatterns.PresentLevel().IsMatch(text.AsSpan(sentences[index].Start, sentences[index].Length)))
            ? named.Resolve(pair.Reporter, pair.Partner)
            : null;
    }

    // An amount in words ends in "illion"; a multiple is "-fold", "doubled", "tripled" or "N times".
    private static readonly System.Buffers.SearchValues<string> AmountInWordsOrMultiple
        = System.Buffers.SearchValues.Create(["illion", "fold", "doubl", "tripl", "times"], StringComparison.OrdinalIgnoreCase);

    private void ReadCandidates(SentenceFacts facts)
    {
        var sentence = facts.Sentence;
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (facts.Countries.TrueForAll(c => c.Country == reporter || InParentheses(sentence, c.Start))
            && (GoesOnWithTheWorld(facts) || ((span.IndexOfAny(TextPatterns.WorldScopeWords) >= 0 || span.IndexOfAny(TextPatterns.BlocNames) >= 0) && TextPatterns.WorldScope().IsMatch(span))))
        {
            // "Across all markets, exports grew 11.5%", "exports to the Nile basin countries (Sudan, Kenya, ...)": the
            // reporter's trade with the world or a group, whatever the article's partner.
            lastWorldSentence = facts.Index;
            return;
        }

        var hasNumber = span.IndexOfAnyInRange('0', '9') >= 0;
        var mayHoldFraction = span.IndexOfAny(FractionWords) >= 0;
        if (!hasNumber && !mayHoldFraction && span.IndexOfAny(AmountInWordsOrMultiple) < 0)
        {
            // No number, no amount in words, no multiplier and no fraction: nothing to read but a goal without a level.
            ReadGoalWithoutLevel(facts, new SentenceCues(text, article, sentence));
            return;
        }

        var cues = new SentenceCues(text, article, sentence);
        var (targets, baseline, level) = ReadFigures(facts, cues);
        ReadGoals(facts, cues, targets, baseline, level);
        if (cues.MayHoldMultiple || mayHoldFraction)
        {
            ReadStatements(facts, cues);
        }
    }

    // A sentence naming no partner right after one about the world's trade, in its paragraph, goes on with it: "Worldwide,
    // July exports and imports reached the second-highest levels on record. Exports rose 14.3 percent to 5.31 trillion yen".
    private bool GoesOnWithTheWorld(SentenceFacts facts)
        => lastWorldSentence == facts.Index - 1 && sentences[lastWorldSentence].Paragraph == facts.Sentence.Paragraph;

    private List<FlowWord> FlowWords(Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var found = new List<FlowWord>();
        var together = -1;
        foreach (var m in TextPatterns.Flow().EnumerateMatches(span))
        {
            var start = sentence.Start + m.Index;
            if (start < together)
            {
                continue;
            }

            // "exports and imports between the two countries added up to": the two flows taken together are turnover.
            var end = start + m.Length;
            if ((text[start] | 0x20) is 'e' or 'i' && TakenTogether(start, end, sentence) is { Success: true } other)
            {
                together = other.Index + other.Length;
                found.Add(new FlowWord(start, together, TradeFlow.Turnover));
                continue;
            }

            found.Add(FlowWordAt(start, m.Length));
        }

        if (span.IndexOfAny(TextPatterns.OtherFlowStems) >= 0)
        {
            var common = found.Count;
            foreach (var m in TextPatterns.OtherFlow().EnumerateMatches(span))
            {
                found.Add(FlowWordAt(sentence.Start + m.Index, m.Length));
            }

            if (common > 0 && found.Count > common)
            {
                found.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            TakeTheFlowTotalled(found);
        }

        return found;
    }

    // "That is US$136 million more than was imported in February 2011, when the total came to US$ 201 million": "the total"
    // is the flow named before it in its sentence; with none, the pair's turnover ("By fiscal year 2018-19 the total had
    // climbed to $49.65 million, with exports of").
    private void TakeTheFlowTotalled(List<FlowWord> found)
    {
        for (var i = 1; i < found.Count; i++)
        {
            if (text.AsSpan(found[i].Start).StartsWith("total", StringComparison.OrdinalIgnoreCase))
            {
                found[i] = found[i] with { Flow = found[i - 1].Flow };
            }
        }
    }

    // The other flow word after "exports" or "imports" when the two are taken together: "exports and imports between the
    // two countries", "worth a combined", "in combined imports and exports", "exports plus imports".
    private System.Text.RegularExpressions.Match? TakenTogether(int start, int end, Sentence sentence)
    {
        var other = TextPatterns.OtherFlowAfter().Match(text, end, sentence.End - end);
        if (!other.Success)
        {
            return null;
        }

        // "combined exports and imports", "two-way imports and exports", "total imports and exports", "the sum of exports
        // and imports".
        var from = Math.Max(sentence.Start, start - 9);
        var otherEnd = other.Index + other.Length;
        var before = text.AsSpan(from, start - from);
        return other.Groups["plus"].Success || before.EndsWith("combined ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("two-way ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("total ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("sum of ", StringComparison.OrdinalIgnoreCase)
            || TextPatterns.TakenTogetherAfter().IsMatch(text.AsSpan(otherEnd, sentence.End - otherEnd)) ? other : null;
    }

    private FlowWord FlowWordAt(int start, int length) => new(start, start + length, FlowOf(text.AsSpan(start, length)));

    // The pattern's export words start with "e", "s" or "d" (sales, shipments, sold, supplied, deliveries, destination)
    // or are "buyer", "customer", "market", "importer" (of the reporter's goods) or "took", "taking" and "received" (a
    // partner that took or received an amount took the reporter's goods); its import words start with "i", "p" or "bo" and
    // "bu" (purchases, bought, buying) or are "brought in" (from the partner) or "supplier"; its turnover words with none
    // of these but "exc" (exchange), "business" (between two countries) and "total". A buyer, customer or destination is the
    // partner the reporter sells to, a supplier the one it buys from; the verb "supplied", like "sold", is the exports of
    // its subject (turned when the subject is the partner: "Papua New Guinea supplied $3.5m"); goods that "went" or "go"
    // to a country are the reporter's exports.
    private static TradeFlow FlowOf(ReadOnlySpan<char> word) => char.ToLowerInvariant(word[0]) switch
    {
        'e' when word.Length > 2 && char.ToLowerInvariant(word[2]) == 'c' => TradeFlow.Turnover,
        's' when word.StartsWith("supplie", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("supplier", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        's' when word.StartsWith("supp", StringComparison.OrdinalIgnoreCase) => TradeFlow.Imports,
        'b' when word.StartsWith("business", StringComparison.OrdinalIgnoreCase) => TradeFlow.Turnover,
        'b' when word.StartsWith("buye", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        'c' when word.StartsWith("cust", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        'm' when word.StartsWith("market", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        'e' or 's' or 'd' => TradeFlow.Exports,
        'i' when word.StartsWith("importer", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        'i' or 'p' => TradeFlow.Imports,
        'b' when word.Length > 1 && char.ToLowerInvariant(word[1]) is 'o' or 'u' => TradeFlow.Imports,
        'b' when word.StartsWith("brought", StringComparison.OrdinalIgnoreCase) => TradeFlow.Imports,
        't' or 'r' when FlowWord.IsTaking(word) => TradeFlow.Exports,
        'w' => TradeFlow.Exports,
        'g' when !word.StartsWith("goods", StringComparison.OrdinalIgnoreCase) => TradeFlow.Exports,
        _ => TradeFlow.Turnover,
    };

    private static readonly System.Buffers.SearchValues<string> PeriodKeyWords
        = System.Buffers.SearchValues.Create(
            ["year", "half", "quarter", "months", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            StringComparison.OrdinalIgnoreCase);

    // Every period form has a digit or one of these words (a run of months may have no year: "in January–November");
    // most sentences have neither and skip the period patterns.
    private bool MayNamePeriod(Sentence sentence)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        return span.IndexOfAnyInRange('0', '9') >= 0 || span.IndexOfAny(PeriodKeyWords) >= 0;
    }

    private bool InParentheses(Sentence sentence, int at)
    {
        var span = text.AsSpan(sentence.Start, at - sentence.Start);
        return span.Count('(') > span.Count(')');
    }

    // A word that makes a year a starting point ("since 2012", "by 2020") stands right before the period.
    // The words that make a period a starting point stand just before it: only the last hundred characters are read,
    // from a word's start, rather than the sentence from its beginning each time a period is judged.
    // "From January to April" is a run of months, not a starting point.
    private bool IsStartingPoint(Sentence sentence, PeriodMention period)
    {
        if (!startingPoints.TryGetValue((period.Start, period.Length), out var startingPoint))
        {
            startingPoint = JudgeStartingPoint(sentence, period);
            startingPoints[(period.Start, period.Length)] = startingPoint;
        }

        return startingPoint;
    }

    private bool JudgeStartingPoint(Sentence sentence, PeriodMention period)
    {
        var periodStart = period.Start;
        var from = Math.Max(sentence.Start, periodStart - 100);
        while (from > sentence.Start && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var before = text.AsSpan(from, periodStart - from);
        return TextPatterns.NotAPeriodBefore().IsMatch(before)
            && !(before.EndsWith("from ", StringComparison.OrdinalIgnoreCase) && IsRunOfNamedMonths(period))
            && !IsReachedByAPastPeriod(sentence, period, before);
    }

    // "by 2017 the figure had dropped to US$ 1,321 million", "had nearly tripled to $36.55 billion by last year": "by" a
    // period already over, in a sentence told in the past perfect, is when the level stood, not a starting point or a deadline.
    // So is the "by" that ends a past rise from one level to another ("rose from R205bn in 2012 to R270bn by the end of 2013").
    private bool IsReachedByAPastPeriod(Sentence sentence, PeriodMention period, ReadOnlySpan<char> before)
        => period.Period.LastDay < context.Published
            && ((before.EndsWith("by ", StringComparison.OrdinalIgnoreCase) && text.AsSpan(sentence.Start, sentence.Length).Contains(" had ", StringComparison.Ordinal))
                || TextPatterns.PastRiseToLevelBy().IsMatch(before));

    private bool IsRunOfNamedMonths(PeriodMention period)
    {
        var written = text.AsSpan(period.Start, period.Length);
        return period.Period.MonthCount > 1 && char.IsUpper(written[0])
            && (written.Contains(" to ", StringComparison.Ordinal) || written.Contains(" through ", StringComparison.Ordinal) || written.Contains(" until ", StringComparison.Ordinal) || written.IndexOfAny('-', '–') > 0);
    }
}
