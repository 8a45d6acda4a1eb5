using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class ForecastBacktestTests
{
    private static readonly DateOnly Announced = BacktestData.Announced;
    private static readonly BacktestOptions In2018 = BacktestOptions.At(new DateOnly(2018, 1, 1)) with { BootstrapSamples = 200 };

    private static TradeDataSet ThreeGoals(params ReportedFigure[] extra) => BacktestData.ThreeSettledGoals(extra);

    [Fact]
    public void Run_ThreeSettledGoals_LooksAtAnnouncementAndEachYearEndBeforeTheDeadlineYear()
    {
        var result = ForecastBacktest.Run(ThreeGoals(), In2018);

        result.Settled.Select(s => (s.Goal.Id, s.Met, s.DeadlineYear, s.LevelAtDeadline)).Should().Equal(
            ("pol", true, 2016, 180e6), ("vnm", false, 2016, 170e6), ("pak", true, 2016, 170e6));
        result.Headline!.Forecasts.Should().HaveCount(3).And.OnlyContain(f => f.AsOf == Announced);
        result.YearEnds!.Forecasts.Select(f => f.AsOf).Distinct().Should().Equal(new DateOnly(2014, 12, 31), new DateOnly(2015, 12, 31));
        result.ForecastCount.Should().Be(9);
        result.Missing.Should().BeEmpty();
    }

    [Fact]
    public void Run_BaseRate_LeavesTheGoalItselfOut()
    {
        var headline = ForecastBacktest.Run(ThreeGoals(), In2018).Headline!;

        // Two of three met: a met goal sees 1 of 2 others met, the missed goal 2 of 2. Brier (0.25 + 0.25 + 1) / 3 = 0.5.
        headline.Forecasts.Select(f => (f.Settled.Goal.Id, f.BaseRate)).Should().BeEquivalentTo(new[] { ("pak", 0.5), ("pol", 0.5), ("vnm", 1.0) });
        headline.Of(ForecastRule.BaseRate).Brier.Value.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Run_TrendScores_AreTheScoringRulesOfTheForecasts()
    {
        var headline = ForecastBacktest.Run(ThreeGoals(), In2018).Headline!;
        var pairs = headline.Forecasts.Select(f => (f.Probability, f.Met)).ToList();

        headline.Of(ForecastRule.Trend).Brier.Value.Should().Be(ScoringRules.Brier(pairs));
        headline.Of(ForecastRule.Trend).LogScore.Value.Should().Be(ScoringRules.LogScore(pairs));
        headline.Of(ForecastRule.Trend).Reliability.Sum(b => b.Count).Should().Be(3);
        headline.BrierGainOverBaseRate.Value.Should().BeApproximately(0.5 - ScoringRules.Brier(pairs), 1e-12);
        headline.Coverage.Count.Should().Be(3);
    }

    [Fact]
    public void Run_RecentGrowthRule_ComparesRequiredWithFiveYearGrowth()
    {
        var pol = ForecastBacktest.Run(ThreeGoals(), In2018).Headline!.Forecasts.Single(f => f.Settled.Goal.Id == "pol");

        // As of the announcement: 2010 100 to 2013 135, growth 1.35^(1/3) − 1 = 10.5%; 150 by 2016 needs (150/135)^(1/3) − 1 = 3.6%.
        pol.RecentGrowth!.Value.Should().BeApproximately(Math.Pow(1.35, 1 / 3.0) - 1, 1e-12);
        pol.RequiredGrowth!.Value.Should().BeApproximately(Math.Pow(150 / 135.0, 1 / 3.0) - 1, 1e-12);
        pol.RecentGrowthRule.Should().Be(1);
    }

    [Fact]
    public void Run_FiguresPublishedAfterTheLook_DoNotChangeItsForecast()
    {
        // A revised 2013 figure from the statistics office (preferred over the unstated one once published) and a
        // first-half 2014 figure, both published in the first days of 2015: after the announcement and the 2014 year-end.
        var later = new[]
        {
            Figure("pol-2013-revised", "POL", ReportingPeriod.Year(2013), 90m, basis: Basis.ReporterGoods, source: PublishedOn(2015, 1, 5)),
            Figure("pol-2014-early", "POL", ReportingPeriod.Months(2014, 1, 6), 200m, source: PublishedOn(2015, 1, 5)),
        };

        var before = ForecastBacktest.Run(ThreeGoals(), In2018);
        var after = ForecastBacktest.Run(ThreeGoals(later), In2018);

        Forecast(after, "pol", Announced).Should().Be(Forecast(before, "pol", Announced));
        Forecast(after, "pol", new DateOnly(2014, 12, 31)).Should().Be(Forecast(before, "pol", new DateOnly(2014, 12, 31)));
        Forecast(after, "pol", new DateOnly(2015, 12, 31)).Should().NotBe(Forecast(before, "pol", new DateOnly(2015, 12, 31)), "the figures were published by then, so the test can see them change a forecast");
    }

    [Fact]
    public void Run_RestatementAnnouncedLater_DoesNotChangeTheOriginalsForecasts()
    {
        var data = ThreeGoals();
        var restatement = new Goal("pol-again", Belarus, Country.Parse("POL"), TradeFlow.Turnover, Amount.FromMillions(300), Deadline.InYear(2020), new DateOnly(2015, 3, 1), "President", PublishedOn(2015, 3, 1), restatementOf: "pol");
        var restated = new TradeDataSet(data.Goals.Append(restatement), data.Figures, data.Statements);

        var before = ForecastBacktest.Run(data, In2018);
        var after = ForecastBacktest.Run(restated, In2018);

        after.Settled.Should().HaveCount(3, "the restatement is due in 2020 and still open");
        after.Headline!.Forecasts.Should().Equal(before.Headline!.Forecasts);
        after.YearEnds!.Forecasts.Should().Equal(before.YearEnds!.Forecasts);
    }

    [Fact]
    public void Run_GoalWithTooFewFiguresAtALook_IsListedNotScored()
    {
        var data = ThreeGoals().Merge(new TradeDataSet(
            [Goal("SRB", 50, Deadline.InYear(2016), Announced, id: "srb")],
            [Annual("SRB", 2013, 20m, PublishedOn(2014, 3, 1)), Annual("SRB", 2016, 60m, PublishedOn(2017, 6, 30))],
            []));

        var result = ForecastBacktest.Run(data, In2018);

        result.Settled.Should().Contain(s => s.Goal.Id == "srb" && s.Met);
        result.Missing.Where(m => m.GoalId == "srb").Select(m => m.AsOf).Should().Equal(Announced, new DateOnly(2014, 12, 31), new DateOnly(2015, 12, 31));
        result.Missing.Should().OnlyContain(m => m.Reason.StartsWith("Insufficient data for a trend", StringComparison.Ordinal));
        result.Headline!.Forecasts.Should().NotContain(f => f.Settled.Goal.Id == "srb");
    }

    [Fact]
    public void Run_NoSettledGoal_ThrowsBacktestException()
    {
        var act = () => ForecastBacktest.Run(ThreeGoals(), BacktestOptions.At(new DateOnly(2016, 6, 1)));

        act.Should().Throw<BacktestException>().WithMessage("Nothing to backtest: none of the 3 goal(s) is settled as of 2016-06-01*");
    }

    [Fact]
    public void Run_SettledGoalsWithoutForecasts_ThrowsBacktestException()
    {
        var data = new TradeDataSet(
            [Goal("SRB", 50, Deadline.InYear(2016), Announced, id: "srb")],
            [Annual("SRB", 2013, 20m, PublishedOn(2014, 3, 1)), Annual("SRB", 2016, 60m, PublishedOn(2017, 6, 30))],
            []);

        var act = () => ForecastBacktest.Run(data, In2018);

        act.Should().Throw<BacktestException>().WithMessage("Nothing to backtest: 1 goal(s) are settled, but none had a forecast*");
    }

    [Fact]
    public void Run_SameInput_SameScores()
    {
        var first = ForecastBacktest.Run(ThreeGoals(), In2018);
        var second = ForecastBacktest.Run(ThreeGoals(), In2018);

        second.Headline!.Rules.Should().Equal(first.Headline!.Rules);
        second.YearEnds!.Rules.Should().Equal(first.YearEnds!.Rules);
        second.YearEnds.Coverage.Should().Be(first.YearEnds.Coverage);
    }

    private static BacktestForecast Forecast(BacktestResult result, string goalId, DateOnly asOf)
        => result.Headline!.Forecasts.Concat(result.YearEnds!.Forecasts).Single(f => f.Settled.Goal.Id == goalId && f.AsOf == asOf);
}
