using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class RelativeStatementTests
{
    private static RelativeStatement Statement(ReportingPeriod period, ReportingPeriod reference, string partner = "CHN")
        => new("s", Belarus, Country.Parse(partner), TradeFlow.Exports, period, reference, 0.32, Digest);

    [Fact]
    public void Constructor_SameCountryTwice_IsRejectedByThePairRule()
    {
        var act = () => Statement(ReportingPeriod.Year(2016), ReportingPeriod.Year(2015), partner: "BLR");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "partner");
    }

    [Fact]
    public void Constructor_PeriodsOfDifferentLength_IsRejected()
    {
        var act = () => Statement(ReportingPeriod.Months(2016, 1, 8), ReportingPeriod.Year(2015));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "referencePeriod" && e.Message.Contains("same length"));
    }

    [Fact]
    public void Constructor_ReferenceNotBeforePeriod_IsRejected()
    {
        var act = () => Statement(ReportingPeriod.Year(2015), ReportingPeriod.Year(2016));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "referencePeriod" && e.Message.Contains("must come before"));
    }

    [Fact]
    public void Derive_FromTheReferencePeriod_MultipliesByTheRatio()
    {
        var statement = Statement(ReportingPeriod.Months(2016, 1, 8), ReportingPeriod.Months(2015, 1, 8));
        var known = Figure("k", "CHN", ReportingPeriod.Months(2015, 1, 8), 100m, TradeFlow.Exports);

        var derived = statement.Derive(known);

        // $100m × 0.32 = $32m for January–August 2016.
        derived.Amount.Should().Be(Amount.FromMillions(32m));
        derived.Period.Should().Be(ReportingPeriod.Months(2016, 1, 8));
        derived.Pair.Should().Be(statement.Pair);
    }

    [Fact]
    public void Derive_ChinaExports32PercentOfYearBefore_DerivesEarlierLevel()
    {
        var current = Figure("chn-x-2016-jan-aug", "CHN", ReportingPeriod.Months(2016, 1, 8), 189.6m, TradeFlow.Exports);
        var statement = new RelativeStatement(
            "chn-x-share", TestData.Belarus, Country.Parse("CHN"), TradeFlow.Exports,
            ReportingPeriod.Months(2016, 1, 8), ReportingPeriod.Months(2015, 1, 8), 0.32, PublishedOn(2016, 10, 31));

        var earlier = statement.Derive(current);

        earlier.Period.Should().Be(ReportingPeriod.Months(2015, 1, 8));
        // The statement says Jan–Aug 2016 is 0.32 of Jan–Aug 2015, so 2015 was $189.6m ÷ 0.32 = $592.5m.
        earlier.Amount.Should().Be(Amount.Parse("$592.5m"));
        earlier.IsDerived.Should().BeTrue();
        earlier.Derivation!.Formula.Should().Be("$189.6m (2016-01/2016-08) ÷ 0.32");
        earlier.Sources.Should().HaveCount(2);
    }
}
