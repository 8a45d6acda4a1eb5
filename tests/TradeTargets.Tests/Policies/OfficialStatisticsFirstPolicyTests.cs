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

    [Fact]
    public void Name_IsTheRuleItFollows()
        => OfficialStatisticsFirstPolicy.Instance.Name.Should().Be("official statistics first");

    [Fact]
    public void Choose_SameSideAndDate_PrefersExactOverQualified()
    {
        // "a-about" would come first by id; the exact figure wins before the id is looked at.
        var about = Figure("a-about", "SRB", ReportingPeriod.Year(2015), 200m, basis: Basis.ReporterGoods, qualifier: AmountQualifier.About);
        var exact = Figure("b-exact", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods);

        OfficialStatisticsFirstPolicy.Instance.Choose([about, exact]).Should().BeSameAs(exact);
    }

    [Fact]
    public void Choose_OtherwiseEqual_PrefersTheFirstIdInOrdinalOrder()
    {
        var b = Figure("b", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods);
        var a = Figure("a", "SRB", ReportingPeriod.Year(2015), 207m, basis: Basis.ReporterGoods);

        OfficialStatisticsFirstPolicy.Instance.Choose([b, a]).Should().BeSameAs(a);
        OfficialStatisticsFirstPolicy.Instance.Choose([a, b]).Should().BeSameAs(a);
    }

    [Fact]
    public void Choose_ReportedAndDerivedTurnover_PrefersReported()
    {
        var data = TestData.Figures(
        [
            Figure("x", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports),
            Figure("m", "AZE", ReportingPeriod.Year(2014), 8.7m, TradeFlow.Imports),
            Figure("z-total", "AZE", ReportingPeriod.Year(2014), 330m),
        ]);
        var candidates = data.FiguresOf(new TradePair(Belarus, Country.Parse("AZE")), TradeFlow.Turnover).ToList();

        candidates.Should().Contain(f => f.IsDerived);
        OfficialStatisticsFirstPolicy.Instance.Choose(candidates).Id.Should().Be("z-total");
    }

    [Fact]
    public void Choose_Null_ThrowsNamingIt()
        => FluentActions.Invoking(() => OfficialStatisticsFirstPolicy.Instance.Choose(null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "candidates");

    [Fact]
    public void Choose_NoCandidates_ThrowsSayingOneIsNeeded()
        => FluentActions.Invoking(() => OfficialStatisticsFirstPolicy.Instance.Choose([]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "candidates").WithMessage("At least one candidate figure is needed.*");

    [Fact]
    public void Choose_NullAmongCandidates_ThrowsNamingTheElement()
        => FluentActions.Invoking(() => OfficialStatisticsFirstPolicy.Instance.Choose([Annual("VNM", 2016, 1m), null!]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "candidates").WithMessage("*element 1 is null*");
}
