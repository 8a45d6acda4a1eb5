using System.Globalization;
using TradeTargets.Extraction;
using TradeTargets.IO;

namespace TradeTargets.Tests.Extraction;

public class TradeTextExtractorTests
{
    private static readonly ExtractionContext Belarus2016 = new(new DateOnly(2016, 10, 31), Country.Parse("BLR"));

    private static ExtractionResult Extract(string text, ExtractionContext? context = null) => TradeTextExtractor.Extract(text, context ?? Belarus2016);

    [Theory]
    [InlineData("Trade with Poland reached $121m in 2015.", 121_000_000, "USD")]
    [InlineData("Trade with Poland reached $1bn in 2015.", 1_000_000_000, "USD")]
    [InlineData("Trade with Poland reached $4 bn in 2015.", 4_000_000_000, "USD")]
    [InlineData("Trade with Poland reached US$ 18.7 million in 2015.", 18_700_000, "USD")]
    [InlineData("Trade with Poland reached 500 million dollars in 2015.", 500_000_000, "USD")]
    [InlineData("Trade with Poland reached USD 1 bln in 2015.", 1_000_000_000, "USD")]
    [InlineData("Trade with Poland reached €950m in 2015.", 950_000_000, "EUR")]
    [InlineData("Trade with Poland reached EUR 2.73bn in 2015.", 2_730_000_000, "EUR")]
    [InlineData("Trade with Poland reached 1.2 billion euros in 2015.", 1_200_000_000, "EUR")]
    [InlineData("Trade with Poland reached $1,496.2 million in 2015.", 1_496_200_000, "USD")]
    public void Extract_AmountNotations_KeepValueAndCurrency(string sentence, long units, string currency)
    {
        var figure = Extract(sentence).Figures.Should().ContainSingle().Subject;

        figure.Amount.Should().Be(Amount.FromUnits(units, new Currency(currency)));
        figure.Partner.Code.Should().Be("POL");
        figure.Period.Should().Be(ReportingPeriod.Year(2015));
    }

