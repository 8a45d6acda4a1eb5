using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class OfficialStatisticsFirstPolicyTests
{
    [Fact]
    public void Choose_StatisticsOfficeAndAmbassador_PrefersStatistics()
    {
        var office = Figure("office", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods);
        var ambassador = Figure("ambassador", "SRB", ReportingPeriod.Year(2015), 500m, basis: new Basis(Coverage.Unstated, ReportingSide.OfficialClaim), qualifier: AmountQualifier.Over);

        OfficialStatisticsFirstPolicy.Instance.Choose([ambassador, office]).Should().BeSameAs(office);
    }

    [Fact]
    public void Choose_SameSide_PrefersLaterRevision()
    {
        var first = Figure("first", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods, source: PublishedOn(2016, 2, 1));
        var revised = Figure("revised", "SRB", ReportingPeriod.Year(2015), 207m, basis: Basis.ReporterGoods, source: PublishedOn(2016, 6, 1));

        OfficialStatisticsFirstPolicy.Instance.Choose([first, revised]).Should().BeSameAs(revised);
    }
}
