namespace TradeTargets.Extraction;

/// <summary>Which pair and flow a number in a sentence is about: the article's reporter, the country nearest the number, and the flow word nearest before it.</summary>
internal sealed class SubjectFinder(string text, Country reporter, bool reporterGiven)
{
    private List<CountryMention>? destinationsAsked;
    private bool allDestinations;

    /// <summary>The pair and flow a number at <paramref name="at"/> is about, with what was inferred; null when no pair of the reporter's is named or implied.</summary>
    /// <param name="at">Where the number stands.</param>
    /// <param name="facts">The sentence.</param>
    /// <param name="listedPartner">The partner the sentence pairs the number with by order ("Congo and Gabon bought 14.5 billion and 11.4 billion"), if it does.</param>
    public (TradePair Pair, TradeFlow Flow, InferredParts Inferred)? SubjectAt(int at, SentenceFacts facts, Country? listedPartner = null)
    {
        var (pair, inferred) = listedPartner is { } listed
            ? (new TradePair(reporter, listed), reporterGiven ? InferredParts.None : InferredParts.Reporter)
            : PointedBackTo(at, facts) is { } pointed ? (new TradePair(reporter, pointed.Country), (reporterGiven ? InferredParts.None : InferredParts.Reporter) | (pointed.InThisSentence ? InferredParts.None : InferredParts.Partner))
            : PairFor(at, facts.Countries, facts.PreviousTopic);
        if (pair is not { } p || IsTheReportersTradeWithTheWorld(at, facts) || IsTheReportersTradeWithARegion(at, facts) || IsARegionsListItem(at, facts) || IsAGroupsOwnTrade(at, facts))
        {
            return null;
        }

        var (flow, flowInferred) = FlowFor(at, facts.Sentence, facts.Flows, facts.Countries, facts.CarriedFlow, p.Partner);
        if (flow != TradeFlow.Turnover && TextPatterns.OtherWayAfter().IsMatch(text.AsSpan(at, Math.Min(60, facts.Sentence.End - at))))
        {
            // "Vietnamese shipments to Australia made up $4bn, with $3.7bn flowing the other way": the flow before, turned.
            flow = flow.Mirrored();
        }
        else if (flow != TradeFlow.Turnover && DirectionWritten(at, facts, p) is { } direction)
        {
            flow = direction;
        }

        return (p, flow, flowInferred ? inferred | InferredParts.Flow : inferred);
    }

    // "The $400 billion target for India's exports to the world", "a plan to double the country's exports, from $19 billion
    // to $34 billion": an amount the words next to it give to the reporter's trade with the world, with no other country
    // between them, whatever partner the sentence or the article names.
    private bool IsTheReportersTradeWithTheWorld(int at, SentenceFacts facts)
    {
        var from = Math.Max(facts.Sentence.Start, at - 90);
        var to = Math.Min(facts.Sentence.End, at + 60);
        var near = text.AsSpan(from, to - from);
        if (near.IndexOfAny(WorldWords) < 0)
        {
            return false;
        }

        foreach (var m in TextPatterns.ReportersWorldTrade().EnumerateMatches(near))
        {
            var (start, end) = (from + m.Index, from + m.Index + m.Length);
            var (left, right) = start < at ? (end, at) : (at, start);
            if (!NamesAPartnerBetween(facts, left, right))
            {
                return true;
            }
        }

        return false;
    }

    // "Morocco's trade with Asia shrank by 15,8%, chiefly because of Saudi Arabia (-49,1%)": a level or change the words
    // before it give to the reporter's trade with a region, with no country between them.
    private bool IsTheReportersTradeWithARegion(int at, SentenceFacts facts)
    {
        var from = Math.Max(facts.Sentence.Start, at - 90);
        var before = text.AsSpan(from, at - from);
        if (before.IndexOfAny(RegionWords) < 0)
        {
            return false;
        }

        var last = -1;
        foreach (var m in TextPatterns.TradeWithARegion().EnumerateMatches(before))
        {
            last = from + m.Index + m.Length;
        }

        return last >= 0 && !NamesAPartnerBetween(facts, last, at);
    }

