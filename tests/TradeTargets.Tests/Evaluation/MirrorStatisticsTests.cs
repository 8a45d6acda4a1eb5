using TradeTargets.IO;
using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>Goals see the partner's statistics of their pair in mirror: <see cref="TradeDataSet.FiguresOf"/> and the evaluator together.</summary>
public class MirrorStatisticsTests
{
    private static readonly Country Vietnam = Country.Parse("VNM");
    private static readonly Source Customs = new("Vietnam customs", "Trade by partner", new DateOnly(2017, 3, 1));

    private static ReportedFigure VietnamReports(string id, TradeFlow flow, int year, decimal millions)
        => new(id, Vietnam, Belarus, flow, ReportingPeriod.Year(year), Amount.FromMillions(millions), Basis.ReporterGoods, Customs);

    [Fact]
    public void Evaluate_ComtradeFileReportedByThePartner_SettlesTheGoal()
    {
        // Vietnam reports its exports to and imports from Belarus; Belarus's turnover with Vietnam is their sum.
        var text = ComtradeImporterTests.File(
            ComtradeImporterTests.CurrentHeader,
            ComtradeImporterTests.Current("VNM", 704, "X", "BLR", 112, "40000000", year: 2016),
            ComtradeImporterTests.Current("VNM", 704, "M", "BLR", 112, "60000000", year: 2016));
        var data = TradeDataFile.Load(new StringReader(text), "comtrade-vnm.csv");
        var goal = Goal("VNM", 500, Deadline.InYear(2016), new DateOnly(2015, 5, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        evaluation.Status.Should().Be(GoalStatus.Missed);
        evaluation.Level!.Value.Should().Be(100e6);
        var chosen = evaluation.Level.Observation.Chosen;
        chosen.Basis.Side.Should().Be(ReportingSide.PartnerMirror);
        chosen.Derivation!.Method.Should().Be(DerivationMethod.Mirror);
        chosen.Pair.Should().Be(goal.Pair);
    }

    [Fact]
    public void FiguresOf_PartnersExports_AreTheReportersImports()
    {
        var data = new TradeDataSet([], [VietnamReports("v-x", TradeFlow.Exports, 2016, 40m)], []);

        var imports = data.FiguresOf(new TradePair(Belarus, Vietnam), TradeFlow.Imports).Should().ContainSingle().Subject;

        imports.Id.Should().Be("v-x~mirror");
        imports.Amount.Should().Be(Amount.FromMillions(40m));
        imports.Sources.Should().Equal(Customs);
        data.FiguresOf(new TradePair(Belarus, Vietnam), TradeFlow.Exports).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_OwnAndMirrorDisagreeForAYear_OwnIsChosenAndMirrorKeptAsAlternative()
    {
        var own = new ReportedFigure("own-2016", Belarus, Vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2016), Amount.FromMillions(121m), Basis.ReporterGoods, SourceFor(ReportingPeriod.Year(2016)));
        var data = new TradeDataSet([], [own, VietnamReports("vnm-2016", TradeFlow.Turnover, 2016, 140m)], []);
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 5, 1));

        var observation = GoalEvaluator.Evaluate(goal, data, EvaluationOptions.At(new DateOnly(2017, 12, 31))).Observations.Single();

        observation.Chosen.Should().Be(own);
        observation.Alternatives.Select(f => f.Id).Should().Equal("vnm-2016~mirror");
    }

    [Fact]
    public void Evaluate_SeriesMixingOwnAndMirrorYears_SaysSoInACaveat()
    {
        var own = new ReportedFigure("own-2015", Belarus, Vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2015), Amount.FromMillions(100m), Basis.ReporterGoods, Digest);
        var data = new TradeDataSet([], [own, VietnamReports("vnm-2016", TradeFlow.Turnover, 2016, 140m)], []);
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 5, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        evaluation.Observations.Select(o => o.Chosen.Basis.Side).Should().Equal(ReportingSide.Reporter, ReportingSide.PartnerMirror);
        evaluation.Caveats.Should().Contain(c => c.Contains("mirror statistics", StringComparison.Ordinal) && c.Contains("CIF", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_OnlyThePartnersMirrorStatistics_HasNoMixingCaveat()
    {
        var data = new TradeDataSet([], [VietnamReports("vnm-2015", TradeFlow.Turnover, 2015, 100m), VietnamReports("vnm-2016", TradeFlow.Turnover, 2016, 140m)], []);
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 5, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        // Both levels are the partner's mirror statistics: nothing is mixed.
        evaluation.Observations.Select(o => o.Chosen.Basis.Side).Should().Equal(ReportingSide.PartnerMirror, ReportingSide.PartnerMirror);
        evaluation.Caveats.Should().BeEmpty();
    }
}
