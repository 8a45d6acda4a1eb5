namespace TradeTargets;

/// <summary>A goal whose deadline has passed and whose outcome the figures settle.</summary>
/// <param name="Goal">The goal.</param>
/// <param name="DeadlineYear">The deadline year scored: the latest reading of the deadline (the end of a vague window).</param>
/// <param name="Met">Whether a full-year level from the announcement year to the deadline year reached the goal.</param>
/// <param name="LevelAtDeadline">The reported level of the deadline year, which the prediction intervals are checked against, or null when none was published.</param>
public sealed record SettledGoal(Goal Goal, int DeadlineYear, bool Met, double? LevelAtDeadline);