    // "China was the largest supplier with $24.2 billion, followed by ASEAN with $12.5 billion and Japan with $7.2 billion":
    // an amount a list gives to a region or group named right before it, not to the next country of the list.
    private bool IsARegionsListItem(int at, SentenceFacts facts)
    {
        var from = Math.Max(facts.Sentence.Start, at - 60);
        var before = text.AsSpan(from, at - from);
        return before.IndexOfAny(RegionWords) >= 0 && TextPatterns.RegionItemBefore().IsMatch(before);
    }

    // "the EAEU's trade with Iran in 2021 came to more than $5 billion", "The Union's exports grew 2,1 times": a level or
    // change the words before it give to a group of countries' own trade, which no pair of countries is.
    private bool IsAGroupsOwnTrade(int at, SentenceFacts facts)
    {
        var from = Math.Max(facts.Sentence.Start, at - 90);
        var before = text.AsSpan(from, at - from);
        return before.IndexOfAny(GroupOwnerWords) >= 0 && TextPatterns.GroupsOwnTrade().IsMatch(before);
    }

    private static readonly System.Buffers.SearchValues<string> GroupOwnerWords = System.Buffers.SearchValues.Create(["'s ", "’s "], StringComparison.Ordinal);

    // Whether a country other than the reporter is named between two places of the sentence.
    private bool NamesAPartnerBetween(SentenceFacts facts, int left, int right)
        => facts.Countries.Exists(c => c.Country != reporter && c.Start >= left && c.Start < right);

