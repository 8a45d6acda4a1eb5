namespace TradeTargets;

/// <summary>Adds the baselines' probabilities to the trend's forecasts; each leaves the forecast's own goal out.</summary>
internal static class BaselineForecasts
{
    // With no other goal to learn from, the base rate knows nothing: even odds.
    private const double NoOtherGoal = 0.5;

    public static List<BacktestForecast> Complete(List<ForecastBacktest.Draft> drafts, int metCount, int settledCount)
    {
        double BaseRate(SettledGoal goal) => settledCount <= 1 ? NoOtherGoal : (double)(metCount - (goal.Met ? 1 : 0)) / (settledCount - 1);

        var byCategory = drafts.ToLookup(d => d.RuleCategory);
        return drafts.Select(d =>
        {
            var baseRate = BaseRate(d.Settled);
            var others = byCategory[d.RuleCategory].Where(o => o.Settled.Goal.Id != d.Settled.Goal.Id).ToList();
            return new BacktestForecast
            {
                Settled = d.Settled,
                AsOf = d.AsOf,
                Time = d.Time,
                Probability = d.Trend.ProbabilityOfReachingGoal,
                ProjectedLevel = d.Trend.ProjectedLevel,
                Interval80 = d.Trend.Interval80,
                Interval95 = d.Trend.Interval95,
                ProgressCategory = d.Category,
                RequiredGrowth = d.Required,
                RecentGrowth = d.Recent,
                BaseRate = baseRate,
                RecentGrowthRule = d.Reached ? 1 : d.Required is { } r && d.Recent is { } g ? (r < g ? 1 : 0) : baseRate,
                CategoryRate = others.Count == 0 ? baseRate : (double)others.Count(o => o.Settled.Met) / others.Count,
            };
        }).ToList();
    }
}
