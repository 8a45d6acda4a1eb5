namespace TradeTargets;

/// <summary>The goal's <see cref="TrendFit"/> projected to one reading of its deadline.</summary>
/// <remarks>
/// The projected level is exp of the fitted value (the median under the log-linear model); the intervals and the
/// probability of reaching the goal come from the prediction interval on the log scale, mapped back with exp.
/// </remarks>
/// <param name="DeadlineYear">The year projected to.</param>
/// <param name="ProjectedLevel">The projected level at the deadline.</param>
/// <param name="Interval80">The 80% prediction interval of the level at the deadline.</param>
/// <param name="Interval95">The 95% prediction interval of the level at the deadline.</param>
/// <param name="ProbabilityOfReachingGoal">The probability under the model that the level at the deadline reaches the goal.</param>
public sealed record TrendProjection(
    int DeadlineYear,
    double ProjectedLevel,
    (double Lower, double Upper) Interval80,
    (double Lower, double Upper) Interval95,
    double ProbabilityOfReachingGoal);