    private static readonly System.Buffers.SearchValues<string> RegionWords
        = System.Buffers.SearchValues.Create(["Asia", "Africa", "Europe", "America", "Oceania", "continent", "Middle East", "Gulf", .. TextPatterns.BlocNameParts], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> WorldWords = System.Buffers.SearchValues.Create(["world", "country's", "country’s"], StringComparison.OrdinalIgnoreCase);

    // "Last year Mexican exports to that country reached 4,407 million dollars; compared with that amount, the goods sent to
    // Bolivia ...": a country pointed back to just before the amount is the one named last before it, in this sentence or
    // the ones before, whatever country the sentence names after.
    private (Country Country, bool InThisSentence)? PointedBackTo(int at, SentenceFacts facts)
    {
        var from = Math.Max(facts.Sentence.Start, at - 40);
        var before = text.AsSpan(from, at - from);
        var pointer = before.LastIndexOf("that country", StringComparison.Ordinal);
        if (pointer < 0)
        {
            return null;
        }

        Country? named = null;
        foreach (var c in facts.Countries)
        {
            if (c.Start >= from + pointer && c.Start < at)
            {
                // A country between the pointer and the amount is the amount's own.
                return null;
            }

            if (c.End <= from + pointer && c.Country != reporter)
            {
                named = c.Country;
            }
        }

        return named is { } n ? (n, true) : facts.PreviousTopic is { } topic && topic != reporter ? (topic, false) : null;
    }

    // "Shipments travelling the other way, from China to Sri Lanka, were worth $3bn", "Imports from the UK into Ghana rose to
    // £516 million": goods written as going from one of the pair to the other, before the amount and with no other flow
    // word between, are the reporter's imports or exports whatever the flow word says. So are imports written as going
    // into one of the pair, in either order and on either side of the amount in its clause (see ImporterNamed).
    private TradeFlow? DirectionWritten(int at, SentenceFacts facts, TradePair pair)
    {
        if (ImporterNamed(at, facts) is { } importer)
        {
            return importer == pair.Partner ? TradeFlow.Exports : importer == pair.Reporter ? TradeFlow.Imports : null;
        }

        var countries = facts.Countries;
        for (var i = 1; i < countries.Count; i++)
        {
            var (from, to) = (countries[i - 1], countries[i]);
            if (to.End > at || text.AsSpan(from.End, to.Start - from.End).Trim() is not ("to" or "into" or "To" or "Into")
                || !IsLedByFrom(from.Start)
                || facts.Flows.Exists(f => f.Start >= to.End && f.Start < at))
            {
                continue;
            }

            return (from.Country, to.Country) == (pair.Partner, pair.Reporter) ? TradeFlow.Imports
                : (from.Country, to.Country) == (pair.Reporter, pair.Partner) ? TradeFlow.Exports : null;
        }

        return null;
    }

    // "In 2006 imports into the United States from Vietnam were $8.8 billion", "$8.8 billion of that total was imports into
    // the United States": the country imports go into, named right after them, is the one that imports.
    private Country? ImporterNamed(int at, SentenceFacts facts)
    {
        foreach (var flow in facts.Flows)
        {
            if (flow.Flow != TradeFlow.Imports || flow.End > facts.Sentence.End - 6
                || (flow.Start > at && (flow.Start - at > ImportsAfterTheAmount || text.AsSpan(at, flow.Start - at).IndexOfAny(',', ';') >= 0)))
            {
                // Imports named after the amount say whose it is only in its own clause.
                continue;
            }

            var after = text.AsSpan(flow.End, Math.Min(10, facts.Sentence.End - flow.End));
            var into = after.StartsWith(" into the ", StringComparison.Ordinal) ? 10 : after.StartsWith(" into ", StringComparison.Ordinal) ? 6 : 0;
            if (into > 0 && facts.Countries.Find(c => c.Start == flow.End + into) is { Length: > 0 } importer)
            {
                return importer.Country;
            }
        }

        return null;
    }

    // The most characters from an amount to "imports into" after it that say whose imports it is ("$8.8 billion of that
    // total was imports into").
    private const int ImportsAfterTheAmount = 40;

    // Whether "from" or "from the" stands right before a country's name.
    private bool IsLedByFrom(int countryStart)
    {
        var before = text.AsSpan(Math.Max(0, countryStart - 9), Math.Min(9, countryStart));
        return before.EndsWith("from ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("from the ", StringComparison.OrdinalIgnoreCase);
    }

    private (TradePair? Pair, InferredParts Inferred) PairFor(int at, List<CountryMention> countries, Country? previousTopic)
    {
        var inferred = reporterGiven ? InferredParts.None : InferredParts.Reporter;
        var hasReporter = false;
        Country? firstOther = null;
        var severalOthers = false;
        Country? nearest = null;
        var nearestDistance = int.MaxValue;
        foreach (var c in countries)
        {
            if (c.Country == reporter)
            {
                hasReporter = true;
                continue;
            }

            if (c.Start > at && IsComparedWith(c))
            {
                // "In 2013 it stood at 3.4 billion euros and was larger than our trade with Latvia or Estonia": a country the
                // level is compared with, after it, is not the level's partner.
                continue;
            }

            // The country nearest the number, preferring one written before it; the first of the nearest on a tie. A place
            // ("at the summit in Japan") does not make the sentence about trade between two other countries.
            var distance = c.End <= at ? at - c.End : AfterDistance(at, c);
            if (!IsPlace(c))
            {
                severalOthers |= firstOther is { } f && c.Country != f;
                firstOther ??= c.Country;
            }

            if (nearest is null || distance < nearestDistance)
            {
                (nearest, nearestDistance) = (c.Country, distance);
            }
        }

        if (hasReporter && !reporterGiven)
        {
            inferred &= ~InferredParts.Reporter;
        }

        Country partner;
        if (nearest is { } n)
        {
            partner = n;
            if (!hasReporter && reporterGiven && severalOthers && !OthersAllDestinations(countries))
            {
                // Two other countries and not ours: trade between them, not a level for the reporter. Unless each is where
                // trade goes to or comes from ("exports to Ghana reached ..., while imports from Togo ...") or a rank
                // with its own amount ("the US with $15.4bn, China with $5.9bn"): the reporter's trade with each.
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

    private bool IsComparedWith(CountryMention country)
    {
        var from = Math.Max(0, country.Start - 40);
        var before = text.AsSpan(from, country.Start - from);
        return (before.Contains("than", StringComparison.Ordinal) || before.Contains("compared", StringComparison.Ordinal))
            && TextPatterns.ComparedCountryBefore().IsMatch(before);
    }

    // A country after the number counts twice its distance, and one past a comma or semicolon (the next clause: "the UAE
    // was the top destination with $2.05 billion, Saudi Arabia came second") ten times; one joined to the amount by
    // "with", "to" or "from" is the amount's own.
    private int AfterDistance(int at, CountryMention country)
    {
        var between = text.AsSpan(at, country.Start - at);
        if (between.Length <= 56 && TextPatterns.AmountThenItsPartner().IsMatch(between))
        {
            // "30 billion US dollars with South Korea": the amount's own partner, whatever stands before the amount.
            return 0;
        }

        return (country.Start - at) * (between.IndexOfAny(',', ';') >= 0 ? 10 : 2);
    }

    // Whether every other country the sentence names (places aside) is where trade goes to or comes from, or ranked with an
    // amount of its own; read only when the sentence names two others and not the reporter.
    private bool OthersAllDestinations(List<CountryMention> countries)
    {
        // A sentence's countries are one list, asked about once per amount: the answer is kept for the last list asked.
        if (!ReferenceEquals(countries, destinationsAsked))
        {
            (destinationsAsked, allDestinations) = (countries, AllDestinations(countries));
        }

        return allDestinations;
    }

    private bool AllDestinations(List<CountryMention> countries)
    {
        foreach (var c in countries)
        {
            if (c.Country != reporter && !IsPlace(c) && !IsDestination(c) && !IsRankedWithAmount(c) && !IsSetAside(c) && !IsRanked(c) && !HasItsOwnChange(c) && !IsSubjectOfATradeVerb(c) && !OwnsAFlow(c))
            {
                return false;
            }
        }

        return true;
    }

    // "to Ghana", "from the UAE", "with Nepal": the country trade goes to, comes from or is done with.
    private bool IsDestination(CountryMention country)
    {
        var before = text.AsSpan(Math.Max(0, country.Start - 10), Math.Min(10, country.Start));
        if (before.EndsWith("the ", StringComparison.Ordinal))
        {
            before = before[..^4];
        }

        return before.EndsWith(" to ", StringComparison.Ordinal) || before.EndsWith(" from ", StringComparison.Ordinal)
            || (before.EndsWith(" with ", StringComparison.Ordinal) && !IsSubjectOfAGerund(country));
    }

    // "with New Zealand exporting goods worth $849m and importing $542m": after "with", a country before a trade verb in
    // "-ing" is that verb's subject, not where trade goes ("with Turkey accounting for 15 per cent" stays a partner).
    private bool IsSubjectOfAGerund(CountryMention country)
    {
        var after = text.AsSpan(country.End, Math.Min(16, text.Length - country.End)).TrimStart();
        var end = after.IndexOfAny(' ', ',', '.');
        return TradeGerunds.Contains(end < 0 ? after : after[..end]);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TradeGerunds = new HashSet<string>(StringComparer.Ordinal)
    {
        "exporting", "importing", "selling", "buying", "shipping", "supplying", "purchasing", "sending",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "with purchases of", "with sales of": what the partner itself bought or sold ("with imports of" stays the reporter's).
    private bool IsAfterWith(FlowWord word)
        => text.AsSpan(Math.Max(0, word.Start - 5), Math.Min(5, word.Start)).Equals("with ", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(word.Start, word.End - word.Start) is var w
            && (w.StartsWith("purchase", StringComparison.OrdinalIgnoreCase) || w.StartsWith("sale", StringComparison.OrdinalIgnoreCase));

    // "while Papua New Guinea supplied 3.5 million dollars' worth", "Kenya bought $2m": a partner that trades with the
    // reporter as the subject of its own verb.
    private bool IsSubjectOfATradeVerb(CountryMention country)
        => TextPatterns.TradeVerbAfter().IsMatch(text.AsSpan(country.End, Math.Min(30, text.Length - country.End)));

    // "Germany's purchases grew 12.17 percent", "China's imports from Pakistan": a partner whose own flow the sentence gives.
    private bool OwnsAFlow(CountryMention country)
        => IsPossessive(country) && TextPatterns.OwnedFlowAfter().IsMatch(text.AsSpan(country.End, Math.Min(24, text.Length - country.End)));

    // "Canada sold Japan $15.8 billion of goods ... and bought": the country a verb sells to, its object, is not the
    // subject of the verbs after it.
    private bool IsSoldTo(CountryMention country)
    {
        var before = text.AsSpan(Math.Max(0, country.Start - 9), Math.Min(9, country.Start));
        return before.EndsWith("sold ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("sells ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("supplied ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("supplies ", StringComparison.OrdinalIgnoreCase);
    }

    // "Serbia was Montenegro's biggest customer, buying ...": a country written as an owner ("Montenegro's") qualifies a
    // noun and is not the subject of the verb after it.
    private bool IsPossessive(CountryMention country)
    {
        var after = text.AsSpan(country.End, Math.Min(3, text.Length - country.End));
        return after.StartsWith("'s ", StringComparison.Ordinal) || after.StartsWith("’s ", StringComparison.Ordinal);
    }

    // "shipped there", "sales there", "purchases from it", "sales to that country": the partner, named before and pointed
    // back to, is the other end of the flow, not the one that ships or buys.
    private bool IsPartnerAtTheOtherEnd(FlowWord word)
    {
        var after = text.AsSpan(word.End, Math.Min(22, text.Length - word.End));
        return after.StartsWith(" there", StringComparison.Ordinal) || after.StartsWith(" to it", StringComparison.Ordinal) || after.StartsWith(" to them", StringComparison.Ordinal)
            || after.StartsWith(" from it", StringComparison.Ordinal) || after.StartsWith(" from them", StringComparison.Ordinal)
            || after.StartsWith(" to that country", StringComparison.Ordinal) || after.StartsWith(" from that country", StringComparison.Ordinal)
            || after.StartsWith(" to the country", StringComparison.Ordinal) || after.StartsWith(" from the country", StringComparison.Ordinal);
    }

    // "its purchases", "their exports".
    private bool IsAfterPossessive(FlowWord word)
    {
        var before = text.AsSpan(Math.Max(0, word.Start - 6), Math.Min(6, word.Start));
        return before.EndsWith(" its ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("their ", StringComparison.OrdinalIgnoreCase);
    }

    // "took", "taking" or "received": the partner, its subject, took the reporter's goods.
    private bool IsTakenByThePartner(FlowWord word) => FlowWord.IsTaking(text.AsSpan(word.Start, word.End - word.Start));

    // "bought", "buying", "buys", "sold", "sells", "shipped", "purchased", "exported", "imported": a verb, which has a
    // subject, rather than a noun such as "sales" or "exports".
    private bool IsTradeVerb(FlowWord word)
    {
        var w = text.AsSpan(word.Start, word.End - word.Start);
        return w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || w.Equals("bought", StringComparison.OrdinalIgnoreCase) || w.Equals("sold", StringComparison.OrdinalIgnoreCase)
            || w.Equals("buys", StringComparison.OrdinalIgnoreCase) || w.Equals("sells", StringComparison.OrdinalIgnoreCase);
    }

    // "... to the Netherlands, which imported 134 million dollars": a country where trade goes, made the subject of the
    // trade verb after it.
    private bool IsRelativeSubject(CountryMention country, FlowWord verb)
        => verb.Start - country.End <= 24 && TextPatterns.RelativeSubjectBetween().IsMatch(text.AsSpan(country.End, verb.Start - country.End));

    // "India followed with 4.2 billion riyals", "the US with $15.4bn", "Singapore at $281.74 million", "Saudi Arabia
    // ($226.6mln)": a partner ranked with an amount of its own.
    private bool IsRankedWithAmount(CountryMention country)
    {
        var after = text.AsSpan(country.End, Math.Min(60, text.Length - country.End));
        return (after.IndexOfAny(RankedAmountWords) >= 0 && TextPatterns.WithItsAmountAfter().IsMatch(after))
            || TextPatterns.ListedAmountAfter().IsMatch(after);
    }

    private static readonly System.Buffers.SearchValues<string> RankedAmountWords = System.Buffers.SearchValues.Create([" with ", " at ", " above ", " below ", " under "], StringComparison.Ordinal);

    // "Poland was the top buyer, followed by Spain at $322m", "ahead of Poland and of Germany, which delivered $388m": a
    // partner ranked among the reporter's, without an amount of its own.
    private bool IsRanked(CountryMention country)
    {
        var before = text.AsSpan(Math.Max(0, country.Start - 40), Math.Min(40, country.Start));
        return (before.Contains("ahead", StringComparison.Ordinal) || before.Contains("followed", StringComparison.Ordinal) || before.Contains("behind", StringComparison.Ordinal))
                && TextPatterns.RankedBefore().IsMatch(before)
            || TextPatterns.RankedAfter().IsMatch(text.AsSpan(country.End, Math.Min(60, text.Length - country.End)));
    }

    // "Exports to the Netherlands grew by 42.2 per cent, Saudi Arabia by 18.6 per cent": a partner followed by a change of
    // its own, whose verb is left out.
    private bool HasItsOwnChange(CountryMention country)
        => TextPatterns.ItsOwnChangeAfter().IsMatch(text.AsSpan(country.End, Math.Min(40, text.Length - country.End)));

    // "Besides the United States, ...", "apart from China": a country set aside, not a party to the sentence's trade.
    private bool IsSetAside(CountryMention country)
    {
        var before = text.AsSpan(Math.Max(0, country.Start - 20), Math.Min(20, country.Start)).TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        return before.EndsWith("besides", StringComparison.OrdinalIgnoreCase) || before.EndsWith("apart from", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("in addition to", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsPlace(CountryMention country)
    {
        var before = text.AsSpan(Math.Max(0, country.Start - 4), Math.Min(4, country.Start));
        return before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" at ", StringComparison.Ordinal);
    }

    // The flow word nearest before the number (else just after it); exports and imports are turned to the reporter's
    // side when the sentence makes the partner the exporter ("Vietnam's exports to Belarus" are Belarusian imports).
    // The first flow word at or after `at` not followed by an amount of its own ("exports of $433m").
    private FlowWord? FirstFreeFlowAfter(int at, List<FlowWord> flows)
    {
        foreach (var f in flows)
        {
            if (f.Start >= at && !TextPatterns.FlowBeforeItsAmount().IsMatch(text.AsSpan(f.End, Math.Min(24, text.Length - f.End))))
            {
                return f;
            }
        }

        return null;
    }

    // "exports of Chinese goods", "imports of Russian products": a country naming where goods were made, so the partner's
    // goods going out, or the reporter's coming in, are the partner's flow.
    private bool IsOriginOfGoods(CountryMention country)
    {
        var after = text.AsSpan(country.End, Math.Min(14, text.Length - country.End));
        return after.StartsWith(" goods", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" products", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith(" merchandise", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" commodities", StringComparison.OrdinalIgnoreCase);
    }

    // "trading partner", "trade partners": a word that names what a country is to another, not a flow.
    private bool IsTradingPartner(FlowWord word)
        => word.Flow == TradeFlow.Turnover && text.AsSpan(word.End, Math.Min(9, text.Length - word.End)).StartsWith(" partner", StringComparison.OrdinalIgnoreCase);

    // "supplier", "buyer", "customer", "market", "destination": a partner named by what it is to the reporter.
    private bool IsRoleWord(FlowWord word)
        => text.AsSpan(word.Start, word.End - word.Start) is var w
            && (w.StartsWith("supplier", StringComparison.OrdinalIgnoreCase) || w.StartsWith("buyer", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("customer", StringComparison.OrdinalIgnoreCase) || w.StartsWith("market", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("destination", StringComparison.OrdinalIgnoreCase));

    // "deliveries", "shipments", "sales": goods moving, whose way depends on who moves them.
    private bool IsNeutralGoodsWord(FlowWord word)
        => text.AsSpan(word.Start, word.End - word.Start) is var w
            && (w.Equals("deliveries", StringComparison.OrdinalIgnoreCase) || w.Equals("shipments", StringComparison.OrdinalIgnoreCase) || w.Equals("sales", StringComparison.OrdinalIgnoreCase));

    // "with imports worth", "with purchases of": after a role word, what the partner itself bought or sold.
    private bool IsThePartnersOwn(FlowWord word)
    {
        var before = text.AsSpan(Math.Max(0, word.Start - 5), Math.Min(5, word.Start));
        var written = text.AsSpan(word.Start, word.End - word.Start);
        return before.Equals("with ", StringComparison.OrdinalIgnoreCase)
            && (written.Equals("imports", StringComparison.OrdinalIgnoreCase) || written.Equals("exports", StringComparison.OrdinalIgnoreCase)
                || written.Equals("purchases", StringComparison.OrdinalIgnoreCase));
    }

    // "the top destination for Iranian goods, buying ...": a buyer's buying is the reporter's exports. (A supplier's
    // "selling" is left to the verb: the supplier may be the reporter itself.)
    private bool IsTheBuyersBuying(FlowWord role, FlowWord word)
        => role.Flow == TradeFlow.Exports && text.AsSpan(word.Start, word.End - word.Start) is var w
            && (w.Equals("buying", StringComparison.OrdinalIgnoreCase) || w.Equals("importing", StringComparison.OrdinalIgnoreCase));

    private (TradeFlow Flow, bool Inferred) FlowFor(int at, Sentence sentence, List<FlowWord> flows, List<CountryMention> countries, TradeFlow? carried, Country partner)
    {
        FlowWord? chosen = null;
        foreach (var f in flows)
        {
            if (f.Start < at)
            {
                // "exports to Russia, Hungary's largest non-EU trading partner, were ... 2.55 billion euros": a partner named
                // a trading partner does not make the flow named before it turnover; "the second-largest supplier of goods,
                // with deliveries worth CFA1,602 billion": a delivery, shipment or sale takes the way the role named before
                // it gives, as do the partners' own imports or exports after it ("the biggest Arab buyers of Egyptian
                // products ... with imports worth 628,2 million dollars").
                chosen = chosen is { } earlier && (IsTradingPartner(f) || (IsRoleWord(earlier) && (IsNeutralGoodsWord(f) || IsThePartnersOwn(f) || IsTheBuyersBuying(earlier, f)))) ? earlier : f;
            }
            else if (f.Start - at <= 45 && TextPatterns.AmountBeforeItsFlow().IsMatch(text.AsSpan(at, f.Start - at)))
            {
                // A flow written right after the amount is the amount's: "a target of $2.5 billion in Indonesian exports".
                chosen = f;
                break;
            }
        }

        // With no flow word before the amount, the first one after it that is not another amount's ("the total was $1.09bn,
        // with exports of $433m": "exports" is the $433m's); a total with none is turnover (in this sentence: "... 36 per cent
        // of the total. China followed with N2,060bn" goes on with the flow before).
        chosen ??= FirstFreeFlowAfter(at, flows);
        if (chosen is not { } word)
        {
            var from = Math.Max(sentence.Start, at - 30);
            var before = text.AsSpan(from, at - from);
            return before.Contains("total", StringComparison.OrdinalIgnoreCase) ? (TradeFlow.Turnover, false) : (carried ?? TradeFlow.Turnover, true);
        }

        var flow = word.Flow;
        if (flow == TradeFlow.Turnover || IsTakenByThePartner(word))
        {
            // "the United Kingdom took NZ$1,496 million", "The US, the top buyer for ten years, took $7.32 billion": rankings
            // say a partner took an amount, whatever stands between, and what it took are the reporter's exports (a reporter
            // taking goods is written "bought" or "imported").
            return (flow, false);
        }

        var partnersFlow = false;
        CountryMention? subjectBefore = null;
        foreach (var c in countries)
        {
            if (c.End <= word.Start && (!IsDestination(c) || IsRelativeSubject(c, word)) && !IsPlace(c) && !IsPossessive(c) && !IsSoldTo(c))
            {
                subjectBefore = c;
            }

            var gapBefore = word.Start - c.End;
            if (gapBefore is >= 0 and <= 4)
            {
                // The partner's flow ("Vietnam's exports", "Vietnam's imports from Belarus") is the reporter's opposite one;
                // the reporter's own ("Belarus's exports") is not turned. A pair's partner is never its reporter.
                partnersFlow = c.Country == partner;
            }

            // "exports to Poland's western neighbour": a country written as an owner is not where the flow goes.
            var gapAfter = c.Start - word.End;
            if (gapAfter is > 0 and <= 9 && !IsPossessive(c))
            {
                var between = text.AsSpan(word.End, gapAfter).Trim();
                if (between.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    between = between[4..].TrimStart();
                }

                // "exports from Vietnam", "purchases by Congo": the partner's flow. "sales to Cameroon", "purchases from
                // Cameroon" with Cameroon the reporter: the partner's too, seen from the other side.
                partnersFlow |= (c.Country != reporter && between.Equals("by", StringComparison.OrdinalIgnoreCase))
                    || (between.Equals("of", StringComparison.OrdinalIgnoreCase) && IsOriginOfGoods(c)
                        && ((c.Country == partner && flow == TradeFlow.Exports) || (c.Country == reporter && flow == TradeFlow.Imports)))
                    || (c.Country == partner && between.Equals("from", StringComparison.OrdinalIgnoreCase) && flow == TradeFlow.Exports)
                    || (c.Country == reporter && (between.Equals("to", StringComparison.OrdinalIgnoreCase) ? flow == TradeFlow.Exports : between.Equals("from", StringComparison.OrdinalIgnoreCase) && flow == TradeFlow.Imports));
            }
        }

        // "Kenya came second, buying 5.3 billion pounds of Egyptian goods": a verb whose subject is the partner, in the
        // verb's own clause ("Mexico's exports reached $42.2bn, while goods shipped from the U.S. ..." is not Mexico's).
        // "The United States came third, with Ethiopian goods worth $293.3 million shipped there": the partner is where they went.
        partnersFlow |= subjectBefore is { } subject && subject.Country != reporter && IsTradeVerb(word) && word.Start - subject.End <= 120
            && !TextPatterns.ClauseBreak().IsMatch(text.AsSpan(subject.End, word.Start - subject.End)) && !IsPartnerAtTheOtherEnd(word);

        // "Tanzania slipped to seventh as its purchases eased to Sh5.25 billion", "the USA ranked second with purchases of
        // Rs 5.75 billion": the partner's own flow, by the pronoun or the ranking.
        partnersFlow |= subjectBefore is { } owner && owner.Country == partner && word.Start - owner.End <= 120 && (IsAfterPossessive(word) || IsAfterWith(word)) && !IsPartnerAtTheOtherEnd(word);

        return (partnersFlow ? (flow == TradeFlow.Exports ? TradeFlow.Imports : TradeFlow.Exports) : flow, false);
    }
}
