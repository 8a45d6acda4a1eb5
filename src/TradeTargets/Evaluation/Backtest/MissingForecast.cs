namespace TradeTargets;

/// <summary>A date at which a settled goal had no forecast (too few figures published by then): counted and listed, not scored.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="AsOf">The date of the look.</param>
/// <param name="Time">Whether it was the look at the announcement or at a year-end.</param>
/// <param name="Reason">Why there was no forecast, as the trend says it.</param>
public sealed record MissingForecast(string GoalId, DateOnly AsOf, ForecastTime Time, string Reason);
