using TradeTargets.Extraction;

namespace TradeTargets.Tests.Extraction;

/// <summary>Amounts, countries and deadlines as reporters write them: hyphens, decimal commas, Indian units, words.</summary>
public class WrittenFormsTests
{
    private static readonly ExtractionContext India2019 = new(new DateOnly(2019, 6, 29), Country.Parse("IND"));

    private static ExtractionResult Extract(string text, ExtractionContext? context = null) => TradeTextExtractor.Extract(text, context ?? India2019);

    // Read as the press of another reporter, published on another day.
    private static ExtractionResult Extract(string text, string reporter, int year, int month, int day)
        => TradeTextExtractor.Extract(text, new ExtractionContext(new DateOnly(year, month, day), Country.Parse(reporter)));

    [Theory]
    [InlineData("Trade with Nepal was $12-billion in 2018.", 12_000_000_000, "USD")]
    [InlineData("Trade with Nepal was $1,55-billion in 2018.", 1_550_000_000, "USD")]
    [InlineData("Trade with Nepal was Rs 2.5 lakh crore in 2018.", 2_500_000_000_000, "INR")]
    [InlineData("Trade with Nepal was Rs 2,500 crore in 2018.", 25_000_000_000, "INR")]
    [InlineData("Trade with Nepal was 68 crore 10 lakh US dollars in 2018.", 681_000_000, "USD")]
    [InlineData("Trade with Nepal was 2.5 billion Pound Sterling in 2018.", 2_500_000_000, "GBP")]
    [InlineData("Trade with Nepal was 10 billion usd in 2018.", 10_000_000_000, "USD")]
    [InlineData("Trade with Nepal was JD 61.9 million in 2018.", 61_900_000, "JOD")]
    [InlineData("Trade with Nepal was NRs 1134.53 billion in 2018.", 1_134_530_000_000, "NPR")]
    [InlineData("Trade with Nepal was Rs/Nu. 8,550 crore in 2018.", 85_500_000_000, "INR")]
    [InlineData("Trade with Nepal was RO 46.2 million in 2018.", 46_200_000, "OMR")]
    [InlineData("Trade with Nepal was LE 5 billion in 2018.", 5_000_000_000, "EGP")]
    [InlineData("Trade with Nepal was Nu. 85 billion in 2018.", 85_000_000_000, "BTN")]
    [InlineData("Trade with Nepal was ฿833 billion in 2018.", 833_000_000_000, "THB")]
    [InlineData("Trade with Nepal was ₾1.2 billion in 2018.", 1_200_000_000, "GEL")]
    public void Extract_AmountNotations_KeepValueAndCurrency(string sentence, long units, string currency)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(units, new Currency(currency)));

    [Fact]
    public void Extract_AmountWithoutCurrency_TakesTheSentencesOtherCurrencyAndSaysSo()
    {
        var figures = Extract("Trade with Nepal grew from 26 billion in 2017 to more than 32 billion dollars in 2018.").Figures;

        figures.Should().HaveCount(2);
        figures[0].Amount.Should().Be(Amount.FromUnits(26_000_000_000, Currency.Usd));
        figures[0].Inferred.Should().HaveFlag(InferredParts.Currency);
        figures[1].Inferred.Should().NotHaveFlag(InferredParts.Currency);
    }

    [Theory]
    [InlineData("Nepal exports 3 billion litres of water to India a year, and trade came to $2bn in 2018.")]
    [InlineData("Trade with Nepal serves 500 million people, and came to $2bn in 2018.")]
    public void Extract_NumberBeforeANoun_IsNoAmount(string sentence)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(2_000_000_000, Currency.Usd));

    [Theory]
    [InlineData("Officials hope India-Indonesia trade will reach $50bn by 2025.", "IDN")]
    [InlineData("The Indonesia-India trade target is $50bn by 2025.", "IDN")]
    [InlineData("The India-Korea committee wants trade to reach $50bn by 2025.", "KOR")]
    [InlineData("Korean and Indian officials want trade to reach $50bn by 2025.", "KOR")]
    public void Extract_CountriesJoinedByHyphensOrAsAdjectives_AreFound(string sentence, string partner)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Partner.Code.Should().Be(partner);

    [Fact]
    public void Extract_HyphenAfterANameThatJoinsNoName_IsNoCountry()
        => Extract("The Minsk-Mir company and Nepal want trade to reach $5bn by 2025.").Goals.Should().ContainSingle().Which.Partner.Code.Should().Be("NPL");

    [Theory]
    [InlineData("India and Nepal aim to lift trade to $10bn within two to three years.", "within 3 years")]
    [InlineData("India and Nepal aim to lift trade to $10bn by the end of the decade.", "2020")]
    [InlineData("India and Nepal set a trade target of $10bn for 2022.", "2022")]
    [InlineData("India and Nepal will beat their $10bn trade target well ahead of 2030.", "2030")]
    [InlineData("India and Nepal fixed a goal of $10bn in trade over the medium term.", "in the medium term")]
    [InlineData("India and Nepal said trade could double within three years and reach $10bn in 2023.", "2023")]
    [InlineData("By 2024, India and Nepal want trade to reach $10bn, up from $5bn in 2018.", "2024")]
    [InlineData("India expects trade with Nepal to pass the $10bn mark by the end of the current year.", "2019")]
    [InlineData("The envoy said trade between India and Nepal would come close to $10bn by the close of the year.", "2019")]
    [InlineData("For the full year, India estimates that trade with Nepal will rise to $10bn.", "2019")]
    public void Extract_Deadlines_AreReadNearestAfterTheTarget(string sentence, string deadline)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Fact]
    public void Extract_EndOfTheDecadeWrittenInADecadesFirstYear_IsTheNextDecade()
        => Extract("India and Nepal aim to lift trade to $10bn by the end of the decade.", "IND", 2020, 3, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2030");

    [Fact]
    public void Extract_ALargerTargetAfterTheFirst_IsAFurtherGoal()
    {
        var goals = Extract("India and Nepal intend to lift their turnover to $5 billion in the near future and afterwards to $10 billion.").Goals;

        goals.Select(g => (g.Target!.Value.Value, g.Deadline?.Deadline.ToString())).Should().Equal(
            (5_000_000_000m, "in the near future"), (10_000_000_000m, null));
    }

    [Theory]
    [InlineData("India and Nepal aim to lift trade to $10 billion ($9bn in 2019 prices) by 2025.")]
    [InlineData("India and Nepal aim to lift trade to $10 billion, or €9bn, by 2025.")]
    public void Extract_ASmallerOrParenthesisedAmountAfterTheTarget_IsNoFurtherGoal(string sentence)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(10_000_000_000, Currency.Usd));

    [Fact]
    public void Extract_AGoalWordNotAttachedToTheAmount_LeavesItAFigure()
    {
        var result = Extract("Over January to November 2018, commerce with Nepal came close to $4 billion, against a joint target of $6 billion.");

        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(4_000_000_000, Currency.Usd));
        result.Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(6_000_000_000, Currency.Usd));
    }

    [Fact]
    public void Extract_FromWithSeveralWordsBeforeTheAmount_IsTheBaseline()
    {
        var result = Extract("India and Nepal agreed to push two-way trade from just under $7.8 billion in 2018 to $10 billion next year.");

        result.Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(10_000_000_000, Currency.Usd));
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(7_800_000_000, Currency.Usd));
    }

    [Theory]
    [InlineData("Trade with Nepal could pass $10bn as soon as this year.", "2019")]
    [InlineData("Nepal and India could hit $10bn in annual trade as early as 2024.", "2024")]
    [InlineData("Nepal plans to expand trade with India to $10bn in the near period.", "in the near future")]
    [InlineData("The goal for trade with Nepal is $10bn in the short term.", "in the near future")]
    [InlineData("Nepal and India want their trade to climb from the existing $7.8bn to $10bn over the next few years.", "in the next few years")]
    public void Extract_VaguePhrases_AreReadAsThePolicysNearestPhrase(string sentence, string deadline)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Fact]
    public void Extract_AThresholdPassed_IsNeitherAFigureNorAGoal()
    {
        var result = Extract("Turnover with Nepal came to $10.4 billion in 2018, clearing the $10 billion mark despite floods.");

        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(10_400_000_000, Currency.Usd));
    }

    [Theory]
    [InlineData("India and Nepal want to raise their commercial exchanges to $10bn by 2025.")]
    [InlineData("India and Nepal pledged to lift the flow of goods between them to $10bn by 2025.")]
    public void Extract_TradeWrittenAsExchangesOrAFlowOfGoods_IsTurnover(string sentence)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Turnover);

    [Fact]
    public void Extract_AGoalStatedWithoutTradeWordsAfterATradeSentence_IsReadForThatTrade()
    {
        var result = Extract("Trade with Nepal rose 20 percent in 2018. Speaking at a forum, the minister called the aims of $10 billion by 2022 and $20 billion by 2030 achievable.");

        result.Goals.Select(g => (g.Partner.Code, g.Target!.Value.Value, g.Deadline!.Deadline.ToString())).Should().Equal(
            ("NPL", 10_000_000_000m, "2022"), ("NPL", 20_000_000_000m, "2030"));
    }

    [Fact]
    public void Extract_AGoalWithoutTradeWordsFarFromTrade_IsNotRead()
        => Extract("Trade with Nepal rose 20 percent in 2018. The minister met students. He visited a temple. He called the aim of $10 billion by 2022 achievable.")
            .Goals.Should().BeEmpty();

    [Fact]
    public void Extract_ASentenceNamingSeveralPartners_LeavesTheArticlesMainOneAsTheTopic()
    {
        const string text = "India's minister received Nepal's foreign minister on Monday. Nepal ranks second among India's neighbours in trade after Bangladesh. "
            + "Commerce between them came to $2 billion in 2018.";

        Extract(text).Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("NPL");
    }

    [Theory]
    [InlineData("Indian sales to Nepal came to $2bn in 2018.", TradeFlow.Exports)]
    [InlineData("Indian shipments to Nepal came to $2bn in 2018.", TradeFlow.Exports)]
    [InlineData("In 2018 India sold $2bn of goods to Nepal.", TradeFlow.Exports)]
    [InlineData("Purchases from Nepal came to $2bn in 2018.", TradeFlow.Imports)]
    [InlineData("In 2018 India bought $2bn of goods from Nepal.", TradeFlow.Imports)]
    [InlineData("Nepal's purchases from India came to $2bn in 2018.", TradeFlow.Exports)]
    public void Extract_SalesAndPurchases_AreExportsAndImports(string sentence, TradeFlow flow)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Fact]
    public void Extract_AYearBeforeTo_IsNoRangesFirstNumber()
    {
        var figures = Extract("Trade with Nepal expanded from 2.5 billion USD in 2014 to 4.5 billion USD in 2018.").Figures;

        figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2014", 2_500_000_000m), ("2018", 4_500_000_000m));
    }

    [Theory]
    [InlineData("India and Nepal aim to take trade up to eight billion dollars over the next two years.", 8_000_000_000, "USD")]
    [InlineData("India and Nepal aim to take trade up to twenty-five billion dollars over the next two years.", 25_000_000_000, "USD")]
    [InlineData("India and Nepal set a goal of 6 billion NZ dollars in trade by 2029.", 6_000_000_000, "NZD")]
    [InlineData("India and Nepal set a goal of 6 billion Australian dollars in trade by 2029.", 6_000_000_000, "AUD")]
    public void Extract_AmountsInWordsAndNamedDollars_AreRead(string sentence, long units, string currency)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(units, new Currency(currency)));

    [Fact]
    public void Extract_AmountInWordsBeforeANoun_IsNoAmount()
        => Extract("Nepal aims to sell two billion litres of water to India by 2025.").Goals.Should().BeEmpty();

    [Fact]
    public void Extract_ACountryNamedAsAPlace_DoesNotMakeTheSentenceAboutOtherCountries()
        => Extract("At the summit in Japan, Nepal's leader agreed with Modi that two-way turnover should reach $10 billion.", "IND", 2023, 5, 20)
            .Goals.Should().ContainSingle().Which.Partner.Code.Should().Be("NPL");

    [Fact]
    public void Extract_TradeBetweenTwoOtherCountries_IsStillNoCandidate()
        => Extract("Trade between Japan and Nepal reached $10 billion in 2018.").Figures.Should().BeEmpty();

    [Fact]
    public void Extract_SeveralChangesInOneSentence_AreEachReadWithTheirOwnPeriod()
    {
        var statements = Extract("Trade with Nepal grew 14% last year to $18bn, and in the first five months of this year it jumped 33% to $9.7bn.").Statements;

        statements.Select(s => (s.Period.ToString(), s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal(
            ("2018", "2017", 1.14), ("2019-01/2019-05", "2018-01/2018-05", 1.33));
    }

    [Theory]
    [InlineData("Trade with Nepal doubled last year.", "2018", "2017", 2.0)]
    [InlineData("Trade with Nepal doubled between 2010 and 2014.", "2014", "2010", 2.0)]
    [InlineData("Trade with Nepal has doubled in five years, from $4.8 billion in 2013 to $9.6 billion in 2018.", "2018", "2013", 2.0)]
    [InlineData("Turnover with Nepal grew almost one and a half times in 2018 to roughly $4 billion.", "2018", "2017", 1.5)]
    [InlineData("Trade with Nepal in 2018 was almost 3% below that of pre-pandemic 2016.", "2018", "2016", 0.97)]
    [InlineData("Exports to Nepal reached $1.2 billion in 2018, an 8 percent gain on the previous year.", "2018", "2017", 1.08)]
    [InlineData("India's shipments to Nepal slid 16 per cent in 2018.", "2018", "2017", 0.84)]
    [InlineData("Trade with Nepal reached $2bn in 2018, a 152% rise in only eight years.", "2018", "2010", 2.52)]
    [InlineData("Trade with Nepal has grown by 200 percent since the pact was signed in 2010, reaching $1.2bn in 2018.", "2018", "2010", 3.0)]
    [InlineData("Trade with Nepal was $2.08bn in 2018, 39% more than the $1.5bn recorded in 2013.", "2018", "2013", 1.39)]
    [InlineData("Trade with Nepal grew 6% in 2018 to more than $2.2bn, and it has kept rising in 2019.", "2018", "2017", 1.06)]
    [InlineData("Trade with Nepal in January through May 2018 rose 20 percent from a year earlier.", "2018-01/2018-05", "2017-01/2017-05", 1.2)]
    [InlineData("In 2018 exports to Nepal rose 10,4% to 93,9 billion euros.", "2018", "2017", 1.104)]
    public void Extract_MultiplesAndMoreChangeWords_AreStatements(string sentence, string period, string reference, double ratio)
    {
        var statement = Extract(sentence).Statements.Should().ContainSingle().Subject;

        (statement.Period.ToString(), statement.ReferencePeriod.ToString(), statement.Ratio).Should().Be((period, reference, ratio));
    }

    [Theory]
    [InlineData("Exports to Nepal rose to $1.2 billion in 2018, making up 1.2% of total exports.")]
    [InlineData("Exports to Nepal came to $1.2 billion in 2018, up nearly 90 percent of the total.")]
    [InlineData("India and Nepal want to double trade by 2025.")]
    [InlineData("India wants trade with Nepal to rise by 50 per cent by 2030.")]
    [InlineData("Exports to Nepal will further grow 10% in 2019, the minister said.")]
    [InlineData("Trade with Nepal could increase by 12 percent next year.")]
    public void Extract_SharesOfATotalAndGoals_AreNoStatements(string sentence)
        => Extract(sentence).Statements.Should().BeEmpty();

    [Theory]
    [InlineData("In the year to June 2018, trade with Nepal came to $1.36 billion.", "2017-07/2018-06")]
    [InlineData("In the twelve months to March 2018, exports to Nepal came to $1.36 billion.", "2017-04/2018-03")]
    [InlineData("Trade with Nepal was around $1.36 billion in the last fiscal.", "2018-04/2019-03")]
    [InlineData("Total trade between India and Nepal came to $1.36 billion in 2018.", "2018")]
    public void Extract_MorePeriodForms_AreRead(string sentence, string period)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Customs released figures for January–November 2018 on Monday. Trade with Nepal came to $7 billion, against $4.82 billion a year earlier.")]
    [InlineData("In January–November, trade with Nepal rose sharply. It came to $7 billion, against $4.82 billion a year earlier.")]
    public void Extract_AYearEarlierInASentenceWithoutAPeriod_IsTheYearBeforeThePeriodItContinues(string text)
        => Extract(text, "IND", 2019, 1, 20).Figures
            .Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2018-01/2018-11", 7_000_000_000m), ("2017-01/2017-11", 4_820_000_000m));

    [Theory]
    [InlineData("India and Nepal agreed to boost bilateral trade.", null)]
    [InlineData("India and Nepal aim to significantly expand their trade by 2030.", "2030")]
    public void Extract_AGoalThatSetsNoLevel_IsAGoalWithoutTarget(string sentence, string? deadline)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(
            g => g.Partner.Code == "NPL" && g.Target == null && g.Multiplier == null && (g.Deadline == null ? null : g.Deadline.Deadline.ToString()) == deadline);

    [Theory]
    [InlineData("India and Nepal agreed to boost cooperation in energy.")]
    [InlineData("Trade with Nepal is expected to grow.")]
    public void Extract_AnIntentThatIsNotAboutTrade_IsNoGoal(string sentence)
        => Extract(sentence).Goals.Should().BeEmpty();

    [Theory]
    [InlineData("IND", "Trade with Bangladesh reached $15.9 billion in 2021-22.", "2021-04/2022-03")]
    [InlineData("BGD", "Trade with India reached $15.9 billion in FY2021-22.", "2021-07/2022-06")]
    [InlineData("RUS", "Trade with India reached $13.1 billion in 2021-22.", "2021-04/2022-03")]
    [InlineData("NPL", "Trade with India was around $1.36 billion in the last fiscal.", "2022-07/2023-06")]
    [InlineData("TZA", "Trade with Turkey climbed to $300 million in 2022/2023.", "2022-07/2023-06")]
    [InlineData("TZA", "Trade with Turkey was $60 million in the 2011-2012 fiscal year.", "2011-07/2012-06")]
    [InlineData("PAK", "Trade with Iran was $60 million in 2011/12.", "2011-07/2012-06")]
    [InlineData("NPL", "Imports from India were Rs 943 billion in fiscal year 20/21.", "2020-07/2021-06")]
    [InlineData("NPL", "Imports from India were Rs 943 billion in the first eight months of fiscal year 20/21.", "2020-07/2021-02")]
    [InlineData("PAK", "Trade with China came to $14.1 billion in FY22/23.", "2022-07/2023-06")]
    [InlineData("PAK", "Trade with China came to $14.1 billion in FY 99-00.", "1999-07/2000-06")]
    public void Extract_AFiscalYear_IsTheReportersWhenItHasOneElseThePartners(string reporter, string sentence, string period)
        => Extract(sentence, reporter, 2023, 9, 1)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("The hope is to see trade with Israel reach $10 billion by 2030.", "2030")]
    [InlineData("Cairo and Ankara are working towards annual bilateral trade with Israel of $15 billion within the next five years.", "within 5 years")]
    [InlineData("The two neighbours want $10 billion of bilateral trade with Israel in the near future.", "in the near future")]
    [InlineData("Trade with Israel of $8 billion in 2025 is what both sides have in mind.", "2025")]
    public void Extract_AnAmountPutInTheFuture_IsAGoalNotAFigure(string sentence, string deadline)
    {
        var result = Extract(sentence, "EGY", 2024, 3, 1);

        result.Figures.Should().BeEmpty();
        result.Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);
    }

    [Theory]
    [InlineData("Trade with Israel fell to $14.5 billion the next year.")]
    [InlineData("Trade with Israel came to $14.5 billion in 2023.")]
    [InlineData("Trade with Israel came to $14.5 billion over two years.")]
    [InlineData("Trade with Israel came to $14.5 billion in 2024.")]
    public void Extract_AnAmountPutInThePast_IsAFigure(string sentence)
        => Extract(sentence, "EGY", 2024, 3, 1).Goals.Should().BeEmpty();

    [Fact]
    public void Extract_AnAmountInTheirSights_IsAGoal()
        => Extract("The two neighbours now have a $10 billion bilateral trade volume with Israel in their sights.", "EGY", 2024, 3, 1)
            .Figures.Should().BeEmpty();

    [Theory]
    [InlineData("USA", "Mexico's exports to the U.S. reached $42.2 billion in June 2024, while goods shipped from the U.S. to Mexico rose 1.1% to $27.7 billion.", "imports,exports")]
    [InlineData("TUN", "Trade with Algeria exceeded 7,000 million dinars in 2016, made up of 4,831 million dinars of Tunisian exports and 3,976 million dinars of imports.", "turnover,exports,imports")]
    [InlineData("GAB", "In 2022 Gabon sold 58 billion CFA francs of goods to Cameroon while importing 25.2 billion from it.", "exports,imports")]
    public void Extract_EachAmount_TakesTheFlowOfItsOwnClause(string reporter, string sentence, string flows)
        => Extract(sentence, reporter, 2024, 9, 1).Figures.Select(f => f.Flow.ToString().ToLowerInvariant())
            .Should().Equal(flows.Split(','));

    [Theory]
    [InlineData("Trade with China passed $9 billion in the first seven months of this year, against a total of $11 billion for the whole of last year.", "2022-01/2022-07,2021")]
    [InlineData("Trade with China came to $2.5 billion in the first half, more than the $1.3 billion recorded for all of 2021.", "2022-H1,2021")]
    [InlineData("Trade with China came to $2.5 billion in the first half, against $1.3 billion in the course of 2021.", "2022-H1,2021")]
    public void Extract_TheWholeOfAYear_IsThePeriodOfTheAmountBeforeIt(string sentence, string periods)
        => Extract(sentence, "KHM", 2022, 8, 4).Figures.Select(f => f.Period).Should().Equal(periods.Split(',').Select(ReportingPeriod.Parse));

    [Fact]
    public void Extract_APastChangeToReachARecord_IsALevelNotAGoal()
    {
        var result = Extract("In the first 11 months of 2022, trade between Russia and China grew by 32% to reach a record 172.406 billion dollars.", "CHN", 2022, 12, 7);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(172_406_000_000, Currency.Usd));
    }

    [Theory]
    [InlineData(2020, 11, 29, "2020-01/2020-11")]
    [InlineData(2020, 12, 10, "2020-01/2020-11")]
    [InlineData(2021, 2, 10, "2020-01/2020-11")]
    public void Extract_TheFirstMonthsOfTheYear_AreThisYearsUnlessTheyEndAfterThePublication(int year, int month, int day, string period)
        => Extract("Vietnam's exports to the United States reached $70 billion in the first eleven months of the year.", "VNM", year, month, day)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Malaysia and Thailand can reach their shared goal of USD 30 billion in total trade by 2027.", 1)]
    [InlineData("Malaysia's total trade reached USD 30 billion by 2027, a goal set with Thailand.", 0)]
    public void Extract_AnAmountInTotalTrade_IsThePairsWhileAReportersTotalTradeIsNot(string sentence, int goals)
        => Extract(sentence, "MYS", 2024, 6, 20).Goals.Should().HaveCount(goals);

    [Fact]
    public void Extract_AChangeWrittenAsAnAmountAndItsShare_IsAStatementAndTheLevelAfterItIsTheFigure()
    {
        var result = Extract("China remained Australia's largest export destination in 2023-24, with exports up A$9.1b (4.4%) to A$212.7b. "
            + "Exports to Japan fell A$34.2b (29.8%) to A$80.5b, and exports to South Korea were down A$7.4b (14.9%) at A$42.3b.", "AUS", 2024, 8, 15);

        result.Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("CHN", 212_700_000_000m), ("JPN", 80_500_000_000m), ("KOR", 42_300_000_000m));
        result.Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("CHN", 1.044), ("JPN", 0.702), ("KOR", 0.851));
    }

    [Fact]
    public void Extract_AChangeOfAProductLine_IsNoStatement()
        => Extract("Australia's exports to Japan rose 5% in 2023-24. Of Australia's exports to South Korea, machinery fell A$3.2b (29.8%) to A$8.5b.", "AUS", 2024, 8, 15)
            .Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("JPN", 1.05));

    [Theory]
    [InlineData("That is 14 percent more than in January-September 2016.")]
    [InlineData("That is up 14 percent on January–September 2016.")]
    [InlineData("That is 14 percent more than in January-September of the previous year.")]
    [InlineData("That is 14 percent more than in January-September.")]
    public void Extract_AChangeMeasuredAgainstARunOfMonths_IsMeasuredAgainstTheWholeRun(string change)
    {
        var statement = Extract("Turkey and Iran traded goods worth $8.151 billion in the first nine months of 2017. " + change, "TUR", 2017, 11, 15)
            .Statements.Should().ContainSingle().Subject;

        (statement.Period, statement.ReferencePeriod, statement.Ratio).Should().Be((ReportingPeriod.Parse("2017-01/2017-09"), ReportingPeriod.Parse("2016-01/2016-09"), 1.14));
    }

    [Theory]
    [InlineData("Trade turnover with China edged up by 0,6 per cent from January to September to 185,9 billion euros.")]
    [InlineData("Trade turnover with China came to 185,9 billion euros from January to September 2025, 0,6% more than in the same nine months of 2024.")]
    [InlineData("Trade turnover with China came to 185,9 billion euros from January to September 2025, 0,6% more than in the corresponding months of 2024.")]
    public void Extract_AChangeForARunFromJanuary_IsMeasuredAgainstTheSameRunAYearBefore(string sentence)
    {
        var statement = Extract(sentence, "DEU", 2025, 11, 10).Statements.Should().ContainSingle().Subject;

        (statement.Period, statement.ReferencePeriod, statement.Ratio).Should().Be((ReportingPeriod.Parse("2025-01/2025-09"), ReportingPeriod.Parse("2024-01/2024-09"), 1.006));
    }

    [Fact]
    public void Extract_AChangeFromOneMonthToTheNext_IsMeasuredAgainstTheFirstMonth()
        => Extract("Brazil's exports to Argentina came to $1.5 billion in July. Measured against the previous month, total trade between the two countries dropped 20.8% from June to July.", "BRA", 2012, 8, 15)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.Should().Be(ReportingPeriod.Parse("2012-06"));

    [Theory]
    [InlineData("TUR", 2017, 11, "Turkey and Iran traded goods worth $8.151 billion in the first nine months of 2017. That is 14 percent more than in January-September of the previous year, when the total was $7.135 billion.", "2017-01/2017-09,2016-01/2016-09")]
    [InlineData("HUN", 2018, 2, "Trade with Serbia came to 1.9 billion EUR for 2016, while January to November of last year alone brought 2.3 billion EUR.", "2016,2017-01/2017-11")]
    [InlineData("COL", 2025, 1, "Up to November 2024, Colombia sold goods worth 885 million dollars to Venezuela. That is 46% more than in the same months of 2023, when shipments came to 602 million dollars.", "2024-01/2024-11,2023-01/2023-11")]
    [InlineData("PRY", 2011, 8, "Paraguay bought goods worth US$1,390 million in Brazil up to August 2011. That is 35% more than in the same part of 2010, when the bill came to US$1,027 million.", "2011-01/2011-08,2010-01/2010-08")]
    public void Extract_TheSameMonthsOfAnotherYear_AreThoseMonthsInThatYear(string reporter, int year, int month, string text, string periods)
        => Extract(text, reporter, year, month, 15).Figures.Select(f => f.Period).Should().Equal(periods.Split(',').Select(ReportingPeriod.Parse));

    [Theory]
    [InlineData("Imports from the United States fell 15%, from US$5,932 million in January-June 2015 to US$5,021 million in the same months of this year.", "2015-H1,2016-H1")]
    [InlineData("Exports to China fell 15%, from $5.9 billion in the first half of 2015 to $5.0 billion during the corresponding period of the current year.", "2015-H1,2016-H1")]
    public void Extract_TheSameMonthsOfThisYear_AreThoseMonthsInTheYearOfPublication(string text, string periods)
        => Extract(text, "CHL", 2016, 8, 10).Figures.Select(f => f.Period).Should().Equal(periods.Split(',').Select(ReportingPeriod.Parse));

    [Fact]
    public void Extract_AChangeFromOneLevelToAnother_IsForThePeriodOfTheLevelItReached()
        => Extract("Exports to China fell 15%, from $5.9 billion in the first half of 2015 to $5.0 billion in the same period this year.", "CHL", 2016, 8, 10)
            .Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s => s.Period == ReportingPeriod.Parse("2016-H1") && s.ReferencePeriod == ReportingPeriod.Parse("2015-H1"));

    [Theory]
    [InlineData("The first Chile Week in the United States is planned for October, to promote trade between the two countries.")]
    [InlineData("A business forum to promote trade between the two countries will be held in November.")]
    [InlineData("Talks on raising trade between the two countries are scheduled for December.")]
    public void Extract_AMonthAnEventIsSetFor_IsNoPeriodTheNextLevelTakes(string between)
        => Extract($"Exports to China were $5.0 billion in the first half. {between} Exports to China fell to $4 billion.", "CHL", 2016, 8, 10)
            .Figures.Select(f => f.Period).Should().AllBeEquivalentTo(ReportingPeriod.Parse("2016-H1"));

    [Theory]
    [InlineData("Trade with China reached $11.4 billion in the first semester of 2017.", "2017-H1")]
    [InlineData("In the second semester of 2016, trade with China came to $12 billion.", "2016-H2")]
    [InlineData("Trade with China reached $11.4 billion in the first semester, up 8% from the same semester of 2016.", "2017-H1")]
    public void Extract_ASemester_IsAHalfYear(string sentence, string period)
        => Extract(sentence, "PHL", 2017, 12, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_TheSameSemesterOfAYear_IsTheReferenceOfAChange()
        => Extract("Trade with China reached $11.4 billion in the first semester, up 8% from the same semester of 2016.", "PHL", 2017, 9, 1)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.Should().Be(ReportingPeriod.Parse("2016-H1"));

    [Theory]
    [InlineData("Trade with the Philippines stood at $7.1 billion by the end of November 2013.", "2013-01/2013-11")]
    [InlineData("Trade with the Philippines stood at $7.1 billion at end-November 2013.", "2013-01/2013-11")]
    [InlineData("In the year to the end of May, trade with the Philippines reached $20.1 billion.", "2013-06/2014-05")]
    [InlineData("In the year to May, trade with the Philippines reached $20.1 billion.", "2013-06/2014-05")]
    public void Extract_ARunToTheEndOfAMonth_IsTheMonthsItCovers(string sentence, string period)
        => Extract(sentence, "VNM", 2014, 7, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_AnIncreaseOfAnAmount_IsNoLevel()
        => Extract("In 2013 trade with China reached $20.1 billion, an increase of $4.7 billion on the previous year.", "NZL", 2014, 7, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(20_100_000_000m);

    [Theory]
    [InlineData("Iran shipped $412 million worth of goods to Armenia in the previous Iranian year, 1402, which ended on 19 March.", "2023-04/2024-03")]
    [InlineData("Exports to Armenia were an estimated $9 billion in the previous Iranian year, which ended in March 2022.", "2021-04/2022-03")]
    [InlineData("Exports to Armenia reached $9 billion in the previous Iranian year.", "2023-04/2024-03")]
    [InlineData("Exports to Armenia reached $9 billion in the current Iranian year.", "2024-04/2025-03")]
    [InlineData("Exports to Armenia reached $9 billion in the Iranian calendar year that began on March 21, 2022.", "2022-04/2023-03")]
    [InlineData("In the opening quarter of the Iranian calendar year, exports to Armenia reached $517 million.", "2024-04/2024-06")]
    [InlineData("In the first four months of the current Iranian year, exports to Armenia reached $517 million.", "2024-04/2024-07")]
    public void Extract_AnIranianYear_RunsFromApril(string sentence, string period)
        => Extract(sentence, "IRN", 2024, 9, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Trade with Peru reached $3.96 billion in 2018, 5% more than in 2017, with exports of $2.15 billion against imports of $1.81 billion.", "2018,2018,2018")]
    [InlineData("Exports to Ukraine have climbed: in 2020 they were 23 billion zlotys, in 2021 almost 29 billion zlotys, and in 2022 45.6 billion zlotys.", "2020,2021,2022")]
    [InlineData("Exports to Ukraine were 23 billion zlotys, in 2021 by the ministry's count.", "2021")]
    public void Extract_EachAmountOfAList_TakesItsOwnPeriod(string sentence, string periods)
        => Extract(sentence, "POL", 2024, 3, 4).Figures.Select(f => f.Period).Should().Equal(periods.Split(',').Select(ReportingPeriod.Parse));

    [Theory]
    [InlineData("Egyptian exports to AU member states climbed 15.5% to $6.339bn in 2022.")]
    [InlineData("Egypt bought $2.314bn worth of goods from COMESA countries in 2022.")]
    [InlineData("Egypt's trade with the rest of the African Union reached $8.653bn in 2022.")]
    [InlineData("Egypt's trade with the regional bloc came to $54.9bn in 2022.")]
    [InlineData("Imports from COMESA reached $30.2bn in 2022, 12.4% more than a year before.")]
    [InlineData("Exports to the EU rose to $18.2bn in 2022.")]
    [InlineData("Exports to countries other than Libya reached a record $21bn in 2022.")]
    [InlineData("Imports from non-Libyan countries stayed high at $28bn in 2022.")]
    [InlineData("Exports to other markets came to $9bn in 2022.")]
    public void Extract_TradeWithABloc_IsNoFigureForThePartner(string sentence)
        => Extract("Trade with Libya rose in 2022. " + sentence, "EGY", 2023, 11, 20).Figures.Should().BeEmpty();

    [Theory]
    [InlineData("Sales to Mercosur's largest partner came to $7.153bn in 2022.")]
    [InlineData("Sales to Libya, an EU neighbour, came to $7.153bn in 2022.")]
    public void Extract_ABlocNamedOnlyToDescribeThePartner_LeavesItsFigure(string sentence)
        => Extract("Trade with Libya rose in 2022. " + sentence, "EGY", 2023, 11, 20).Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("LBY");

    [Theory]
    [InlineData("The UAE's non-oil foreign trade climbed to a record Dh1.395 trillion in the first half of 2024.")]
    [InlineData("He hopes the country will celebrate one trillion dollars in external trade before long.")]
    [InlineData("Overall exports reached Dh80.8 billion in the first half, up 7.8 percent.")]
    [InlineData("Total imports came to Dh943.9 billion in 2023, against Dh924.2 billion a year earlier.")]
    public void Extract_ForeignTradeWithNoPartnerNamed_IsTheWorlds(string sentence)
    {
        var result = Extract("Trade with India rose in 2023. " + sentence, "ARE", 2024, 8, 25);

        result.Figures.Should().BeEmpty();
        result.Statements.Should().BeEmpty();
    }

    [Fact]
    public void Extract_AComparisonsYear_IsNotThePeriodTheNextSentencesGoOnWith()
        => Extract("In 2007 German exports to the EU climbed 11.1% against 2006. Exports to France rose 10.4% to 93.9 billion euros.", "DEU", 2008, 3, 10)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2007));

    [Theory]
    [InlineData("The longer-term objective for trade with Laos remains US$5 billion as soon as possible.", "soon")]
    [InlineData("For trade with Laos, the target is US$5 billion in the shortest possible time.", "soon")]
    public void Extract_AGoalWordAsTheSubjectOfALevelVerb_MakesAGoal(string sentence, string deadline)
    {
        var result = Extract(sentence, "VNM", 2025, 1, 10);

        result.Figures.Should().BeEmpty();
        result.Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Target!.Value.Value == 5_000_000_000m && g.Deadline!.Deadline.ToString() == deadline);
    }

    [Theory]
    [InlineData("Trade with Belarus reached some seven hundred million dollars in 2024.", 700_000_000)]
    [InlineData("Trade with Belarus reached two hundred and fifty million dollars in 2024.", 250_000_000)]
    [InlineData("Trade with Belarus reached a hundred million dollars in 2024.", 100_000_000)]
    [InlineData("Trade with Belarus reached nine hundred twenty-five million dollars in 2024.", 925_000_000)]
    public void Extract_HundredsInWords_AreRead(string sentence, long units)
        => Extract(sentence, "KAZ", 2025, 1, 10).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(units, Currency.Usd));

    [Theory]
    [InlineData("The Netherlands came third in 2023, with exports and imports worth a combined 214.8 billion euros (-5.5%).", 0.945)]
    [InlineData("The Netherlands came third in 2023, with exports and imports worth a combined 214.8 billion euros (+9.23%).", 1.0923)]
    [InlineData("Trade with the Netherlands grew in 2023 (+38%, 829 million euros).", 1.38)]
    public void Extract_ASignedPercentageInParentheses_IsAChange(string sentence, double ratio)
        => Extract(sentence, "DEU", 2024, 2, 15).Statements.Should().ContainSingle().Which.Ratio.Should().BeApproximately(ratio, 1e-9);

    [Fact]
    public void Extract_AGoalRestatedWithItsYear_TakesTheYearAsWritten()
        => Extract("China and the Philippines will work to double their trade to 60 billion U.S. dollars within five years, Wang said on Wednesday. \"We should make efforts to bring bilateral trade to 60 billion U.S. dollars by 2016,\" Wang said.", "CHN", 2011, 9, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2016");

    [Theory]
    [InlineData("Turkey and Uzbekistan have set their sights on a bilateral trade volume of $5 billion, the minister said on April 8.")]
    [InlineData("Bilateral trade between Turkey and Uzbekistan is to be lifted to $5 billion under an agreement announced on Wednesday.")]
    [InlineData("The governments of Turkey and Uzbekistan were targeting total bilateral trade of US$5 billion, or around 160 billion lira, by 2028.")]
    public void Extract_AGoalSetInOtherWords_IsAGoal(string sentence)
    {
        var result = Extract(sentence, "TUR", 2021, 4, 9);

        result.Figures.Should().BeEmpty();
        result.Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(5_000_000_000m);
    }

    [Theory]
    [InlineData("Trade with Belarus exceeded 1 billion 243 million dollars in 2024.", 1_243_000_000)]
    [InlineData("Trade with Belarus reached a historic 779 thousand 308 million dollars in 2024.", 779_308_000_000)]
    [InlineData("Trade with Belarus reached one billion and 300 million dollars in 2024.", 1_300_000_000)]
    [InlineData("Trade with Belarus reached 13 billion 882 million 788 thousand dollars in 2024.", 13_882_788_000)]
    [InlineData("Trade with Belarus reached 8 billion 272 million 97 thousand 81 dollars in 2024.", 8_272_097_081)]
    [InlineData("Trade with Belarus reached 882 million 788 thousand dollars in 2024.", 882_788_000)]
    [InlineData("Trade with Belarus reached 4 billion 15 million 112 thousand dollars in 2024.", 4_015_112_000)]
    [InlineData("Trade with Belarus was worth $1,300.5 millions in 2024.", 1_300_500_000)]
    [InlineData("Trade with Belarus was worth US$ 342,70 millones in 2024.", 342_700_000)]
    [InlineData("Trade with Belarus was worth $us 342,70 millones in 2024.", 342_700_000)]
    [InlineData("Trade with Belarus was worth US$ 1,3 mil millones in 2024.", 1_300_000_000)]
    [InlineData("Trade with Belarus was worth US$ 1.300 millones in 2024.", 1_300_000_000)]
    [InlineData("Trade with Belarus was worth US$ 342,7 milhões in 2024.", 342_700_000)]
    [InlineData("Trade with Belarus was worth US$ 1,3 milliard in 2024.", 1_300_000_000)]
    [InlineData("Trade with Belarus reached $1.3 billion in 2024, up from 900 million dollars.", 1_300_000_000)]
    [InlineData("Trade with Belarus reached 1 479 billion dollars in 2024.", 1_479_000_000_000)]
    [InlineData("Trade with Belarus reached USD1.4trn in 2024.", 1_400_000_000_000)]
    [InlineData("Trade with Belarus reached u$s 1.3 billion in 2024.", 1_300_000_000)]
    [InlineData("Trade with Belarus added up to 308,886 millones de dólares in 2024.", 308_886_000_000)]
    [InlineData("Trade with Belarus added up to 15.807 millones de dólares in 2024.", 15_807_000_000)]
    [InlineData("Trade with Belarus reached US$ 8 513,75 million in 2024.", 8_513_750_000)]
    [InlineData("Trade with Belarus reached US$ 2\u00A0232 million in 2024.", 2_232_000_000)]
    [InlineData("Trade with Belarus reached $1 522.2 million in 2024.", 1_522_200_000)]
    [InlineData("Trade with Belarus reached u$s 1432,8 million in 2024.", 1_432_800_000)]
    [InlineData("Trade with Belarus reached 4.929.082 thousand dollars in 2024.", 4_929_082_000)]
    [InlineData("Trade with Belarus reached US$ 1.234.567 in 2024.", 1_234_567)]
    [InlineData("Trade with Belarus reached 1.386,6 million dollars in 2024, while 2.5 tonnes of wheat were shipped.", 1_386_600_000)]
    public void Extract_ScaleWordsAsTheyAreWritten_AreRead(string sentence, long units)
        => Extract(sentence, "KAZ", 2025, 1, 10).Figures.Should().Contain(f => f.Period == ReportingPeriod.Year(2024))
            .Which.Amount.Should().Be(Amount.FromUnits(units, Currency.Usd));

    [Theory]
    [InlineData("In the 2020/21 fiscal year, which ended on July 7, 2021, Somalia became the top market for Ethiopian goods. Ethiopia's exports to Somalia came to $347.83 million.")]
    [InlineData("In the 2020/21 fiscal year, which ended on 7 July 2021, Somalia became the top market for Ethiopian goods. Ethiopia's exports to Somalia came to $347.83 million.")]
    public void Extract_TheYearOfADate_IsNoPeriod(string text)
        => Extract(text, "ETH", 2021, 8, 10).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2020-07/2021-06"));

    [Fact]
    public void Extract_APeriodComparedWithTheSameMonthsOfAnother_IsNotTheNextLevelsPeriod()
        => Extract(
            "Nepal's foreign trade came to Rs 984 billion in the first seven months of fiscal year 2080/81. Compared with the same seven months of the previous fiscal year, imports were down 2.31 percent and exports 7.07 percent. "
            + "Nepal bought Rs 554.75 billion worth of goods from India during the period.", "NPL", 2024, 2, 21)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2023-07/2024-01"));

    [Theory]
    [InlineData("Trade with Belarus came to $1.3 billion in 2024, only $20 million higher than a year before.")]
    [InlineData("Trade with Belarus came to $1.3 billion in 2024, a gain of just $57 million over the year before.")]
    public void Extract_AnAmountStatedAsADifference_IsNoLevel(string sentence)
        => Extract(sentence, "KAZ", 2025, 1, 10).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1_300_000_000, Currency.Usd));

    [Fact]
    public void Extract_AnAmountInSpanishMillionsAfterOneInDollars_IsInDollars()
        => Extract("Trade with Belarus added up to 308,886 millones de dólares in 2024, ahead of trade with Russia, with 306,697 millones.", "KAZ", 2025, 1, 10)
            .Figures.Select(f => (f.Partner.Code, f.Amount)).Should().Equal(("BLR", Amount.FromUnits(308_886_000_000, Currency.Usd)), ("RUS", Amount.FromUnits(306_697_000_000, Currency.Usd)));

    [Fact]
    public void Extract_OneDotBeforeThreeDigitsInAnArticleThatGroupsThousandsWithDots_GroupsThousands()
        => Extract("Argentina sold Chile goods worth 4.929.082 thousand dollars in 2022. Chile's sales to Argentina were 736.422 thousand dollars.", "CHL", 2023, 12, 23)
            .Figures.Select(f => f.Amount.Value).Should().Equal(4_929_082_000m, 736_422_000m);

    [Theory]
    [InlineData("Since the agreement, total trade with Chile, exports plus imports, peaked in 2011 at US$3,266 million.")]
    [InlineData("Trade with Chile, imports plus exports, peaked in 2011 at US$3,266 million.")]
    public void Extract_ExportsPlusImports_AreTurnover(string sentence)
        => Extract(sentence, "PER", 2012, 6, 1).Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Turnover);

    [Theory]
    [InlineData("RUS", "Sino-Russian trade reached $100bn in 2021.", "CHN")]
    [InlineData("IND", "Indo-Pakistani trade reached $2bn in 2021.", "PAK")]
    [InlineData("FRA", "Franco-German trade reached EUR 169bn in 2021.", "DEU")]
    [InlineData("USA", "Anglo-American trade reached $300bn in 2021.", "GBR")]
    [InlineData("IND", "Indo-Pacific trade reached $2bn in 2021, and trade with Japan $20bn.", "JPN")]
    public void Extract_ACountrysCombiningFormBeforeAnothersName_NamesTheCountry(string reporter, string sentence, string partner)
        => Extract(sentence, reporter, 2022, 2, 1).Figures.Select(f => f.Partner.Code).Should().Equal(partner);

    [Theory]
    [InlineData("PRY", "Paraguay bought goods worth US$1.390 million in Brazil up to June 2011, against US$1.027 million a year earlier.", 1_390_000_000, 1_027_000_000)]
    [InlineData("PAK", "Pakistan bought goods worth US$1.390 million in Brazil up to June 2011, against US$1.027 million a year earlier.", 1_390_000, 1_027_000)]
    [InlineData("PRY", "Paraguay bought goods worth US$1.390 million in Brazil up to June 2011, 35.5% more than the US$1.027 million of a year earlier.", 1_390_000, 1_027_000)]
    public void Extract_MillionsWithADotInTheSpanishAndPortuguesePress_GroupThousandsUnlessTheTextWritesDecimalPoints(string reporter, string text, decimal first, decimal second)
        => Extract(text, reporter, 2011, 8, 1).Figures.Select(f => f.Amount.Value).Should().Equal(first, second);

    [Theory]
    [InlineData("Trade between Argentina and Chile topped 4.700 million dollars in 2007. Argentine exports to Chile reached 2.000 million dollars.", 4_700_000_000, 2_000_000_000)]
    [InlineData("Trade between Argentina and Chile topped 4.700 million US dollars in 2007. Argentine exports to Chile reached 419 million dollars.", 4_700_000_000, 419_000_000)]
    [InlineData("Trade between Argentina and Chile topped US$ 4.700 million in 2007. Argentine exports to Chile reached $2.100 million.", 4_700_000_000, 2_100_000_000)]
    [InlineData("Trade between Argentina and Chile topped 4.700 million dollars in 2007, up 2.5%. Argentine exports to Chile reached 419 million dollars.", 4_700_000, 419_000_000)]
    public void Extract_MillionsWithADotBeforeThemAndTheCurrencyNamedAfter_GroupThousandsUnlessTheTextWritesDecimalPoints(string text, decimal first, decimal second)
        => Extract(text, "CHL", 2008, 9, 1).Figures.Select(f => f.Amount.Value).Should().Equal(first, second);

    [Fact]
    public void Extract_AnAmountForThatCountry_IsTheCountryNamedBeforeNotOneNamedAfter()
        => Extract("Mexico's main trading partner in the region is Brazil. Last year Mexican exports to that country reached 4,407 million dollars; compared with that amount, the goods sent to Bolivia represent 3.79 percent.", "MEX", 2019, 11, 15)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("BRA");

    [Theory]
    [InlineData("a month earlier")]
    [InlineData("the previous month")]
    [InlineData("the month before")]
    public void Extract_ALevelAMonthBeforeAMonth_IsTheMonthBefore(string earlier)
        => Extract($"Uganda's exports to Kenya were US$27.24m in November 2018, down from US$34.56m {earlier}.", "UGA", 2019, 3, 1)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Month(2018, 11), ReportingPeriod.Month(2018, 10));

    [Fact]
    public void Extract_ARunOfMonthsNamedInsideLastYear_IsThePeriodTheNextSentencesGoOnWith()
        => Extract("Malaysia's trade with Thailand kept up its strong run last year, reaching RM112.42 billion in the January-November period.\n\nThe trade commissioner said the surplus with Thailand widened.\n\nMalaysian exports to Thailand climbed 28.4 per cent to RM60.77 billion.", "MYS", 2023, 1, 12)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Parse("2022-01/2022-11"), ReportingPeriod.Parse("2022-01/2022-11"));

    [Fact]
    public void Extract_ACountryNamedBeforeADollarSign_IsTheCountry()
        => Extract("In 2022 Sudan sold Egypt $505m worth of goods, Zambia $314m and the United States $308m.", "EGY", 2023, 5, 1)
            .Figures.Select(f => f.Partner.Code).Should().Equal("SDN", "ZMB", "USA");

    [Theory]
    [InlineData("Central American")]
    [InlineData("Latin American")]
    [InlineData("South American")]
    [InlineData("North American")]
    public void Extract_ARegionWrittenWithAmerican_IsNotTheUnitedStates(string region)
        => Extract($"The {region} country exported 469.6 million dollars worth of goods to Mexico in 2013.", "GTM", 2014, 9, 2)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("MEX");

    [Theory]
    [InlineData("Russia in sixth place with 5 billion 968 million dollars, the US in seventh with 4 billion 547 million dollars")]
    [InlineData("Russia at sixth with 5 billion 968 million dollars and the US in the seventh with 4 billion 547 million dollars")]
    public void Extract_PartnersWithTheirPlaceInARanking_EachTakeTheirAmount(string list)
        => Extract($"Iraq ranked second in Turkey's export list with 8 billion 272 million dollars. It was followed by {list}.", "TUR", 2012, 2, 10)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Amount.Value)).Should().Equal(
                ("IRQ", TradeFlow.Exports, 8_272_000_000m), ("RUS", TradeFlow.Exports, 5_968_000_000m), ("USA", TradeFlow.Exports, 4_547_000_000m));

    [Theory]
    [InlineData("headed the list")]
    [InlineData("topped the ranking")]
    [InlineData("led the table")]
    public void Extract_APartnerAtTheHeadOfAListAfterATradeSentence_IsReadForThatTrade(string heads)
        => Extract($"European countries made up five of the ten markets Turkey exported most to in 2011. Germany {heads} with 13 billion 882 million dollars.", "TUR", 2012, 2, 10)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "DEU" && f.Flow == TradeFlow.Exports && f.Amount.Value == 13_882_000_000m);

    [Theory]
    [InlineData("Next, in order, came")]
    [InlineData("Next came")]
    [InlineData("Next on the list were")]
    [InlineData("Next in the ranking were")]
    public void Extract_PartnersThatCameNextInARanking_GoOnWithItsTrade(string next)
        => Extract($"Russia topped the import ranking, with purchases from that country of 4 billion 399 million dollars in January. {next} China with 4 billion 86 million dollars and Italy with 950 million dollars.", "TUR", 2025, 2, 4)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("RUS", TradeFlow.Imports), ("CHN", TradeFlow.Imports), ("ITA", TradeFlow.Imports));

    [Theory]
    [InlineData("China, at more than $1.2 bln, Azerbaijan, above $1 bln, and Armenia, above $888 mln")]
    [InlineData("China, at $1.2 bln, Azerbaijan, below $1 bln, and Armenia, under $888 mln")]
    public void Extract_PartnersRankedAboveOrBelowAnAmount_AreReadWithTheirAmounts(string list)
        => Extract($"Turkey kept the top spot from January to September, with two-way trade of more than $2.1 bln. Next on the list were {list}.", "GEO", 2023, 10, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Amount.Value)).Should().Equal(
                ("TUR", TradeFlow.Turnover, 2_100_000_000m), ("CHN", TradeFlow.Turnover, 1_200_000_000m), ("AZE", TradeFlow.Turnover, 1_000_000_000m), ("ARM", TradeFlow.Turnover, 888_000_000m));

    [Fact]
    public void Extract_TheUnitedStatesOfAmericaRankedWithAnAmount_IsOnePartnerWithItsAmount()
        => Extract("Singapore topped the list of suppliers with N5,092.36 billion. China followed with N2,060.59 billion, then the United States of America with N512.99 billion.", "NGA", 2024, 3, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Amount.Value)).Should().Equal(
                ("SGP", TradeFlow.Imports, 5_092_360_000_000m), ("CHN", TradeFlow.Imports, 2_060_590_000_000m), ("USA", TradeFlow.Imports, 512_990_000_000m));

    [Fact]
    public void Extract_ATotalInTheSentenceBefore_DoesNotMakeARankedAmountTurnover()
        => Extract("Singapore topped the list of suppliers with N5,092.36 billion or 36.09 per cent of the total. China followed with N2,060.59 billion.", "NGA", 2024, 3, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("SGP", TradeFlow.Imports), ("CHN", TradeFlow.Imports));

    [Theory]
    [InlineData("The European country", "ESP")]
    [InlineData("The Asian country", "IND")]
    public void Extract_APartnerDescribedByItsRegion_IsTheCountryOfThatRegionTheSentenceBeforeNames(string described, string partner)
        => Extract($"Spain displaced India as the leading destination for Nigerian exports in the second quarter of 2020. {described} took exports worth N310.7 billion in the quarter.", "NGA", 2020, 9, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be(partner);

    [Fact]
    public void Extract_ExportTrade_IsExportsNotTurnover()
        => Extract("Spain accounted for 14% of Nigeria's export trade in the second quarter of 2020, worth N310.7 billion.", "NGA", 2020, 9, 1)
            .Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Exports);

    [Theory]
    [InlineData("The Netherlands came next with 10.98% of exports (N243.6 billion), up from 9.72% in the first quarter.")]
    [InlineData("The Netherlands' share of exports rose to 10.98% from 9.72% in the first quarter.")]
    public void Extract_ASharePercentageAChangeWentFromOrTo_IsNoStatement(string sentence)
        => Extract(sentence, "NGA", 2020, 9, 1).Statements.Should().BeEmpty();

    [Theory]
    [InlineData("Trade with China picked up to about 4% growth in the first two months of this year.", 1.04)]
    [InlineData("Trade with Morocco hit 22 billion euros in 2024, an increase of close to 10 per cent on the year before.", 1.1)]
    public void Extract_AChangeWrittenAfterToThatIsARate_IsStillAStatement(string sentence, double ratio)
        => Extract(sentence, "ESP", 2024, 3, 1).Statements.Should().ContainSingle().Which.Ratio.Should().Be(ratio);

    [Theory]
    [InlineData("The $400 billion target for India's exports to the world is also within reach, and sales to Saudi Arabia look likely to overshoot the goal fixed for them.")]
    [InlineData("Egypt's exports to Kenya grew last year. In March, the ministry unveiled a plan to nearly double the country's exports by 2020, from the current $19 billion to $34 billion.")]
    public void Extract_AnAmountGivenToTheReportersTradeWithTheWorld_IsNoRecordWithThePartner(string text)
    {
        var result = Extract(text, text.StartsWith("Egypt", StringComparison.Ordinal) ? "EGY" : "IND", 2017, 3, 1);
        result.Goals.Should().BeEmpty();
        result.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Extract_ALevelWithItsShareOfTheCountrysTotalTrade_IsStillTheLevelWithThePartner()
        => Extract("Trade with China reached $11.355 billion in the first half, or 15 percent of the country's total trade.", "PHL", 2017, 9, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("CHN");

    [Theory]
    [InlineData("Hungary and Azerbaijan traded more goods last year, with turnover reaching about $200 million in 2023.")]
    [InlineData("Trade between Qatar and China grew, hitting QAR 97 billion in 2023.")]
    public void Extract_AnAmountReachedInAPeriodAlreadyOver_IsALevelNotAGoal(string sentence)
    {
        var result = Extract(sentence, sentence.Contains("Qatar", StringComparison.Ordinal) ? "QAT" : "AZE", 2024, 4, 25);
        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2023));
    }

    [Fact]
    public void Extract_AnAmountToBeReachedInAYearAhead_IsStillAGoal()
        => Extract("Hungary and Azerbaijan agreed to work towards reaching $500 million in trade in 2027.", "AZE", 2024, 4, 25)
            .Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(500_000_000m);

    [Fact]
    public void Extract_ATradingPartnerNamedBetweenAFlowAndItsAmount_DoesNotMakeItTurnover()
        => Extract("Among individual markets, exports to Russia, Hungary's largest non-EU trading partner, were unchanged from 2012 at 2.55 billion euros last year.", "HUN", 2014, 3, 1)
            .Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Exports);

    [Theory]
    [InlineData("supplier", TradeFlow.Imports)]
    [InlineData("buyer", TradeFlow.Exports)]
    public void Extract_DeliveriesAfterAPartnersRole_TakeTheWayTheRoleGives(string role, TradeFlow flow)
        => Extract($"In 2023 Nigeria was Côte d'Ivoire's second-largest {role} of goods, with deliveries worth CFA1,602.2 billion.", "CIV", 2024, 5, 2)
            .Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Theory]
    [InlineData("similar to")]
    [InlineData("comparable to")]
    [InlineData("in line with")]
    public void Extract_AYearALevelIsLikenedTo_IsNotItsPeriod(string likened)
        => Extract($"Trade with Brazil totalled USD 1,970 million in the first four months of the year. Paraguay bought goods worth USD 1,040 million from Brazil, a sum {likened} 2022.", "PRY", 2023, 5, 20)
            .Figures.Select(f => f.Period).Should().AllBeEquivalentTo(ReportingPeriod.Parse("2023-01/2023-04"));

    [Theory]
    [InlineData("its lowest level since 2003")]
    [InlineData("the weakest figure since 2003")]
    public void Extract_ARecordSinceAYear_IsNotTheReferenceOfAChange(string record)
        => Extract($"Trade with Brazil shrank 35% in June and hit {record}.", "ARG", 2020, 7, 10)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.Should().Be(ReportingPeriod.Parse("2019-06"));

    [Theory]
    [InlineData("In the same period of last year")]
    [InlineData("During the corresponding months of the previous year")]
    public void Extract_ASentenceOpeningOnTheSamePeriodLastYear_IsThePeriodBeforeAYearEarlier(string opening)
        => Extract($"Tajikistan shipped goods worth more than $51.2 million to Afghanistan in the first six months of 2022. {opening}, Tajik exports to Afghanistan had reached just over $37.2 million, three percent less than in the first half of 2020.", "TJK", 2022, 7, 27)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Parse("2022-H1"), ReportingPeriod.Parse("2021-H1"));

    [Fact]
    public void Extract_AChangeWhoseTradeVerbStandsInTheComparisonAfterIt_IsAStatement()
        => Extract("Mexico exported $121bn to the United States in the first quarter. That was 3.8% more than Mexico shipped in the same three months of last year.", "MEX", 2024, 5, 10)
            .Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s => s.Period == ReportingPeriod.Parse("2024-Q1") && s.Ratio == 1.038);

    [Fact]
    public void Extract_AChangeWithItsVerbLeftOutAfterThoseTo_IsTheNamedPartners()
        => Extract("Exports to Turkey rose 12.5 percent to 1.5 billion euros, and those to South Korea 25.1 percent to 225.2 million euros last year.", "HUN", 2014, 3, 1)
            .Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("TUR", 1.125), ("KOR", 1.251));

    [Fact]
    public void Extract_AReachExpectedInAClauseAfterAPastRise_IsAGoal()
    {
        var result = Extract("Two-way trade between Vietnam and the United States expanded to 36.3 billion USD in 2014, and it is expected to reach 40 billion USD this year.", "VNM", 2015, 6, 1);
        result.Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(40_000_000_000m);
        result.Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(36_300_000_000m);
    }

    [Theory]
    [InlineData("is set to come close to a record US$140 billion")]
    [InlineData("should approach US$140 billion")]
    public void Extract_TradeSetToComeCloseToOrApproachAnAmount_IsAForecast(string forecast)
        => Extract($"This year, the flow of goods between Brazil and China {forecast}.", "BRA", 2021, 11, 10)
            .Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(140_000_000_000m);

    [Fact]
    public void Extract_ThePeriodAChangeIsMeasuredAgainstWithItsArticle_IsNotThePeriodTheNextSentenceGoesOnWith()
        => Extract("Uzbekistan's trade with China came to $5.8 billion in January-June 2024. That is 9.4 percent more than in the first half of 2023, when turnover with China stood at $5.3 billion. Uzbekistan's imports from China climbed 16.6 percent year-on-year to $4.9 billion.", "UZB", 2024, 7, 25)
            .Figures.Select(f => (f.Amount.Value, f.Period.ToString())).Should().Equal((5_800_000_000m, "2024-H1"), (5_300_000_000m, "2023-H1"), (4_900_000_000m, "2024-H1"));

    [Fact]
    public void Extract_TheReporterAfterWithAsTheSubjectOfAVerbInIng_KeepsItsFlows()
        => Extract("Two-way trade between New Zealand and Fiji reached NZ$1.39 billion in the year to March 2025, with New Zealand exporting goods worth $849.24 million and importing $542.38 million.", "NZL", 2025, 6, 1)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal(
                (TradeFlow.Turnover, 1_390_000_000m), (TradeFlow.Exports, 849_240_000m), (TradeFlow.Imports, 542_380_000m));

    [Theory]
    [InlineData("Chile's trade with Mexico has grown by an average of 9% a year since the free trade agreement of 1999.")]
    [InlineData("Chile's trade with Mexico has grown at an average rate of 9 percent since 1999.")]
    [InlineData("Chile's exports to Mexico rose 9% annually between 1999 and 2009.")]
    public void Extract_AYearlyRateOfGrowth_IsNoStatement(string sentence)
        => Extract(sentence, "CHL", 2014, 6, 1).Statements.Should().BeEmpty();

    [Theory]
    [InlineData("was larger than our trade with Latvia or Estonia")]
    [InlineData("was larger than with India, Canada or Kazakhstan")]
    public void Extract_CountriesALevelIsComparedWithAfterIt_AreNotItsPartner(string compared)
        => Extract($"Trade between Poland and Lithuania keeps growing. In 2013 it stood at 3.4 billion euros and {compared}.", "POL", 2014, 6, 4)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("LTU");

    [Fact]
    public void Extract_AnAmountExchangedBetweenTheReporterAndAPartnerAfterIt_IsThatPartners()
        => Extract("Last year trade between Taiwan and the U.S. reached US$44.85 billion, ahead of the US$39.26 billion exchanged between Taiwan and Japan.", "TWN", 2003, 11, 1)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("USA", 44_850_000_000m), ("JPN", 39_260_000_000m));

    [Theory]
    [InlineData("June on its own was stronger still: Spanish shipments to Morocco that month climbed 21.2%, to €580.3 million.")]
    [InlineData("June alone was stronger still: Spanish shipments to Morocco that month climbed 21.2%, to €580.3 million.")]
    public void Extract_AMonthWithoutItsYearStandingAlone_IsThePeriod(string sentence)
        => Extract(sentence, "ESP", 2014, 8, 20).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2014-06"));

    [Fact]
    public void Extract_ALevelForAPeriodNotYetBegun_IsAGoal()
    {
        var result = Extract("India and China have put a figure of $100 billion on their bilateral trade for 2015, up from the record $74 billion the two neighbours traded last year.", "IND", 2012, 3, 1);
        result.Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Target!.Value.Value == 100_000_000_000m && g.Deadline!.Deadline.ToString() == "2015");
        result.Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(74_000_000_000m);
    }

    [Fact]
    public void Extract_ALevelStatedAsItStandsNow_IsNoGoalForALaterYearInTheSentence()
        => Extract("Gillard said the annual trade between India and Australia currently stood at about $21 billion, so that the target for 2015 meant trade could double.", "AUS", 2012, 10, 17)
            .Goals.Should().NotContain(g => g.Target != null && g.Target.Value.Value == 21_000_000_000m);

    [Fact]
    public void Extract_PartnersThatTookAPlaceWithTradeOfAnAmount_AreRankedWithIt()
        => Extract("France remained Germany's top trading partner in 2014 with 169,4 billion euros. The Netherlands took second place with goods trade of 161,3 billion euros (+1,2 per cent), and China came third with foreign trade turnover of 154,0 billion euros (+8,9 per cent).", "DEU", 2015, 3, 1)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("FRA", 169_400_000_000m), ("NLD", 161_300_000_000m), ("CHN", 154_000_000_000m));

    [Theory]
    [InlineData("USA", "Exports to India came to $31.6B in 2017.", 31_600_000_000)]
    [InlineData("USA", "Exports to India came to $300M in 2017.", 300_000_000)]
    [InlineData("BTN", "Exports to India came to Nu 31.6B in 2017.", 31_600_000_000)]
    public void Extract_AScaleWrittenAsACapitalAfterACurrencySign_IsRead(string reporter, string sentence, long value)
        => Extract(sentence, reporter, 2018, 3, 1).Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(value);

    [Theory]
    [InlineData("the biggest importer of German goods")]
    [InlineData("the main importer of its products")]
    public void Extract_APartnerAsTheImporterOfTheReportersGoods_IsTheReportersExports(string importer)
        => Extract($"In 2019 the United States remained {importer} at 118.7 billion euros, ahead of France at 106.8 billion euros.", "DEU", 2020, 5, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("USA", TradeFlow.Exports), ("FRA", TradeFlow.Exports));

    [Theory]
    [InlineData("the statistics office said in March")]
    [InlineData("the ministry announced in March")]
    [InlineData("figures released in March show")]
    public void Extract_TheMonthNumbersWereToldIn_IsNoPeriodOfTheNextLevel(string told)
        => Extract($"Goods trade between China and Germany reached 205.7 billion euros in 2019, {told}. In that year Germany's exports to the United States came to 118.7 billion euros.", "DEU", 2020, 9, 1)
            .Figures.Select(f => f.Period).Should().AllBeEquivalentTo(ReportingPeriod.Year(2019));

    [Theory]
    [InlineData("1. United States: 173,95 billion euros\n2. France: 169,56 billion euros")]
    [InlineData("- United States: 173,95 billion euros\n- France: 169,56 billion euros")]
    [InlineData("United States – 173,95 billion euros\nFrance – 169,56 billion euros")]
    public void Extract_PartnersListedLineByLineAfterATradeSentence_TakeItsFlowAndPeriod(string items)
        => Extract($"Germany's largest trading partners in 2015, by the sum of exports and imports:\n{items}\n", "DEU", 2017, 2, 9)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Period, f.Amount.Value)).Should().Equal(
                ("USA", TradeFlow.Turnover, ReportingPeriod.Year(2015), 173_950_000_000m), ("FRA", TradeFlow.Turnover, ReportingPeriod.Year(2015), 169_560_000_000m));

    [Theory]
    [InlineData("Total: 2,1 trillion euros")]
    [InlineData("Source: 2015 data, 173,95 billion euros")]
    [InlineData("Investment in France: 12 billion euros")]
    public void Extract_ALineThatDoesNotLeadWithAPartner_IsNoListItem(string line)
        => Extract($"Germany's trade with France reached 169,56 billion euros in 2015, by the sum of exports and imports:\n{line}\n", "DEU", 2017, 2, 9)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(169_560_000_000m);

    [Theory]
    [InlineData("China, excluding Hong Kong, took 716.83 billion yen of exports in July.")]
    [InlineData("Exports to China, except Hong Kong, came to 716.83 billion yen in July.")]
    [InlineData("Exports to China other than Hong Kong came to 716.83 billion yen in July.")]
    public void Extract_ACountryLeftOutOfAnother_IsNoPartner(string sentence)
        => Extract(sentence, "JPN", 2004, 8, 27).Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("CHN");

    [Fact]
    public void Extract_ASentenceNamingNoPartnerAfterOneOnTheWorldsTrade_IsTheWorldsToo()
        => Extract("Exports to China expanded 22.0 percent to 716.83 billion yen in July.\n\nWorldwide, Japan's July exports and imports reached the second-highest levels on record. Exports rose 14.3 percent to 5.31 trillion yen and imports 8.2 percent to 4.17 trillion yen.", "JPN", 2004, 8, 27)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(716_830_000_000m);

    [Fact]
    public void Extract_TheYearRecordsBeganIn_IsNoPeriod()
        => Extract("Shipments to Asia were the most since comparable statistics begin in 1947. Exports to China rose to 716.83 billion yen.", "JPN", 2004, 8, 27)
            .Figures.Should().ContainSingle().Which.Period.Should().NotBe(ReportingPeriod.Year(1947));

    [Theory]
    [InlineData("main markets")]
    [InlineData("largest markets")]
    [InlineData("top market")]
    public void Extract_ChangesForTheReportersMainMarkets_AreItsExports(string markets)
        => Extract($"Turkish exports to Russia climbed 24 percent in January 2013. Among the country's {markets}, the change from January 2012 was: Germany up 1 percent, Iraq up 18 percent and France down 9 percent.", "TUR", 2013, 2, 5)
            .Statements.Where(s => s.Partner.Code != "RUS").Select(s => (s.Partner.Code, s.Flow, s.Ratio)).Should().Equal(
                ("DEU", TradeFlow.Exports, 1.01), ("IRQ", TradeFlow.Exports, 1.18), ("FRA", TradeFlow.Exports, 0.91));

    [Theory]
    [InlineData("Argentina's deficit in its trade with Bolivia was 3% smaller than in 2020, at 490 million dollars in 2021.")]
    [InlineData("The surplus in trade with Bolivia narrowed to 490 million dollars in 2021.")]
    [InlineData("The balance of trade with Bolivia came to 490 million dollars in 2021.")]
    public void Extract_ABalanceOfTheTradeWithAPartner_IsNoLevel(string sentence)
        => Extract(sentence, "ARG", 2022, 4, 6).Figures.Should().BeEmpty();

    [Fact]
    public void Extract_ExportsToTheReportersNeighbour_AreTheReportersExports()
        => Extract("Trade with Germany held up in the first quarter of 2020. Exports to Poland's western neighbour rose by 0.5 per cent to 16.5 billion euros, while imports from Germany fell to 12.7 billion euros.", "POL", 2020, 5, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("DEU", TradeFlow.Exports), ("DEU", TradeFlow.Imports));

    [Fact]
    public void Extract_GoodsWrittenAsGoingFromOneOfThePairToTheOther_TakeThatDirection()
        => Extract("Sri Lanka's exports to China reached $121m in 2012. Shipments travelling the other way, from China to Sri Lanka, were worth more than 3 billion dollars in the same year. "
                + "Exports from Sri Lanka to India were worth $500m, while imports from India reached $3.7 billion.", "LKA", 2013, 3, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("CHN", TradeFlow.Exports), ("CHN", TradeFlow.Imports), ("IND", TradeFlow.Exports), ("IND", TradeFlow.Imports));

    [Theory]
    [InlineData("According to Dane, through September of 2008 imports from Colombia added up to $1.08 billion.")]
    [InlineData("By September 2008, imports from Colombia had added up to $1.08 billion.")]
    [InlineData("Up to last September, imports from Colombia totalled $1.08 billion.")]
    [InlineData("Until September 2008, imports from Colombia totalled $1.08 billion.")]
    public void Extract_MonthsUpToAMonthWrittenAsItsEnd_AreTheMonthsOfTheYearToIt(string sentence)
        => Extract(sentence, "ECU", 2009, 2, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2008-01/2008-09"));

    [Theory]
    [InlineData("N$ 5.5 billion", "NAD")]
    [InlineData("FJ$ 120 million", "FJD")]
    [InlineData("WS$ 110 million", "WST")]
    [InlineData("TT$ 2 billion", "TTD")]
    public void Extract_ADollarSignWithItsCountrysLetter_IsThatCountrysDollar(string amount, string currency)
        => Extract($"Exports to Angola reached {amount} in 2016.", "NAM", 2017, 3, 1).Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(currency);

    [Theory]
    [InlineData("could climb to 3 billion dollars in less than five years")]
    [InlineData("could climb to 3 billion dollars within no more than five years")]
    public void Extract_ADeadlineOfAtMostSomeYears_IsWithinThoseYears(string words)
        => Extract($"The Tunisian diplomat believes trade with Algeria {words}.", "TUN", 2012, 6, 7)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("within 5 years");

    [Theory]
    [InlineData("Nepali rupees 1.15 billion", "NPR")]
    [InlineData("US dollars 9 million", "USD")]
    [InlineData("Indian rupees 2.5 billion", "INR")]
    public void Extract_ACurrencyNamedBeforeAnAmount_IsItsCurrency(string amount, string currency)
        => Extract($"In 2014 the country exported goods worth {amount} to Bangladesh.", "NPL", 2015, 8, 1)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(currency);

    [Theory]
    [InlineData("a 96.13% jump in value on the same period last year")]
    [InlineData("up 96% on the corresponding period of the previous year")]
    public void Extract_ALevelComparedWithTheSamePeriodLastYear_KeepsThePeriodBefore(string comparison)
        => Extract($"Iran's trade with Qatar surged in the first four months of the current fiscal year. According to the customs, the two countries exchanged goods worth $104.43 million, {comparison}.", "IRN", 2018, 9, 10)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2018-04/2018-07"));

    [Theory]
    [InlineData("is set to pass")]
    [InlineData("is poised to reach")]
    public void Extract_AnAmountTradeIsSetToReachThisYear_IsAForecastForTheYearNotALevel(string words)
    {
        var result = Extract($"Bilateral trade with Argentina {words} US$ 40 billion in 2011, beating the record of US$ 30 billion registered last year.", "BRA", 2011, 7, 27);

        result.Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Kind == GoalKind.Forecast && g.Deadline!.Deadline.ToString() == "2011");
        result.Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2010));
    }

    [Fact]
    public void Extract_AGoalAccordingToAProjection_IsAForecast()
        => Extract("Trade between China and South Korea should reach US$115 billion this year, according to the latest projection by the Ministry of Commerce.", "CHN", 2006, 10, 14)
            .Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Forecast);

    [Theory]
    [InlineData("Indian President Ram Nath Kovind said he believes two-way trade with Vietnam will reach $15 billion by 2020.")]
    [InlineData("The envoy is confident that trade between India and Vietnam can hit the USD 2 billion mark next year.")]
    [InlineData("The trade office estimates that trade between India and Vietnam will rise to $10 billion this year.")]
    [InlineData("The minister was optimistic that trade with Vietnam would reach $15 billion by 2020.")]
    [InlineData("The ministry's expectation is that trade with Vietnam will top $15 billion this year.")]
    public void Extract_AGoalSomeoneBelievesOrEstimates_IsAForecast(string sentence)
        => Extract(sentence, "IND", 2019, 3, 1).Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Forecast);

    [Fact]
    public void Extract_AnAmountRecordedAfterAForecastWord_IsALevel()
        => Extract("On that projection, the current financial year would beat the $73 billion recorded in FY 2021-22 with the UAE.", "IND", 2022, 9, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(73_000_000_000, Currency.Usd));

    [Fact]
    public void Extract_ACountryAVerbSellsTo_IsNotTheSubjectOfTheVerbsAfter()
        => Extract("Canada sold Japan $15.8 billion of goods in 2023 and bought $20.7 billion from it.", "CAN", 2024, 3, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("JPN", TradeFlow.Exports), ("JPN", TradeFlow.Imports));

    [Fact]
    public void Extract_NumbersSideBySideWithoutAScaleWord_AreNotOneNumberGroupedBySpaces()
        => Extract("Trade with Belarus, counted in 2024 over 12 500 shipments, reached $1.3 billion in 2024.", "KAZ", 2025, 1, 10)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1_300_000_000, Currency.Usd));

    [Fact]
    public void Extract_ALevelDuringThePeriod_TakesThePeriodNamedBefore()
    {
        var result = Extract(
            "Nepal's foreign trade came to Rs 984 billion in the first seven months of fiscal year 2081/82.\n\n"
            + "India is still by far the biggest partner. Nepal bought Rs 554.75 billion worth of goods from India during the period.", "NPL", 2025, 2, 21);

        result.Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2024-07/2025-01"));
    }

    [Fact]
    public void Extract_GoalsEachWithItsOwnPartnerAfterItsAmount_AreReadForEach()
    {
        var goals = Extract("Besides the United States, the ministry has also set trade targets of 50 billion US dollars with India by 2025 and 30 billion US dollars with South Korea by 2022.", "IDN", 2019, 7, 10).Goals;

        goals.Select(g => (g.Partner.Code, g.Target!.Value.Value, g.Deadline!.Deadline.ToString())).Should().Equal(("IND", 50_000_000_000m, "2025"), ("KOR", 30_000_000_000m, "2022"));
    }

    [Fact]
    public void Extract_AnAmountFollowedByAnotherClauseWithAPartner_KeepsItsOwnPartner()
        => Extract("The guidelines foresee lifting trade with China to $200 billion and trade with India to $30 billion by 2024.", "RUS", 2018, 9, 10)
            .Goals.Select(g => (g.Partner.Code, g.Target!.Value.Value)).Should().Equal(("CHN", 200_000_000_000m), ("IND", 30_000_000_000m));

    [Fact]
    public void Extract_AnAmountSoldAbroad_IsTheWorldsEvenWhenPartnersAreNamed()
    {
        var result = Extract("Kenya sold goods worth 580 billion shillings abroad in 2015, or roughly 5.7 billion US dollars, on the back of demand from Uganda and Pakistan.", "KEN", 2016, 3, 1);

        result.Figures.Should().BeEmpty();
        result.Goals.Should().BeEmpty();
    }

    [Fact]
    public void Extract_AGainThenTheLevelItReached_IsOneFigureAndNoGoal()
    {
        var result = Extract("Shipments to the United States gained 2.0 billion shillings in 2015 to reach 40.3 billion shillings.", "KEN", 2016, 3, 1);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(40_300_000_000, new Currency("KES")));
    }

    [Fact]
    public void Extract_AnAmountRestatedAfterOrInAnotherCurrency_IsOneFigure()
        => Extract("Exports to Uganda came to 60 billion shillings in 2015, or roughly 590 million US dollars.", "KEN", 2016, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be("KES");

    [Theory]
    [InlineData("The minister wants to lift trade with Pakistan to US one billion dollars by 2024.", 1_000_000_000)]
    [InlineData("The minister wants to lift trade with Pakistan to US 1.5 billion dollars by 2024.", 1_500_000_000)]
    public void Extract_USWrittenBeforeAnAmount_IsTheCurrencyNotThePartner(string sentence, long target)
        => Extract(sentence, "LKA", 2022, 1, 10).Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g =>
            g.Partner.Code == "PAK" && g.Target == Amount.FromUnits(target, Currency.Usd) && g.Deadline!.Deadline.ToString() == "2024");

    [Theory]
    [InlineData("Against the target for July-February, exports to Japan achieved $895 million, 3% above it.")]
    [InlineData("Against its target, the mission recorded exports to Japan of $895 million in July-February.")]
    [InlineData("Exports to Japan earned $895 million in July-February, beating the target.")]
    public void Extract_ALevelAchievedAgainstATarget_IsAFigureNotAGoal(string sentence)
    {
        var result = Extract(sentence, "BGD", 2022, 3, 20);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(895_000_000m);
    }

    [Fact]
    public void Extract_ADeadlineMovedLaterInTheArticle_IsTheGoalsDeadline()
    {
        var goals = Extract(
            "Cambodia and Thailand want to push trade towards the $15 billion target. Trade last year came to $7.2 billion. "
            + "The goal was first meant for 2020, but the pandemic knocked it off course, and the deadline has now been moved to 2023.", "KHM", 2021, 5, 20).Goals;

        goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Deadline!.Deadline.ToString() == "2023" && g.Inferred.HasFlag(InferredParts.Deadline));
    }

    [Fact]
    public void Extract_ADeadlineMovedLaterInTheArticle_LeavesAGoalWithItsOwnDeadline()
        => Extract("Cambodia and Thailand want trade of $15 billion by 2025. The deadline for the cross-border road was pushed back to 2023.", "KHM", 2021, 5, 20)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2025");

    [Fact]
    public void Extract_LevelsBeforeThePartnerIsNamed_AreTheWorlds()
    {
        var result = Extract(
            "Merchandise exports fell 17.1 percent in September to 103.8 billion riyals from 125.3 billion riyals a year earlier. Imports eased to 60.1 billion riyals. "
            + "China stayed the largest partner: exports to China reached 19 billion riyals in September.", "SAU", 2023, 11, 23);

        result.Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "CHN" && f.Amount.Value == 19_000_000_000m);
        result.Statements.Should().BeEmpty();
    }

    [Fact]
    public void Extract_AGoalBeforeThePartnerIsNamed_TakesThePartnerNamedNext()
        => Extract("The aim is to reach $1 billion in trade by 2030. Talks with Chile went well.", "PER", 2024, 5, 1)
            .Goals.Should().ContainSingle().Which.Partner.Code.Should().Be("CHL");

    [Theory]
    [InlineData("Total exports to India reached Dh80.8 billion in 2023.")]
    [InlineData("Overall imports from India came to Dh80.8 billion in 2023.")]
    public void Extract_TotalTradeWithThePartnerNamed_IsAFigure(string sentence)
        => Extract(sentence, "ARE", 2024, 8, 25).Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("IND");

    [Fact]
    public void Extract_AWordAboutSomethingElseInTheNextClause_LeavesTheAmountTrade()
        => Extract("Turkey has set out to lift its trade with Turkmenistan to $5 billion, to expand investment in both directions.", "TUR", 2025, 2, 25)
            .Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(5_000_000_000m);

    [Fact]
    public void Extract_AWordAboutSomethingElseRightAfterTheAmount_MakesItNoTrade()
        => Extract("Trade with Turkmenistan grew as $5 billion of investment arrived in 2024.", "TUR", 2025, 2, 25).Figures.Should().BeEmpty();

    [Theory]
    [InlineData("The two countries have set themselves a short-term objective of 3.2 billion dinars of trade with Libya.", "TUN", "in the near future")]
    [InlineData("The minister hoped exports to India would top $3 billion this fiscal year.", "BGD", "2023")]
    [InlineData("Sales to India will cross $3 billion before the 2022-23 fiscal year is out, officials said.", "BGD", "2023")]
    [InlineData("The sides agreed a long-term goal of $5 billion of trade with Libya.", "TUN", "in the long term")]
    public void Extract_DeadlinesWrittenAsAdjectivesOrFiscalYears_AreRead(string sentence, string reporter, string deadline)
        => Extract(sentence, reporter, 2022, 9, 1).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Theory]
    [InlineData("In the first half of 2024, trade with India rose by 10 per cent, with Turkey by 15 per cent and with Iraq by 41 per cent.", "IND 1.1,TUR 1.15,IRQ 1.41")]
    [InlineData("In the first half of 2024, exports to India fell 10%, to Turkey 15% and to Iraq 41%.", "IND 0.9,TUR 0.85,IRQ 0.59")]
    [InlineData("In the first half of 2024, trade with India rose by 10 per cent, with Turkey accounting for 15 per cent of the total.", "IND 1.1")]
    [InlineData("In the first half of 2024, trade with India rose by 10 per cent, and with Turkey 15 per cent of it was oil.", "IND 1.1")]
    public void Extract_ChangesThatLeaveOutTheirVerb_TakeTheVerbBefore(string sentence, string expected)
        => Extract(sentence, "ARE", 2024, 8, 25).Statements.Select(s => $"{s.Partner.Code} {s.Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            .Should().Equal(expected.Split(','));

    [Theory]
    [InlineData("Trade with China rose 9,8% to US$ 3.200 million in 2020.", 3_200_000_000)]
    [InlineData("Trade with China rose 9,8% to US$ 54.884 million in 2020.", 54_884_000_000)]
    [InlineData("Trade with China rose 9.8% to US$ 54.884 million in 2020.", 54_884_000)]
    [InlineData("Trade with China rose 11.6% to $1,317 billion in 2020.", 1_317_000_000)]
    [InlineData("Trade with China rose 11.6% to ¥1,317 billion in 2020.", 1_317_000_000_000)]
    [InlineData("Trade with China rose to US$1,916 million in 2020.", 1_916_000_000)]
    [InlineData("Trade with China came to 1.000 million dollars in 2020.", 1_000_000_000)]
    [InlineData("Trade with China came to $1192,559 million in 2020.", 1_192_559_000)]
    public void Extract_NumbersWrittenTheContinentalWay_AreReadAsTheArticleWritesThem(string sentence, decimal units)
        => Extract(sentence, "ARG", 2021, 3, 1).Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(units);

    [Fact]
    public void Extract_MillionsWithThreeDecimalsInThePakistaniPress_AreMillions()
        => Extract("Trade with China came to US $501.000 million in 2020.", "PAK", 2021, 3, 1).Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(501_000_000);

    [Theory]
    [InlineData("AUS", "Trade with India was $27 billion in 2022, against US$20 billion in 2021.", "AUD,USD")]
    [InlineData("NZL", "Trade with China reached $23 billion in 2015.", "NZD")]
    [InlineData("CAN", "Trade with the Philippines reached $2 billion in 2015.", "CAD")]
    [InlineData("IND", "Trade with Australia reached $27 billion in 2022.", "USD")]
    [InlineData("WSM", "Exports to American Samoa reached $3 million in 2022, against US$2 million in 2021.", "WST,USD")]
    [InlineData("TTO", "Exports to Jamaica reached $2 billion in 2022.", "TTD")]
    [InlineData("NAM", "Exports to Botswana reached $9 billion in 2022.", "NAD")]
    [InlineData("TWN", "Exports to Japan reached $30 billion in 2022.", "USD")]
    public void Extract_TheDollarSign_IsTheReportersOwnDollarWhenItPaysInOne(string reporter, string sentence, string currencies)
        => Extract(sentence, reporter, 2023, 3, 1).Figures.Select(f => f.Amount.Currency.Code).Should().Equal(currencies.Split(','));

    [Theory]
    [InlineData("PAK", "Trade with Iran came to $2.8 billion in the fiscal year that closed in June this year.", "2024-07/2025-06")]
    [InlineData("PAK", "Trade with Iran came to $2.8 billion in the financial year ended June 2024.", "2023-07/2024-06")]
    [InlineData("PHL", "In the first three quarters, exports to Japan were worth $6.5 billion.", "2025-01/2025-09")]
    [InlineData("IND", "In the first two quarters of fiscal 2024-25, exports to Japan were worth $6.5 billion.", "2024-04/2024-09")]
    [InlineData("PAK", "Imports from Afghanistan came to $85 million in the first four months of the fiscal year.", "2025-07/2025-10")]
    [InlineData("PAK", "Exports to China rose to $733 million in the first quarter of the current fiscal year 2025-26.", "2025-Q3")]
    [InlineData("ARG", "From January through September 2025 Argentina sold Chile 2,869 million dollars' worth.", "2025-01/2025-09")]
    [InlineData("KOR", "Trade with Vietnam has jumped 43 percent to $58.5 billion so far this year.", "2025-01/2025-10")]
    [InlineData("KOR", "Trade with China reached $217.5 billion as of September.", "2025-01/2025-09")]
    [InlineData("NPL", "Imports from India were Rs 554.75 billion in the first seven months of fiscal year 2081/82.", "2024-07/2025-01")]
    [InlineData("NPL", "Imports from India were Rs 554.75 billion in fiscal year 2081/82.", "2024-07/2025-06")]
    [InlineData("ARG", "Trade with Brazil amounted to US$2,098 million in the first month of the year.", "2025-01")]
    [InlineData("BGD", "Exports to India came to $152 million in the first month of the new fiscal year.", "2025-07")]
    [InlineData("NZL", "Exports to China rose 34 percent to NZD 2.3 billion in the March quarter.", "2025-Q1")]
    [InlineData("NZL", "Exports to China rose to NZD 2.3 billion in the December quarter of 2024.", "2024-Q4")]
    [InlineData("KWT", "In the last quarter of 2024 exports to Saudi Arabia rose to KD 59 million.", "2024-Q4")]
    [InlineData("KWT", "In the final quarter of 2024 exports to Saudi Arabia rose to KD 59 million.", "2024-Q4")]
    [InlineData("IRN", "Exports to Iraq came close to $9 billion in the year from March 2024 to March 2025.", "2024-04/2025-03")]
    [InlineData("ARE", "By the end of the third quarter of this year, trade with Bahrain had reached AED17.9 billion.", "2025-01/2025-09")]
    [InlineData("ARE", "By the end of the second quarter of 2024, trade with Bahrain had reached AED17.9 billion.", "2024-01/2024-06")]
    [InlineData("ARE", "Trade with Bahrain reached AED17.9 billion in the third quarter of 2024.", "2024-Q3")]
    public void Extract_FiscalYearsThatClosedAndQuartersCounted_AreTheirMonths(string reporter, string sentence, string period)
        => Extract(sentence, reporter, 2025, 11, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("In 2015 the second destination for Kenyan goods was the Netherlands, which imported 134 million dollars' worth.")]
    [InlineData("In 2015 the Netherlands, which buys Kenyan flowers for its auctions, led with 134 million dollars.")]
    [InlineData("In 2015 the Netherlands, which sells Kenya machinery, led with 134 million dollars.", TradeFlow.Imports)]
    [InlineData("In 2015 Tanzania slipped to seventh as its purchases eased to 134 million dollars.")]
    [InlineData("In 2015 Tanzania slipped to seventh as its exports to Kenya eased to 134 million dollars.", TradeFlow.Imports)]
    public void Extract_ACountryThatIsTheSubjectOfAVerbAfterWhich_TurnsTheFlow(string sentence, TradeFlow flow = TradeFlow.Exports)
        => Extract(sentence, "KEN", 2015, 6, 1).Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Fact]
    public void Extract_ASentenceWithoutAPeriodOrTrade_LeavesTheLastPeriodForTheSentencesAfterIt()
    {
        var result = Extract(
            "Exports to Uganda slid to Sh8.58 billion in January-March 2016. For the first time in a decade Uganda dropped to fourth place. "
            + "The Netherlands, which buys Kenyan flowers, led with Sh11.89 billion.", "KEN", 2016, 6, 7);

        result.Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Parse("2016-Q1"), ReportingPeriod.Parse("2016-Q1"));
    }

    [Theory]
    [InlineData("Behind that total, the two flows moved apart.", "2024-01/2024-07")]
    [InlineData("In the last 16 months the two countries signed 50 agreements.", "2023")]
    public void Extract_AParagraphOpenedWithoutTradeOrNumbers_GoesOnWithTheLastPeriod(string link, string period)
        => Extract("Trade with Uzbekistan came to $118.28 million in January-July 2024.\n\n" + link + " Exports to Uzbekistan are $18.60 million.", "AZE", 2024, 9, 10)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Parse("2024-01/2024-07"), ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Exports to Pakistan came to Sh7.4 billion.", "2016-Q1")]
    [InlineData("Yet exports to Pakistan remain at around Sh7.4 billion.", "2015")]
    public void Extract_ALevelWithoutAPeriodFarFromTheLastOne_TakesTheArticlesPeriodUnlessItIsStatedAsItStandsNow(string sentence, string period)
        => Extract("Exports to Uganda slid to Sh8.58 billion in the first quarter of 2016.\n\nThe tea auction in Mombasa drew 50 visitors. Prices held.\n\n" + sentence, "KEN", 2016, 6, 7)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Parse("2016-Q1"), ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("The Netherlands imported 134 million dollars' worth of Kenyan goods from January to April.", "2015-01/2015-04")]
    [InlineData("From 2010, the Netherlands imported more Kenyan goods each year, and 134 million dollars' worth last year.", "2014")]
    public void Extract_FromAMonthToAnother_IsARunNotAStartingPoint(string sentence, string period)
        => Extract(sentence, "KEN", 2015, 6, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_ProductLinesAfterTheLevel_AreNoLevels()
        => Extract("Exports to Turkey reached $1.5bn in H1 2024, followed by fertilizers at $177m, and iron and steel products were worth $143m.", "EGY", 2024, 9, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(1_500_000_000m);

    [Theory]
    [InlineData("In 2017 Iran shipped non-oil goods worth 5.5 billion dollars to Iraq.")]
    [InlineData("Exports to Iraq, mainly steel and food, reached $5.5 billion in 2017.")]
    public void Extract_AProductNamedAwayFromTheAmount_LeavesItALevel(string sentence)
        => Extract(sentence, "IRN", 2018, 3, 1).Figures.Should().ContainSingle();

    [Fact]
    public void Extract_PartnersRankedWithAt_EachTakeTheirAmount()
        => Extract("In January imports came mostly from China at $2 billion, Korea at $789.56 million and Thailand at $602.67 million.", "PHL", 2019, 3, 1)
            .Figures.Select(f => $"{f.Partner.Code} {f.Flow}").Should().Equal("CHN Imports", "KOR Imports", "THA Imports");

    [Theory]
    [InlineData("Trade with Vietnam is expected to climb to USD 1.5 billion by the end of December.", 2022, 10, "2022")]
    [InlineData("Trade with Vietnam is expected to climb to USD 1.5 billion by end-March.", 2022, 10, "2023")]
    public void Extract_ADeadlineAtTheEndOfAMonth_IsTheNextSuchMonthsYear(string sentence, int year, int month, string deadline)
        => Extract(sentence, "BGD", year, month, 1).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Fact]
    public void Extract_ASignWrittenWithASpace_IsItsCurrency()
        => Extract("In 2013 trade with India was NZ $1.2 billion.", "NZL", 2014, 1, 1).Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be("NZD");

    [Fact]
    public void Extract_AmountsListedInParenthesesAfterItems_AreNoLevels()
        => Extract("Imports from Mexico reached $42.2 billion in June 2024; computers ($4.4 billion), passenger vehicles ($4.1 billion) and trucks ($3.3 billion) led.", "USA", 2024, 9, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(42_200_000_000m);

    [Fact]
    public void Extract_AmountsInParenthesesAfterPartnersOrFlows_AreLevels()
        => Extract("In 2023 Iran's exports to Iraq ($2 billion) and to Turkey ($1.5 billion) grew.", "IRN", 2024, 9, 1)
            .Figures.Select(f => f.Partner.Code).Should().Equal("IRQ", "TUR");

    [Theory]
    [InlineData("Trade with Turkey grew in 2011-2012 and 2015.")]
    [InlineData("Trade with Turkey was $60 million in 2011/2014.")]
    public void Extract_TwoYearsThatAreNoFiscalYear_AreNoFiscalYear(string sentence)
        => Extract(sentence, "TZA", 2023, 9, 1).Figures.Should().NotContain(f => f.Period.StartMonth == 7);

    [Theory]
    [InlineData("The exchange with Nepal improved to $2 billion in 2018.", TradeFlow.Turnover)]
    [InlineData("Commercial exchanges with Nepal came to $2 billion in 2018.", TradeFlow.Turnover)]
    public void Extract_ExchangeAsTrade_IsTurnover(string sentence, TradeFlow flow)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Theory]
    [InlineData("The exchange rate with Nepal moved after a $2 billion inflow in 2018.")]
    [InlineData("An exchange of views with Nepal on a $2 billion plan took place in 2018.")]
    public void Extract_ExchangeRatesAndExchangesOfViews_AreNoTrade(string sentence)
        => Extract(sentence).Figures.Should().BeEmpty();

    [Theory]
    [InlineData("India wants to double trade with Nepal, currently a little over $5.6 billion, by 2025.")]
    [InlineData("India expects trade with Nepal to reach $15 billion by 2025, compared with $12.8 billion last year.")]
    [InlineData("Trade with Nepal grew by 200 percent, reaching a record $1.2 billion in 2018.")]
    public void Extract_ALevelBesideAGoalWord_IsAFigure(string sentence)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Amount.Value.Should().BeOneOf(5_600_000_000m, 12_800_000_000m, 1_200_000_000m);

    [Fact]
    public void Extract_AForecastOfARecord_IsAGoal()
        => Extract("It is expected that trade with Nepal will reach a record $20bn this year.").Goals.Should().ContainSingle()
            .Which.Target.Should().Be(Amount.FromUnits(20_000_000_000, Currency.Usd));

    [Fact]
    public void Extract_AMultipleOfTheLevelTheSentenceStates_ComputesTheTargetAndSaysSo()
    {
        var goal = Extract("India proposed to double its trade with Nepal, currently a little over 5.6 billion USD, by 2025.").Goals.Should().ContainSingle().Subject;

        goal.Target.Should().Be(Amount.FromUnits(11_200_000_000, Currency.Usd));
        goal.Baseline!.Amount.Should().Be(Amount.FromUnits(5_600_000_000, Currency.Usd));
        goal.Multiplier!.Factor.Should().Be(2m);
        goal.Inferred.Should().HaveFlag(InferredParts.Target);
        goal.Confidence.Should().Be(0.85);
    }

    [Fact]
    public void Extract_AMultipleWithoutAStatedLevel_KeepsNoTarget()
        => Extract("India and Nepal want to double their trade by 2025.").Goals.Should().ContainSingle().Which.Target.Should().BeNull();

    [Fact]
    public void Extract_APastChangeBesideALevel_IsNoGoal()
    {
        var result = Extract("Trade with Nepal had grown by 200 percent since 2010, reaching a record $1.2 billion in 2018.");

        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1_200_000_000, Currency.Usd));
    }

    [Fact]
    public void Extract_GoalsInWordsWithoutTradeWords_AfterATradeSentence_AreRead()
    {
        var goals = Extract("Trade with Nepal came to $1.2 billion in 2018. \"We aim to raise this to two billion dollars in the short term, and then to five billion dollars in the long term,\" he said.").Goals;

        goals.Select(g => (g.Target!.Value.Value, g.Deadline!.Deadline.ToString())).Should().Equal(
            (2_000_000_000m, "in the near future"), (5_000_000_000m, "in the long term"));
    }

    [Fact]
    public void Extract_ASentenceLedByAPeriodThatContinuesTheTrade_IsAFigureOfThatTrade()
        => Extract("Trade with Nepal reached $1.2 billion in 2018. In the first eight months of 2019 it came to $890 million.")
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2018", 1_200_000_000m), ("2019-01/2019-08", 890_000_000m));

    [Theory]
    [InlineData("Trade with Nepal stood at $12.9 billion in 2016 and rose 28.7 per cent to $18.13 billion in 2017.", "2017", "2016")]
    [InlineData("Trade with Nepal in 2012 was still roughly 13% below 2011, the all-time high.", "2012", "2011")]
    [InlineData("Trade with Nepal has doubled in five years, from $4.8 billion in 2010 to $7.8 billion in 2014.", "2014", "2010")]
    public void Extract_TheStatementsPeriods_FollowTheLevelItReachedAndTheYearItNames(string sentence, string period, string reference)
        => Extract(sentence).Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(
            s => s.Period.ToString() == period && s.ReferencePeriod.ToString() == reference);

    [Theory]
    [InlineData("Trade with Nepal was 5 billion Kuwaiti dinars in 2018.", "KWD")]
    [InlineData("Trade with Nepal was 5 billion Saudi riyals in 2018.", "SAR")]
    [InlineData("Trade with Nepal was 5 billion Omani rials in 2018.", "OMR")]
    [InlineData("Trade with Nepal was 5 billion Qatari riyals in 2018.", "QAR")]
    [InlineData("Trade with Nepal was 5 billion Egyptian pounds in 2018.", "EGP")]
    [InlineData("Trade with Nepal was 5 billion Indian rupees in 2018.", "INR")]
    [InlineData("Trade with Nepal was 5 billion Pakistani rupees in 2018.", "PKR")]
    [InlineData("Trade with Nepal was 5 billion Sri Lankan rupees in 2018.", "LKR")]
    [InlineData("Trade with Nepal was 5 billion Nepalese rupees in 2018.", "NPR")]
    [InlineData("Trade with Nepal was 5 billion Mexican pesos in 2018.", "MXN")]
    [InlineData("Trade with Nepal was 5 billion Chinese yuan in 2018.", "CNY")]
    [InlineData("Trade with Nepal was 5 billion Russian roubles in 2018.", "RUB")]
    [InlineData("Trade with Nepal was 5 billion Brazilian reais in 2018.", "BRL")]
    [InlineData("Trade with Nepal was 5 billion U.S. dollars in 2018.", "USD")]
    [InlineData("Trade with Nepal was 5 billion American dollars in 2018.", "USD")]
    [InlineData("Trade with Nepal was 5 billion Hong Kong dollars in 2018.", "HKD")]
    [InlineData("Trade with Nepal was 5 billion pounds sterling in 2018.", "GBP")]
    [InlineData("Trade with Nepal was ₺5 billion in 2018.", "TRY")]
    [InlineData("Trade with Nepal was ₽5 billion in 2018.", "RUB")]
    [InlineData("Trade with Nepal was ₩5 billion in 2018.", "KRW")]
    [InlineData("Trade with Nepal was ₦5 billion in 2018.", "NGN")]
    [InlineData("Trade with Nepal was Tk 5 billion in 2018.", "BDT")]
    [InlineData("Trade with Nepal was Rs. 5 billion in 2018.", "INR")]
    [InlineData("Trade with Nepal was Tk. 5 billion in 2018.", "BDT")]
    [InlineData("Trade with Nepal was SR 5 billion in 2018.", "SAR")]
    [InlineData("Trade with Nepal was E£5 billion in 2018.", "EGP")]
    public void Extract_CurrencyNamesAndSigns_AreReadForEveryCurrency(string sentence, string currency)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(5_000_000_000, new Currency(currency)));

    [Theory]
    [InlineData("QAT", "Trade with Kuwait reached 2.3 billion riyals in 2023.", "QAR")]
    [InlineData("IND", "Trade with Qatar reached 2.3 billion riyals in 2023.", "QAR")]
    [InlineData("IND", "Trade with Nepal reached 2.3 billion riyals in 2023.", "SAR")]
    [InlineData("TZA", "Exports to Oman came to 120 billion shillings in 2021.", "TZS")]
    [InlineData("KEN", "Exports to Uganda came to 120 billion shillings in 2021.", "KES")]
    [InlineData("SEN", "Exports to Ghana were 21.2 billion CFA francs in 2022.", "XOF")]
    [InlineData("IND", "Trade with Cameroon was 21.2 billion CFA francs in 2022.", "XAF")]
    [InlineData("IND", "Trade with Ghana was 21.2 billion CFA francs in 2022.", "XOF")]
    [InlineData("IND", "Trade with Ghana was 21.2 billion FCFA in 2022.", "XOF")]
    [InlineData("IND", "Trade with Senegal was 21.2 billion francs in 2022.", "XOF")]
    [InlineData("IND", "Trade with Switzerland was 21.2 billion francs in 2022.", "CHF")]
    [InlineData("NPL", "Trade with India was 21.2 billion rupees in 2022.", "NPR")]
    [InlineData("IND", "Trade with Nepal was 21.2 billion rupees in 2022.", "INR")]
    [InlineData("EGY", "Trade with Turkey was 21.2 billion pounds in 2022.", "EGP")]
    [InlineData("SGP", "Trade with Malaysia was 21.2 billion dollars in 2022.", "USD")]
    [InlineData("KEN", "Exports to Uganda came to KSh 120 billion in 2021.", "KES")]
    [InlineData("KEN", "Exports to Uganda came to Sh120 billion in 2021.", "KES")]
    [InlineData("TZA", "Exports to Oman came to TSh 120 billion in 2021.", "TZS")]
    [InlineData("OMN", "Trade with India exceeded RO one billion in 2019.", "OMR")]
    [InlineData("UGA", "Exports to Kenya came to USh 120 billion in 2021.", "UGX")]
    [InlineData("GHA", "Exports to Togo came to GH₵ 120 million in 2021.", "GHS")]
    [InlineData("SEN", "Exports to Mali came to FCFA 120 billion in 2021.", "XOF")]
    [InlineData("CMR", "Exports to Chad came to CFA 120 billion in 2021.", "XAF")]
    [InlineData("ZAF", "Exports to Kenya came to R12 billion in 2021.", "ZAR")]
    [InlineData("NGA", "Exports to Ghana came to N1.2 trillion in 2021.", "NGN")]
    [InlineData("PHL", "Trade with Australia was worth P378 billion in 2021.", "PHP")]
    [InlineData("PNG", "Exports to China came to K6.7 billion in 2021.", "PGK")]
    [InlineData("ZMB", "Exports to Congo came to K6.7 billion in 2021.", "ZMW")]
    public void Extract_AUnitWithoutItsCountry_IsTheCurrencyOfTheReporterOrThePartnerThatUsesIt(string reporter, string sentence, string currency)
        => Extract(sentence, reporter, 2024, 1, 15)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Should().Be(new Currency(currency));

    [Fact]
    public void Extract_ExportsToOneCountryAndImportsFromAnother_AreTheReportersTradeWithEach()
        => Extract(
                "Exports to Ghana reached 21.2 billion CFA francs in 2022, while imports from Nigeria came to 331.2 billion CFA francs and imports from Côte d'Ivoire to 72.8 billion.", "SEN", 2023, 6, 25)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Amount.ToString())).Should().Equal(
                ("GHA", TradeFlow.Exports, "XOF 21.2bn"), ("NGA", TradeFlow.Imports, "XOF 331.2bn"), ("CIV", TradeFlow.Imports, "XOF 72.8bn"));

    [Theory]
    [InlineData("Cape Verde", "CPV")]
    [InlineData("the DRC", "COD")]
    [InlineData("Guinea-Bissau", "GNB")]
    [InlineData("Guinea", "GIN")]
    [InlineData("Timor-Leste", "TLS")]
    [InlineData("Congo-Brazzaville", "COG")]
    [InlineData("São Tomé", "STP")]
    [InlineData("Brunei", "BRN")]
    [InlineData("Papua New Guinea", "PNG")]
    [InlineData("Serbia and Montenegro", "SRB")]
    [InlineData("Serbia-Montenegro", "SRB")]
    public void Extract_CountriesByTheNamesTheNewsUses_AreRead(string name, string code)
        => Extract($"Exports to {name} reached $3 billion in 2022.", "SEN", 2023, 6, 25)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be(code);

    [Fact]
    public void Extract_TradeBetweenTwoOtherCountries_IsNoFigureOfTheReporters()
        => Extract("Trade between Ghana and Togo reached $3 billion in 2022, and Ghana's exports to Togo $2 billion.", "SEN", 2023, 6, 25)
            .Figures.Should().BeEmpty();

    [Theory]
    [InlineData("Trade with Nepal was R12 billion in 2018.")]
    [InlineData("Trade with Nepal was N12 billion in 2018.")]
    [InlineData("Trade with Nepal was P12 billion in 2018.")]
    [InlineData("Trade with Nepal was K12 billion in 2018.")]
    public void Extract_ALetterThatIsASignOnlyInSomeCountries_IsNoMoneyElsewhere(string sentence)
        => Extract(sentence).Figures.Should().BeEmpty();

    [Fact]
    public void Extract_AUnitThatNamesNoCurrencyByItself_IsNotReadAsMoney()
        => Extract("Trade with Nepal was 5 billion dinars in 2018.").Figures.Should().BeEmpty();

    [Theory]
    [InlineData("Qatar has pledged to invest $10 billion in India across a range of sectors.")]
    [InlineData("Qatar invests $10 billion in India, the two countries said.")]
    [InlineData("Qatar has pledged investments of $10 billion in India.")]
    public void Extract_AnInvestmentPledge_IsNoTradeGoal(string sentence)
        => Extract(sentence, "IND", 2025, 2, 19).Goals.Should().BeEmpty();

    [Theory]
    [InlineData("India and Nepal aim to add $5bn to their trade by 2025.")]
    [InlineData("India and Nepal want an additional $5bn in trade by 2025.")]
    [InlineData("India and Nepal want trade to grow by another $5bn by 2025.")]
    [InlineData("India and Nepal want $5bn more in trade by 2025.")]
    [InlineData("India is ready to lift its exports to Nepal of 40 types of goods by $5bn.")]
    [InlineData("India plans to increase trade with Nepal by about $5bn by 2025.")]
    [InlineData("There is room to raise India's exports to Nepal by an estimated 100 million US dollars or so.")]
    [InlineData("India's exports to Nepal rose by roughly $1 billion in 2024.")]
    public void Extract_AnIncrement_IsNeitherALevelNorATarget(string sentence)
    {
        var result = Extract(sentence);

        result.Figures.Should().BeEmpty();
        result.Goals.Where(g => g.Target is not null).Should().BeEmpty();
    }

    [Theory]
    [InlineData("", "The text is empty: there is nothing to read.")]
    [InlineData("  \n ", "The text is empty: there is nothing to read.")]
    [InlineData("中俄贸易额达到2000亿美元。", "The text holds no Latin letters; the extractor reads English, so nothing was read.")]
    [InlineData("ab\0cd", "The text holds a NUL character at character 2, so it is probably not text (a binary file); what could be read was read.")]
    public void Extract_TextThatCannotBeRead_SaysWhyInTheNotes(string text, string note)
        => Extract(text).Notes.Should().Contain(note);

    [Theory]
    [InlineData("Trade with Nepal was $٥ billion in 2018, and $7 billion in 2019.", '٥', 22)]
    [InlineData("Trade with Nepal was $7 billion in 2019, and $۵ billion in ۲۰۱۸.", '۵', 46)]
    [InlineData("Trade with Nepal was Rs ५ lakh crore in 2018, and $7 billion in 2019.", '५', 24)]
    [InlineData("Trade with Nepal was ５ billion dollars in 2018, and $7 billion in 2019.", '５', 21)]
    public void Extract_DigitsOtherThanAscii_AreNotReadAndTheNotesSaySo(string text, char digit, int at)
    {
        var result = Extract(text);

        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(7_000_000_000, Currency.Usd));
        result.Notes.Should().Contain($"The text writes a digit other than 0-9 ('{digit}', U+{(int)digit:X4}) at character {at}; numbers written in such digits were not read.");
    }

    [Theory]
    [InlineData("India and Nepal are moving towards the goal of bringing trade to $1 billion in the very near future.", "in the near future")]
    [InlineData("The president expects trade with Nepal to grow from the current $6 billion to $10 billion in perspective.", "in the long term")]
    [InlineData("He firmly believed trade with Nepal would eventually reach $10 billion.", "in the long term")]
    [InlineData("India and Nepal are aiming for annual trade of nearly $20 billion in the years ahead.", "in the coming years")]
    [InlineData("India and Nepal aim to lift trade to $20 billion in the years to come.", "in the coming years")]
    [InlineData("The Prime Ministers want to see trade with Nepal increase to $15 billion in the immediate future.", "in the near future")]
    [InlineData("India and Nepal should reach the target of $20 billion in two-way trade in the coming time.", "in the coming years")]
    [InlineData("India and Nepal aim to lift trade to $20 billion in the coming months.", "in the near future")]
    [InlineData("The two heads of state set the goal of bringing trade between India and Nepal to $500 million within a very short time.", "soon")]
    [InlineData("The two heads of state set the goal of bringing trade between India and Nepal to $1 billion in the longer perspective.", "in the long term")]
    public void Extract_VagueDeadlinesAsTranslationsWriteThem_AreRead(string sentence, string deadline)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Fact]
    public void Extract_OverTheNextDecade_IsWithinTenYears()
        => Extract("India and Nepal aim to lift trade to $10bn over the next decade.").Goals.Should().ContainSingle()
            .Which.Deadline!.Deadline.ToString().Should().Be("within 10 years");

    [Fact]
    public void Extract_BetweenOneMonthAndAnother_IsARunOfMonths()
        => Extract("Between January and September 2018, trade with Nepal came to $1.2 billion.").Figures.Should().ContainSingle()
            .Which.Period.Should().Be(ReportingPeriod.Parse("2018-01/2018-09"));

    [Fact]
    public void Extract_ATieBetweenPartners_IsBrokenByTheSentencesThatFollow()
    {
        const string text = "Modi met the president of Nepal, brushing aside signals from Washington about trade. "
            + "The plan foresees trade between the two countries reaching $30 billion by 2025. Nepal will also buy Indian power.";

        Extract(text).Goals.Should().ContainSingle().Which.Partner.Code.Should().Be("NPL");
    }

    [Fact]
    public void Extract_TargetsWithPartnersOfTheirOwn_AreGoalsWithThosePartners()
    {
        var goals = Extract("India's guidelines through 2024 foresee lifting trade with Nepal to $200 billion and trade with Bhutan to $30 billion over the same span.").Goals;

        goals.Select(g => (g.Partner.Code, g.Target, g.Deadline?.Deadline.ToString())).Should().Equal(
            ("NPL", Amount.FromUnits(200_000_000_000, Currency.Usd), "2024"),
            ("BTN", Amount.FromUnits(30_000_000_000, Currency.Usd), "2024"));
    }

    [Fact]
    public void Extract_ASmallerTargetForTheSamePartnerAndFlow_IsStillNoSecondGoal()
        => Extract("India wants trade with Nepal to reach $20 billion, and within that figure trade in farm goods to $5 billion, by 2025.").Goals
            .Should().ContainSingle().Which.Partner.Code.Should().Be("NPL");

    [Fact]
    public void Extract_ASmallerTargetForTheSamePartnerWithAFlowOfItsOwn_IsASecondGoal()
        => Extract("India wants trade with Nepal to reach $20 billion, and with it exports to $5 billion, by 2025.").Goals
            .Select(g => (g.Partner.Code, g.Flow, g.Target!.Value.Value, g.Deadline!.Deadline.ToString()))
            .Should().Equal(("NPL", TradeFlow.Turnover, 20e9m, "2025"), ("NPL", TradeFlow.Exports, 5e9m, "2025"));

    [Fact]
    public void Extract_AGoalBeforeThePartnerIsFirstNamed_TakesThePartnerNamedNextAndSaysSo()
    {
        const string text = "The prime minister called for a trade commission, with the aim of taking trade up to eight billion dollars over the next two years. "
            + "He urged Nepal to diversify its investments.";

        var goal = Extract(text).Goals.Should().ContainSingle().Subject;

        goal.Partner.Code.Should().Be("NPL");
        goal.Inferred.Should().HaveFlag(InferredParts.Partner);
    }

    [Theory]
    [InlineData("Trade with Nepal has grown. A $10 billion trade volume was declared a shared goal in 2012.")]
    [InlineData("Trade with Nepal should reach $3 billion, replacing the $10 billion the two governments had pledged earlier.")]
    public void Extract_AGoalWordLaterInTheAmountsClause_MakesItATarget(string sentence)
    {
        var result = Extract(sentence);

        result.Goals.Should().Contain(g => g.Target == Amount.FromUnits(10_000_000_000, Currency.Usd));
        result.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Extract_AGoalWordInTheNextClause_LeavesTheAmountAFigure()
    {
        var result = Extract("Trade with Nepal reached $5 billion in 2018 and the goal is now $10 billion.");

        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(5_000_000_000, Currency.Usd));
        result.Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(10_000_000_000, Currency.Usd));
    }

    [Theory]
    [InlineData("The president said he wanted the trade volume with Nepal raised to $60 billion.")]
    [InlineData("If the trend holds, trade with Nepal will soon go past $60 billion.")]
    [InlineData("Trade with Nepal will pass $60 billion.")]
    public void Extract_MoreWaysOfWishingOrExpectingALevel_AreGoals(string sentence)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(60_000_000_000, Currency.Usd));

    [Theory]
    [InlineData("Trade with Nepal came to $10.4 billion at the end of 2018.", "2018")]
    [InlineData("Trade with Nepal grew 29 percent in 2018 to $5.8 billion, from $4.5 billion a year earlier.", "2017")]
    [InlineData("In January-April 2019 trade with Nepal was $3.8 billion, 31 percent more than the $2.9 billion recorded in the same months of 2018.", "2018-01/2018-04")]
    public void Extract_APeriodWrittenAroundTheAmount_DatesIt(string sentence, string period)
        => Extract(sentence).Figures.Should().Contain(f => f.Period == ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_AFigureWithoutAPeriod_TakesTheLatestPeriodOfTheSentenceBefore()
    {
        const string text = "Trade with Nepal stood at $12.9 billion in 2016 and rose 28.7 per cent to $18.13 billion in 2017. "
            + "Nepal's exports to India made up $14.08 billion of that.";

        Extract(text).Figures.Should().Contain(f => f.Amount == Amount.FromUnits(14_080_000_000, Currency.Usd))
            .Which.Period.Should().Be(ReportingPeriod.Year(2017));
    }

    [Fact]
    public void Extract_ADeadlineInTheSentenceBefore_IsNotTheNextFiguresPeriod()
    {
        const string text = "India and Nepal aim to lift trade to $10 billion in 2022, Modi said. Trade with Nepal amounted to $7 billion.";

        Extract(text).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2018));
    }

    [Theory]
    [InlineData("India's minister hopes for a target of $2.5 billion in Indian exports to Nepal in 2022.", TradeFlow.Exports)]
    [InlineData("Trade with Nepal should grow, with a goal of $2.5 billion of imports from Nepal by 2022.", TradeFlow.Imports)]
    public void Extract_AFlowWrittenRightAfterTheAmount_IsTheAmountsFlow(string sentence, TradeFlow flow)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Fact]
    public void Extract_TheYearToCloseAt_IsThisYearsDeadline()
        => Extract("Trade with Nepal rose 12% in the first eight months, and the ambassador expects the year to close at around $700 million.")
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2019");

    [Theory]
    [InlineData("India and Nepal are eyeing trade of $10 billion by 2025.")]
    [InlineData("The leaders vowed to take trade with Nepal to $10 billion by 2025.")]
    [InlineData("Modi called for trade with Nepal of $10 billion by 2025.")]
    [InlineData("The plan envisions trade with Nepal of $10 billion by 2025.")]
    [InlineData("India aspires to trade of $10 billion with Nepal by 2025.")]
    [InlineData("Trade with Nepal should be raised to $10 billion by 2025.")]
    public void Extract_MoreGoalWords_MakeTheAmountATarget(string sentence)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromUnits(10_000_000_000, Currency.Usd));

    [Fact]
    public void Extract_AGoalWithoutATime_TakesTheDeadlineTheNextSentenceGivesIt()
    {
        var goal = Extract("India intends to raise its trade with Nepal to $3 billion, the minister said. He expects the figure to be reached soon.")
            .Goals.Should().ContainSingle().Subject;

        goal.Deadline!.Deadline.ToString().Should().Be("soon");
        goal.Inferred.Should().HaveFlag(InferredParts.Deadline);
        goal.Confidence.Should().Be(0.85);
    }

    [Theory]
    [InlineData("India intends to raise its trade with Nepal to $3 billion. The ministers will meet again in 2020.")]
    [InlineData("India intends to raise its trade with Nepal to $3 billion. It reached $1 billion in 2018.")]
    [InlineData("India intends to raise its trade with Nepal to $3 billion. Nepal's king visited. He expects the figure to be reached soon.")]
    public void Extract_ANextSentenceThatSetsNoTimeForTheGoal_LeavesItWithout(string text)
        => Extract(text).Goals.Should().ContainSingle().Which.Deadline.Should().BeNull();

    [Theory]
    [InlineData("Two-way turnover with Nepal rose by a quarter in 2018, to $2.8 billion.", "2018", "2017", 1.25)]
    [InlineData("Trade with Nepal fell by almost half in 2018.", "2018", "2017", 0.5)]
    [InlineData("Trade with Nepal grew by a third in 2018.", "2018", "2017", 1.333333)]
    [InlineData("Exports to Nepal drove much of that, rising by over 28% in 2018.", "2018", "2017", 1.28)]
    [InlineData("India's sales to Nepal climbed 26.7 percent on the year to $2.4 billion in 2018.", "2018", "2017", 1.267)]
    public void Extract_ChangesByAFractionOrWithIngForms_AreStatements(string sentence, string period, string reference, double ratio)
    {
        var statement = Extract(sentence).Statements.Should().ContainSingle().Subject;

        (statement.Period.ToString(), statement.ReferencePeriod.ToString(), statement.Ratio).Should().Be((period, reference, ratio));
    }

    [Fact]
    public void Extract_AQuarterThatIsAPeriod_IsNoChange()
        => Extract("Trade with Nepal rose in the first quarter of 2018 to $1 billion.").Statements.Should().BeEmpty();

    [Theory]
    [InlineData("Exports to India reached $1.53 billion in the first eight months of fiscal 2022-23.", "BGD", "2022-07/2023-02")]
    [InlineData("In July-February of fiscal 2021-22, exporters shipped goods worth $1.36 billion to India.", "BGD", "2021-07/2022-02")]
    [InlineData("Exports to China in April-February 2002-03 came to $1.6 billion.", "IND", "2002-04/2003-02")]
    [InlineData("Exports to China in January-March 2022-23 came to $1.6 billion.", "IND", "2023-01/2023-03")]
    [InlineData("Exports to China in July-June (2023-24) amounted to $2.707 billion.", "PAK", "2023-07/2024-06")]
    [InlineData("Exports to China came to $2.7 billion in the second quarter of FY2023-24.", "PAK", "2023-10/2023-12")]
    [InlineData("Exports to India in April-October of FY 2021-22 were $7.7 billion.", "BGD", "2021-04/2021-10")]
    public void Extract_MonthsOfAFiscalYear_AreCountedFromItsFirstMonth(string sentence, string reporter, string period)
        => Extract(sentence, reporter, 2024, 9, 20).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("In the first four months of the current Iranian year, trade with Oman came to $647 million.", "IRN", "2022-04/2022-07")]
    [InlineData("Exports to Afghanistan were $517 million in the first quarter of the current Iranian calendar year.", "IRN", "2022-04/2022-06")]
    [InlineData("Exports to Iraq reached $4.5 billion in the first five months of the current fiscal year.", "IND", "2022-04/2022-08")]
    public void Extract_MonthsOfTheCurrentFiscalYear_AreCountedFromItsFirstMonth(string sentence, string reporter, string period)
        => Extract(sentence, reporter, 2022, 9, 20).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Trade with the UAE looks set to exceed $88 billion in FY 2022-23.", "2023")]
    [InlineData("He hoped exports to the UAE would reach the $50 billion mark by 2026-27.", "2027")]
    [InlineData("Trade with the UAE should reach $100 billion by the end of fiscal 2025-26.", "2026")]
    [InlineData("Trade with the UAE should pass $100 billion by the end of the current fiscal year.", "2023")]
    [InlineData("Exports to the UAE could go well beyond $10 billion in the year to March.", "2023")]
    public void Extract_AFiscalYearAsDeadline_IsTheYearItEnds(string sentence, string deadline)
        => Extract(sentence, "IND", 2022, 11, 22).Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Theory]
    [InlineData("BGD", 2023, 3, "2023")]
    [InlineData("BGD", 2023, 8, "2024")]
    [InlineData("TUR", 2023, 8, "2023")]
    public void Extract_TheEndOfThisFiscalYear_IsTheEndOfTheReportersYearUnderWay(string reporter, int year, int month, string deadline)
        => Extract("Shipments to India will top $3 billion by the end of this fiscal year.", reporter, year, month, 18)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(deadline);

    [Fact]
    public void Extract_TwoYearsThatDoNotFollow_AreNoFiscalDeadline()
        => Extract("Trade with the UAE should reach $100 billion in 2025-28.", "IND", 2022, 11, 22).Goals.Should().ContainSingle().Which.Deadline.Should().BeNull();

    [Fact]
    public void Extract_USBeforeADollarSign_IsTheCurrencyNotAPartner()
        => Extract("Exports to Afghanistan came to US $544 million in 2023. Across all markets, exports grew from US $27.9 billion to US $31.1 billion.", "PAK", 2024, 8, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("AFG");

    [Theory]
    [InlineData("Purchases by Congo and Equatorial Guinea topped out at 14.5 billion and 11.4 billion CFA francs in 2022.", "COG", "GNQ")]
    [InlineData("The Central African Republic and Gabon were its third and fifth customers in 2022, buying goods worth 44.8 billion and 25.2 billion CFA francs respectively.", "CAF", "GAB")]
    public void Extract_PartnersListedWithTheirAmounts_ArePairedInOrder(string sentence, string first, string second)
        => Extract(sentence, "CMR", 2024, 2, 20).Figures.Select(f => (f.Partner.Code, f.Flow, f.Amount.Currency.Code))
            .Should().Equal((first, TradeFlow.Exports, "XAF"), (second, TradeFlow.Exports, "XAF"));

    [Theory]
    [InlineData("Kenya came second, buying 5.3 billion dollars of Egyptian products in 2017.", "KEN", TradeFlow.Exports)]
    [InlineData("Ivorian firms' sales to Egypt reached $60.6 billion in 2022.", "CIV", TradeFlow.Imports)]
    [InlineData("Kenya's purchases from Egypt came to $2.45 billion in 2017.", "KEN", TradeFlow.Exports)]
    [InlineData("Egypt bought $4.7 billion of goods from Kenya in 2017.", "KEN", TradeFlow.Imports)]
    public void Extract_TheFlowOfAPartnerThatBuysOrSells_IsTurnedToTheReporters(string sentence, string partner, TradeFlow flow)
        => Extract(sentence, "EGY", 2023, 6, 1).Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == partner && f.Flow == flow);

    [Theory]
    [InlineData("Egypt's exports to the Arab world rose to $10.1 billion in 2019.")]
    [InlineData("Imports from the group rose 43.5 percent to $6.8 billion in 2019.")]
    [InlineData("Egypt's trade with the rest of Africa grew to $9.4 billion in 2019.")]
    [InlineData("Shipments to Arab countries came to about $2.5 billion in 2019.")]
    [InlineData("Exports to the Nile basin countries (Sudan, Kenya and Uganda) came to $1.2 billion in 2019.")]
    public void Extract_TradeWithAGroupOfCountries_IsNoFigureForTheArticlesPartner(string sentence)
        => Extract("Trade with Saudi Arabia reached $6.8 billion in 2019. " + sentence, "EGY", 2020, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(6_800_000_000, Currency.Usd));

    [Theory]
    [InlineData("Egypt bought $4.7 billion of goods from Kenya in 2017, 57.2 percent more than the $3 billion of 2016.", "2017", "2016")]
    [InlineData("Exports to Kenya reached $5.3 billion in 2017, up 88.4 percent from $2.8 billion.", "2017", "2016")]
    [InlineData("Exports to Kenya reached $5.3 billion in 2017, up from $2.8 billion.", "2017", "2016")]
    [InlineData("In the eleven months from April 2002 to February 2003 trade with Kenya reached $4.2 billion, against $2.6 billion in the corresponding months of 2001-02.", "2002-04/2003-02", "2001-04/2002-02")]
    public void Extract_TheLevelAChangeIsMeasuredAgainst_IsTheEarlierPeriods(string sentence, string period, string earlier)
        => Extract(sentence, "EGY", 2018, 6, 1).Figures.Select(f => f.Period.ToString()).Should().Equal(period, earlier);

    [Fact]
    public void Extract_ARankingOfPartnersWithTheirAmountsInParentheses_IsTheReportersTradeWithEach()
        => Extract("In the 2020/21 budget year the United States came third, with Ethiopian commodities worth $293.3 million shipped there. The rest of the top ten, in order, were Saudi Arabia ($226.6mln), Germany ($154.47mln) and Sudan ($88.19mln).", "ETH", 2021, 8, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Period.ToString())).Should().Equal(
                ("USA", TradeFlow.Exports, "2020-07/2021-06"), ("SAU", TradeFlow.Exports, "2020-07/2021-06"), ("DEU", TradeFlow.Exports, "2020-07/2021-06"), ("SDN", TradeFlow.Exports, "2020-07/2021-06"));

    [Theory]
    [InlineData("Exports to the Netherlands grew by 42.2 per cent, Saudi Arabia by 18.6 per cent and the UK by 17.5 per cent.")]
    [InlineData("The other five top markets grew: the Netherlands by 42.2 per cent, Saudi Arabia by 18.6 per cent, the UK by 17.5 per cent.")]
    public void Extract_PartnersListedWithChangesWhoseVerbIsLeftOut_EachHaveTheirChange(string sentence)
        => Extract("Exports fell in March. " + sentence, "IND", 2023, 4, 14).Statements
            .Select(s => (s.Partner.Code, s.Flow, s.Ratio)).Should().Equal(("NLD", TradeFlow.Exports, 1.422), ("SAU", TradeFlow.Exports, 1.186), ("GBR", TradeFlow.Exports, 1.175));

    [Fact]
    public void Extract_ASentenceThatGoesOnWithTheMonthsOfTheOneBefore_IsAboutItsTrade()
        => Extract("Exports to Rwanda fell in the first quarter of 2019. The year began well enough, with USD16.96m in January and USD14.51m in February.", "UGA", 2019, 5, 15)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("RWA", "2019-01"), ("RWA", "2019-02"));

    [Fact]
    public void Extract_APartnerThatSuppliedTheReporter_IsTheReportersImports()
        => Extract("In January-September imports from Pacific islands rose. Goods from Tonga were worth just over 6 million US dollars, while Papua New Guinea supplied 3.5 million dollars' worth.", "NZL", 2006, 11, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("TON", TradeFlow.Imports), ("PNG", TradeFlow.Imports));

    [Fact]
    public void Extract_GoodsSentToAPartnerAndBoughtThere_AreExportsAndImports()
        => Extract("In January-May trade with China came to $964 mln. Goods sent to China were worth over $177 mln; goods bought there, approximately $787 mln.", "TJK", 2025, 6, 20)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Turnover, 964_000_000m), (TradeFlow.Exports, 177_000_000m), (TradeFlow.Imports, 787_000_000m));

    [Theory]
    [InlineData("Serbia was Montenegro's biggest customer during February, buying goods worth 10.7 million euro.", TradeFlow.Exports)]
    [InlineData("Serbia was Montenegro's second-biggest export market in February, with sales there worth 10.7 million euro.", TradeFlow.Exports)]
    [InlineData("In February Serbia was Montenegro's fifth-largest source of imports, with purchases from it worth 10.7 million euro.", TradeFlow.Imports)]
    [InlineData("Serbia took first place in exports in February, with sales to that country of 10.7 million euro.", TradeFlow.Exports)]
    public void Extract_TheReporterWrittenAsAnOwner_IsNotTheSubjectOfTheTradeVerb(string sentence, TradeFlow flow)
        => Extract(sentence, "MNE", 2016, 4, 1).Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Theory]
    [InlineData("Exports and imports between Chile and Argentina added up to US$5,223 million from January to August.", TradeFlow.Turnover)]
    [InlineData("The Netherlands came third, with exports and imports worth a combined 214.8 billion euros in 2023.", TradeFlow.Turnover)]
    [InlineData("Japan followed with 546.41 billion yuan in combined imports and exports in 2023.", TradeFlow.Turnover)]
    [InlineData("Two-way imports and exports with Argentina climbed 17.8 per cent to US$6.18 billion in 2023.", TradeFlow.Turnover)]
    [InlineData("Exports to Argentina rose to US$5,223 million in 2023, and exports and imports of copper fell.", TradeFlow.Exports)]
    public void Extract_ExportsAndImportsTakenTogether_AreTurnover(string sentence, TradeFlow flow)
        => Extract(sentence, "CHL", 2024, 9, 1).Figures.Should().ContainSingle().Which.Flow.Should().Be(flow);

    [Fact]
    public void Extract_ForeignTradeTurnoverBetweenTheTwoCountries_IsThePairsTrade()
        => Extract("Kyrgyzstan and Turkmenistan met in Ashgabat. Between January and April 2024, foreign trade turnover between the two countries came to 20 million US dollars.", "KGZ", 2024, 6, 1)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "TKM" && f.Period == ReportingPeriod.Months(2024, 1, 4));

    [Fact]
    public void Extract_ALevelThatCameInAtAfterAGoal_IsALevel()
        => Extract("The new aim replaces the earlier goal of $20 billion by 2015 for trade with China, which looks set to be beaten: trade came in at $18.2 billion last year.", "NZL", 2014, 4, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(18_200_000_000m);

    [Fact]
    public void Extract_AFreeTradePartnerSinceLastYear_NamesNeitherTheFlowNorThePeriod()
        => Extract("Exports to the US fell in March. Exports to the UAE, the second-largest destination and a free-trade partner since last year, declined 12.6 per cent to $2.70 billion.", "IND", 2023, 4, 14)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Flow == TradeFlow.Exports && f.Period == ReportingPeriod.Month(2023, 3));

    [Theory]
    [InlineData("IND", "Trade with Oman climbed to US$ 9.988 billion in 2021-2022.", "2021-04/2022-03")]
    [InlineData("UGA", "Exports to Kenya were $447.8m in the 2019-2020 period.", "2019-07/2020-06")]
    [InlineData("ROU", "Exports to Moldova were $447.8m in 2019-2020.", "2019")]
    [InlineData("IND", "Trade with Oman grew to $9.9 billion in 2015-2020.", "2015")]
    public void Extract_TwoFollowingYearsWrittenInFull_AreAFiscalYearWhereThePairKeepsOne(string reporter, string sentence, string period)
        => Extract(sentence, reporter, 2023, 5, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_TwoFollowingYearsBeforeAPlan_AreNoPeriod()
        => Extract("Trade with Oman was $9.9 billion in 2021, and the 2022-2023 plan aims higher.", "IND", 2023, 5, 1)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2021));

    [Fact]
    public void Extract_ThePeriodOfAComparisonsEarlierLevel_IsNotTheNextClausesPeriod()
        => Extract("For the whole of 2023, imports from Poland grew by 20% to USD 6.6 billion, up from USD 5.5 billion in 2022, whereas exports to Poland fell by 30% to USD 4.7 billion from USD 6.7 billion.", "UKR", 2024, 2, 20)
            .Figures.Select(f => (f.Flow, f.Period.ToString())).Should().Equal(
                (TradeFlow.Imports, "2023"), (TradeFlow.Imports, "2022"), (TradeFlow.Exports, "2023"), (TradeFlow.Exports, "2022"));

    [Fact]
    public void Extract_ALevelAfterOneComparedWithAnEarlierYear_KeepsTheSentencesPeriod()
        => Extract("Over the whole of 2023 China shipped USD 10.4 billion worth of goods to Ukraine, compared with USD 8.7 billion in 2022, and Germany USD 4.9 billion, against USD 4.4 billion a year earlier.", "UKR", 2024, 2, 20)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("CHN", "2023"), ("CHN", "2022"), ("DEU", "2023"), ("DEU", "2022"));

    [Theory]
    [InlineData("Imports from Kenya reached $9.1 billion in January-September, compared with $8.2 billion last year.", "2018-01/2018-09", "2017-01/2017-09")]
    [InlineData("In the January-November period imports from Kenya passed 7,6 billion euros, against 7,1 billion in 2017.", "2018-01/2018-11", "2017-01/2017-11")]
    [InlineData("Imports from Kenya reached $9.1 billion in 2017, compared with $8.2 billion in 2016.", "2017", "2016")]
    public void Extract_AYearAChangeOverMonthsIsComparedWith_IsThoseMonthsOfThatYear(string sentence, string period, string earlier)
        => Extract(sentence, "EGY", 2018, 12, 20).Figures.Select(f => f.Period.ToString()).Should().Equal(period, earlier);

    [Theory]
    [InlineData("In the first four months, imports from Kenya stood at $42.9 million, 55.7% above January-April 2017, and exports came to $181.3 million.")]
    [InlineData("In the first four months, imports from Kenya stood at $42.9 million, up 55.7% against 2017, and exports came to $181.3 million.")]
    public void Extract_ThePeriodAChangeIsComparedWith_IsNotTheNextLevelsPeriod(string sentence)
        => Extract(sentence, "EGY", 2018, 6, 1).Figures.Select(f => f.Period.ToString()).Should().Equal("2018-01/2018-04", "2018-01/2018-04");

    [Fact]
    public void Extract_AChangeOnThePeriodItIsComparedWith_IsForTheLevelsPeriod()
        => Extract("In January-June 2019 trade with Kenya came to $481.7 million, up 11.8% on the first half of 2018.", "EGY", 2019, 8, 28)
            .Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s => s.Period == ReportingPeriod.Half(2019, 1) && s.ReferencePeriod == ReportingPeriod.Half(2018, 1));

    [Fact]
    public void Extract_TheLevelOfTheYearAChangeIsComparedWith_IsThatYears()
        => Extract("Trade with Kenya reached USD 5.66 billion in 2022, 23.9% above the 2021 level of USD 4.57 billion.", "EGY", 2023, 3, 1)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2022", "2021");

    [Fact]
    public void Extract_TheFiscalYearJustEnded_IsTheLastFiscalYear()
        => Extract("Exports to India climbed to a record of about $2 billion in the fiscal year just ended.", "BGD", 2022, 8, 1)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2021-07/2022-06"));

    [Theory]
    [InlineData("Exports to Kenya reached $24.7 billion in 2024, a rise of 26.2% on 2023, when they stood at $19.6 billion.")]
    [InlineData("Exports to Kenya reached $24.7 billion in 2024, 13% below 2023, the all-time high at about $19.6 billion.")]
    public void Extract_TheLevelOfThePeriodAChangeIsComparedWith_IsThatPeriods(string sentence)
        => Extract(sentence, "EGY", 2025, 6, 1).Figures.Select(f => f.Period.ToString()).Should().Equal("2024", "2023");

    [Theory]
    [InlineData("Exports to Bangladesh grew 35 percent to $0.95 billion in January and 17 percent to $0.94 billion in February.", "2021-01", "2021-02")]
    [InlineData("For June alone, exports to Bangladesh were $153.7 million, against $136.5 million in June 2020.", "2021-06", "2020-06")]
    [InlineData("Bangladesh bought the most goods last December, about $8.4 billion, after $7.9 billion in November.", "2020-12", "2020-11")]
    [InlineData("Exports to Bangladesh in April-August (India's fiscal year begins in April) were $7.7 billion, and in March $1.2 billion.", "2021-04/2021-08", "2021-03")]
    public void Extract_AMonthWithoutItsYear_IsTheLatestThePublicationAllows(string sentence, string first, string second)
        => Extract(sentence, "IND", 2021, 9, 15).Figures.Select(f => f.Period.ToString()).Should().Equal(first, second);

    [Fact]
    public void Extract_ABareAmountAfterASentenceThatWroteItsCurrency_TakesThatCurrency()
        => Extract("Trade with Qatar recovered to 1.3 billion Qatari riyals in 2018. It fell to 802 million in 2019.", "JOR", 2022, 3, 1)
            .Figures.Select(f => f.Amount.Currency.Code).Should().Equal("QAR", "QAR");

    [Theory]
    [InlineData("Trade with Turkey amounted to 145bn/- (66 million US dollars) in 2011.", 145_000_000_000, "TZS")]
    [InlineData("Trade with Turkey amounted to 5 billion riyals (about $1.3 billion) in 2011.", 5_000_000_000, "SAR")]
    public void Extract_AnAmountRestatedInParentheses_IsReadOnceInTheCurrencyWrittenFirst(string sentence, long units, string currency)
        => Extract(sentence, "TZA", 2017, 1, 23).Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(
            f => f.Amount == Amount.FromUnits(units, new Currency(currency)) && f.Period == ReportingPeriod.Year(2011));

    [Theory]
    [InlineData("Between March 19 and May 22, 2024, exports to Afghanistan came to $350 million.")]
    [InlineData("For lack of banking channels, trade with Afghanistan managed to reach only $350 million in 2023.")]
    [InlineData("Exports to Afghanistan came to $1.6 billion in 2023, close to double the $846.3 million of 2022.")]
    public void Extract_PastLevelsWithWordsThatCanAnnounceAGoal_AreNoGoals(string sentence)
    {
        var result = Extract(sentence, "IRN", 2024, 8, 21);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().NotBeEmpty();
    }

    [Fact]
    public void Extract_AnAmountTradeRoseBy_IsAnIncrementNotALevel()
        => Extract("Exports to Afghanistan rose by $102 million to $350 million in 2023.", "IRN", 2024, 8, 21)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(350_000_000, Currency.Usd));

    [Theory]
    [InlineData("Exports to China were $153.7 million in June 2024, although they were 27.61 percent lower than in May 2024.", "2024-06", "2024-05", 0.7239)]
    [InlineData("Exports to China were $153.7 million in June, 27.61 percent lower than in May.", "2024-06", "2024-05", 0.7239)]
    [InlineData("Exports to China grew 5 percent month on month to $153.7 million in June 2024.", "2024-06", "2024-05", 1.05)]
    [InlineData("Exports to China were $153.7 million in June 2024, a year-on-year gain of 12.59 percent.", "2024-06", "2023-06", 1.1259)]
    [InlineData("June figures were mixed: exports to China were 12.59 percent higher than a year earlier, at $46 million.", "2024-06", "2023-06", 1.1259)]
    public void Extract_AChangeAgainstAnotherMonth_IsMeasuredAgainstThatMonth(string sentence, string period, string reference, double ratio)
    {
        var statement = Extract(sentence, "PAK", 2024, 8, 2).Statements.Should().ContainSingle().Subject;

        (statement.Period.ToString(), statement.ReferencePeriod.ToString(), statement.Ratio).Should().Be((period, reference, ratio));
    }

    [Theory]
    [InlineData("By destination, China bought the most Qatari goods in December 2022, about 8.4 billion riyals. India followed with 4.2 billion riyals and South Korea with about 3.9 billion riyals.", "CHN IND KOR", TradeFlow.Exports)]
    [InlineData("On the import side, the United States was the leading source with two billion riyals, ahead of China with 1.4 billion riyals and Italy with 900 million riyals.", "USA CHN ITA", TradeFlow.Imports)]
    [InlineData("In December 2022 China was the biggest buyer, taking 8.4 billion riyals of Qatari goods. India came next with 4.2 billion riyals, followed by Japan with 3.9 billion riyals and Korea, fourth, with 3.1 billion riyals.", "CHN IND JPN KOR", TradeFlow.Exports)]
    [InlineData("In December 2022 the United States was the leading supplier with two billion riyals, ahead of China with 1.4 billion riyals.", "USA CHN", TradeFlow.Imports)]
    [InlineData("In December 2022 the second destination for Qatari goods was India, with 4.2 billion riyals.", "IND", TradeFlow.Exports)]
    [InlineData("In December 2022 India was the top destination for Qatari goods with 4.2 billion riyals, China came second.", "IND", TradeFlow.Exports)]
    [InlineData("In December 2022 the USA ranked second with purchases of 5.75 billion riyals.", "USA", TradeFlow.Exports)]
    [InlineData("In December 2022 the US and the UAE followed, with imports of 6.56 billion riyals and 4.54 billion riyals respectively.", "USA ARE", TradeFlow.Imports)]
    [InlineData("China remained the largest supplier in December 2022 with 1.1 billion riyals, ahead of Poland and of Germany, which delivered 388 million riyals.", "CHN DEU", TradeFlow.Imports)]
    [InlineData("In December 2022 Poland was the top buyer, followed closely by Spain at 322 million riyals and China at 305 million riyals.", "ESP CHN", TradeFlow.Exports)]
    [InlineData("On the import side in December 2022, China led with 1.41 billion riyals, far ahead of Belgium at 465 million riyals.", "CHN BEL", TradeFlow.Imports)]
    [InlineData("On the export side in December 2022, India topped the list with 1.09 billion riyals, ahead of Spain at 1.03 billion riyals.", "IND ESP", TradeFlow.Exports)]
    [InlineData("In December 2022 the Netherlands took QR914 million, the United States QR661 million and Indonesia QR625 million.", "NLD USA IDN", TradeFlow.Exports)]
    [InlineData("The US, the top buyer of Qatari goods for ten years, took QR7.32 billion in December 2022.", "USA", TradeFlow.Exports)]
    [InlineData("In December 2022 China remained the top buyer. It was followed by Italy (+38%, 829 million riyals) and Hungary (+12%, 518 million riyals).", "ITA HUN", TradeFlow.Exports)]
    [InlineData("In December 2022 Sudan sold Qatar QR505m worth of goods, Zambia QR314m and the United States QR308m.", "SDN ZMB USA", TradeFlow.Imports)]
    public void Extract_ARankingOfPartnersEachWithItsAmount_IsTheReportersTradeWithEach(string text, string partners, TradeFlow flow)
    {
        var figures = Extract(text, "QAT", 2023, 2, 1).Figures;

        figures.Select(f => f.Partner.Code).Should().Equal(partners.Split(' '));
        figures.Should().OnlyContain(f => f.Flow == flow && f.Amount.Currency.Code == "QAR");
    }

    [Theory]
    [InlineData("In the five months to August 21, Iran shipped $4.5 billion of goods to Iraq.", "IRN", "2024-04/2024-08")]
    [InlineData("Goods moving between Kenya and Tanzania in the 12 months to March 2024 were worth KSh 107.6 billion.", "KEN", "2023-04/2024-03")]
    public void Extract_MonthsCountedBackFromAMonth_AreRead(string sentence, string reporter, string period)
        => Extract(sentence, reporter, 2024, 9, 7).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Fact]
    public void Extract_APassageComparingTwelveMonthPeriods_KeepsTheLaterAsTheOneItGoesOnWith()
    {
        const string text = "According to the statistics office's 2024 report, goods moving between Kenya and Tanzania in the 12 months to March 2024 were worth KSh 107.6 billion. "
            + "That was 66.9% more than the KSh 64.5 billion recorded a year earlier, in the 12 months to March 2023. "
            + "Over the same period Kenya sold goods worth KSh 50.9 billion to Tanzania. "
            + "Imports from Tanzania rose 77.9% to KSh 56.8 billion from KSh 31.9 billion. "
            + "The balance tipped in Tanzania's favour by KSh 5.9 billion.";

        var figures = Extract(text, "KEN", 2024, 7, 4).Figures;

        figures.Select(f => (f.Flow, f.Period.ToString(), f.Amount.Value)).Should().Equal(
            (TradeFlow.Turnover, "2023-04/2024-03", 107_600_000_000m),
            (TradeFlow.Turnover, "2022-04/2023-03", 64_500_000_000m),
            (TradeFlow.Exports, "2023-04/2024-03", 50_900_000_000m),
            (TradeFlow.Imports, "2023-04/2024-03", 56_800_000_000m),
            (TradeFlow.Imports, "2022-04/2023-03", 31_900_000_000m));
    }
    [Theory]
    [InlineData("an increase of 4.4 percent on the first ten months of 2023", "2024-01/2024-10", "2023-01/2023-10")]
    [InlineData("4.4% more than in January-June 2024", "2025-01/2025-06", "2024-01/2024-06")]
    [InlineData("up 4.4 percent compared with the third quarter of 2023", "2024-Q3", "2023-Q3")]
    public void Extract_ALevelWithOnlyThePeriodItsChangeIsMeasuredAgainst_IsForThatPartAYearOn(string change, string period, string reference)
    {
        var result = Extract($"Trade with the United States was third at 4.01 trillion yuan, {change}.", "CHN", 2025, 11, 7);
        result.Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));
        result.Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s => s.Period == ReportingPeriod.Parse(period) && s.ReferencePeriod == ReportingPeriod.Parse(reference));
    }

    [Fact]
    public void Extract_ASentenceAfterALevelMeasuredAgainstAPartOfAYear_GoesOnWithThatPartAYearOn()
        => Extract("In October alone, China's trade rose 4.6 percent. Trade with the United States was third at 4.01 trillion yuan, an increase of 4.4 percent on the first ten months of 2023. China's exports to the US rose 4.9 percent to 3.04 trillion yuan.", "CHN", 2024, 11, 7)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2024-01/2024-10", "2024-01/2024-10");

    [Theory]
    [InlineData("Exports to the United States came to $40 billion, up 4.4 percent on 2022.", "2023")]
    [InlineData("Exports to the United States came to $40 billion, up 4.4 percent since the first half of 2023.", "2024-H1")]
    public void Extract_AChangeMeasuredAgainstAWholeYearOrSinceAPeriod_DoesNotMoveThePeriodAYearOn(string sentence, string yearOn)
        => Extract(sentence, "CHN", 2025, 11, 7).Figures.Should().ContainSingle().Which.Period.Should().NotBe(ReportingPeriod.Parse(yearOn));
    [Theory]
    [InlineData("As of end-June 2022, trade with Italy amounted to 10,786.2 million Tunisian dinars.")]
    [InlineData("Trade with Italy, as of the end of June 2022, amounted to 10,786.2 million Tunisian dinars.")]
    public void Extract_AsOfTheEndOfAMonth_IsTheRunFromJanuary(string sentence)
        => Extract(sentence, "TUN", 2022, 10, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2022-H1"));
    [Theory]
    [InlineData("first quarter", "in the quarter", "2011-Q1")]
    [InlineData("first quarter", "over the three months", "2011-Q1")]
    [InlineData("first half", "in the half", "2011-H1")]
    public void Extract_APeriodPointedBackToByItsLengthAfterAMonthOfIt_IsTheQuarterOrHalfNamedBefore(string named, string words, string period)
    {
        var result = Extract($"China's trade with the BRICS jumped 45.8 percent in the {named} to 59.9 billion dollars. In March alone, imports from the four rose 48.8 percent to 11.93 billion dollars. Trade with Brazil topped 16.11 billion dollars {words}.", "CHN", 2011, 7, 15);
        result.Figures.Should().ContainSingle(f => f.Partner.Code == "BRA").Which.Period.Should().Be(ReportingPeriod.Parse(period));
    }
    [Theory]
    [InlineData("The leading export markets in March were Canada with US$ 632 million and Japan with US$ 210 million.")]
    [InlineData("The leading export markets in March were Canada with $632 million; Japan, $210 million.")]
    [InlineData("The leading export markets in March were Canada with US$ 632 million, up 71%; Japan, US$ 210 million (-15.9%).")]
    public void Extract_PartnersListedWithTheirAmounts_EachTakeTheirOwn(string sentence)
        => Extract(sentence, "PER", 2022, 4, 20).Figures.Select(f => (f.Partner.Code, f.Amount.Value, f.Period.ToString()))
            .Should().Equal(("CAN", 632_000_000m, "2022-03"), ("JPN", 210_000_000m, "2022-03"));

    [Theory]
    [InlineData("\"New COVID-19 outbreaks reduce demand for imported inputs,\" said the institute's director.")]
    [InlineData("\"New COVID-19 outbreaks paralyse economic activity,\" said the institute's director.")]
    public void Extract_ARankingAfterAQuotation_TakesThePeriodNamedBeforeIt(string quotation)
    {
        var result = Extract($"China remained the main destination for Peruvian shipments in March, with US$ 1,213 million.\n\n{quotation}\n\nThe other leading markets were the United States with US$ 632 million and South Korea with US$ 365 million.", "PER", 2022, 4, 20);
        result.Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("CHN", "2022-03"), ("USA", "2022-03"), ("KOR", "2022-03"));
    }

    [Fact]
    public void Extract_TheSameMonthOfThePreviousYear_IsTheComparisonsPeriodNotTheNextSentences()
        => Extract("Peru's exports to China reached US$ 1,213 million in March, 25.4% less than in the same month of the previous year. The other leading markets were the United States with US$ 632 million and South Korea with US$ 365 million.", "PER", 2022, 4, 20)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2022-03", "2022-03", "2022-03");
    [Fact]
    public void Extract_AYearNamedForTheEarlierLevelAfterOnly_IsNotThePeriodLaterSentencesPointBackTo()
        => Extract("Senegal's exports rose sharply over the first four months of 2025, reaching 1,855.993 billion FCFA. Crude oil exports soared to 639.26 billion FCFA against only 8.19 billion FCFA the previous year. China was the leading destination for Senegalese goods over the period, with 394.59 billion FCFA.", "SEN", 2025, 6, 10)
            .Figures.Should().ContainSingle(f => f.Partner.Code == "CHN").Which.Period.Should().Be(ReportingPeriod.Parse("2025-01/2025-04"));
    [Theory]
    [InlineData(" The Indian financial year runs from April to March.", "2023-04/2024-03")]
    [InlineData(" India's fiscal year begins in April.", "2023-04/2024-03")]
    [InlineData("", "2023-07/2024-06")]
    public void Extract_AFiscalYearTheArticleSaysWhenItRuns_IsCountedFromThatMonth(string stated, string period)
        => Extract($"Figures from India's commerce department show trade between Bangladesh and India fell 9.35 per cent to $12.90 billion in FY24.{stated}", "BGD", 2024, 5, 20)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));
    [Fact]
    public void Extract_ExportsAsAWhole_AreTheReportersTradeWithTheWorld()
        => Extract("Shipments to the United States keep growing. Germany's exports as a whole rose by 1.8 percent compared with January, to 131.6 billion euros.", "DEU", 2025, 4, 7)
            .Figures.Should().BeEmpty();
    [Theory]
    [InlineData("between March 21 and July 22", "2020-04/2020-07")]
    [InlineData("from March 21 to July 22, 2020", "2020-04/2020-07")]
    [InlineData("from December 22 to March 20", "2020-Q1")]
    [InlineData("from January 5 to June 30", "2020-H1")]
    public void Extract_ARunOfDays_IsTheWholeMonthsItCovers(string days, string period)
        => Extract($"Iran exported $405 million of goods to Turkey {days}.", "IRN", 2020, 8, 9)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("in the calendar year that ended on March 20")]
    [InlineData("in the year to March")]
    [InlineData("in the fiscal year which ended in March")]
    public void Extract_ALevelInTheYearThatEndedInAMonth_IsTheTwelveMonthsToIt(string year)
        => Extract($"Iran sold Turkey $7.45 billion worth of goods {year}.", "IRN", 2023, 4, 25)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2022-04/2023-03"));
    [Theory]
    [InlineData("Between January and October, the balance in Brazil's favour in its trade with the Chinese topped US$40 billion.")]
    [InlineData("Between January and October, the surplus in favour of Brazil in its trade with China topped US$40 billion.")]
    public void Extract_ABalanceInASidesFavourInItsTrade_IsNoLevelOfTrade(string sentence)
        => Extract(sentence, "BRA", 2021, 11, 10).Figures.Should().BeEmpty();
    [Theory]
    [InlineData("With China, the trade account gap narrowed to US$ 5.18bn in 2022.")]
    [InlineData("Trade in services with China came to US$ 5.18bn in 2022.")]
    public void Extract_AGapOrTradeInServices_IsNoLevelOfTradeInGoods(string sentence)
        => Extract(sentence, "LKA", 2023, 5, 2).Figures.Should().BeEmpty();
    [Theory]
    [InlineData("Bosnia-Herzegovina")]
    [InlineData("Bosnia–Herzegovina")]
    [InlineData("Bosnia and Herzegovina")]
    public void Extract_BosniaWrittenWithAHyphen_IsTheCountry(string name)
        => Extract($"{name} is a very important partner. Trade in 2017 was worth EUR 1.72 billion.", "SRB", 2018, 3, 15)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("BIH");
    [Fact]
    public void Extract_ALevelInTheMonthsNamedBeforeByTheirCount_IsForThoseMonthsNotTheYear()
        => Extract("El Salvador's exports fell by 7.5% between January and May compared with the same months of 2022. The United States remains the biggest buyer of Salvadoran goods in 2023, taking 1,041.3 million dollars' worth in the five months. Neighbouring Guatemala came second with 503.4 million dollars.", "SLV", 2023, 6, 20)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("USA", "2023-01/2023-05"), ("GTM", "2023-01/2023-05"));
    [Fact]
    public void Extract_ARankingAfterTheSentenceThatIntroducesIt_GoesOnWithTheTradeBefore()
        => Extract("The United States remained the top destination, buying 5,741.7 million dollars of Honduran goods in 2025.\n\nThe next three places went to Central American neighbours. Nicaragua ranked second with 1,182.2 million dollars, followed by El Salvador with 824.2 million and Guatemala with 721.8 million.", "HND", 2026, 2, 11)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("USA", TradeFlow.Exports), ("NIC", TradeFlow.Exports), ("SLV", TradeFlow.Exports), ("GTM", TradeFlow.Exports));
    [Theory]
    [InlineData("first and second quarters", "2024-H1")]
    [InlineData("third and fourth quarters", "2024-H2")]
    public void Extract_TwoQuartersNamedTogether_AreTheirHalf(string quarters, string period)
        => Extract($"Exports to Madagascar reached MUR 4.8 billion in the {quarters} of 2024.", "MUS", 2025, 3, 1)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));
    [Theory]
    [InlineData("compared with the same period last year")]
    [InlineData("against the same months last year")]
    public void Extract_ALevelAfterItsChangeOnTheSamePeriodLastYear_IsForTheMonthsNamedBefore(string comparison)
        => Extract($"Indonesian exports to Timor-Leste from January to April 2025 rose 11 percent {comparison}, reaching US$117.08 million.", "IDN", 2025, 6, 1)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2025-01/2025-04"));
    [Fact]
    public void Extract_AMonthsRunAfterTheVerbAndPartnerOfALevel_IsTheLevelsPeriod()
        => Extract("Vietnamese goods worth 24.6 billion USD were shipped to the United States between January and May, 8.2 percent more than in the same months of 2019.", "VNM", 2020, 6, 10)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2020-01/2020-05"));
    [Theory]
    [InlineData("Saudi Arabia and Kuwait traded goods worth about 9.12 billion riyals last year, against roughly 8.79 billion riyals in 2016, an increase of some 3.7 per cent.", 2018, "2017", "2016")]
    [InlineData("Saudi Arabia and Kuwait traded goods worth $2.2 billion in 2017, against $1.4 billion in 2010, growth of 51 percent over the period.", 2018, "2017", "2010")]
    [InlineData("Two-way commerce between Saudi Arabia and Kuwait climbed 14.6 per cent from its 2010 level to reach US$34.4 billion last year.", 2012, "2011", "2010")]
    public void Extract_AChangeAfterTwoLevels_RunsFromTheEarlierToTheLater(string sentence, int published, string period, string reference)
        => Extract(sentence, "SAU", published, 4, 1).Statements.Should().ContainSingle()
            .Which.Should().Match<StatementCandidate>(s => s.Period == ReportingPeriod.Parse(period) && s.ReferencePeriod == ReportingPeriod.Parse(reference));
    [Theory]
    [InlineData("double the figure for the same period of last year")]
    [InlineData("12% more than in the same months a year earlier")]
    public void Extract_ALevelComparedWithTheSamePeriodBefore_IsForItsOwnPeriod(string comparison)
        => Extract($"In the first four months of 2022 trade with Angola reached US$ 276.7 million, {comparison}.", "BRA", 2022, 5, 30)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2022-01/2022-04"));
    [Fact]
    public void Extract_PartnersListedWithASignedPercentageEach_TakeTheirOwnChanges()
        => Extract("In May, shipments to most major Asian destinations grew: the Philippines (+54.5%), Taiwan (+33.5%) and Vietnam (-2.7%).", "HKG", 2021, 6, 25)
            .Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("PHL", 1.545), ("TWN", 1.335), ("VNM", 0.973));
    [Fact]
    public void Extract_AChangeInTradeWithARegion_IsNotGivenToACountryNamedAfterIt()
        => Extract("Morocco's trade with Asia shrank by 15,8% in 2023, a decline the Office attributes chiefly to lower trade with Saudi Arabia (-49,1%) and India (-33,7%).", "MAR", 2024, 3, 1)
            .Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("SAU", 0.509), ("IND", 0.663));
    [Fact]
    public void Extract_ALevelOfTradeWithARegion_IsNotGivenToTheCountryNamedBefore()
        => Extract("Exports to the United States amounted to $22.05 billion in the first half, shipments to Europe to $15 billion and those to Japan to $11.45 billion.", "TWN", 2019, 7, 20)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("USA", 22.05e9m), ("JPN", 11.45e9m));
    [Fact]
    public void Extract_AShareOfTheReportersExportsToARegion_LeavesTheLevelWithThePartner()
        => Extract("Cameroon shipped 228,000 tons of goods to Chad in 2021, equal to 3.8% of its exports to Africa, and earned a total of CFA90.6 billion from those sales.", "CMR", 2022, 6, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("TCD");
    [Theory]
    [InlineData("added up to", AmountQualifier.Exact)]
    [InlineData("were worth up to", AmountQualifier.Almost)]
    public void Extract_UpToAfterAdded_IsNoQualifier(string words, AmountQualifier qualifier)
        => Extract($"In the first quarter of 2011, Ecuador's exports to Peru {words} 483 million dollars.", "ECU", 2011, 6, 15)
            .Figures.Should().ContainSingle().Which.Qualifier.Should().Be(qualifier);
    [Fact]
    public void Extract_AFromLevelInASentenceWithoutPeriods_IsForTheEarlierYearTheSentenceBeforeNamed()
        => Extract("Tunisian exports to Libya amounted to 2.451 billion dinars in 2024, a drop of 12.4% from 2.649 billion dinars in 2023. Over the same period, imports from Libya fell from 335.6 million to 151.6 million dinars.", "TUN", 2025, 3, 1)
            .Figures.Where(f => f.Flow == TradeFlow.Imports).Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2023", 335.6e6m), ("2024", 151.6e6m));
    [Fact]
    public void Extract_AFromLevelInASentenceWithoutPeriods_IsForTheEarlierPeriodOfTheComparisonBefore()
        => Extract("India's shipments to the Maldives rose from $217 million in FY 2017–18 to $561 million in FY 2024–25. Over the same stretch, what India bought from the Maldives grew from just $6 million to $119 million.", "IND", 2025, 6, 1)
            .Figures.Where(f => f.Flow == TradeFlow.Imports).Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2017-04/2018-03", 6e6m), ("2024-04/2025-03", 119e6m));
    [Theory]
    [InlineData("The UK took Pakistani goods worth US$ 519.870 million in July-September 2022.")]
    [InlineData("The UK received goods worth US$ 519.870 million in July-September 2022.")]
    [InlineData("The UK received US$ 519.870 million in July-September 2022.")]
    public void Extract_APartnerThatTookOrReceivedGoodsWorthAnAmount_BoughtTheReportersExports(string sentence)
        => Extract(sentence, "PAK", 2022, 10, 20).Figures.Should().ContainSingle()
            .Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "GBR" && f.Flow == TradeFlow.Exports);
    [Fact]
    public void Extract_AListLedByAPartnerThatReceivedAnAmount_GivesEachPartnerItsOwn()
        => Extract("The Netherlands received US$ 377.282 million of goods in July-September 2022, Spain US$ 324.583 million and Bangladesh US$ 234.504 million.", "PAK", 2022, 10, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("NLD", TradeFlow.Exports), ("ESP", TradeFlow.Exports), ("BGD", TradeFlow.Exports));
    [Fact]
    public void Extract_APartnersOwnPurchasesBesideAnotherPartner_AreTheReportersExportsToIt()
        => Extract("In July-September 2022 Germany's purchases grew 12.17 percent to US$ 455.778 million, and the UAE took US$ 369.918 million.", "PAK", 2022, 10, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("DEU", TradeFlow.Exports), ("ARE", TradeFlow.Exports));
    [Theory]
    [InlineData("of the same quarter last year")]
    [InlineData("recorded a year earlier")]
    public void Extract_AnAmountWithoutACurrencyBeforeItsComparedPeriod_TakesTheCurrencyWrittenBefore(string after)
        => Extract($"Trade between Mexico and the United States reached 182,200 million dollars in the first quarter of 2022. That total was 20 percent higher than the 153,900 million {after}.", "MEX", 2022, 5, 10)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2022-Q1", 182.2e9m), ("2021-Q1", 153.9e9m));
    [Theory]
    [InlineData("had grown fourteenfold over the past seven years to reach")]
    [InlineData("has risen by half since 2015 to reach")]
    public void Extract_ALevelAPastChangeReachedWrittenWithAParticiple_IsAFigureNotAGoal(string words)
        => Extract($"Erdogan said trade between Turkey and Bangladesh {words} 658 million dollars last year.", "TUR", 2010, 10, 1)
            .Should().Match<ExtractionResult>(r => r.Goals.Count == 0 && r.Figures.Count == 1);
    [Fact]
    public void Extract_TheEndOfAPastFromToSpanAfterAGoalWord_IsAFigure()
        => Extract("Commerce ministry data show bilateral goods trade with the UAE nearly doubling, from $43.3 billion in FY21 to $83.7 billion in FY24.", "IND", 2025, 1, 10)
            .Should().Match<ExtractionResult>(r => r.Goals.Count == 0 && r.Figures.Count == 2);
    [Fact]
    public void Extract_TheEndOfAFromToSpanInAPeriodAhead_StaysAGoal()
        => Extract("India and the UAE aim at doubling trade, from $43.3 billion in FY21 to $83.7 billion in FY27.", "IND", 2025, 1, 10)
            .Goals.Should().ContainSingle();
    [Fact]
    public void Extract_ALevelATargetComparesWith_IsAFigure()
        => Extract("The target compares with a turnover of $846.4 million between Kyrgyzstan and Uzbekistan in 2024.", "KGZ", 2025, 10, 1)
            .Should().Match<ExtractionResult>(r => r.Goals.Count == 0 && r.Figures.Count == 1);
    [Theory]
    [InlineData("in the 25 years since the two countries established diplomatic relations")]
    [InlineData("in the ten years so far")]
    public void Extract_ACountOfYearsBehind_IsNoDeadline(string years)
        => Extract($"Trade between China and South Africa has swelled to nearly $57 billion {years}.", "ZAF", 2023, 1, 10)
            .Goals.Should().BeEmpty();
    [Fact]
    public void Extract_BuyersWithImportsWorth_AreTheReportersExports()
        => Extract("From January to September 2022 the biggest Arab buyers of Egyptian products included Morocco and Jordan, with imports worth 628,2 million dollars and 554,5 million dollars.", "EGY", 2022, 11, 1)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("MAR", TradeFlow.Exports), ("JOR", TradeFlow.Exports));
    [Theory]
    [InlineData("In the first half of 2022 South Africa was Mali's main buyer, with purchases of 476,44 billion FCFA.")]
    [InlineData("In the first half of 2022 South Africa was the top destination for Malian goods, buying goods worth 476,44 billion FCFA.")]
    public void Extract_ABuyersPurchasesOrBuying_AreTheReportersExports(string sentence)
        => Extract(sentence, "MLI", 2022, 9, 1).Figures.Should().ContainSingle()
            .Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "ZAF" && f.Flow == TradeFlow.Exports);
    [Fact]
    public void Extract_TheReporterAsSupplierSelling_IsItsExports()
        => Extract("Mexico kept its place as the biggest supplier of goods to the United States in the first quarter of 2024, selling its northern neighbor nearly US $120 billion worth of products.", "MEX", 2024, 5, 10)
            .Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Exports);
    [Theory]
    [InlineData("within 54 years")]
    [InlineData("in the next 99 years")]
    [InlineData("in 0 years")]
    public void Extract_ACountOfYearsNoDeadlineCanHave_IsReadAsNoDeadlineNotAnError(string years)
        => Extract($"Mexico and Korea aim to raise their trade to $30 billion {years}.", "MEX", 2016, 4, 1)
            .Goals.Should().ContainSingle().Which.Deadline.Should().BeNull();
    [Theory]
    [InlineData("LTU", "33 million litas (about 9.6 million EUR)", "LTL")]
    [InlineData("LVA", "33 million lats", "LVL")]
    [InlineData("EST", "33 million kroons", "EEK")]
    [InlineData("HRV", "33 million kuna", "HRK")]
    [InlineData("SVN", "33 million tolars", "SIT")]
    [InlineData("BGR", "33 million leva", "BGN")]
    [InlineData("SVK", "33 million Slovak korunas", "SKK")]
    public void Extract_ACurrencySinceWithdrawn_IsReadByItsName(string reporter, string amount, string code)
        => Extract($"Exports to Georgia came to {amount} in 2010.", reporter, 2011, 8, 15)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(code);
    [Theory]
    [InlineData("in the last Indian fiscal year")]
    [InlineData("by the end of the last Indian fiscal year")]
    [InlineData("in the previous Indian financial year")]
    public void Extract_TheLastFiscalYearNamedWithItsCountry_IsThatFiscalYear(string year)
        => Extract($"Trade between India and Israel totalled around $4.67 billion {year}.", "IND", 2021, 10, 22)
            .Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse("2020-04/2021-03"));
    [Fact]
    public void Extract_ALevelByAPastYearInThePastPerfect_IsForThatYear()
        => Extract("In 2013 trade between Chile and Bolivia added up to US$ 1,931 million; by 2017 the figure had dropped to US$ 1,321 million.", "CHL", 2018, 10, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2013", 1.931e9m), ("2017", 1.321e9m));
    [Fact]
    public void Extract_ALevelByAYearAhead_StaysAGoal()
        => Extract("The ministers of Chile and Bolivia said they had agreed to raise trade to US$ 3,000 million by 2027.", "CHL", 2018, 10, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2027");
    [Fact]
    public void Extract_APartnerTakingGoodsWorthAnAmount_TookTheReportersExports()
        => Extract("France kept its place as the second-largest purchaser of German products in 2016, taking goods worth about 101 billion euros.", "DEU", 2017, 2, 24)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "FRA" && f.Flow == TradeFlow.Exports);
    [Fact]
    public void Extract_GoodsThatChangedHandsBetweenTwoCountries_AreTheirTurnover()
        => Extract("China was Germany's most important trading partner in 2019. Goods worth 205.7 billion euros changed hands between the two countries.", "DEU", 2020, 2, 20)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "CHN" && f.Flow == TradeFlow.Turnover);
    [Fact]
    public void Extract_TheWholeAShareIsOf_IsNoLevelWithThePartner()
        => Extract("Last year China took 9,8% of Argentina's total sales abroad, which came to US$ 54.884 million, and supplied 20,4% of the country's imports, which totalled US$ 42.356 million.", "ARG", 2021, 3, 1)
            .Figures.Should().BeEmpty();
    [Theory]
    [InlineData("with average annual growth of 15.56 percent")]
    [InlineData("a compound annual growth rate of 15.56 percent")]
    public void Extract_AnAverageAnnualGrowthNamedBeforeItsRate_IsNoStatement(string rate)
        => Extract($"Trade between Indonesia and Timor-Leste reached US$391.34 million in 2024, {rate}.", "IDN", 2025, 6, 1)
            .Statements.Should().BeEmpty();
    [Theory]
    [InlineData("could be doubled")]
    [InlineData("could easily be doubled")]
    public void Extract_AMultipleThatCouldBeReached_IsNoStatement(string verb)
        => Extract($"The trade centre said trade between Botswana and Zimbabwe, which stood at $333 million in 2016, {verb} to more than $660 million.", "BWA", 2017, 5, 1)
            .Statements.Should().BeEmpty();
    [Theory]
    [InlineData("CYP", "5 million pounds", "GBP")]
    [InlineData("CYP", "5 million Cyprus pounds", "CYP")]
    [InlineData("MLT", "5 million lira", "TRY")]
    public void Extract_AUnitAWithdrawnCurrencySharedWithAnother_IsReadAsTheOtherUnlessNamedWhole(string reporter, string amount, string code)
        => Extract($"Exports to Turkey came to {amount} in 2020.", reporter, 2021, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(code);
    [Theory]
    [InlineData("Compared with January-June 2022, exports to Slovakia dropped by 1.6 percent.")]
    [InlineData("Compared with the first half of 2022, exports to Slovakia dropped by 1.6 percent.")]
    [InlineData("Against January-June 2022, exports to Slovakia dropped by 1.6%.")]
    public void Extract_AChangeAfterThePartOfAYearItIsComparedWith_IsForThatPartAYearOn(string sentence)
        => Extract(sentence, "POL", 2023, 8, 17)
            .Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s =>
                s.Period.ToString() == "2023-H1" && s.ReferencePeriod.ToString() == "2022-H1" && s.Ratio == 0.984);
    [Fact]
    public void Extract_ASentenceComparingWithAPartOfAYear_LeavesThatPartAYearOnToTheNext()
        => Extract("Exports went up compared with January-June 2022 in every case but Slovakia, where they dropped by 1,6 percent. Imports, by contrast, decreased from Germany by 7,7 percent.", "POL", 2023, 8, 17)
            .Statements.Select(s => (s.Partner.Code, s.Period.ToString(), s.ReferencePeriod.ToString()))
            .Should().Equal(("SVK", "2023-H1", "2022-H1"), ("DEU", "2023-H1", "2022-H1"));
    [Fact]
    public void Extract_ALevelAfterWhichAnotherWasReached_IsNoPeriodTheSentencesAfterGoOnWith()
        => Extract("In 2007 German exports came to 969.0 billion euros. The trade surplus reached 196.5 billion euros after 159.0 billion euros in 2006. Purchases from China rose by 9.4% to 54.6 billion euros.", "DEU", 2008, 3, 10)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2007");
    [Theory]
    [InlineData("were imports", TradeFlow.Imports)]
    [InlineData("was exports", TradeFlow.Exports)]
    public void Extract_AnAmountThatWasAFlow_IsThatFlow(string flow, TradeFlow expected)
        => Extract($"Trade with Vietnam totalled 13.8 billion euros in 2018, of which 9.7 billion euros {flow}.", "DEU", 2019, 6, 1)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Turnover, 13.8e9m), (expected, 9.7e9m));
    [Theory]
    [InlineData("In 2021 and 2022, Brazilian sales to Argentina were held to an average of somewhere between US$ 12 billion and US$ 15 billion.")]
    [InlineData("From 2017 to 2022, Brazilian sales to Argentina averaged about US$ 14 billion a year.")]
    [InlineData("Brazilian sales to Argentina, averaging US$ 14 billion annually from 2017 to 2022, fell.")]
    public void Extract_AnAverageOverSeveralPeriods_IsNoLevel(string sentence)
        => Extract(sentence, "BRA", 2023, 5, 1).Figures.Should().BeEmpty();
    [Theory]
    [InlineData("the two-billion-dinar mark", 2_000_000_000, "TND")]
    [InlineData("a twenty-five-million-dollar level", 25_000_000, "USD")]
    [InlineData("a one-billion-dollar level", 1_000_000_000, "USD")]
    public void Extract_AnAmountInWordsJoinedByHyphens_IsRead(string written, long value, string code)
        => Extract($"Trade with Libya reached {written} in 2007.", "TUN", 2008, 5, 14)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, code));
    [Fact]
    public void Extract_ASignedBalanceOfTheEarlierPeriod_IsNoPeriodTheSentencesAfterGoOnWith()
        => Extract("France's trade with Gabon rose in the first half of 2022. The trade balance stayed negative at -145 million euros, against a surplus of +249 million euros in the first half of 2021. Exports to Gabon jumped by 75% to 172,2 billion CFA francs.", "FRA", 2022, 10, 1)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2022-H1");
    [Fact]
    public void Extract_TheCorrespondingQuarterLastYear_IsNoPeriodTheSentencesAfterGoOnWith()
        => Extract("In the July-September quarter of 2023, Pakistan sold 3 percent more to its neighbours than in the same quarter a year before. Goods sold to China were worth $633.374 million in the quarter, 26.42 percent more than the $501.000 million of the corresponding quarter last year. Sales to Afghanistan edged up to $128.533 million.", "PAK", 2023, 11, 9)
            .Figures.Where(f => f.Partner.Code == "AFG").Should().ContainSingle().Which.Period.ToString().Should().Be("2023-Q3");
    [Theory]
    [InlineData("The EAEU's trade with Iran in 2021 came to more than $5 billion, an increase of 73,5% on 2020.")]
    [InlineData("The Union's exports to Iran grew 2,1 times in 2021, from $1,7 billion to $3,4 billion.")]
    [InlineData("The European Union's imports from Iran reached $1 billion in 2021.")]
    public void Extract_AGroupOfCountriesOwnTrade_IsNoRecordOfThePair(string sentence)
        => Extract("Iran's exports to Armenia grew last year. " + sentence, "IRN", 2022, 8, 27)
            .Should().Match<ExtractionResult>(r => r.Figures.Count == 0 && r.Statements.Count == 0);
    [Fact]
    public void Extract_ALevelOfThePeriodAnotherIsComparedWith_IsNoPeriodTheSentencesAfterGoOnWith()
        => Extract("Over the first three months of 2019, Togo sold Burkina Faso 20.1 billion CFA francs' worth of goods. That was slightly down on the first quarter of 2018, when exports to Burkina Faso came to 21.1 billion CFA francs. Benin ranked second in the quarter, with 19.3 billion CFA francs.", "TGO", 2019, 7, 15)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("BFA", "2019-Q1"), ("BFA", "2018-Q1"), ("BEN", "2019-Q1"));
    [Theory]
    [InlineData("whereas")]
    [InlineData("but")]
    public void Extract_APeriodAfterAContrast_IsNotTheAmountsBeforeIt(string contrast)
        => Extract($"China was Germany's most important trading partner in 2023. Trade with the United States came to 252.3 billion euros, {contrast} in 2022 it had been 250 billion euros.", "DEU", 2024, 2, 15)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2023", 252.3e9m), ("2022", 250e9m));
    [Theory]
    [InlineData("A local analysis puts trade between the Kingdom and China at more than SR1.79 trillion over the past ten years.")]
    [InlineData("Saudi exports to China came to SR1,207 billion over that decade.")]
    [InlineData("Over the last five years, trade between Saudi Arabia and China totalled $300 billion.")]
    public void Extract_ASumOverSeveralYears_IsNoLevel(string sentence)
        => Extract(sentence, "SAU", 2016, 8, 29).Figures.Should().BeEmpty();
    [Fact]
    public void Extract_ALevelReachedAfterGrowthOverSeveralYears_IsALevel()
        => Extract("Trade between Morocco and Spain grew six folds over the past six years to reach 12.6 billion euros.", "MAR", 2017, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(12.6e9m);
    [Theory]
    [InlineData("11,4 mld euro", 11_400_000_000, "EUR")]
    [InlineData("2,1 mlrd EUR", 2_100_000_000, "EUR")]
    [InlineData("$1 млрд", 1_000_000_000, "USD")]
    [InlineData("$560 млн", 560_000_000, "USD")]
    public void Extract_TheShortScaleWordsOfPolishCroatianAndRussian_AreRead(string written, long value, string code)
        => Extract($"In 2023 Polish exports to Ukraine came to {written}.", "POL", 2024, 3, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, code));
    [Theory]
    [InlineData("51,7 mld zł", 51_700_000_000)]
    [InlineData("230 billion zł", 230_000_000_000)]
    public void Extract_ZlotysWrittenZl_ArePolishZlotys(string written, long value)
        => Extract($"In 2023 Polish exports to Ukraine reached {written}.", "POL", 2024, 3, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, "PLN"));
    [Theory]
    [InlineData("N$486 667 122", 486_667_122, "NAD")]
    [InlineData("N$486 667 122.", 486_667_122, "NAD")]
    [InlineData("US$1 250 000 000", 1_250_000_000, "USD")]
    public void Extract_AWholeAmountGroupedBySpacesAfterASign_IsRead(string written, long value, string code)
        => Extract($"In 2021 Namibia exported goods worth {written} to Angola", "NAM", 2022, 7, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, code));
    [Fact]
    public void Extract_ASignBeforeOneGroupOfThousands_IsNotReadAsAWholeAmount()
        => Extract("In 2021 Namibia exported goods worth N$486 667 to Angola", "NAM", 2022, 7, 1)
            .Figures.Should().NotContain(f => f.Amount.Value == 486_667m);
    [Theory]
    [InlineData("Botswana sent Zambia goods", TradeFlow.Imports)]
    [InlineData("Zambia sent Botswana goods", TradeFlow.Exports)]
    [InlineData("Zambia sent Botswana products", TradeFlow.Exports)]
    public void Extract_GoodsOneCountrySentAnother_AreThatFlow(string sent, TradeFlow expected)
        => Extract($"In 2017 {sent} worth US$30 million.", "ZMB", 2018, 6, 30)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "BWA" && f.Flow == expected);
    [Theory]
    [InlineData("five times more than ten years earlier", 5.0)]
    [InlineData("five times more than in 2012", 5.0)]
    [InlineData("five times more than a decade ago", 5.0)]
    [InlineData("20% more than ten years ago", 1.2)]
    public void Extract_AMultipleOrChangeAgainstYearsBefore_RunsFromThatYear(string change, double ratio)
        => Extract($"Serbia's trade with Hungary amounted to 3.6 billion euros last year, {change}.", "SRB", 2023, 6, 20)
            .Statements.Should().ContainSingle().Which.Should().Match<StatementCandidate>(s =>
                s.Period.ToString() == "2022" && s.ReferencePeriod.ToString() == "2012" && s.Ratio == ratio);
    [Fact]
    public void Extract_TheYearOfAYear_IsThatYear()
        => Extract("According to the ambassador, the pandemic year of 2020 saw two-way trade with Vietnam of $5.32 billion. The total rose to $9.53 billion in 2021.", "KHM", 2024, 3, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2020", 5.32e9m), ("2021", 9.53e9m));
    [Fact]
    public void Extract_AnAmountBesideAShareOfGdp_IsALevel()
        => Extract("Trade between Portugal and Spain has climbed from 17,600 million euros in 2000, roughly 14% of GDP, to an all-time high of 55,500 million euros last year.", "PRT", 2023, 6, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2000", 17.6e9m), ("2022", 55.5e9m));
    [Fact]
    public void Extract_GdpItself_IsNoTradeLevel()
        => Extract("Portugal's GDP reached 242,000 million euros last year, and trade with Spain grew.", "PRT", 2023, 6, 1)
            .Figures.Should().BeEmpty();
    [Fact]
    public void Extract_GoodsBroughtInFromAPartner_AreTheReportersImports()
        => Extract("In 2021 goods brought in from Angola amounted to N$158 040 953.", "NAM", 2022, 7, 1)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "AGO" && f.Flow == TradeFlow.Imports);
    [Theory]
    [InlineData("17.8 billion leks")]
    [InlineData("17.8 billion lek")]
    [InlineData("17.8 billion lekë")]
    public void Extract_Leks_AreAlbanianLeks(string written)
        => Extract($"Albania imported goods from Greece worth {written} in 2020.", "ALB", 2021, 6, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal((17.8e9m, "ALL"));

    [Theory]
    [InlineData("Exports of Chinese goods to Russia", TradeFlow.Imports)]
    [InlineData("Imports of Russian products by China", TradeFlow.Exports)]
    [InlineData("Imports of Chinese goods", TradeFlow.Imports)]
    [InlineData("Exports of Russian goods to China", TradeFlow.Exports)]
    public void Extract_GoodsNamedByWhereTheyWereMade_GoTheWayTheirMakerSends(string flow, TradeFlow expected)
        => Extract($"{flow} reached $28.9 billion in 2020.", "RUS", 2021, 7, 13)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "CHN" && f.Flow == expected);

    [Theory]
    [InlineData("we went to")]
    [InlineData("it went to")]
    public void Extract_ASeriesThatGoesOnWithoutTradeWords_ContinuesTheTradeBefore(string went)
        => Extract($"Trade between Morocco and Côte d'Ivoire is growing. From 80 million dollars in 2010, {went} 120 million in 2014.", "MAR", 2016, 3, 29)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2010", 80e6m), ("2014", 120e6m));

    [Theory]
    [InlineData("of the ten-month figure")]
    [InlineData("of the ten-month total")]
    [InlineData("in the ten months")]
    public void Extract_APartPointedBackToByItsLength_IsThePartNamedBefore(string backReference)
        => Extract($"Trade between Vietnam and Japan reached US$8.14 billion in the first ten months of this year. The total was US$8.16 billion last year. Vietnam's exports to Japan accounted for $4.62 billion {backReference}.", "VNM", 2006, 11, 15)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Contain(("2006-01/2006-10", 4.62e9m));

    [Theory]
    [InlineData("78 Milliarden Euro", 78e9, "EUR")]
    [InlineData("4 Mrd Euro", 4e9, "EUR")]
    [InlineData("529,1 Mio USD", 529.1e6, "USD")]
    [InlineData("1.234 Millionen Euro", 1.234e9, "EUR")]
    [InlineData("50,7 mil milhões de dólares", 50.7e9, "USD")]
    public void Extract_GermanAndPortugueseScaleWords_AreRead(string written, double value, string currency)
        => Extract($"Trade with Poland reached {written} in 2013.", "DEU", 2014, 8, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, currency));

    [Fact]
    public void Extract_AnAmountWithADecimalCommaBeforeItsPassiveVerb_TakesThatVerbsFlow()
        => Extract("Exports to Poland were 42,3 billion euros in 2013, and goods worth 35,8 billion euros were bought from Poland.", "DEU", 2014, 8, 1)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Exports, 42.3e9m), (TradeFlow.Imports, 35.8e9m));

    [Theory]
    [InlineData("25 billion meticais", "MZN")]
    [InlineData("25 mil milhões de meticais", "MZN")]
    [InlineData("25 billion metical", "MZN")]
    [InlineData("25 billion kwanzas", "AOA")]
    [InlineData("25 billion Angolan kwanzas", "AOA")]
    [InlineData("25 billion soles", "PEN")]
    [InlineData("25 billion Peruvian soles", "PEN")]
    [InlineData("25 billion guaraníes", "PYG")]
    [InlineData("25 billion quetzales", "GTQ")]
    [InlineData("25 billion pula", "BWP")]
    [InlineData("25 billion pa'anga", "TOP")]
    [InlineData("25 billion colones", "CRC")]
    [InlineData("25 billion Bhutanese ngultrum", "BTN")]
    [InlineData("25 billion maloti", "LSL")]
    [InlineData("25 billion bolívares", "VES")]
    public void Extract_CurrencyUnitsWrittenWithoutTheirCode_AreTheirCurrency(string written, string code)
        => Extract($"In 2007 Mozambique imported {written} from South Africa.", "MOZ", 2009, 6, 1)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal((25e9m, code));

    // Every current national currency by its ISO 4217 name, written after an amount, reads as its code. Left out: the fund
    // codes and units of account (no trade is priced in them), the two names ISO gives two current codes ("Leone",
    // "Bolívar Soberano"), and the names ISO writes in a form people do not ("Peso Uruguayo", "Rial Omani", "Cordoba Oro",
    // "Peso Convertible", "CFA Franc BEAC", "Turkmenistan New Manat", "Netherlands Antillean Guilder", "Trinidad and Tobago
    // Dollar"), whose usual forms are read in the theory after this one.
    public static TheoryData<string, string> CurrentNationalCurrencies()
    {
        string[] notWrittenSo = ["BOV", "CLF", "COU", "MXV", "USN", "UYI", "UYW", "CHE", "CHW", "SLL", "VED", "UYU", "OMR", "NIO", "CUC", "XAF", "TMT", "ANG", "TTD"];
        var data = new TheoryData<string, string>();
        foreach (var (code, name, withdrawn) in CurrencyCatalog.Names())
        {
            if (!withdrawn && (code[0] != 'X' || code is "XOF" or "XCD" or "XPF") && !notWrittenSo.Contains(code))
            {
                data.Add(name, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CurrentNationalCurrencies))]
    public void Extract_EveryCurrentCurrencyByItsIsoName_IsThatCurrency(string name, string code)
        => Extract($"In 2023 exports to Brazil reached 25 billion {name}.", "ARG", 2024, 6, 1)
            .Figures.Select(f => f.Amount.Currency.Code).Should().Equal(code);

    [Theory]
    [InlineData("Uruguayan pesos", "UYU")]
    [InlineData("Omani rials", "OMR")]
    [InlineData("córdobas", "NIO")]
    [InlineData("Nicaraguan córdobas", "NIO")]
    [InlineData("Turkmen manats", "TMT")]
    [InlineData("convertible marks", "BAM")]
    public void Extract_CurrenciesIsoNamesOtherwise_AreReadAsPeopleWriteThem(string written, string code)
        => Extract($"In 2023 exports to Brazil reached 25 billion {written}.", "ARG", 2024, 6, 1)
            .Figures.Select(f => f.Amount.Currency.Code).Should().Equal(code);

    [Fact]
    public void Extract_AVerbThatStartsLikeACurrencyUnit_LeavesItsSubjectACountry()
        => Extract("In May, Russia sold $11.3 billion worth of goods to China and China sold $9.2 billion worth to Russia.", "CHN", 2023, 6, 7)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Imports, 11.3e9m), (TradeFlow.Exports, 9.2e9m));

    [Theory]
    [InlineData("shrank by")]
    [InlineData("contracted by")]
    [InlineData("expanded by")]
    [InlineData("widened by")]
    [InlineData("edged up by")]
    [InlineData("plunged by")]
    public void Extract_AnAmountAChangeWasBy_IsNoLevel(string change)
        => Extract($"In January-February 2019 Tajik exports to Uzbekistan reached $15.67 million; imports {change} $3 million.", "TJK", 2019, 3, 20)
            .Figures.Select(f => f.Amount.Value).Should().Equal(15.67e6m);

    [Fact]
    public void Extract_AnAmountWrittenAsEachOnes_IsTheLevelOfEveryPartnerNamedBeforeItInItsClause()
    {
        var result = Extract("Finland's trade with Estonia reached 2.5 billion euros in 2004, while its trade with Latvia and with Lithuania came to 400 million euros each.", "FIN", 2005, 6, 1);
        result.Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().BeEquivalentTo([("EST", 2.5e9m), ("LVA", 400e6m), ("LTU", 400e6m)]);
        result.RepeatedFigures.Should().BeEmpty("Estonia, named before the amount before, does not share the 400 million");
    }

    [Theory]
    [InlineData("4,3 Md€", 4.3e9)]
    [InlineData("4,3 Md EUR", 4.3e9)]
    [InlineData("5 Mds EUR", 5e9)]
    [InlineData("450 M€", 450e6)]
    [InlineData("450 millions €", 450e6)]
    public void Extract_FrenchAbbreviatedScales_AreRead(string written, double value)
        => Extract($"French exports to Canada reached {written} in 2022.", "FRA", 2023, 3, 7)
            .Figures.Select(f => (f.Amount.Value, f.Amount.Currency.Code)).Should().Equal(((decimal)value, "EUR"));

    [Theory]
    [InlineData("Exports to the U.S. in December last year came to 11.29 billion dollars.")]
    [InlineData("In December of last year exports to the U.S. came to 11.29 billion dollars.")]
    public void Extract_AMonthOfLastYear_IsThatMonth(string sentence)
        => Extract(sentence, "KOR", 2024, 1, 2)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2023-12");

    [Fact]
    public void Extract_ThisMonthName_IsThatMonthOfThePublicationsYear()
        => Extract("In April of last year, goods worth 1.836 million dollars had changed hands between Argentina and Brazil. This April the total was just 1.016 million dollars.", "ARG", 2020, 5, 10)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2019-04", 1.836e9m), ("2020-04", 1.016e9m));

    [Fact]
    public void Extract_ALevelAChangeIsFromWithItsPeriod_IsTheEarlierPeriodsAndNotCarriedOn()
    {
        var result = Extract("Argentina and Brazil traded goods worth US$ 2.1 billion in September, a fall of 19.5% from the US$ 2.66 billion recorded in September last year. Measured against August, bilateral trade was 16.6% lower.", "ARG", 2023, 10, 7);
        result.Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2023-09", 2.1e9m), ("2022-09", 2.66e9m));
        result.Statements.Select(s => (s.Period.ToString(), s.ReferencePeriod.ToString())).Should().Equal(("2023-09", "2022-09"), ("2023-09", "2023-08"));
    }

    [Fact]
    public void Extract_PartnersRankedWithAQualifiedAmountInParentheses_AreEachALevel()
        => Extract("Georgia's trade with Russia came to almost $2.5 bln in 2023. Next on the list came China (more than $1.6 billion), Azerbaijan (more than $1.5 billion) and Armenia (more than $1.1 billion).", "GEO", 2024, 1, 22)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("RUS", 2.5e9m), ("CHN", 1.6e9m), ("AZE", 1.5e9m), ("ARM", 1.1e9m));

    [Fact]
    public void Extract_MyanmarsFiscalYears_RunFromAprilToMarch()
        => Extract("The value of Myanmar's trade with China was some $10.8 billion in 2016-2017 and $10.9 billion in 2015-16.", "MMR", 2018, 1, 5)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2016-04/2017-03", 10.8e9m), ("2015-04/2016-03", 10.9e9m));

    [Theory]
    [InlineData("Earnings from the US in FY2014-15 were strong at $5.783 billion.")]
    [InlineData("Bangladesh earned $5.783 billion from the United States in FY2014-15.")]
    [InlineData("Export earnings from the US came to $5.783 billion in FY2014-15.")]
    public void Extract_WhatTheReporterEarnedFromAPartner_IsItsExports(string sentence)
        => Extract(sentence, "BGD", 2018, 5, 10)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Partner.Code == "USA" && f.Flow == TradeFlow.Exports && f.Period.ToString() == "2014-07/2015-06");

    [Theory]
    [InlineData("$25bn each of exports went to Kenya in 2020.")]
    [InlineData("25 billion dollars each of exports went to Kenya in 2020.")]
    public void Extract_AnAmountWrittenAsEachOnesAtTheStartOfTheText_IsRead(string text)
        => Extract(text, "TZA", 2021, 6, 1).Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("KEN", 25e9m));

    [Fact]
    public void Extract_AnAmountEachYear_IsNoAmountEachPartnerHad()
        => Extract("In 2020 exports to Kenya, and to Uganda, came to $25bn each year.", "TZA", 2021, 6, 1)
            .Figures.Select(f => f.Partner.Code).Should().NotContain("KEN");

    [Theory]
    [InlineData("in the medium and long term", "in the medium term")]
    [InlineData("over the medium to long term", "in the medium term")]
    [InlineData("in the short and medium term", "in the near future")]
    public void Extract_TwoVagueWindowsTogether_AreReadAsTheEarlierOne(string written, string window)
    {
        var deadline = Extract($"Trade with the US would reach the 100 billion dollar target {written}.", "TUR", 2025, 12, 14)
            .Goals.Should().ContainSingle().Which.Deadline;
        deadline.Should().NotBeNull();
        deadline!.Phrase.Should().Be(written);
        DeadlineReader.DefaultPhrase(deadline.Phrase).Should().Be(window);
    }

    [Theory]
    [InlineData("Two-way trade with Canada stood at $14.6 billion in 2023, up around 70 percent on the $8.6 billion of 2015.", "2023", "2015", 1.7)]
    [InlineData("Korea and Canada traded goods worth $2.2 billion in 2017, against $1.4 billion in 2010, growth of 51 percent over the period.", "2017", "2010", 1.51)]
    [InlineData("Exports to Canada reached $540 million in 2019, up 169 percent on the $201 million recorded in 2010.", "2019", "2010", 2.69)]
    public void Extract_AChangeAgainstALevelOfAnotherPeriodInTheSentence_RunsFromThatPeriod(string sentence, string period, string reference, double ratio)
        => Extract(sentence, "KOR", 2024, 3, 1)
            .Statements.Select(s => (s.Period.ToString(), s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal((period, reference, ratio));

    [Fact]
    public void Extract_TheSemester_PointsBackToTheHalfYearNamedBefore()
        => Extract("Uruguay's exports reached US$ 4,529 million in the first half of 2019. In June alone, exports totalled US$ 771 million. China was the main market for the semester, taking US$ 921 million.", "URY", 2019, 7, 10)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("CHN", "2019-H1"));

    [Theory]
    [InlineData("in early 2016")]
    [InlineData("in late 2016")]
    [InlineData("in mid-2016")]
    public void Extract_APartOfAYearNamedForAnEvent_IsNoPeriodTheNextSentenceGoesOnWith(string when)
        => Extract($"Somalia bought Sh10.71 billion worth of Kenyan goods in the first half of 2017. The stronger demand follows the dispute over miraa exports {when}. Exports to Uganda did not grow and came to Sh30 billion.", "KEN", 2017, 9, 10)
            .Figures.Select(f => (f.Partner.Code, f.Period.ToString())).Should().Equal(("SOM", "2017-H1"), ("UGA", "2017-H1"));

    [Theory]
    [InlineData("Exports to the United States came to 42 mil 518 millones de dólares in January 2024.", 42_518e6)]
    [InlineData("Exports to the United States came to 1 milyar 513 milyon dolar in January 2024.", 1_513e6)]
    [InlineData("Exports to the United States came to 5 milyar dolar in January 2024.", 5e9)]
    [InlineData("Exports to the United States came to 513 milyon dolar in January 2024.", 513e6)]
    [InlineData("Exports to the United States came to 2 mil millones de dólares in January 2024.", 2e9)]
    public void Extract_AThousandOfTheScaleWrittenAsAWord_IsReadWithTheRest(string sentence, double amount)
        => Extract(sentence, "MEX", 2024, 3, 1)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("USA", (decimal)amount));

    [Fact]
    public void Extract_TheLevelAgainstWhichALevelIsSetWrittenUsSpaceDollar_IsTheSameMonthAYearBefore()
        => Extract("In July 2022 exports to France came to US $43.074 million against US $40.427 million.", "PAK", 2022, 8, 20)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2022-07", 43.074e6m), ("2021-07", 40.427e6m));

    [Fact]
    public void Extract_UsSpaceDollar_IsTheUsDollarWhereDollarAloneIsAnother()
        => Extract("Exports to China came to US $5 billion in 2023.", "AUS", 2024, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Should().Be(Currency.Usd);

    [Theory]
    [InlineData("Trade between Uzbekistan and Turkmenistan has grown almost 5 times since 2017, reaching $900 million in 2021.", 5.0)]
    [InlineData("Trade between Uzbekistan and Turkmenistan has surged sevenfold since 2017, reaching $900 million in 2021.", 7.0)]
    [InlineData("Trade between Uzbekistan and Turkmenistan has risen 2.5 times since 2017, reaching $900 million in 2021.", 2.5)]
    public void Extract_AMultipleWithAPerfectVerb_IsAChangeFromTheYearNamed(string sentence, double ratio)
        => Extract(sentence, "UZB", 2022, 3, 1)
            .Statements.Select(s => (s.Period.ToString(), s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal(("2021", "2017", ratio));

    [Fact]
    public void Extract_AMultipleBeyondDoublingWithNoPeriodAtAll_IsNoChangeOnTheYearBefore()
        => Extract("Over three decades South Korea's exports to China have expanded more than 160 times.", "KOR", 2022, 8, 24)
            .Statements.Should().BeEmpty();

    [Theory]
    [InlineData("Germany's trade with China fell sharply in 2023, by 15.2% on the previous year.")]
    [InlineData("Germany's trade with China fell in 2023 by 15.2%.")]
    [InlineData("Germany's trade with China fell during 2023 by 15.2%.")]
    public void Extract_AChangeWithItsYearBetweenTheVerbAndItsSize_IsRead(string sentence)
        => Extract(sentence, "DEU", 2024, 3, 1)
            .Statements.Select(s => (s.Period.ToString(), s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal(("2023", "2022", 0.848));

    [Fact]
    public void Extract_AYearBetweenAVerbAndAnotherClausesSize_DoesNotJoinThem()
        => Extract("German exports to China grew by a quarter in 2003, and imports by 17 percent.", "DEU", 2004, 3, 1)
            .Statements.Where(s => s.Flow == TradeFlow.Exports).Select(s => s.Ratio).Should().Equal(1.25);

    [Fact]
    public void Extract_ALargerTargetWithItsWindowWrittenBeforeIt_TakesThatWindow()
        => Extract("The two presidents set the goal of bringing trade turnover with Azerbaijan to $500 million within a very short time and, in the longer perspective, to $1 billion.", "BLR", 2010, 5, 1)
            .Goals.Select(g => (g.Target!.Value.Value, DeadlineReader.DefaultPhrase(g.Deadline!.Phrase))).Should().Equal((500e6m, (string?)null), (1e9m, "in the long term"));

    [Fact]
    public void Extract_ASmallerLevelAfterATargetAndItsDeadline_IsNoTargetOfItsOwn()
        => Extract("Turkey wants to raise its exports to Iraq to 16 billion USD next year, after shipments in 2022 went beyond 12 billion USD.", "TUR", 2022, 12, 18)
            .Goals.Select(g => g.Target!.Value.Value).Should().Equal(16e9m);

    [Theory]
    [InlineData("Trade with Ukraine will reach $28 billion this year.", GoalKind.Forecast)]
    [InlineData("Trade with Ukraine should top $28 billion in 2007.", GoalKind.Forecast)]
    [InlineData("Russia aims to lift trade with Ukraine to $28 billion this year.", GoalKind.Target)]
    [InlineData("The plan is to lift trade with Ukraine to $28 billion by the end of 2007.", GoalKind.Target)]
    [InlineData("Trade with Ukraine will reach $28 billion in 2008.", GoalKind.Target)]
    public void Extract_ALevelForTheYearItIsSaidIn_IsAForecastUnlessNamedAGoal(string sentence, GoalKind kind)
        => Extract(sentence, "RUS", 2007, 4, 10)
            .Goals.Should().ContainSingle().Which.Kind.Should().Be(kind);

    [Fact]
    public void Extract_TwoGoalsOfOneSentence_AreEachTheKindTheirOwnWordsSay()
        => Extract("The leaders have set a target of $60 billion in trade with China by 2010, and the figure could possibly rise to $80 billion after that.", "RUS", 2007, 12, 11)
            .Goals.Select(g => (g.Target!.Value.Value, g.Kind)).Should().Equal((60e9m, GoalKind.Target), (80e9m, GoalKind.Forecast));

    [Fact]
    public void Extract_AnAmountNamedATargetAfterAForecastWord_IsATarget()
        => Extract("Analysts expect the two neighbours to reach the $10 billion target in trade with Vietnam by 2023.", "KHM", 2021, 6, 1)
            .Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Target);

    [Theory]
    [InlineData("over the long run", "in the long term")]
    [InlineData("in the long run", "in the long term")]
    [InlineData("in the short run", "in the near future")]
    [InlineData("in a short-term outlook", "in the near future")]
    [InlineData("in a medium-term perspective", "in the medium term")]
    [InlineData("before long", null)]
    [InlineData("at the earliest", null)]
    public void Extract_MoreVagueWindows_AreRead(string written, string? window)
    {
        var deadline = Extract($"Kazakhstan wants to lift trade with Turkey to $10 billion {written}.", "KAZ", 2021, 6, 1)
            .Goals.Should().ContainSingle().Which.Deadline;
        deadline.Should().NotBeNull();
        deadline!.Phrase.Should().Be(written);
        DeadlineReader.DefaultPhrase(deadline.Phrase).Should().Be(window);
    }

    [Theory]
    [InlineData("Moon said that he and his host were aiming for $100 billion in trade with South Korea by 2020.")]
    [InlineData("Moon said that the two sides were targeting $100 billion in trade with South Korea by 2020.")]
    public void Extract_AnAmountAfterWasOrWereAndAGoalWord_IsAGoalNotALevel(string sentence)
    {
        var result = Extract(sentence, "VNM", 2018, 3, 23);
        result.Figures.Should().BeEmpty();
        result.Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(100e9m);
    }

    [Theory]
    [InlineData("On the results of 2022, trade between Russia and China reached 172.406 billion dollars.", "2022")]
    [InlineData("On the results of the first eleven months of 2022, trade between Russia and China reached 172.406 billion dollars.", "2022-01/2022-11")]
    [InlineData("On the basis of 2022, trade between Russia and China reached 172.406 billion dollars.", "2022")]
    public void Extract_APeriodAfterTheResultsOrBasisOf_IsThePeriodOfTheLevel(string sentence, string period)
        => Extract(sentence, "CHN", 2022, 12, 7)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(period);

    [Theory]
    [InlineData("The ministry forecasts that turnover with Turkey will reach $60 billion for the year as a whole.", "for the year as a whole")]
    [InlineData("The government projects that Russia could close the year with exports of $60 billion to Turkey.", "close the year")]
    [InlineData("By the end of the year trade with Turkey should come to around $60 billion, the ambassador said.", "By the end of the year")]
    public void Extract_AForecastForTheYearUnderWay_HasThatYearAsItsDeadline(string sentence, string phrase)
    {
        var goal = Extract(sentence, "RUS", 2022, 10, 21).Goals.Should().ContainSingle().Which;
        goal.Kind.Should().Be(GoalKind.Forecast);
        goal.Deadline!.Phrase.Should().Be(phrase);
        goal.Deadline.Deadline.ToString().Should().Be("2022");
    }

    [Theory]
    [InlineData("Measured by exports alone, the United States was the biggest buyer of German goods in 2016, with German exports there reaching 107 billion euros.")]
    [InlineData("China displaced the United States as the largest buyer of German goods in 2015, with the United States taking 80.5 billion euros.")]
    public void Extract_AParticipleAfterItsSubject_IsALevelNotAGoal(string sentence)
    {
        var result = Extract(sentence, "DEU", 2017, 2, 24);
        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("USA");
    }

    [Theory]
    [InlineData("The two presidents have tasked their governments with lifting trade turnover between Kyrgyzstan and Uzbekistan to $2 billion.", "KGZ", "UZB")]
    [InlineData("Among them is a roadmap for lifting trade turnover between Kazakhstan and Uzbekistan to $10 billion.", "KAZ", "UZB")]
    public void Extract_AParticipleAfterAPreposition_StillAnnouncesAGoal(string sentence, string reporter, string partner)
        => Extract(sentence, reporter, 2024, 5, 1)
            .Goals.Should().ContainSingle().Which.Partner.Code.Should().Be(partner);

    [Fact]
    public void Extract_AmountsAfterAReachAPastChangeArrivedAt_AreLevelsNotGoals()
    {
        var result = Extract("In 2021 French exports to Tunisia grew by 34% to reach 1.3 billion euros, and French imports from Tunisia went up by 15.6% to 1.7 billion euros.", "FRA", 2022, 6, 1);
        result.Goals.Should().BeEmpty();
        result.Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Exports, 1.3e9m), (TradeFlow.Imports, 1.7e9m));
    }

    [Fact]
    public void Extract_ALevelAChangeSurpassed_IsALevelNotAGoal()
        => Extract("Trade between Turkey and Uzbekistan increased by nearly 72 percent in 2021 to surpass $3.6 billion.", "TUR", 2022, 3, 29)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(3.6e9m);

    [Fact]
    public void Extract_ASentenceOpeningWithTaking_TellsALevelNotAGoal()
    {
        var result = Extract("Taking the changes in exports and imports together, trade between Mexico and the United States rose 6.5 percent in January to $74.1 billion.", "MEX", 2026, 3, 6);
        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(74.1e9m);
    }

    [Fact]
    public void Extract_ASecondTargetWithAFlowOfItsOwn_IsAGoalOfThatFlow()
        => Extract("Brazil's exports to Argentina are expected to reach $25 billion in 2023, while imports from Argentina should come to $17 billion.", "BRA", 2023, 7, 1)
            .Goals.Select(g => (g.Flow, g.Target!.Value.Value)).Should().Equal((TradeFlow.Exports, 25e9m), (TradeFlow.Imports, 17e9m));

    [Theory]
    [InlineData("Kenya's purchases from Tanzania are on course to top $200 million in 2021, for the first time.")]
    [InlineData("Kenya's purchases from Tanzania are on track to top $200 million in 2021, for the first time.")]
    public void Extract_OnCourseOrOnTrackTo_IsAForecast(string sentence)
    {
        var result = Extract(sentence, "KEN", 2021, 11, 18);
        result.Figures.Should().BeEmpty();
        var goal = result.Goals.Should().ContainSingle().Which;
        (goal.Kind, goal.Flow, goal.Target!.Value.Value, goal.Deadline!.Deadline.ToString()).Should().Be((GoalKind.Forecast, TradeFlow.Imports, 200e6m, "2021"));
    }

    [Theory]
    [InlineData("in the four quarters to the end of Q2 2023", "2022-07/2023-06")]
    [InlineData("over the four quarters to end-Q2 2023", "2022-07/2023-06")]
    [InlineData("in the four quarters to the end of the third quarter of 2023", "2022-10/2023-09")]
    [InlineData("in the four quarters to the end of Q4 2022", "2022")]
    public void Extract_FourQuartersToAQuarter_IsTheTwelveMonthsEndingWithIt(string written, string period)
        => Extract($"Trade between the UK and Ghana reached £2.1 billion {written}.", "GBR", 2024, 1, 10)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(period);

    [Fact]
    public void Extract_ARegionAsAnItemOfAList_KeepsItsAmountFromTheNextCountry()
        => Extract("In the first five months of 2018 China was Vietnam's largest supplier, with US$24.2 billion. The Republic of Korea came second at US$18.7 billion, followed by ASEAN with US$12.5 billion and Japan with US$7.2 billion.", "VNM", 2018, 6, 20)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("CHN", 24.2e9m), ("KOR", 18.7e9m), ("JPN", 7.2e9m));

    [Theory]
    [InlineData("South Africa with $101 million", "ZAF")]
    [InlineData("the United States of America with $101 million", "USA")]
    public void Extract_ACountryWhoseNameHoldsARegion_IsStillAnItemOfAList(string item, string partner)
        => Extract($"In 2023 Egypt's largest suppliers were China with $900 million and {item}.", "EGY", 2024, 3, 1)
            .Figures.Select(f => f.Partner.Code).Should().Equal("CHN", partner);

    [Theory]
    [InlineData("USD50 miliar", 50e9, "USD")]
    [InlineData("Rp715 triliun", 715e12, "IDR")]
    [InlineData("RM300 juta", 300e6, "MYR")]
    public void Extract_IndonesianAndMalayScaleWords_AreRead(string written, double value, string currency)
    {
        var figure = Extract($"Last year total bilateral trade between Indonesia and the United States came to {written}.", "IDN", 2019, 8, 20)
            .Figures.Should().ContainSingle().Which;
        figure.Amount.Value.Should().Be((decimal)value);
        figure.Amount.Currency.Code.Should().Be(currency);
    }

    [Theory]
    [InlineData("in the first nine months of FY23")]
    [InlineData("in the first nine months of FY 2023")]
    [InlineData("in the first nine months of the 2022-23 fiscal year")]
    public void Extract_MonthsOfAFiscalYearNamedByItsEndOrAfterItsYears_AreCountedFromItsFirstMonth(string written)
        => Extract($"Trade between India and Israel reached USD 8.09 billion {written}.", "IND", 2023, 5, 11)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2022-04/2022-12");

    [Theory]
    [InlineData("has risen fivefold in recent years")]
    [InlineData("has doubled over the past few years")]
    [InlineData("has grown 40% over the last decade")]
    public void Extract_AChangeOverYearsTheTextDoesNotName_IsNoChangeOnTheYearBefore(string change)
    {
        var result = Extract($"Trade between Turkmenistan and Uzbekistan {change} and reached 902 million dollars last year.", "UZB", 2022, 7, 15);
        result.Statements.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2021");
    }

    [Theory]
    [InlineData("two and a half billion euros", 2.5e9, "EUR")]
    [InlineData("one and a half billion dollars", 1.5e9, "USD")]
    [InlineData("three and a half million dollars", 3.5e6, "USD")]
    public void Extract_AmountsInWordsWithAHalf_AreRead(string written, double value, string currency)
    {
        var figure = Extract($"In 2019 trade turnover between Hungary and Slovenia hit an all-time high of {written}.", "HUN", 2021, 3, 1)
            .Figures.Should().ContainSingle().Which;
        figure.Amount.Value.Should().Be((decimal)value);
        figure.Amount.Currency.Code.Should().Be(currency);
    }

    [Theory]
    [InlineData("rose from R205bn in 2012 to R270bn by the end of 2013", 270e9, "2013")]
    [InlineData("jumped from R13bn in 2010 to R39bn by 2016", 39e9, "2016")]
    public void Extract_ThePeriodAPastRiseEndsByIsTheLaterLevels(string change, double value, string period)
        => Extract($"Two-way trade between South Africa and China {change}, he said.", "ZAF", 2017, 3, 1)
            .Figures.Should().ContainSingle(f => f.Amount.Value == (decimal)value).Which.Period.ToString().Should().Be(period);

    [Fact]
    public void Extract_AFutureRiseByAPastYear_IsNoLevelOfThatYear()
        => Extract("Two-way trade between South Africa and China is to rise from R205bn in 2012 to R270bn by 2016, he said.", "ZAF", 2017, 3, 1)
            .Figures.Should().NotContain(f => f.Amount.Value == 270e9m && f.Period.ToString() == "2016");

    [Theory]
    [InlineData("Israel-India trade to touch $10 bn\n\nTrade between Israel and India will rise to USD 10 billion this year, the ambassador expects.")]
    [InlineData("Trade between Israel and India is expected to reach USD 10 billion in 2025.\n\nThe ambassador said trade between Israel and India will rise to USD 10 billion by 2025.")]
    public void Extract_OneGoalStatedTwice_IsAForecastWhenOnlyAForecastWordNamesItsKind(string text)
        => Extract(text, "ISR", 2023, 5, 11).Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Forecast);

    [Fact]
    public void Extract_OneGoalStatedTwice_IsATargetWhenAGoalWordNamesItsKind()
        => Extract("Trade between Israel and India is expected to reach USD 10 billion in 2025. The two governments set a target of USD 10 billion in trade by 2025.", "ISR", 2023, 5, 11)
            .Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Target);

    [Theory]
    [InlineData("Mongolia and China have reaffirmed their commitment to lifting bilateral trade to $20 billion. Trade between Mongolia and China is expected to reach $20 billion by 2030.")]
    [InlineData("Mongolia and China could make efforts to bring bilateral trade to $20 billion by 2030.")]
    [InlineData("Mongolia and China could work together to lift bilateral trade to $20 billion by 2030.")]
    public void Extract_ACommitmentOrEffortsToReachALevel_AreATarget(string sentence)
        => Extract(sentence, "MNG", 2026, 1, 11).Goals.Should().ContainSingle().Which.Kind.Should().Be(GoalKind.Target);

    [Theory]
    [InlineData("by the year 2020", "2020")]
    [InlineData("before the 2014 deadline the two sides agreed on", "2014")]
    [InlineData("by July 2015", "2015")]
    [InlineData("by the end of December 2016", "2016")]
    public void Extract_DeadlinesWrittenWithAYearOrAMonth_AreRead(string deadline, string year)
        => Extract($"The two countries aim to lift bilateral trade between New Zealand and China to NZ$20 billion {deadline}.", "NZL", 2012, 3, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(year);

    [Fact]
    public void Extract_ALevelReachedByAMonthAlreadyOver_IsAFigure()
    {
        var result = Extract("Trade between Mexico and Canada reached USD$4.2 billion by the end of February 2010.", "MEX", 2010, 4, 15);
        result.Goals.Should().BeEmpty();
        result.Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(4.2e9m);
    }

    [Theory]
    [InlineData("mil 640 millones de euros", 1640e6, "EUR")]
    [InlineData("16 mil 500 millones de dólares", 16500e6, "USD")]
    [InlineData("siete mil 736 millones de dólares", 7736e6, "USD")]
    [InlineData("tres mil 299 millones de dólares", 3299e6, "USD")]
    public void Extract_ThousandsOfMillionsAsTheMexicanPressWritesThem_AreOneAmount(string written, double value, string currency)
    {
        var figure = Extract($"In 2016 trade between Mexico and Spain reached {written}.", "MEX", 2017, 3, 1)
            .Figures.Should().ContainSingle().Which;
        figure.Amount.Value.Should().Be((decimal)value);
        figure.Amount.Currency.Code.Should().Be(currency);
    }

    [Theory]
    [InlineData("in the three months to 31 March 2016", "2016-Q1")]
    [InlineData("in the year to 20 March 2016", "2015-04/2016-03")]
    [InlineData("in the year to March 20, 2016", "2015-04/2016-03")]
    [InlineData("in the 12 months to 31st March", "2015-04/2016-03")]
    public void Extract_AMonthAPeriodRunsToWrittenWithItsDay_EndsThePeriod(string period, string expected)
        => Extract($"Zimstat data put Zimbabwe's imports from South Africa at $476.1m {period}.", "ZWE", 2016, 9, 10)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(expected);

    [Theory]
    [InlineData("were cut from 916 to 680 M€ (-25,7% year on year)", 916e6, 680e6)]
    [InlineData("fell from $916 to $680 million, down 25.7%", 916e6, 680e6)]
    [InlineData("rose from 322 to 385 million euros (+19.6%)", 322e6, 385e6)]
    public void Extract_AChangeFromOneLevelToAnotherWithItsUnitWrittenOnce_IsTwoLevelsAYearApart(string change, double earlier, double later)
    {
        var figures = Extract($"In the first half of 2018, French exports to Egypt {change}.", "FRA", 2018, 9, 1).Figures;
        figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().BeEquivalentTo(new[] { ("2017-H1", (decimal)earlier), ("2018-H1", (decimal)later) });
    }

    [Fact]
    public void Extract_ARangeFromOneAmountToAnother_IsStillOneRange()
        => Extract("In 2018 French exports to Egypt ranged from 916 to 980 million euros.", "FRA", 2019, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(916e6m);

    [Theory]
    [InlineData("(-25.7% year on year)", 0.743)]
    [InlineData("(+25.7% y/y)", 1.257)]
    [InlineData("(-25,7% year-on-year)", 0.743)]
    public void Extract_ASignedPercentageInParenthesesSaidToBeYearOnYear_IsAChange(string change, double ratio)
        => Extract($"In the first half of 2018, French exports to Egypt came to 680 M€ {change}.", "FRA", 2018, 9, 1)
            .Statements.Should().ContainSingle().Which.Ratio.Should().BeApproximately(ratio, 1e-9);

    [Theory]
    [InlineData("9,6 Mrd. Euro", 9.6e9, "EUR")]
    [InlineData("250 Mio. Euro", 250e6, "EUR")]
    [InlineData("9,6 Mrd. Dollar", 9.6e9, "USD")]
    [InlineData("11,5 mld. zł", 11.5e9, "PLN")]
    public void Extract_AScaleAbbreviatedWithAFullStop_IsReadWithTheCurrencyAfterIt(string written, double value, string currency)
    {
        var figure = Extract($"In the first half of 2009, German exports to Russia shrank by 38.9% to {written} in all.", "DEU", 2009, 9, 9)
            .Figures.Should().ContainSingle().Which;
        figure.Amount.Value.Should().Be((decimal)value);
        figure.Amount.Currency.Code.Should().Be(currency);
    }

    [Fact]
    public void Extract_AnAbbreviatedScaleThatEndsASentence_StillEndsIt()
        => Extract("In the first half of 2009, German exports to Russia came to EUR 9,6 Mrd. Exports to China rose 5% to EUR 16 Mrd.", "DEU", 2009, 9, 9)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("RUS", 9.6e9m), ("CHN", 16e9m));

    [Fact]
    public void Extract_TradeWithACountedBlocsMembers_IsNoTradeWithTheLastCountryNamed()
        => Extract("Exports to the United States fell 5% to 20 Mrd. Euro in 2007. In the first quarter of 2008, shipments to the 27 EU member states went up 3,8 Prozent to 163,3 Mrd. Euro.", "DEU", 2008, 5, 1)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(20e9m);

    [Fact]
    public void Extract_AMonthNamedForTheLevelAChangeIsMeasuredOn_IsNotTheMonthTheNextSentenceGoesOnWith()
    {
        var figures = Extract("Shipments to the US reached $1.13 billion in January. That was a jump of 23.5 percent on the $912.8 million sent in January last year. Imports from the US came to $690.8 million.", "PHL", 2025, 2, 28).Figures;
        figures.Should().ContainSingle(f => f.Amount.Value == 690.8e6m).Which.Period.ToString().Should().Be("2025-01");
    }

    [Theory]
    [InlineData("2.5 times the previous year's level")]
    [InlineData("up from $6 billion compared with last year")]
    public void Extract_ALevelComparedWithLastYear_KeepsThePeriodTheArticleSpeaksOf(string comparison)
        => Extract($"Armenia's foreign trade turnover for the first half of 2024 was $18.4 billion. Trade with Russia rose to $8.4 billion, {comparison}.", "ARM", 2024, 8, 20)
            .Figures.Should().ContainSingle(f => f.Amount.Value == 8.4e9m).Which.Period.ToString().Should().Be("2024-H1");

    [Theory]
    [InlineData("in the fiscal year ending in March of this year")]
    [InlineData("in the year ended in March")]
    public void Extract_AYearEndingInAMonth_IsTheTwelveMonthsToIt(string period)
        => Extract($"Indian exports to Bangladesh {period} reached 6.8 billion US dollars.", "IND", 2017, 10, 24)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2016-04/2017-03");

    [Theory]
    [InlineData("Imports from the UK into Ghana", "exports")]
    [InlineData("Shipments from Ghana to the UK", "imports")]
    public void Extract_GoodsWrittenAsGoingFromOneOfThePairIntoTheOther_TakeTheirFlowFromTheDirection(string subject, string flow)
        => Extract($"{subject} rose by 21 percent in 2012 to £516 million.", "GBR", 2013, 5, 1)
            .Figures.Should().ContainSingle().Which.Flow.ToString().Should().BeEquivalentTo(flow);

    [Theory]
    [InlineData("U.S. $290 million")]
    [InlineData("U.S. 290 million dollars")]
    public void Extract_TheDollarWrittenWithTheUsInitials_NamesNoPartner(string amount)
        => Extract($"Trade between China and Saudi Arabia was {amount} in 1990.", "CHN", 1998, 5, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("SAU");

    [Fact]
    public void Extract_BeforeTheEndOfTheYear_IsTheYearUnderWay()
        => Extract("Iraq agreed with Syria to lift its imports from Syria to $1.5 billion before the end of the year.", "IRQ", 2001, 3, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be("2001");

    [Theory]
    [InlineData("In the four quarters to the end of September 2022")]
    [InlineData("In the four quarters to September 2022")]
    public void Extract_FourQuartersToAMonth_AreTheTwelveMonthsToIt(string period)
        => Extract($"{period}, UK exports of goods and services to Germany came to £54.6bn.", "GBR", 2023, 4, 20)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2021-10/2022-09");

    [Theory]
    [InlineData("Bilateral trade over five years (all values in US$ millions):", "USD", 74.79e6)]
    [InlineData("Bilateral trade, in million dollars (source: DGCIS):", "USD", 74.79e6)]
    [InlineData("Bilateral trade (figures in IRs crores):", "INR", 74.79e7)]
    [InlineData("In US dollar millions, the table reads as follows.", "USD", 74.79e6)]
    [InlineData("Bilateral trade (in euro millions):", "EUR", 74.79e6)]
    public void Extract_BareNumbersUnderAUnitStatedOnce_AreAmountsInIt(string statement, string currency, double first)
    {
        var figures = Extract($"{statement}\nIndia's exports to Trinidad and Tobago were 74.79 in 2020-21 and 93.27 in 2021-22.", "IND", 2024, 10, 1).Figures;
        figures.Select(f => f.Period.ToString()).Should().Equal("2020-04/2021-03", "2021-04/2022-03");
        figures[0].Amount.Value.Should().Be((decimal)first);
        figures[0].Amount.Currency.Code.Should().Be(currency);
    }

    [Fact]
    public void Extract_BareNumbersWithNoUnitStated_AreNoAmounts()
        => Extract("India's exports to Trinidad and Tobago were 74.79 in 2020-21 and 93.27 in 2021-22.", "IND", 2024, 10, 1)
            .Figures.Should().BeEmpty();

    [Fact]
    public void Extract_AUnitStatedOnce_HoldsOnlyForTheFewSentencesAfterIt()
    {
        var filler = string.Concat(Enumerable.Repeat("The two countries share a long history. ", 8));
        Extract($"Bilateral trade (all values in US$ millions) is set out below. {filler}India's exports to Trinidad and Tobago were 74.79 in 2020-21.", "IND", 2024, 10, 1)
            .Figures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("JPN", "Japan's exports to China came to 7.27 trillion yen in fiscal 2016.", "2016-04/2017-03")]
    [InlineData("JPN", "Japan's exports to China came to 7.27 trillion yen in the first half of fiscal 2017.", "2017-04/2017-09")]
    [InlineData("IND", "India's exports to China came to $7.27 billion in fiscal 2017.", "2016-04/2017-03")]
    [InlineData("IND", "India's exports to China came to $7.27 billion in the first half of FY2017.", "2016-04/2016-09")]
    public void Extract_AFiscalYearNamedByOneYear_IsNamedAsTheCountryNamesIt(string reporter, string sentence, string period)
        => Extract(sentence, reporter, 2017, 10, 19).Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(period);

    [Theory]
    [InlineData("the highest on record for a first half")]
    [InlineData("more than in any second quarter before")]
    public void Extract_AnyFirstHalfOrQuarter_IsNoPeriod(string words)
        => Extract($"Japan had a goods trade surplus in the first half of the fiscal year. Japan's exports to China grew 21.7 percent to 7.27 trillion yen, {words}.", "JPN", 2017, 10, 19)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2017-04/2017-09");
    [Theory]
    [InlineData("Imports from Botswana fell from N$982 million to N$754 million in 2021.", "2020", "2021")]
    [InlineData("Namibia's sales to Botswana went from 3.2 million to 738 thousand euros in January-March this year.", "2021-Q1", "2022-Q1")]
    public void Extract_TheLevelAChangeStartedFrom_IsForTheLaterLevelsPeriodAYearBefore(string sentence, string first, string later)
        => Extract(sentence, "NAM", 2022, 5, 1).Figures.Select(f => f.Period.ToString()).Should().Equal(first, later);

    [Fact]
    public void Extract_TheLevelAGoalStartsFrom_IsNotPutAYearBeforeTheGoal()
    {
        var result = Extract("The two countries aim to increase trade between Namibia and Botswana from $31 billion to $100 billion in 2024.", "NAM", 2021, 5, 1);
        result.Figures.Should().BeEmpty("the text gives the level no period");
        result.UndatedFigures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(31e9m, new Currency("NAD")));
    }

    [Theory]
    [InlineData("In 2025 trade between Russia and China fell by 6,9 percent, from 244,8 billion dollars to 228,1 billion.", "2024", "2025")]
    [InlineData("In January-March, Russia's sales to China fell from 287 million euros to 224 million euros.", "2025-Q1", "2026-Q1")]
    public void Extract_TheFirstLevelOfAChangeAfterItsPeriod_IsForThatPeriodAYearBefore(string sentence, string first, string later)
        => Extract(sentence, "RUS", 2026, 5, 1).Figures.Select(f => f.Period.ToString()).Should().Equal(first, later);

    [Theory]
    [InlineData("Between 2018 and 2022, Senegal's")]
    [InlineData("Over the 2018-2022 period, Senegal's")]
    public void Extract_TheFirstLevelOfAChangeOverASpanOfYears_IsForItsFirstYear(string opening)
        => Extract($"{opening} exports to Morocco rose from 5,1 billion CFA francs to 11,3 billion CFA francs.", "SEN", 2023, 5, 1)
            .Figures.Should().Contain(f => f.Amount.Value == 5.1e9m).Which.Period.ToString().Should().Be("2018");

    [Fact]
    public void Extract_AChangeInParenthesesRestatingALevel_IsNotPutAYearBefore()
        => Extract("By 2014 trade between Cote d'Ivoire and Burkina Faso had reached about 290 billion CFA francs (from 250 million to more than 440 million euros).", "CIV", 2015, 5, 1)
            .Figures.Should().OnlyContain(f => f.Period.ToString() == "2014");
    [Theory]
    [InlineData("banned the import of hundreds of South African products in June last year")]
    [InlineData("signed a new customs agreement with South Africa in June last year")]
    public void Extract_TheTimeOfAStepTaken_IsNotThePeriodTheNextLevelsGoOnWith(string step)
        => Extract($"Between January and August Zimbabwe sold goods worth $1,4 billion to South Africa. The government {step}. Other major sources of imports over the period included Singapore ($780m) and China ($339m).", "ZWE", 2017, 9, 27)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2017-01/2017-08", "2017-01/2017-08", "2017-01/2017-08");
    [Theory]
    [InlineData("Trade between Russia and China returned to growth.")]
    [InlineData("Russia's trade with China returned to growth.")]
    public void Extract_TheTwoCountries_AreThePairLastNamedTogether(string opening)
        => Extract($"{opening} The expansion had slowed in 2024 amid the growth of bilateral trade and the threat of secondary sanctions from the United States. In 2023 trade between the two countries came to 240,1 billion dollars. In 2020 it was only 107,7 billion dollars.", "RUS", 2026, 3, 10)
            .Figures.Select(f => f.Partner.Code).Should().Equal("CHN", "CHN");
    [Fact]
    public void Extract_GoodsThatWentToACountry_AreTheReportersExports()
        => Extract("From January to May the largest value of Polish goods went to Germany (more than 170,5 mld zł), followed by the Czech Republic (39,2 mld zł) and France (38,6 mld zł).", "POL", 2025, 7, 20)
            .Figures.Select(f => (f.Partner.Code, f.Flow)).Should().Equal(("DEU", TradeFlow.Exports), ("CZE", TradeFlow.Exports), ("FRA", TradeFlow.Exports));
    [Theory]
    [InlineData("1962億ドル")]
    [InlineData("1962억 달러")]
    [InlineData("1962亿美元")]
    public void Extract_ANumberInEastAsianUnits_IsNoYear(string original)
        => Extract($"Korea's trade with the United States came to 196.2 billion dollars ({original}) in 2025.", "KOR", 2026, 2, 1)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2025");
    [Fact]
    public void Extract_AChangeBorneOutByRoundedLevels_RunsFromTheEarlierLevelsPeriod()
        => Extract("Türkiye's exports to Uzbekistan, 1,2 billion dollars in 2019, rose by 59,6% to 1,8 billion dollars in 2021.", "TUR", 2024, 3, 1)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.ToString().Should().Be("2019");
    [Theory]
    [InlineData("the fastest rate since 2005")]
    [InlineData("the sharpest rise since 2005")]
    public void Extract_TheFastestRateSinceAYear_IsNoReference(string words)
        => Extract($"Trade between Argentina and Chile grew 16.4 percent in 2017, {words}, reaching 3,476 million dollars.", "ARG", 2018, 3, 1)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.ToString().Should().Be("2016");
    [Fact]
    public void Extract_TradeWorthAnAmountByADeadline_IsAGoal()
        => Extract("South Korea and Vietnam have set their sights on two-way trade worth $70 billion by 2020.", "VNM", 2016, 10, 26)
            .Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(70e9m);

    [Fact]
    public void Extract_TradeNowWorthAnAmount_IsNoGoalsTarget()
        => Extract("India and Britain have agreed to aim for a doubling of their bilateral trade, now worth 8 billion pounds, by 2015.", "IND", 2010, 7, 30)
            .Goals.Should().NotContain(g => g.Target != null && g.Target.Value.Value == 8e9m);
    [Fact]
    public void Extract_ABillionsWithADotInAnArticleThatGroupsThousandsWithDots_IsNoTrillion()
        => Extract("Trade between Russia and Belarus shrank by 19,2% in January-September 2020, to 20.047 billion dollars.", "RUS", 2020, 11, 20)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(20.047e9m);

    [Theory]
    [InlineData("US$ 1,242 bilhão", 1.242e9)]
    [InlineData("US$ 1 milhão", 1e6)]
    public void Extract_PortugueseScaleInTheSingular_IsRead(string amount, double value)
        => Extract($"Portugal bought Brazilian goods worth {amount} in January-September 2007.", "BRA", 2007, 10, 30)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be((decimal)value);
    [Fact]
    public void Extract_AMultipleWithItsExactChangeInParentheses_TakesTheExactChange()
        => Extract("Ivorian purchases from Russia came to 302,5 milliards FCFA in 2023. Ivorian imports from Russia have therefore more than doubled since 2021 (+141%) and more than quadrupled since 2020 (+351%).", "CIV", 2024, 5, 1)
            .Statements.Select(s => (s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal(("2021", 2.41), ("2020", 4.51));
    [Fact]
    public void Extract_APartOfAFiscalYearInParentheses_IsThePeriodTheNextSentenceGoesOnWith()
        => Extract("In FY22 (April-December), bilateral trade between India and Saudi Arabia was worth USD 29.28 billion. Over that period India imported goods worth USD 22.65 billion from Saudi Arabia.", "IND", 2022, 9, 11)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2021-04/2021-12", "2021-04/2021-12");
    [Theory]
    [InlineData("Germany (up 6,3 per cent to 22,92 Mrd. Euro), Italy (up 10,4 per cent to 5,00 Mrd. Euro) and France (down 12,0 per cent to 3,39 Mrd. Euro)")]
    [InlineData("Germany (+6.3% to EUR 22.92 billion), Italy (+10.4% to EUR 5.00 billion) and France (-12% to EUR 3.39 billion)")]
    public void Extract_PartnersListedWithTheirChangeAndLevelInParentheses_EachHasItsOwn(string list)
        => Extract($"In the first half of 2018 Austria's three biggest export markets were {list}.", "AUT", 2018, 9, 7)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("DEU", 22.92e9m), ("ITA", 5e9m), ("FRA", 3.39e9m));

    [Theory]
    [InlineData("1.085 milyon dolar", 1.085e9)]
    [InlineData("2.503 milyon dolar", 2.503e9)]
    [InlineData("US$ 1.085 juta", 1.085e9)]
    public void Extract_TurkishAndIndonesianScales_GroupThousandsWithDots(string amount, double value)
        => Extract($"Exports to Germany came to 1 134 milyon dolar in September 2008, followed by the UAE ({amount}).", "TUR", 2008, 10, 15)
            .Figures.Should().Contain(f => f.Partner.Code == "ARE").Which.Amount.Value.Should().Be((decimal)value);

    [Theory]
    [InlineData("186,6 miliardi di euro", 186.6e9)]
    [InlineData("1.250 milioni di euro", 1.25e9)]
    [InlineData("4,2 miliarde de euro", 4.2e9)]
    [InlineData("350 milioane de euro", 350e6)]
    public void Extract_ItalianAndRomanianScalesBeforeTheCurrency_AreRead(string amount, double value)
        => Extract($"Trade between Germany and China came to {amount} in 2017.", "DEU", 2018, 2, 21)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)value, new Currency("EUR")));

    [Fact]
    public void Extract_SurplusesInThePlural_AreNoExports()
        => Extract("Germany exported goods worth 111.5 billion euros to the United States in 2017. Its largest export surpluses were with the United States (50.5 billion euros) and France (41.0 billion euros).", "DEU", 2018, 2, 21)
            .Figures.Should().ContainSingle().Which.Amount.Value.Should().Be(111.5e9m);

    [Fact]
    public void Extract_APartnerThatHadOvertakenAnotherInAYear_LeavesThatYearToTheEvent()
        => Extract("China was Germany's biggest trading partner in 2017. China had already overtaken the United States in 2016. The United States remained the largest buyer of German goods, taking 111.5 billion euros' worth.", "DEU", 2018, 2, 21)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2017");

    [Theory]
    [InlineData("plus 11,5 Prozent", 1.115)]
    [InlineData("minus 18,6 Prozent", 0.814)]
    [InlineData("plus 11,5 procent", 1.115)]
    [InlineData("+11,5 Prozent", 1.115)]
    public void Extract_APartnersChangeInForeignPercentWords_IsRead(string change, double ratio)
        => Extract($"On the import side the most important partner outside the EU in the first half of 2015 was China ({change}).", "AUT", 2015, 8, 20)
            .Statements.Should().ContainSingle().Which.Ratio.Should().BeApproximately(ratio, 1e-9);

    [Fact]
    public void Extract_ForeignPercentWords_AreQuotedAsWritten()
        => Extract("Exports to Russia were 20,2 Prozent higher in 2017 than in 2016.", "DEU", 2018, 2, 20)
            .Statements.Should().ContainSingle().Which.Quote.Text.Should().Contain("20,2 Prozent");

    [Fact]
    public void Extract_APartnerListedWithItsShareAndThenItsLevelInParentheses_HasItsLevel()
        => Extract("Uzbekistan currently trades with 137 countries. Its largest turnover in January was with China (27.2 percent, or $1.1 billion), followed by Russia (18.3 percent, or $766.7 million) and Kazakhstan (6.5 percent, or $271.2 million).", "UZB", 2024, 2, 24)
            .Figures.Select(f => (f.Partner.Code, f.Amount.Value)).Should().Equal(("CHN", 1.1e9m), ("RUS", 766.7e6m), ("KAZ", 271.2e6m));

    [Fact]
    public void Extract_ASentenceInWhichThePartnerBuys_LeavesTheReportersExportsToTheNext()
        => Extract("The United Kingdom was the largest destination in January-September 2018, taking 386.7 million dollars of Kyrgyz goods. The head of trade statistics explained that the UK buys gold. Russia came second with 230 million dollars.", "KGZ", 2018, 10, 20)
            .Figures.Should().Contain(f => f.Partner.Code == "RUS").Which.Flow.Should().Be(TradeFlow.Exports);

    [Theory]
    [InlineData("by the close of 2022", 2022)]
    [InlineData("over the whole of 2024", 2024)]
    [InlineData("for the whole year 2024", 2024)]
    [InlineData("in the second half of 2022", 2022)]
    [InlineData("by late March 2023", 2023)]
    public void Extract_ADeadlineWrittenAsPartOfAYear_IsThatYear(string deadline, int year)
        => Extract($"The minister said trade between Colombia and Venezuela could reach two billion dollars {deadline}.", "COL", 2022, 9, 1)
            .Goals.Should().ContainSingle().Which.Deadline!.Deadline.ToString().Should().Be(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Extract_TheSameCountedMonthsOfThePreviousYear_AreTheChangesReference()
        => Extract("Turkey's exports to Germany came to 11 billion 121 million dollars in January-July 2022. They were 12.4% higher than in the same seven months of the previous year. Next came the USA with 8 billion 485 million dollars.", "TUR", 2022, 8, 5)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.ToString().Should().Be("2021-01/2021-07");

    [Fact]
    public void Extract_ASentenceWhoseSubjectTheyComesAfterAnOpening_GoesOnWithTheTradeBefore()
        => Extract("Tunisian exports to the Libyan market fell by 22,5% in January and February 2011. Over the two months they were worth 115 millions de dinars.", "TUN", 2011, 3, 10)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(115e6m, new Currency("TND")));

    [Fact]
    public void Extract_AForecastOfTheReportersTotalWithTheWorld_IsNoGoalForThePair()
        => Extract("Mauritius sold goods worth Rs 10 billion to South Africa in 2018. Statistics Mauritius forecasts total exports of Rs 83 billion and total imports of Rs 212 billion for 2019.", "MUS", 2019, 3, 20)
            .Goals.Should().BeEmpty();

    [Fact]
    public void Extract_AGoalFromItsPresentLevel_TakesThatLevelAsTheBaselineNotAsATarget()
        => Extract("The forum reckons that trade between the United States and India is likely to climb from its present $143 billion to $238 billion by 2025.", "USA", 2019, 6, 1)
            .Goals.Should().ContainSingle().Which.Target!.Value.Value.Should().Be(238e9m);

    [Fact]
    public void Extract_TradeValuedAtAnAmount_IsALevel()
        => Extract("Imports from Côte d'Ivoire were valued at 496,6 milliards de FCFA in 2023.", "BFA", 2024, 6, 15)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(496.6e9m, new Currency("XOF")));

    [Fact]
    public void Extract_AContractValuedAtAnAmount_IsStillNoLevel()
        => Extract("Exports to Kenya rose in 2023, and a contract valued at $300 million was signed.", "UGA", 2024, 3, 1)
            .Figures.Should().BeEmpty();

    [Fact]
    public void Extract_TheCountedMonthsOfThisYear_AreTheFirstMonthsOfThePublicationYear()
        => Extract("Over the eight months of this year turnover with Kyrgyzstan increased by 21% and reached $1.4 billion.", "KAZ", 2025, 11, 14)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2025-01/2025-08");

    [Fact]
    public void Extract_AContinentalScaleWithoutItsCurrencyBeforeALevelWithOne_IsTheEarlierLevel()
        => Extract("Trade between Italy and Morocco grew by 8,1% in 2016 compared with the year before, rising from 2,26 miliardi to 2,45 miliardi di euro.", "ITA", 2017, 3, 27)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2015", 2.26e9m), ("2016", 2.45e9m));

    [Fact]
    public void Extract_ALanguageATextIsTranslatedFrom_IsNoPartner()
        => Extract("They expect trade to top US$ 150 million\n\n[Translated from Spanish]\n\nCommercial relations between Paraguay and Uruguay have boomed in recent years.", "URY", 2018, 3, 14)
            .Goals.Should().ContainSingle().Which.Partner.Code.Should().Be("PRY");

    [Theory]
    [InlineData("Exports to Libya were worth 149 MD in 2010.", "TUN", 149e6, "TND")]
    [InlineData("Exports to Libya reached 414,4 MDT in 2010.", "TUN", 414.4e6, "TND")]
    [InlineData("Trade with Spain rose to 132,7 MMDH in 2017.", "MAR", 132.7e9, "MAD")]
    [InlineData("Imports from Turkey came to 250 MDA in 2012.", "DZA", 250e6, "DZD")]
    public void Extract_AScaleFusedWithItsCurrency_IsReadAsBoth(string text, string reporter, double units, string currency)
        => Extract(text, reporter, 2018, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(currency)));

    [Fact]
    public void Extract_AFusedScaleRestatedInWords_KeepsThePeriodAfterTheRestatement()
        => Extract("The value of exports to Libya went from 414,4 MDT (414.4 million dinars) in the first five months of 2010 to 321,6 MDT in the same period of 2011.", "TUN", 2011, 6, 20)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2010-01/2010-05", 414.4e6m), ("2011-01/2011-05", 321.6e6m));

    [Fact]
    public void Extract_AFusedScaleAfterADecimalComma_IsNotReadFromTheDigitsAfterTheComma()
        => Extract("Exports to Libya include fats and oils (129,1 MD) and cement (101,3 MD), worth 892,7 MD in 2007 in all.", "TUN", 2008, 3, 1)
            .Figures.Should().NotContain(f => f.Amount.Value == 1e6m || f.Amount.Value == 3e6m);

    [Theory]
    [InlineData("French exports to Germany rose to 70,6 milliards d'euros in 2014.")]
    [InlineData("French exports to Germany rose to 70,6 milliards d’euros in 2014.")]
    public void Extract_ACurrencyAfterAnElidedDe_IsTheCurrency(string text)
        => Extract(text, "FRA", 2015, 4, 10)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(70.6e9m, Currency.Eur));

    [Theory]
    [InlineData("Imports from Turkey reached 1,196 milliard de dinars in 2011.", "TUN", 1.196e9, "TND")]
    [InlineData("Exports to China reached 36,457 bilhões de dólares in 2011.", "BRA", 36.457e9, "USD")]
    [InlineData("Exports to China reached 2,945 millones de dólares in 2011.", "ARG", 2.945e9, "USD")]
    public void Extract_ACommaBeforeAContinentalScale_IsDecimalSaveInSpanish(string text, string reporter, double units, string currency)
        => Extract(text, reporter, 2012, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(currency)));

    [Theory]
    [InlineData("AUT", "50 billion schillings", "ATS")]
    [InlineData("AUT", "42,5 Mrd. Schilling", "ATS")]
    [InlineData("DEU", "30 billion Deutsche Marks", "DEM")]
    [InlineData("DEU", "30 billion German marks", "DEM")]
    [InlineData("FRA", "20 billion French francs", "FRF")]
    [InlineData("ITA", "900 billion lire", "ITL")]
    [InlineData("ESP", "300,000 million pesetas", "ESP")]
    [InlineData("NLD", "8 billion guilders", "NLG")]
    [InlineData("GRC", "200 billion drachmas", "GRD")]
    [InlineData("FIN", "3 billion markkas", "FIM")]
    [InlineData("PRT", "90 billion escudos", "PTE")]
    public void Extract_ACurrencyTheEuroReplaced_IsReadByItsName(string reporter, string amount, string code)
        => Extract($"Exports to Hungary came to {amount} in 1998.", reporter, 1999, 3, 30)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(code);

    [Theory]
    [InlineData("Turkish exports to Iraq came to 900 billion lira in 2018.", "TUR", "TRY")]
    [InlineData("Swiss exports to France came to 20 billion francs in 2018.", "CHE", "CHF")]
    public void Extract_AUnitACurrencyTheEuroReplacedShares_IsStillTheCurrentCurrencys(string text, string reporter, string code)
        => Extract(text, reporter, 2019, 3, 30)
            .Figures.Should().ContainSingle().Which.Amount.Currency.Code.Should().Be(code);

    [Fact]
    public void Extract_MarksAsAVerb_LeaveTheCountryBeforeThemACountry()
        => Extract("Saudi Arabia marks its National Day on 23 September. The UAE's trade with Saudi Arabia rose to AED 135 billion in 2023.", "ARE", 2024, 9, 22)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("SAU");

    [Theory]
    [InlineData("Goods worth 14.5 billion euros went to Germany in January-October 2023.", 14.5e9, "EUR")]
    [InlineData("In January-October 2023 goods worth $818 million went to Germany.", 818e6, "USD")]
    public void Extract_GoodsWorthAnAmountThatWentToAPartner_AreTheReportersExports(string text, double units, string currency)
        => Extract(text, "TUR", 2023, 11, 10)
            .Figures.Should().ContainSingle().Which.Should().Match<FigureCandidate>(f => f.Flow == TradeFlow.Exports && f.Partner.Code == "DEU" && f.Amount == Amount.FromUnits((decimal)units, new Currency(currency)));

    [Theory]
    [InlineData("Trade between Morocco and Tunisia reached 1,96 milliard DH in 2006.", "MAR", 1.96e9, "MAD")]
    [InlineData("Exports to France reached 25,1 Mds DT in 2022.", "TUN", 25.1e9, "TND")]
    [InlineData("Imports from Turkey reached 4 milliards DA in 2012.", "DZA", 4e9, "DZD")]
    [InlineData("The UAE's trade with Saudi Arabia reached Dh135 billion in 2023.", "ARE", 135e9, "AED")]
    public void Extract_AMaghrebCurrencyAbbreviationAfterAScale_IsTheCurrency(string text, string reporter, double units, string currency)
        => Extract(text, reporter, 2024, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(currency)));

    [Theory]
    [InlineData("in the first third of this year", "2014-01/2014-04")]
    [InlineData("in the first third of 2014", "2014-01/2014-04")]
    [InlineData("in the first two-thirds of 2014", "2014-01/2014-08")]
    public void Extract_TheFirstThirdOfAYear_IsItsFirstFourMonths(string period, string expected)
        => Extract($"Jordan's exports to Saudi Arabia reached 215 million dinars {period}.", "JOR", 2014, 10, 23)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(expected);

    [Fact]
    public void Extract_PAsBotswanasSign_IsThePula()
        => Extract("Botswana's imports from South Africa came to P275 million in March 2017.", "BWA", 2017, 7, 7)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(275e6m, new Currency("BWP")));

    [Theory]
    [InlineData("Botswana's imports from South Africa came to P1, 89 billion in March 2017.", "BWA", 1.89e9, "BWP")]
    [InlineData("Sri Lanka's exports to the Maldives came to Rs. 3, 053 million in March 2017.", "LKA", 3.053e9, "LKR")]
    public void Extract_ACommaTypedWithASpaceAfterASign_IsADecimalCommaBeforeTwoDigitsAndGroupingBeforeThree(string text, string reporter, double units, string currency)
        => Extract(text, reporter, 2017, 7, 7)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(currency)));

    [Theory]
    [InlineData("India and Germany will work towards doubling the trade between them, the minister said.", "IND", "DEU")]
    [InlineData("Uzbekistan and Belarus face the task of increasing their mutual trade twofold, the deputy minister said.", "UZB", "BLR")]
    [InlineData("Sudan aims, during the transitional period, to multiply its trade with Egypt three or four times.", "SDN", "EGY")]
    public void Extract_AnAimToMultiplyTradeWithoutADeadline_IsAGoalWithoutLevel(string text, string reporter, string partner)
        => Extract(text, reporter, 2023, 5, 10)
            .Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Partner.Code == partner && g.Target == null && g.Deadline == null);

    [Theory]
    [InlineData("Trade between Guyana and the United Kingdom has come close to tripling in the past four years, the president said.", "GUY", "GBR")]
    [InlineData("The talks will cover Saudi investments in Egypt and the Saudi side's wish to double the volume of those investments.", "SAU", "EGY")]
    [InlineData("Kenyan exporters want Tanzania to stop subjecting their goods to double checks.", "KEN", "TZA")]
    [InlineData("Expectations are high after eight years in which trade between Chile and Mexico grew sixfold.", "MEX", "CHL")]
    public void Extract_AMultipleNotOfTradeOrAlreadyMade_IsNoGoalWithoutADeadline(string text, string reporter, string partner)
        => Extract(text, reporter, 2023, 5, 10)
            .Goals.Should().NotContain(g => g.Partner.Code == partner || g.Reporter.Code == partner);

    [Theory]
    [InlineData("So far this year Portugal's balance in its trade with Brazil stands at - € 836,9 milhões, almost as much as the whole of 2020: - € 873,8 milhões.")]
    [InlineData("Portugal's trade with Brazil closed 2020 at -873,8 milhões de euros.")]
    [InlineData("Portugal's trade with Brazil closed 2020 at –€873.8 million.")]
    public void Extract_AnAmountAfterAMinusSign_IsNoLevel(string text)
        => Extract(text, "PRT", 2021, 8, 1).Figures.Should().BeEmpty();

    [Theory]
    [InlineData("Portugal's exports to Brazil – €873.8 million in 2020 – fell.")]
    [InlineData("Portugal's exports to Brazil were €800-873.8 million in 2020.")]
    public void Extract_AnAmountAfterADashThatOpensAnAsideOrEndsARange_IsStillALevel(string text)
        => Extract(text, "PRT", 2021, 8, 1).Figures.Should().ContainSingle();

    [Fact]
    public void Extract_BusinessBetweenTwoCountries_IsTheirTurnover()
        => Extract("Trade with Paraguay keeps growing. Business between the two countries came to US$ 2 billion in 2007.", "BRA", 2009, 8, 11)
            .Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Turnover);

    [Fact]
    public void Extract_ALevelOfThePreviousFiscalYear_IsTheFiscalYearBefore()
        => Extract("Pakistan's exports to India stood at $93.68 million in 2003-04, up 32.57 percent on the $70.66 million of the previous fiscal year.", "PAK", 2004, 8, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2003-07/2004-06", 93.68e6m), ("2002-07/2003-06", 70.66e6m));

    [Fact]
    public void Extract_ALevelOfTheFirstMonthsOfLastYear_IsThoseMonthsOfTheYearBefore()
        => Extract("Between January and August, the Philippines sold almost $5.8 billion worth of goods to Japan, a gain of 13.3 percent on the $5.1 billion of the first eight months of last year.", "PHL", 2010, 10, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2010-01/2010-08", 5.8e9m), ("2009-01/2009-08", 5.1e9m));

    [Fact]
    public void Extract_PlusBetweenTwoFlowsBeforeAFall_LeadsNoRise()
        => Extract("The volume of trade between Argentina and Mexico, exports plus imports, has fallen by 28,6 % (28.6 percent), from 2.858 millones de dólares in 2008 to 2.039 millones de dólares in 2021.", "ARG", 2022, 5, 1)
            .Statements.Should().ContainSingle().Which.Ratio.Should().BeApproximately(0.714, 0.0005);
    [Theory]
    [InlineData("CZE", "SVK", "In 1993 Czech exports to Slovakia amounted to 83.2 billion crowns.", "CZK")]
    [InlineData("SWE", "FIN", "Sweden's exports to Finland amounted to 83.2 billion crowns in 1993.", "SEK")]
    [InlineData("NOR", "DNK", "Norway's exports to Denmark amounted to 83.2 billion Danish crowns in 1993.", "DKK")]
    [InlineData("EST", "LVA", "Estonia's exports to Latvia amounted to 83.2 billion crowns in 1993.", "EEK")]
    public void Extract_Crowns_AreTheKorunaKronaKroneOrKroonOfThePassagesCountries(string reporter, string partner, string text, string code)
        => Extract(text, reporter, 2023, 3, 14).Figures.Should().ContainSingle()
            .Which.Should().Match<FigureCandidate>(f => f.Partner.Code == partner && f.Amount.Currency.Code == code && f.Amount.Value == 83.2e9m);

    [Fact]
    public void Extract_TheCrownOfACrownPrince_IsNoCurrency()
        => Extract("Saudi exports to China came to 5 billion Crown Prince Mohammed said in 2019.", "SAU", 2020, 1, 1).Figures.Should().BeEmpty();

    [Theory]
    [InlineData("Trade between Sri Lanka and the Maldives rose from 10 billion in 2015 to Rs. 14 billion in 2016.")]
    [InlineData("Trade between Sri Lanka and the Maldives rose from 10 billion in 2015-16 to Rs. 14 billion in 2016-17.")]
    public void Extract_TheFirstEndOfARangeOverYears_TakesTheCurrencyOfTheSecond(string text)
        => Extract(text, "LKA", 2017, 8, 28).Figures.Select(f => f.Amount.Currency.Code).Should().Equal("LKR", "LKR");

    [Theory]
    [InlineData("Trade between China and Myanmar rose 5.6 percent in 2005 over 2004, to US$1.209 billion.")]
    [InlineData("Trade between China and Myanmar was up 5.6% in 2005 on 2004, at US$1.209 billion.")]
    public void Extract_ALevelAfterAChangeInOneYearOverAnother_IsTheLaterYears(string text)
        => Extract(text, "CHN", 2006, 10, 27).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Year(2005));

    [Fact]
    public void Extract_AmountsInParenthesesGlossingAmountsInChineseUnits_AreLevelsNotTheItemsOfAList()
        => Extract("Trade between China and New Zealand in 2024 stood at 1433.9亿元 (143.39 billion yuan), of which Chinese exports to New Zealand made up 550.4亿元 (55.04 billion yuan).", "NZL", 2025, 6, 20)
            .Figures.Select(f => (f.Flow, f.Amount.Value)).Should().Equal((TradeFlow.Turnover, 143.39e9m), (TradeFlow.Imports, 55.04e9m));

    [Fact]
    public void Extract_TheTotalWithNoFlowBeforeIt_IsTheTurnover()
        => Extract("In fiscal 2008-09 the two neighbours traded goods worth only $12.77 million. By fiscal year 2018-19 the total had climbed to $49.65 million, with Bangladeshi exports to Bhutan of $7.56 million against imports of $42.09 million.", "BGD", 2020, 12, 10)
            .Figures.Where(f => f.Period.StartYear == 2018).Select(f => (f.Flow, f.Amount.Value))
            .Should().Equal((TradeFlow.Turnover, 49.65e6m), (TradeFlow.Exports, 7.56e6m), (TradeFlow.Imports, 42.09e6m));

    [Fact]
    public void Extract_TheTotalAfterAFlowInItsSentence_IsThatFlow()
        => Extract("Imports from Argentina reached US$337 million in February. That is US$136 million more than was imported from Argentina in February 2011, when the total came to US$ 201 million.", "PRY", 2012, 3, 20)
            .Figures.Should().Contain(f => f.Amount.Value == 201e6m).Which.Flow.Should().Be(TradeFlow.Imports);

    [Theory]
    [InlineData("In 2022 trade between Kazakhstan and Uzbekistan reached 5 млрд долларов (5 billion dollars), and in the first eleven months of 2023 it came to 4,1 млрд долларов (4.1 billion dollars).")]
    [InlineData("In 2022 trade between Kazakhstan and Uzbekistan reached 5 مليار دولار (5 billion dollars), and in the first eleven months of 2023 it came to 4,1 مليار دولار (4.1 billion dollars).")]
    public void Extract_AmountsInParenthesesGlossingAmountsInAnotherScript_AreLevels(string text)
        => Extract(text, "KAZ", 2024, 1, 15).Figures.Select(f => f.Amount.Value).Should().Equal(5e9m, 4.1e9m);

    [Fact]
    public void Extract_AMultipleWhoseLevelsPassIt_RunsFromTheEarlierLevelsPeriod()
        => Extract("Over the past decade trade between Ghana and Canada has doubled: it stood at about $201 million in 2010 and at more than $540 million in 2019.", "GHA", 2021, 3, 1)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.Should().Be(ReportingPeriod.Year(2010));

    [Fact]
    public void Extract_AMultipleWhoseLevelsPassTheNextMultiple_IsNotBorneOutByThem()
        => Extract("Trade between Ghana and Canada has doubled: it stood at about $201 million in 2010 and at more than $640 million in 2019.", "GHA", 2021, 3, 1)
            .Statements.Should().ContainSingle().Which.ReferencePeriod.Should().Be(ReportingPeriod.Year(2018));

    [Fact]
    public void Extract_ALevelAfterAPercentIncreaseOverAYear_IsNotThatYears()
        => Extract("Japanese exports to China in 2000 amounted to US$30.44 billion, a 30.4 percent increase over 1999, while imports from China totalled US$55.34 billion.", "JPN", 2001, 2, 9)
            .Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Year(2000), ReportingPeriod.Year(2000));

    [Fact]
    public void Extract_ThePeriodEndingAMonth_IsTheYearToThatMonth()
        => Extract("National exports to the US reached JD1.145 billion in the period ending September 2021, up 22.9 percent on the JD932 million recorded in the same months of last year.", "JOR", 2021, 12, 6)
            .Figures.Select(f => f.Period.ToString()).Should().Equal("2021-01/2021-09", "2020-01/2020-09");

    [Fact]
    public void Extract_AmountsInParenthesesGlossingAmountsWithForeignScaleWords_AreLevelsNotTheItemsOfAList()
        => Extract("Trade between Indonesia and Malaysia in 2011 was worth Ringgit Malaysia (RM) 55,92 miliar (55.92 billion ringgit), or 18,30 miliar dolar AS (18.30 billion US dollars), the equivalent of Rp 180 triliun (180 trillion rupiah).", "MYS", 2012, 9, 2)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(55.92e9m, new Currency("MYR")));

    [Theory]
    [InlineData("In 2006 imports into the United States from Vietnam were $8.8 billion.", TradeFlow.Exports)]
    [InlineData("Trade between Vietnam and the United States came to US$9.7 billion in 2006; $8.8 billion of that total was imports into the United States.", TradeFlow.Exports)]
    [InlineData("In 2006 imports into Vietnam from the United States were $8.8 billion.", TradeFlow.Imports)]
    public void Extract_ImportsIntoACountry_AreThatCountrysImports(string text, TradeFlow flow)
        => Extract(text, "VNM", 2007, 9, 1).Figures.Should().Contain(f => f.Amount.Value == 8.8e9m).Which.Flow.Should().Be(flow);

    [Fact]
    public void Extract_ImportsIntoACountryInTheNextClause_SayNothingOfTheAmountBefore()
        => Extract("Russian exports to Belarus came to $3.337 billion, while imports into Russia from Belarus amounted to $2.804 billion.", "RUS", 2020, 5, 1)
            .Figures.Select(f => f.Flow).Should().Equal(TradeFlow.Exports, TradeFlow.Imports);

    [Fact]
    public void Extract_AnSAfterAGermanScale_IsTheSchilling()
        => Extract("In the first quarter of 2000 Austrian exports to Hungary grew to 10,8 Mrd. S, and in 1999 they had stood at 40 Mio. S.", "AUT", 2000, 6, 21)
            .Figures.Select(f => f.Amount.Currency.Code).Should().Equal("ATS", "ATS");

    [Theory]
    [InlineData("Exports to the United Kingdom stood at $8.15 billion in 2020-'21.")]
    [InlineData("Exports to the United Kingdom stood at $8.15 billion in 2020–’21.")]
    public void Extract_AFiscalYearWithItsSecondYearAbbreviatedByAnApostrophe_IsThatFiscalYear(string text)
        => Extract(text, "IND", 2022, 3, 1).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.FiscalYear(2020, 4));

    [Theory]
    [InlineData("Imports from China stood at 213.152-billion naira in 2019.", 213.152e9, "NGN")]
    [InlineData("Exports to Spain reached 4.9-billion-euros in 2019.", 4.9e9, "EUR")]
    [InlineData("Exports to Spain reached a 45-million-dollar level in 2019.", 45e6, "USD")]
    public void Extract_AScaleJoinedByHyphensToItsNumberAndCurrency_IsOneAmount(string text, double value, string currency)
        => Extract(text, "NGA", 2020, 3, 1).Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)value, new Currency(currency)));

    [Fact]
    public void Extract_PartnersWithAmountsInParenthesesAfterASentenceAboutTrade_GoOnWithItsFlowAndPeriod()
        => Extract("The United States ($51.6 billion) stayed India's largest export market in FY21. China ($21.2 billion) moved into second place, ahead of the United Arab Emirates ($16.7 billion).", "IND", 2021, 7, 12)
            .Figures.Select(f => (f.Partner.Code, f.Flow, f.Period.ToString(), f.Amount.Value))
            .Should().Equal(("USA", TradeFlow.Exports, "2020-04/2021-03", 51.6e9m), ("CHN", TradeFlow.Exports, "2020-04/2021-03", 21.2e9m), ("ARE", TradeFlow.Exports, "2020-04/2021-03", 16.7e9m));

    [Fact]
    public void Extract_PartnersWithAmountsInParenthesesInANewParagraph_AreNoTradeOfTheOneBefore()
        => Extract("The United States ($51.6 billion) stayed India's largest export market in FY21.\n\nChina ($21.2 billion) moved into second place.", "IND", 2021, 7, 12)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("USA");

    [Fact]
    public void Extract_BareNumbersGroupedBySpacesAfterAWord_AreWholeAmountsUnderAUnitStatedOnce()
        => Extract("In US dollar millions, South African exports to China went from 8 065 in 2010 to 12 507 in 2011.", "ZAF", 2015, 8, 20)
            .Figures.Select(f => f.Amount.Value).Should().Equal(8.065e9m, 12.507e9m);

    [Theory]
    [InlineData("Exports to Japan in April rose to $892 million from March's $790.02 million.")]
    [InlineData("Exports to Japan came to $892 million in April, above March's total of $790.02 million.")]
    public void Extract_AnAmountAfterAMonthsPossessive_IsThatMonths(string text)
        => Extract(text, "PHL", 2024, 6, 10).Figures.Select(f => (f.Period.ToString(), f.Amount.Value))
            .Should().Equal(("2024-04", 892e6m), ("2024-03", 790.02e6m));

    [Fact]
    public void Extract_AnAmountBeforeAMonthsPossessive_IsNotThatMonths()
        => Extract("In 2004 trade between India and China peaked in October at $1.44 billion, above November's peak of $1.32 billion.", "IND", 2005, 2, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.Value)).Should().Equal(("2004-10", 1.44e9m), ("2004-11", 1.32e9m));

    [Fact]
    public void Extract_TheEmiratesAndTheUnitedStatesAbbreviatedWithStops_AreCountries()
        => Extract("In the first quarter of 2015, exports increased to the U.A.E (+917.2%), Spain (+28.6%) and the U.S.A (+4.2%).", "MUS", 2015, 6, 1)
            .Statements.Select(s => s.Partner.Code).Should().Equal("ARE", "ESP", "USA");

    [Fact]
    public void Extract_TheStopAfterUAE_EndsNoSentence()
        => Extract("In 2014 exports to the U.A.E. came to $7 million.", "MUS", 2015, 6, 1)
            .Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("ARE");

    [Fact]
    public void Extract_PercentagesInParenthesesAfterPartnersListedAfterAChange_AreTheirChanges()
        => Extract("In FY21, of India's 20 largest export destinations, only three others saw growth: China (27.5%), Indonesia (21.7%) and Brazil (7%).", "IND", 2021, 7, 12)
            .Statements.Select(s => (s.Partner.Code, s.Ratio)).Should().Equal(("CHN", 1.275), ("IDN", 1.217), ("BRA", 1.07));

    [Fact]
    public void Extract_PercentagesListedRespectivelyForPartnersNamedBefore_AreEachPartnersChange()
        => Extract("Looking at the increases over 2016, the leading destinations last November were Spain, France and Germany, where sales rose by 10.4%, 18.9% and 17.9% respectively.", "PRT", 2017, 12, 20)
            .Statements.Select(s => (s.Partner.Code, s.Period.ToString(), s.ReferencePeriod.ToString(), s.Ratio))
            .Should().Equal(("ESP", "2017-11", "2016-11", 1.104), ("FRA", "2017-11", "2016-11", 1.189), ("DEU", "2017-11", "2016-11", 1.179));

    [Fact]
    public void Extract_AMultipleStatedExactlyByThePercentageAfterIt_IsThatPercentage()
        => Extract("Egypt's trade with Greece more than doubled in the first half of 2021, climbing 112.8 percent to $1 billion from $477.6 million in the first six months of 2020.", "EGY", 2021, 9, 1)
            .Statements.Should().ContainSingle().Which.Ratio.Should().Be(2.128);

    [Fact]
    public void Extract_AMultipleBesideAPercentageOverYearsOfItsOwn_AreTwoChanges()
        => Extract("Trade between Colombia and Turkey doubled in 2021 to 2,000 million dollars, a 152% rise in only eight years.", "COL", 2022, 3, 1)
            .Statements.Select(s => (s.ReferencePeriod.ToString(), s.Ratio)).Should().Equal(("2020", 2.0), ("2013", 2.52));

    [Theory]
    [InlineData("16,4 Mrd. DM", 16.4e9, "DEM")]
    [InlineData("16,4 Mrd DM", 16.4e9, "DEM")]
    [InlineData("250 Mio. DM", 250e6, "DEM")]
    [InlineData("28,4 Milliarden Mark", 28.4e9, "DEM")]
    [InlineData("34,1 Mrd S", 34.1e9, "ATS")]
    public void Extract_TheMarkAndTheSchillingAfterAGermanScale_AreThoseCurrencies(string amount, double units, string code)
        => Extract($"German exports to Poland rose in 1996 to {amount}. Imports were lower.", "DEU", 1997, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(code)));

    [Fact]
    public void Extract_AThresholdCalledAMark_IsNoCurrency()
        => Extract("In 1996 Austria's trade with the Czech Republic broke through the 30 billion mark for the first time, reaching 32,2 Mrd. Schilling.", "AUT", 1997, 3, 1)
            .Figures.Select(f => f.Amount.Currency.Code).Should().Equal("ATS");

    [Theory]
    [InlineData("(+13 percent on 1996)", 1.13)]
    [InlineData("(+13% over 1996)", 1.13)]
    [InlineData("(-4.5% compared with the previous year)", 0.955)]
    [InlineData("(+8% against a year earlier)", 1.08)]
    public void Extract_ASignedPercentageInParenthesesWithItsReference_IsAChange(string change, double ratio)
        => Extract($"Austria's exports to Switzerland reached 34,1 Mrd S in 1997 {change}.", "AUT", 1998, 3, 1)
            .Statements.Should().ContainSingle().Which.Ratio.Should().Be(ratio);

    [Fact]
    public void Extract_AnAmountOneFlowExceedsTheOtherBy_IsABalance()
        => Extract("In the first half of 1998 German exports to Russia rose 30 per cent, exceeding imports by DEM 1.6bn.", "DEU", 1998, 9, 1)
            .Figures.Should().BeEmpty();

    [Fact]
    public void Extract_ExportsCoveredByGuarantees_AreNoLevel()
        => Extract("In 1996 German exports to China were covered by Hermes guarantees worth DEM 3.31bn.", "DEU", 1997, 6, 1)
            .Figures.Should().BeEmpty();

    [Theory]
    [InlineData("DEU", "FRA", "DEM")]
    [InlineData("SRB", "BIH", "BAM")]
    public void Extract_MarksAlone_AreTheMarkOfThePassage(string reporter, string partner, string code)
        => Extract($"In 1997 exports to {(partner == "FRA" ? "France" : "Bosnia and Herzegovina")} rose to 53.8 billion marks.", reporter, 1998, 3, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(53.8e9m, new Currency(code)));

    [Fact]
    public void Extract_GHC_IsTheCediOfToday()
        => Extract("In 2023 imports from China were valued at GHC 33.9 billion.", "GHA", 2024, 6, 3)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(33.9e9m, new Currency("GHS")));

    [Fact]
    public void Extract_TheYearUpToAMonth_IsTheTwelveMonthsToIt()
        => Extract("Fijian exports to New Zealand grew to NZ$523 million in the year up to March.", "NZL", 2024, 8, 21)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2023-04/2024-03");

    [Theory]
    [InlineData("Myanmar's trade with China came to US$6.3 billion in the fiscal year up to October.", "MMR", 2018, 1)]
    [InlineData("Egypt's exports to the United States this year up to the end of September totalled US$1.3 billion.", "EGY", 2012, 10)]
    public void Extract_AYearSoFarUpToAMonth_IsNoTwelveMonthsToIt(string text, string reporter, int year, int month)
        => Extract(text, reporter, year, month, 5)
            .Figures.Should().ContainSingle().Which.Period.MonthCount.Should().BeLessThan(12);

    [Fact]
    public void Extract_AMonthAfterARevisedEarlierLevel_IsNotCarriedToTheNextSentence()
        => Extract("Japan ran a trade deficit in January. The deficit came to ¥1.31 trillion, after an upwardly revised ¥154.55 billion shortfall in December. Exports to China dropped 6.4 percent to ¥896.57 billion.", "JPN", 2020, 2, 19)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be("2020-01");

    [Theory]
    [InlineData("CZE", "Exports to Germany reached 700,2 miliardy korun in the first half of 2024.", 700.2e9, "CZK")]
    [InlineData("CZE", "Exports to Slovakia reached 445 miliard korun in 2022.", 445e9, "CZK")]
    [InlineData("POL", "Exports to Germany reached 3,5 miliardów euro in 2019.", 3.5e9, "EUR")]
    [InlineData("POL", "Imports from Germany reached 2,1 miliardy złotych in 2019.", 2.1e9, "PLN")]
    [InlineData("SRB", "Exports to Russia reached 45 miliona dolara in 2019.", 45e6, "USD")]
    public void Extract_CentralEuropeanScaleAndCurrencyForms_AreRead(string reporter, string text, double units, string code)
        => Extract(text, reporter, 2024, 11, 4)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(code)));

    [Theory]
    [InlineData("\"necelých 528 miliard korun\" (just under 528 billion crowns)")]
    [InlineData("\"CZK 528bn\" (528 billion crowns)")]
    public void Extract_TheSameAmountGlossedInParentheses_IsOneAmount(string amount)
        => Extract($"Trade between the Czech Republic and Slovakia grew from {amount} in 2019 to 662.5 billion crowns in 2024.", "CZE", 2025, 3, 1)
            .Figures.Select(f => (f.Period.ToString(), f.Amount.ToDouble())).Should().Equal(("2019", 528e9), ("2024", 662.5e9));

    [Fact]
    public void Extract_DotsThatCannotGroupThousands_AreAMisprintedDecimalPoint()
        => Extract("In the second quarter of 2022 exports to India came to N1.099.52 trillion.", "NGA", 2022, 9, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1.09952e12m, new Currency("NGN")));

    [Fact]
    public void Extract_AmountsThatWentToCountries_AreTheReportersExportsToEach()
        => Extract("Irish goods exports in August were worth €19.5 billion. Within that, €3.255 billion went to Germany, €2.312 billion to Belgium and €1.283 billion to the Netherlands.", "IRL", 2022, 10, 14)
            .Figures.Select(f => (f.Partner.ToString(), f.Flow, f.Period.ToString(), f.Amount.ToDouble()))
            .Should().Equal(("DEU", TradeFlow.Exports, "2022-08", 3.255e9), ("BEL", TradeFlow.Exports, "2022-08", 2.312e9), ("NLD", TradeFlow.Exports, "2022-08", 1.283e9));

    [Fact]
    public void Extract_AnAmountThatWentUp_IsNoFlowOfGoods()
        => Extract("Investment from Germany went up 12% to €2 billion in 2021; the rest, €1 billion, went to Austria as loans.", "CZE", 2022, 3, 1)
            .Figures.Should().BeEmpty();

    [Theory]
    [InlineData("PAN", "In the first half of 2021 exports to China reached 581,5 milioni di dollari.", 581.5e6, "USD")]
    [InlineData("BHR", "In April 2020 imports from China came to 61 milhões de dinares.", 61e6, "BHD")]
    [InlineData("TUN", "In 2019 exports to Libya reached 1,2 miliardi di dinari.", 1.2e9, "TND")]
    [InlineData("IRN", "In 2019 imports from Oman came to 40 millones de riales.", 40e6, "IRR")]
    [InlineData("RUS", "In 2019 imports from China came to 61 milhões de rublos.", 61e6, "RUB")]
    [InlineData("CHN", "In 2019 exports to Argentina reached 300 millones de yuanes.", 300e6, "CNY")]
    public void Extract_CurrencyPluralsOfSpanishPortugueseAndItalian_AreRead(string reporter, string text, double units, string code)
        => Extract(text, reporter, 2021, 7, 20)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(code)));

    [Fact]
    public void Extract_GoodsThatWentToACountry_AreTheReportersExportsThere()
        => Extract("Serbia was the largest single partner in January-May 2024. Goods that went to Serbia were worth 76.5 million EUR, well ahead of Switzerland (16.2 million EUR).", "MNE", 2024, 7, 1)
            .Figures.Select(f => (f.Partner.ToString(), f.Flow, f.Amount.ToDouble()))
            .Should().Equal(("SRB", TradeFlow.Exports, 76.5e6), ("CHE", TradeFlow.Exports, 16.2e6));

    [Theory]
    [InlineData("Mutual trade with Afghanistan came close to $1 billion in 2022, and the ministry wants to see that figure tripled in the coming years.")]
    [InlineData("Trade with Afghanistan reached $1 billion in 2022; the minister would like to see it doubled soon.")]
    public void Extract_AWishToSeeTradeChanged_IsNoChangeReported(string text)
        => Extract(text, "KAZ", 2023, 5, 1).Statements.Should().BeEmpty();

    [Theory]
    [InlineData("$749,3 mln", 749.3e6)]
    [InlineData("USD 1,2 bln", 1.2e9)]
    [InlineData("749,3 mln dollars", 749.3e6)]
    [InlineData("$1,200 mln", 1.2e9)]
    public void Extract_ADecimalCommaBeforeMlnOrBln_IsADecimalPoint(string amount, double units)
        => Extract($"Moldova's exports to Romania in January-July 2022 came to {amount}, the bureau said.", "MDA", 2022, 9, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, Currency.Usd));

    [Fact]
    public void Extract_PartnersAmountsInMlnWithoutACurrency_TakeTheCurrencyOfTheAmountBefore()
        => Extract("In January-August 2006 Russia headed the list of Moldova's buyers with USD 131.5 mln. Romania came next with 90.8 mln, up 25.2%.", "MDA", 2006, 10, 1)
            .Figures.Select(f => (f.Partner.ToString(), f.Amount.ToDouble())).Should().Equal(("RUS", 131.5e6), ("ROU", 90.8e6));

    [Theory]
    [InlineData("In 2019 trade with Cambodia reached 5,2 tỷ USD.", 5.2e9)]
    [InlineData("In 2019 trade with Cambodia reached 5,2 tỉ USD.", 5.2e9)]
    [InlineData("In 2019 trade with Cambodia reached 849,5 triệu USD.", 849.5e6)]
    [InlineData("In 2019 trade with Cambodia reached 5,2 tỷ USD (5.2 billion USD).", 5.2e9)]
    public void Extract_VietnameseScaleWords_AreRead(string text, double units)
        => Extract(text, "VNM", 2020, 2, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, Currency.Usd));

    [Theory]
    [InlineData("RUS", "In 2019 trade with Kazakhstan reached 1,2 миллиарда долларов.", 1.2e9, "USD")]
    [InlineData("RUS", "In 2019 trade with Kazakhstan reached 5 млрд долларов.", 5e9, "USD")]
    [InlineData("UKR", "In 2019 trade with Georgia reached 3 мільярда доларів.", 3e9, "USD")]
    [InlineData("RUS", "In 2019 imports from Kazakhstan reached 50 млн рублей.", 50e6, "RUB")]
    [InlineData("RUS", "In 2019 imports from China reached 2,5 млрд юаней.", 2.5e9, "CNY")]
    [InlineData("RUS", "In 2017 trade with Vietnam was around 5 миллиардов 350 миллионов долларов.", 5.35e9, "USD")]
    [InlineData("BLR", "In January-June 2003 exports to Russia came to 2 млрд 148,1 млн долларов.", 2.1481e9, "USD")]
    public void Extract_RussianAndUkrainianScaleAndCurrencyWords_AreRead(string reporter, string text, double units, string code)
        => Extract(text, reporter, 2020, 2, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(code)));

    [Theory]
    [InlineData("In 2019 trade with Jordan reached \"5 مليار دولار\".", 5e9, "USD")]
    [InlineData("In 2019 trade with Jordan reached \"11 مليارات دولار\".", 11e9, "USD")]
    [InlineData("In 2019 trade with Jordan reached \"17 مليون دينار\".", 17e6, "JOD")]
    [InlineData("In 2019 trade with Spain reached \"3 مليار أورو\".", 3e9, "EUR")]
    [InlineData("In 2019 trade with Spain reached \"2 مليار و594 مليون يورو\".", 2.594e9, "EUR")]
    public void Extract_ArabicScaleAndCurrencyWords_AreRead(string text, double units, string code)
        => Extract(text, "EGY", 2020, 2, 1)
            .Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits((decimal)units, new Currency(code)));

    [Theory]
    [InlineData(2019, 7, 4, "2018-07/2019-05")]
    [InlineData(2019, 4, 20, "2018-07/2019-03")]
    public void Extract_MonthsOfTheFiscalYearNotYetOver_AreThoseOfTheYearJustEnded(int year, int month, int day, string period)
        => Extract($"In the first {(month == 7 ? "eleven" : "nine")} months of the fiscal year, Pakistani goods sold to Afghanistan earned 1.098 billion dollars.", "PAK", year, month, day)
            .Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(period);

    [Theory]
    [InlineData("CAN", "Exports to the US slipped 0.9% in May. Canadian companies were also buying less from the US, with imports down 1.2%, the third consecutive monthly decrease.", "2025-04")]
    [InlineData("CAN", "Exports to the US slipped 0.9% in May. Canadian companies were also buying less from the US, with imports down 1.2%, a fourth month in a row.", "2025-04")]
    [InlineData("ARG", "Argentine sales to Brazil came to US$ 984 million in May 2025, down 18.5% on the same month of 2024 and the sixth straight monthly decline.", "2024-05")]
    public void Extract_AChangeInARunOfMonthlyChanges_IsOnTheMonthBefore(string reporter, string text, string reference)
        => Extract(text, reporter, 2025, 7, 3)
            .Statements.Should().ContainSingle(s => s.Flow == TradeFlow.Imports || s.Reporter.Code == "ARG").Which.ReferencePeriod.ToString().Should().Be(reference);
}
