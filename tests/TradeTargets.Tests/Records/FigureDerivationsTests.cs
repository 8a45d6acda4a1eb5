using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class FigureDerivationsTests
{
    [Fact]
    public void TurnoverFromParts_AzerbaijanExportsAndImports_SumsAndCitesBoth()
    {
        var exports = Figure("aze-x-2014", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports, source: PublishedOn(2015, 12, 31));
        var imports = Figure("aze-m-2014", "AZE", ReportingPeriod.Year(2014), 8.7m, TradeFlow.Imports, source: PublishedOn(2015, 12, 30));

        var turnover = FigureDerivations.TurnoverFromParts(exports, imports);

        turnover.Amount.Should().Be(Amount.Parse("$326.7m"));
        turnover.Flow.Should().Be(TradeFlow.Turnover);
        turnover.IsDerived.Should().BeTrue();
        turnover.Derivation!.InputIds.Should().Equal("aze-x-2014", "aze-m-2014");
        turnover.Derivation.Formula.Should().Be("exports $318m + imports $8.7m");
        turnover.Sources.Should().HaveCount(2);
        turnover.PublishedOn.Should().Be(new DateOnly(2015, 12, 31));
    }

    [Fact]
    public void TurnoverFromParts_DifferentBases_ThrowsNamingBothBases()
    {
        var exports = Figure("x", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports, Basis.ReporterGoods);
        var imports = Figure("m", "AZE", ReportingPeriod.Year(2014), 8.7m, TradeFlow.Imports, new Basis(Coverage.Goods, ReportingSide.PartnerMirror));

        var act = () => FigureDerivations.TurnoverFromParts(exports, imports);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "imports").WithMessage("*goods/partner-mirror*goods/reporter*different bases*");
    }

    [Fact]
    public void TurnoverFromParts_DifferentPeriods_Throws()
    {
        var exports = Figure("x", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports);
        var imports = Figure("m", "AZE", ReportingPeriod.Year(2015), 8.7m, TradeFlow.Imports);

        FluentActions.Invoking(() => FigureDerivations.TurnoverFromParts(exports, imports)).Should().Throw<ArgumentException>().WithMessage("*2015*2014*same period*");
    }

    [Fact]
    public void DeriveAll_FindsTurnoverAndStatementDerivations()
    {
        var figures = new[]
        {
            Figure("x", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports),
            Figure("m", "AZE", ReportingPeriod.Year(2014), 8.7m, TradeFlow.Imports),
            Figure("svk-2012", "SVK", ReportingPeriod.Year(2012), 100m),
        };
        var statement = new RelativeStatement("svk-down", TestData.Belarus, Country.Parse("SVK"), TradeFlow.Turnover, ReportingPeriod.Year(2016), ReportingPeriod.Year(2012), 0.6, PublishedOn(2017, 2, 1), AmountQualifier.About);

        var derived = FigureDerivations.DeriveAll(figures, [statement]);

        derived.Select(d => (d.Id, d.Amount.ToString(), d.Qualifier)).Should().Equal(
            ("x+m", "$326.7m", AmountQualifier.Exact),
            ("svk-2012~svk-down", "$60m", AmountQualifier.About));
    }
}
