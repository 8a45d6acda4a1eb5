namespace TradeTargets;

/// <summary>A way of giving a probability that a goal is reached: the trend model the charts show, and the baselines it must beat.</summary>
public enum ForecastRule
{
    /// <summary>The log-linear trend's probability that the level at the deadline reaches the goal (<see cref="TrendProjection.ProbabilityOfReachingGoal"/>).</summary>
    Trend,

    /// <summary>The share of the other settled goals that were met (leave-one-out), the same for every forecast of a goal.</summary>
    BaseRate,

    /// <summary>1 when the growth still required (latest level to goal by the deadline) is below the growth of the last five years, otherwise 0.</summary>
    RecentGrowth,

    /// <summary>The progress category read as a probability: the share met among the other goals' forecasts of the same category (leave-one-out).</summary>
    /// <remarks>
    /// Where the evaluation has no progress ratio yet (at an announcement its baseline is the latest level), the
    /// category is read with the same thresholds from recent growth against the growth still required.
    /// </remarks>
    ProgressCategory,
}
