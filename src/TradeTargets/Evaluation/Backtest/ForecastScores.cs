namespace TradeTargets;

/// <summary>How well one rule's probabilities did on a set of forecasts.</summary>
/// <param name="Rule">The rule scored.</param>
/// <param name="Brier">The Brier score (lower is better) with its bootstrap interval.</param>
/// <param name="LogScore">The log score (lower is better) with its bootstrap interval.</param>
/// <param name="Reliability">The reliability table: ten bins of probability, each with its observed frequency.</param>
public sealed record ForecastScores(ForecastRule Rule, ScoreEstimate Brier, ScoreEstimate LogScore, ValueList<ReliabilityBin> Reliability);
