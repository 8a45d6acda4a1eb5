namespace TradeTargets;

/// <summary>What the evaluation said about a settled goal at one date, beside what happened.</summary>
/// <remarks>
/// Every number comes from an evaluation as of <see cref="AsOf"/>, so only figures published by then were seen; the
/// outcome fields come from the goal's settlement. The baselines' probabilities sit beside the trend's so that each
/// forecast can be checked against them by hand.
/// </remarks>
public sealed record BacktestForecast
{
    /// <summary>The settled goal.</summary>
    public required SettledGoal Settled { get; init; }

    /// <summary>The date of the look: the announcement date, or a year-end before the deadline year.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Whether this is the look at the announcement or at a year-end.</summary>
    public required ForecastTime Time { get; init; }

    /// <summary>The trend's probability that the level at the deadline reaches the goal.</summary>
    public required double Probability { get; init; }

    /// <summary>The trend's projected (median) level at the deadline.</summary>
    public required double ProjectedLevel { get; init; }

    /// <summary>The 80% prediction interval of the deadline level.</summary>
    public required (double Lower, double Upper) Interval80 { get; init; }

    /// <summary>The 95% prediction interval of the deadline level.</summary>
    public required (double Lower, double Upper) Interval95 { get; init; }

    /// <summary>The progress category at that date, or null when the progress ratio was undefined.</summary>
    public ProgressCategory? ProgressCategory { get; init; }

    /// <summary>Growth still required a year from the latest annual level to reach the goal in the deadline year, or null without such a level.</summary>
    public double? RequiredGrowth { get; init; }

    /// <summary>Growth a year over the last five years of annual levels (from the earliest level in the five years before the latest), or null without two levels.</summary>
    public double? RecentGrowth { get; init; }

    /// <summary>The base rate: the share of the other settled goals that were met.</summary>
    public required double BaseRate { get; init; }

    /// <summary>The recent-growth rule: 1 when <see cref="RequiredGrowth"/> is below <see cref="RecentGrowth"/>, otherwise 0; the base rate when either is undefined.</summary>
    public required double RecentGrowthRule { get; init; }

    /// <summary>The share met among the other goals' forecasts of the same time and category (see <see cref="ForecastRule.ProgressCategory"/>); the base rate when no other goal shares the category.</summary>
    public required double CategoryRate { get; init; }

    /// <summary>Whether the goal was met.</summary>
    public bool Met => Settled.Met;

    /// <summary>The probability a rule gave this forecast.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The probability.</returns>
    public double ProbabilityBy(ForecastRule rule) => rule switch
    {
        ForecastRule.Trend => Probability,
        ForecastRule.BaseRate => BaseRate,
        ForecastRule.RecentGrowth => RecentGrowthRule,
        ForecastRule.ProgressCategory => CategoryRate,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a forecast rule."),
    };
}
