using static TradeTargets.Tests.TestData;

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
}
