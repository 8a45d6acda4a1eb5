namespace TradeTargets;

/// <summary>How often the trend's prediction intervals held the level reported for the deadline year.</summary>
/// <param name="Count">Forecasts whose goal has a reported deadline-year level to compare with.</param>
/// <param name="Inside80">How many of those levels fell inside the 80% interval.</param>
/// <param name="Inside95">How many fell inside the 95% interval.</param>
/// <param name="Coverage80">Inside80 / Count with its bootstrap interval, or null without forecasts to check; 0.80 when the intervals are honest.</param>
/// <param name="Coverage95">Inside95 / Count with its bootstrap interval, or null without forecasts to check; 0.95 when the intervals are honest.</param>
public sealed record IntervalCoverage(int Count, int Inside80, int Inside95, ScoreEstimate? Coverage80, ScoreEstimate? Coverage95);
