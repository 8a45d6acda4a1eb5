using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class RelativeStatementTests
{
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
