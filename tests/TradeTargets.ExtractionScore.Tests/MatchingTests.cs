namespace TradeTargets.ExtractionScore.Tests;

public class MatchingTests
{
    private static readonly Country Russia = Country.Parse("RUS");
    private static readonly Country China = Country.Parse("CHN");

    private static GoldRecord Figure(Country reporter, Country partner, TradeFlow flow, string amount, string period = "2023")
        => new("figure", reporter, partner, flow, Amount.Parse(amount), period);

    [Fact]
    public void Differences_TheSameRecord_AreNone()
        => Matching.Differences(Figure(Russia, China, TradeFlow.Exports, "$4.2bn"), Figure(Russia, China, TradeFlow.Exports, "$4.2bn"))
            .Should().BeEmpty();

    [Fact]
    public void Differences_ARecordFromThePartnersSide_MatchWithTheFlowMirrored()
        => Matching.Differences(Figure(Russia, China, TradeFlow.Exports, "$4.2bn"), Figure(China, Russia, TradeFlow.Imports, "$4.2bn"))
            .Should().BeEmpty();

    [Fact]
    public void Differences_AnotherPair_AreNull()
        => Matching.Differences(Figure(Russia, China, TradeFlow.Exports, "$4.2bn"), Figure(Russia, Country.Parse("IND"), TradeFlow.Exports, "$4.2bn"))
            .Should().BeNull();

    [Theory]
    [InlineData("$4.24bn", new string[0])]
    [InlineData("$4.25bn", new[] { "amount" })]
    [InlineData("EUR 4.2bn", new[] { "currency" })]
    public void Differences_AnAmount_MatchesWithinOnePercentInTheSameCurrency(string candidate, string[] expected)
        => Matching.Differences(Figure(Russia, China, TradeFlow.Exports, "$4.2bn"), Figure(Russia, China, TradeFlow.Exports, candidate))
            .Should().Equal(expected);

    [Fact]
    public void Differences_EveryFieldThatDisagrees_IsListed()
        => Matching.Differences(Figure(Russia, China, TradeFlow.Exports, "$4.2bn"), Figure(Russia, China, TradeFlow.Imports, "$5bn", "2022"))
            .Should().Equal("flow", "amount", "period");

    [Theory]
    [InlineData(1.16, 1.1657, new string[0])]
    [InlineData(1.16, 1.1659, new[] { "ratio" })]
    public void Differences_AStatementsRatio_MatchesWithinHalfAPercent(double gold, double candidate, string[] expected)
    {
        GoldRecord Statement(double ratio) => new("statement", Russia, China, TradeFlow.Turnover, null, "2018 2017", Ratio: ratio);

        Matching.Differences(Statement(gold), Statement(candidate)).Should().Equal(expected);
    }

    [Fact]
    public void Differences_WithinYearsAndTheYearItMeans_AreOneDeadline()
    {
        var gold = new GoldRecord("goal", Russia, China, TradeFlow.Turnover, Amount.Parse("$200bn"), "within 5 years", DeadlineYear: 2015);
        var candidate = new GoldRecord("goal", Russia, China, TradeFlow.Turnover, Amount.Parse("$200bn"), "2015", DeadlineYear: 2015);

        Matching.Differences(gold, candidate).Should().BeEmpty();
    }

    [Theory]
    [InlineData("in the coming years", "in the next few years", new string[0])]
    [InlineData("within 1 year", "within 1 years", new string[0])]
    [InlineData("in the coming years", "in the long term", new[] { "deadline" })]
    public void Differences_VagueDeadlines_AreComparedByTheWindowThePolicyReadsThemAs(string gold, string candidate, string[] expected)
    {
        GoldRecord Goal(string deadline) => new("goal", Russia, China, TradeFlow.Turnover, Amount.Parse("$200bn"), deadline);

        Matching.Differences(Goal(gold), Goal(candidate)).Should().Equal(expected);
    }
}