    [Theory]
    [InlineData("Exports to China in January – August 2016 were $189.6m.", "2016-01/2016-08")]
    [InlineData("Turnover with China was $67.7m in the first nine months of 2015.", "2015-01/2015-09")]
    [InlineData("Turnover with China was $67.7m in the third quarter of 2015.", "2015-Q3")]
    [InlineData("Turnover with China was $67.7m in H1 2015.", "2015-H1")]
    [InlineData("Turnover with China was $67.7m in the first half of 2015.", "2015-H1")]
    [InlineData("Turnover with China was $67.7m in January–August.", "2016-01/2016-08")]
    [InlineData("Turnover with Pakistan was $67.7m in fiscal year 2015/16.", "2015-07/2016-06")]
    [InlineData("Turnover with China was $67.7m last year.", "2015")]
    public void Extract_Periods_AreReadAsTheDataFormatWritesThem(string sentence, string period)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Parse(period));

    [Theory]
    [InlineData("Trade with Serbia is about $50m.", AmountQualifier.About)]
    [InlineData("Trade with Serbia is stuck at around $50m.", AmountQualifier.About)]
    [InlineData("Trade with Serbia exceeded $50m in 2015.", AmountQualifier.Over)]
    [InlineData("Trade with Serbia was more than $50m in 2015.", AmountQualifier.Over)]
    [InlineData("Trade with Serbia was almost $50m in 2015.", AmountQualifier.Almost)]
    [InlineData("Trade with Serbia was up to $50m in 2015.", AmountQualifier.Almost)]
    [InlineData("Trade with Serbia was $50-60m in 2015.", AmountQualifier.Over)]
    public void Extract_Qualifiers_AreKept(string sentence, AmountQualifier qualifier)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Qualifier.Should().Be(qualifier);

    [Theory]
    [InlineData("Belarus and Vietnam agreed to bring turnover to $500m in the near future.", "in the near future", 2017, 2019)]
    [InlineData("Belarus and Pakistan aim to reach $1bn turnover within four years.", "within 4 years", 2020, 2020)]
    [InlineData("Belarus and Pakistan aim to reach $1bn turnover in the next four years.", "within 4 years", 2020, 2020)]
    [InlineData("Belarus and Vietnam will seek to raise turnover to half a billion in a few years' time.", "in a few years", 2018, 2021)]
    [InlineData("Belarus and Serbia set a target of $500m turnover by 2020.", "2020", 2020, 2020)]
    [InlineData("Belarus and Serbia plan to reach $500m of trade in the coming years.", "in the coming years", 2018, 2021)]
    [InlineData("Belarus and Serbia will raise their trade to $500m within the next several years.", "in the coming years", 2018, 2021)]
    public void Extract_Deadlines_OfEveryKind(string sentence, string deadline, int firstYear, int lastYear)
    {
        var goal = Extract(sentence).Goals.Should().ContainSingle().Subject;

        goal.Deadline!.Deadline.Should().Be(Deadline.Parse(deadline));
        (goal.Deadline.FirstYear, goal.Deadline.LastYear).Should().Be((firstYear, lastYear));
        goal.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void Extract_VagueDeadline_IsReadWithTheContextsPolicy()
    {
        var policy = new VagueDeadlinePolicy("Strict", new Dictionary<string, (int, int)> { ["in the medium term"] = (4, 6) });
        var context = new ExtractionContext(new DateOnly(2017, 7, 31), Country.Parse("BLR")) { VagueDeadlines = policy };

        var goal = Extract("Belarus and Serbia plan to reach $500m of trade in the medium term.", context).Goals.Should().ContainSingle().Subject;
        var unknown = Extract("Belarus and Serbia plan to reach $500m of trade in the coming years.", context).Goals.Should().ContainSingle().Subject;

        goal.Deadline!.Deadline.Should().Be(Deadline.Vague("in the medium term"));
        (goal.Deadline.FirstYear, goal.Deadline.LastYear).Should().Be((2021, 2023), "the context's policy reads the phrase as 4 to 6 years, the default as 3 to 5");
        unknown.Deadline.Should().BeNull("a phrase the policy does not know is no deadline, not one read by another policy");
    }

    [Fact]
    public void Extract_BaselineAndMultiplier_FourfoldFrom121mTo500m()
    {
        var result = Extract(
            "On 29 June the Vietnamese president was Lukashenka's guest in Minsk. The two sides want to grow their turnover fourfold, from $121m in 2016 to half a billion in a few years.",
            new ExtractionContext(new DateOnly(2017, 7, 31), Country.Parse("BLR")));

        var goal = result.Goals.Should().ContainSingle().Subject;
        goal.Target.Should().Be(Amount.FromMillions(500));
        goal.Multiplier.Should().Be(new GoalMultiplier(4));
        goal.Baseline.Should().Be(new GoalBaseline(Amount.FromMillions(121), ReportingPeriod.Year(2016)));
        goal.AnnouncedOn.Should().Be(new DateOnly(2017, 6, 29));
        goal.Inferred.Should().HaveFlag(InferredParts.AnnouncedOn).And.HaveFlag(InferredParts.Currency);
        result.Figures.Should().ContainSingle().Which.Side.Should().Be(ReportingSide.OfficialClaim);
    }

    [Fact]
    public void Extract_DoubleBy2020WithoutLevel_IsAnIncompleteGoal()
    {
        var goal = Extract("Belarus and China plan to double trade by 2020.").Goals.Should().ContainSingle().Subject;

        goal.Target.Should().BeNull();
        goal.Multiplier.Should().Be(new GoalMultiplier(2));
        goal.Deadline!.Deadline.Should().Be(Deadline.InYear(2020));
        goal.IsComplete.Should().BeFalse();
    }

    [Theory]
    [InlineData("Belarus and Vietnam agreed to grow the value of their two-way trade by 50 per cent by 2030.")]
    [InlineData("Belarus and Vietnam aim for a 50% increase in trade by 2030.")]
    public void Extract_RiseByAPercentage_IsAMultiplierGoal(string sentence)
    {
        var goal = Extract(sentence).Goals.Should().ContainSingle().Subject;

        goal.Multiplier.Should().Be(new GoalMultiplier(1.5m));
        goal.Target.Should().BeNull();
        goal.Deadline!.Deadline.Should().Be(Deadline.InYear(2030));
    }

    [Fact]
    public void Extract_PastRiseByAPercentage_IsNoGoal()
        => Extract("Belarus and Vietnam saw a 50% increase in trade in 2015.").Goals.Should().BeEmpty();

    [Fact]
    public void Extract_GoalStatedTwice_IsOneGoalCompletedFromBoth()
    {
        var goal = Extract("Belarus and China agreed to double trade within five years. The goal is $4bn, the minister said.")
            .Goals.Should().ContainSingle().Subject;

        (goal.Target, goal.Multiplier, goal.Deadline!.Phrase).Should().Be((Amount.FromBillions(4), new GoalMultiplier(2), "within five years"));
    }

    [Fact]
    public void Extract_ForecastRestatedAsATarget_IsOneTarget()
    {
        var goal = Extract("Trade with China may soon reach $4bn, the minister said. The two countries plan to bring trade to $4bn in the near future, a task set by their presidents.")
            .Goals.Should().ContainSingle().Subject;

        (goal.Kind, goal.Deadline!.Phrase).Should().Be((GoalKind.Target, "in the near future"));
    }

    [Fact]
    public void Extract_SameTargetWithAnotherDeadline_IsAnotherGoal()
        => Extract("Belarus plans to lift trade with China to $4bn by 2020. Chinese officials say turnover with Belarus could climb to $4bn in 2018.")
            .Goals.Select(g => g.Deadline!.FirstYear).Should().Equal(2020, 2018);

    [Fact]
    public void Extract_WasToRaise_IsAGoalNotALevel()
    {
        var result = Extract("Trade with China came to $900m in 2015. The aim of the visit was to lift that to two billion dollars in the short term.");

        result.Goals.Should().ContainSingle().Which.Target.Should().Be(Amount.FromBillions(2));
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromMillions(900));
    }

    [Theory]
    [InlineData("Between 2007 and 2015 trade with China grew from $378m to $4.88bn.")]
    [InlineData("From 2007 to 2015 trade with China rose from about $378m to $4.88bn.")]
    public void Extract_FromAToBOverASpanOfYears_GivesEachAmountItsYear(string sentence)
        => Extract(sentence).Figures.Select(f => (f.Period.ToString(), f.Amount.ToDouble())).Should().Equal(("2007", 378e6), ("2015", 4.88e9));

    [Theory]
    [InlineData("Trade with China came to $2.54bn in 2013. In the first half of that year alone it was $1.46bn.", "2013-H1")]
    [InlineData("Trade with China came to $2.54bn in 2013, and $1.9bn in the first nine months of the same year.", "2013-01/2013-09")]
    public void Extract_PeriodOfThatYear_TakesTheYearWrittenBefore(string text, string period)
        => Extract(text).Figures.Should().Contain(f => f.Period.ToString() == period && f.Inferred.HasFlag(InferredParts.Year));

    [Fact]
    public void Extract_TotalBeforeFlowsOfTheirOwn_IsTurnover()
        => Extract("Belarus traded $1.4bn with China in 2015. Over the first ten months of 2016 the total was US$1.09 billion, with exports of US$433.1 million and imports of US$663.8 million.")
            .Figures.Where(f => f.Period.ToString() == "2016-01/2016-10").Select(f => (f.Flow, f.Amount.ToDouble()))
            .Should().Equal((TradeFlow.Turnover, 1.09e9), (TradeFlow.Exports, 433.1e6), (TradeFlow.Imports, 663.8e6));

    [Theory]
    [InlineData("Belarusian shipments to China made up US$4.2 billion in 2015, with US$3.7 billion flowing the other way.")]
    [InlineData("Belarus exported $4.2bn to China in 2015 and $3.7bn moved in the opposite direction.")]
    public void Extract_AmountGoingTheOtherWay_HasTheFlowTurned(string sentence)
        => Extract(sentence).Figures.Select(f => (f.Flow, f.Amount.ToDouble())).Should().Equal((TradeFlow.Exports, 4.2e9), (TradeFlow.Imports, 3.7e9));

    [Fact]
    public void Extract_PartnersDeliveries_AreOurImports()
        => Extract("Belarusian exports to China were $700m in 2015, while Chinese deliveries to Belarus came to $2.1bn.")
            .Figures.Select(f => (f.Flow, f.Amount.ToDouble())).Should().Equal((TradeFlow.Exports, 700e6), (TradeFlow.Imports, 2.1e9));

    [Theory]
    [InlineData("Belarusian sales to China reached only $150m in 2015, bringing total trade to $900m.")]
    [InlineData("Trade with China grew fast in 2015, reaching $900m.")]
    public void Extract_LevelInAClauseAfterAComma_IsAFigureNotAGoal(string sentence)
    {
        var result = Extract(sentence);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().Contain(f => f.Amount == Amount.FromMillions(900) && f.Period == ReportingPeriod.Year(2015));
    }

    [Fact]
    public void Extract_GoalInAClauseAfterAComma_IsStillAGoal()
        => Extract("Belarus and China agreed to boost trade, bringing it to $900m by 2018.").Goals.Should().ContainSingle()
            .Which.Target.Should().Be(Amount.FromMillions(900));

    [Theory]
    [InlineData("Trade with China reached $1.5 billion in the period up to June 2016.", "2016-H1")]
    [InlineData("Trade with China came to $1.5 billion in the months through September 2016.", "2016-01/2016-09")]
    [InlineData("Trade with China came to $1.5 billion in the period to the end of March 2016.", "2016-Q1")]
    [InlineData("Trade with China came to $1.5 billion between January and the end of October 2016.", "2016-01/2016-10")]
    public void Extract_PeriodUpToAMonth_IsTheYearsMonthsToIt(string sentence, string period)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Period.ToString().Should().Be(period);

    [Fact]
    public void Extract_WasToTheTuneOf_IsALevel()
        => Extract("Trade with China was to the tune of $900m in 2015.").Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromMillions(900));

    [Fact]
    public void Extract_AlmostDouble_IsAQualifiedMultiplier()
        => Extract("Poland matters a great deal to Minsk. The aim is to almost double turnover within the next two years and reach $4bn.")
            .Goals.Should().ContainSingle().Which.Multiplier.Should().Be(new GoalMultiplier(2, AmountQualifier.Almost));

    [Theory]
    [InlineData("Trade with Russia is expected to reach $40bn in 2018.", GoalKind.Forecast)]
    [InlineData("Belarus and Russia set a target of $40bn of trade in 2018.", GoalKind.Target)]
    public void Extract_TargetsAndForecasts_AreTold(string sentence, GoalKind kind)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Kind.Should().Be(kind);

    [Theory]
    [InlineData("Companies from both countries concluded deals with Vietnamese firms worth $350m.")]
    [InlineData("Among foreign investors in Belarus Austria ranks fifth ($400 m in January – September 2014).")]
    [InlineData("A Serbian developer is putting up a district in Minsk at an estimated cost of $3.5bn.")]
    [InlineData("The trade surplus with Indonesia was $12.9 billion in 2016.")]
    [InlineData("Exports to China were 1.2% of total exports.")]
    [InlineData("Over 9,000 Turkmen students study in Belarus.")]
    [InlineData("The population of Vietnam is 95 million.")]
    public void Extract_NumbersThatAreNotTradeLevels_AreNotCandidates(string sentence)
    {
        var result = Extract(sentence);

        result.Goals.Should().BeEmpty();
        result.Figures.Should().BeEmpty();
        result.Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Minsk and Hanoi agreed that trade reached $150m in 2015.", "VNM")]
    [InlineData("Belarusian exports to the Emirates were $20m in 2015.", "ARE")]
    [InlineData("Trade with the Czech Republic was $20m in 2015.", "CZE")]
    [InlineData("Trade between Minsk and Abu Dhabi was $20m in 2015.", "ARE")]
    public void Extract_Countries_ByNameAdjectiveOrCapital(string sentence, string partner)
        => Extract(sentence).Figures.Should().ContainSingle().Which.Partner.Code.Should().Be(partner);

    [Fact]
    public void Extract_PartnerFromAnEarlierSentence_IsMarkedInferred()
    {
        var figure = Extract("Makei held talks with the foreign minister of Luxembourg. Their trade is still small ($6.7m in 2015).").Figures.Should().ContainSingle().Subject;

        figure.Partner.Code.Should().Be("LUX");
        figure.Inferred.Should().HaveFlag(InferredParts.Partner);
        figure.Confidence.Should().BeLessThan(0.9);
    }

    [Fact]
    public void Extract_PartnerExports_AreReportersImports()
        => Extract("Vietnam's exports to Belarus were $40m in 2015.").Figures.Should().ContainSingle().Which.Flow.Should().Be(TradeFlow.Imports);

    [Fact]
    public void Extract_WithoutReporter_TakesTheCountryNamedMost()
    {
        var figure = TradeTextExtractor.Extract("Belarus is busy. Belarus and Serbia traded $245m in 2014.", new ExtractionContext(new DateOnly(2015, 12, 31))).Figures.Single();

        figure.Reporter.Code.Should().Be("BLR");
        figure.Partner.Code.Should().Be("SRB");
    }

    [Theory]
    [InlineData("Exports to China in January – August 2016 fell to $189.6m, only 32% of the same period in 2015.", "2016-01/2016-08", "2015-01/2015-08", 0.32)]
    [InlineData("The turnover with Slovakia has fallen since 2012 – down by 40%.", "2015", "2012", 0.6)]
    [InlineData("Trade with Russia grew by 16 percent in 2018 year on year.", "2018", "2017", 1.16)]
    public void Extract_RelativeStatements_GiveTheRatio(string sentence, string period, string reference, double ratio)
    {
        var statement = Extract(sentence).Statements.Should().ContainSingle().Subject;

        statement.Period.Should().Be(ReportingPeriod.Parse(period));
        statement.ReferencePeriod.Should().Be(ReportingPeriod.Parse(reference));
        statement.Ratio.Should().BeApproximately(ratio, 1e-9);
    }

    [Fact]
    public void Extract_Quote_OffsetsPointIntoTheText()
    {
        const string text = "Heading\n\nSome words first. The result: turnover with Qatar was $29.7m in 2015.";

        var figure = Extract(text).Figures.Single();

        text.Substring(figure.Quote.Start, figure.Quote.Length).Should().Be(figure.Quote.Text).And.StartWith("The result");
    }

    [Fact]
    public void ToDataSet_CandidatesBreakingTimeOrder_AreLeftOutWithTheReason()
    {
        var published = new DateOnly(2016, 6, 30);
        var result = TradeTextExtractor.Extract(
            "Belarus and Serbia traded $245m in 2015. Belarus and Serbia traded $140m in 2016. Belarus and Serbia will reach trade of $1bn by 2020.",
            new ExtractionContext(published, Country.Parse("BLR")));
        result.Figures.Should().HaveCount(2);

        var records = result.ToDataSet(new Source("Digest", "Article", published));

        records.Data.Figures.Select(f => f.Period).Should().Equal(ReportingPeriod.Year(2015));
        records.LeftOut.Should().ContainSingle(l => l.Kind == "figure").Which.Should().Match<LeftOutCandidate>(l =>
            l.Quote.Text.Contains("$140m", StringComparison.Ordinal) && l.Reason.Contains("2016-06-30", StringComparison.Ordinal)
            && l.Reason.Contains("2016-12-31", StringComparison.Ordinal) && !l.Reason.Contains("Parameter", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LaterLevelsForTheSamePairFlowAndPeriod_AreRepeatsNotFigures()
    {
        var result = Extract("Exports to Chile came to $1,071m in 2015. Of that, shipments by sea came to $642m in 2015, and those by road reached $44m in 2015.");

        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1_071_000_000, Currency.Usd));
        result.RepeatedFigures.Select(f => f.Amount.ToDouble()).Should().Equal(642e6, 44e6);
    }

    [Fact]
    public void Extract_RepeatedLevel_KeepsTheOneWhoseSentenceNamesItsPartnerAndFlow()
    {
        var result = Extract("Trade with Chile is growing. It reached $140m in 2015. Trade with Chile came to $245m in 2015, the ministry said.");

        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(245_000_000, Currency.Usd));
        result.RepeatedFigures.Should().ContainSingle().Which.Inferred.Should().HaveFlag(InferredParts.Flow);
    }

    [Fact]
    public void ToDataSet_RepeatedFiguresAndStatements_AreLeftOutWithTheReason()
    {
        var result = Extract("Exports to Chile rose 10% to $1,071m in 2015; copper exports rose 20% to $142m in 2015.");
        result.RepeatedFigures.Should().ContainSingle();
        result.RepeatedStatements.Should().ContainSingle();

        var records = result.ToDataSet(new Source("Digest", "Article", Belarus2016.Published));

        records.Data.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(1_071_000_000, Currency.Usd));
        records.Data.Statements.Should().ContainSingle().Which.Ratio.Should().BeApproximately(1.1, 1e-9);
        records.LeftOut.Select(l => (l.Kind, l.Reason.Contains("same pair, flow and period", StringComparison.Ordinal))).Should().Equal(("figure", true), ("statement", true));
    }

    [Fact]
    public void ToDataSet_TheLevelAGoalStartsFromWithNoPeriod_IsLeftOutWithTheReason()
    {
        var result = Extract("Belarus wants to raise trade with Pakistan from $50m to $1bn within four years.");
        result.UndatedFigures.Should().ContainSingle().Which.Amount.Should().Be(Amount.FromUnits(50_000_000, Currency.Usd));
        result.Goals.Should().ContainSingle().Which.Baseline.Should().NotBeNull("the goal still starts from the level");

        var records = result.ToDataSet(new Source("Digest", "Article", Belarus2016.Published));

        records.Data.Figures.Should().BeEmpty();
        records.LeftOut.Should().ContainSingle(l => l.Kind == "figure").Which.Reason.Should().Be("$50m is the level a goal starts from, and the text gives it no period.");
    }

    [Fact]
    public void ToDataSet_SourceDatedBeforeTheAnnouncement_LeavesTheGoalOutWithTheReason()
    {
        var result = TradeTextExtractor.Extract("Belarus and Serbia will reach trade of $1bn by 2020.", new ExtractionContext(new DateOnly(2016, 6, 30), Country.Parse("BLR")));
        result.Goals.Should().ContainSingle().Which.IsComplete.Should().BeTrue();

        var records = result.ToDataSet(new Source("Digest", "Article", new DateOnly(2016, 1, 1)));

        records.Data.Goals.Should().BeEmpty();
        records.LeftOut.Should().ContainSingle().Which.Should().Match<LeftOutCandidate>(l => l.Kind == "goal" && l.Reason.Contains("before the announcement on 2016-06-30", StringComparison.Ordinal));
    }

    [Fact]
    public void ToDataSet_WrittenAndLoaded_GivesEqualRecords()
    {
        var source = new Source("Belarus Foreign Policy Digest", "Trade and geopolitics", new DateOnly(2016, 10, 31));
        var seed = ExtractionCorpus.Seed().Single(a => a.Name == "2016-10-31.txt");
        var data = seed.Extract().ToDataSet(source).Data;
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var paths = new[] { "goals.csv", "figures.csv", "statements.csv" }.Select(n => Path.Combine(folder.FullName, n)).ToArray();
            using (var writer = new StreamWriter(paths[0]))
            {
                TradeDataFile.WriteGoalsCsv(writer, data.Goals);
            }

            using (var writer = new StreamWriter(paths[1]))
            {
                TradeDataFile.WriteFiguresCsv(writer, data.Figures);
            }

            using (var writer = new StreamWriter(paths[2]))
            {
                TradeDataFile.WriteStatementsCsv(writer, data.Statements);
            }

            var loaded = new TradeDataLoader(TradeDataSet.Empty).Add(paths[0]).Add(paths[1]).Add(paths[2]).Finish();

            loaded.Problems.Should().BeEmpty();
            loaded.Data.Goals.Should().Equal(data.Goals);
            loaded.Data.Figures.Should().Equal(data.Figures);
            loaded.Data.Statements.Should().Equal(data.Statements);
            data.Goals.Should().HaveCount(3);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Extract_LongTextWithoutFullStops_IsReadInBoundedPiecesAndSaysSo()
    {
        // About 1 MB with no sentence end. Read whole, every amount was looked at against the whole sentence: quadratic,
        // over a minute. Speed itself is measured in benchmarks/TradeTargets.Extraction.Benchmarks; here the bound that
        // makes it linear is checked, with what the reader is told.
        var clause = "trade between Belarus and Vietnam reached $135m in 2015, ";
        var text = string.Concat(Enumerable.Repeat(clause, 1_000_000 / clause.Length));

        var sentences = SentenceSplitter.Split(text, []);
        var result = Extract(text);

        sentences.Should().HaveCountGreaterThan(text.Length / SentenceSplitter.MaxSentenceLength)
            .And.OnlyContain(s => s.Length <= SentenceSplitter.MaxSentenceLength);
        sentences[^1].End.Should().Be(text.TrimEnd().Length, "no text is lost between the pieces");
        result.Figures.Should().ContainSingle().Which.Amount.Should().Be(Amount.Parse("$135m"));
        result.Notes.Should().ContainSingle().Which.Should()
            .StartWith(string.Create(CultureInfo.InvariantCulture, $"The sentence at characters 0 to {text.TrimEnd().Length} is {text.TrimEnd().Length:N0} characters long"))
            .And.Contain($"read in {sentences.Count} pieces");
    }

    [Fact]
    public void Extract_OrdinarySentences_HaveNoNotes()
        => Extract("Belarus and Serbia traded $245m in 2014. Exports grew.").Notes.Should().BeEmpty();

    [Fact]
    public void Extract_TwoTargetsEachWithItsOwnDeadline_AreTwoGoals()
    {
        var result = Extract("The presidents of Belarus and Vietnam agreed to raise bilateral trade to $1 billion by 2020 and to $3 billion by 2030.");

        result.Goals.Select(g => (g.Target, g.Deadline!.Deadline.ToString())).Should().BeEquivalentTo(new[]
        {
            ((Amount?)Amount.Parse("$1bn"), "2020"),
            ((Amount?)Amount.Parse("$3bn"), "2030"),
        });
    }

    [Fact]
    public void Extract_TwoAmountsWithOneDeadline_StayOneGoal()
        => Extract("The two sides aim to lift trade with Vietnam to $1 billion, from $500 million, by 2020.").Goals.Should().ContainSingle()
            .Which.Target.Should().Be(Amount.Parse("$1bn"));

    [Theory]
    [InlineData("Belarus's plan foresees trade with Vietnam trebling to $600 million by 2025.")]
    [InlineData("Minsk wants trade with Vietnam to climb to $600 million by 2025.")]
    [InlineData("Belarus intends to take its trade with Vietnam to $600 million by 2025.")]
    public void Extract_GoalVerbs_AreRead(string sentence)
        => Extract(sentence).Goals.Should().ContainSingle().Which.Should().Match<GoalCandidate>(g => g.Target == Amount.Parse("$600m") && g.Deadline!.Deadline.ToString() == "2025");

    [Theory]
    [InlineData("NZ$1.5 billion", "NZD")]
    [InlineData("A$2 billion", "AUD")]
    [InlineData("RM25 billion", "MYR")]
    [InlineData("Rp40 trillion", "IDR")]
    [InlineData("THB 60 billion", "THB")]
    [InlineData("25 billion ringgit", "MYR")]
    [InlineData("3 trillion won", "KRW")]
    public void Extract_CurrencySymbolsCodesAndWords_AreRead(string amount, string currency)
        => Extract($"Belarus aims to raise trade with Vietnam to {amount} by 2025.").Goals.Should().ContainSingle()
            .Which.Target!.Value.Currency.Code.Should().Be(currency);

    [Fact]
    public void Extract_ThreeCapitalsThatAreNoCurrency_AreNoMoney()
        => Extract("Belarus's GDP 5 billion mark was passed in 2016, and trade with Vietnam reached $135m in 2016.").Figures.Should().ContainSingle()
            .Which.Amount.Should().Be(Amount.Parse("$135m"));

    [Theory]
    [InlineData("Romania came next with 90.8 mln, up 25.2%, ahead of Ukraine with 78.1 mln.")]
    [InlineData("Central America followed with 1,685.2 million dollars and the eurozone with 461.6 million.")]
    [InlineData("In January-August 2006 Russia still headed the list with USD 131.5 mln.")]
    public void Extract_ATextThatOpensWithARankingGoingOn_IsReadWithoutASentenceBeforeIt(string text)
    {
        // A ranking "goes on" from the sentence about trade two before it; the first sentence has none before it.
        var read = () => Extract(text);

        read.Should().NotThrow();
    }

    [Fact]
    public void Extract_EveryTrainingPassageStartedAtAnyParagraph_IsReadWithoutAnError()
    {
        // Articles are pasted from their middle as often as from their start: no paragraph may be read as if a sentence
        // stood before it.
        var failures = new List<string>();
        foreach (var (name, text, context) in ExtractionCorpus.TextsIn("train"))
        {
            var paragraphs = text.Split('\n').Where(l => l.Length > 0).ToList();
            for (var i = 1; i < paragraphs.Count; i++)
            {
                try
                {
                    TradeTextExtractor.Extract(string.Join("\n\n", paragraphs.Skip(i)), context);
                }
                catch (Exception e)
                {
                    failures.Add($"{name} from paragraph {i + 1}: {e.GetType().Name}");
                }
            }
        }

        failures.Should().BeEmpty();
    }
}
