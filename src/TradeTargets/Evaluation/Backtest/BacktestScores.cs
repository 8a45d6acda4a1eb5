namespace TradeTargets;

/// <summary>The scores of one set of forecasts (those made at the announcements, or those made at year-ends): the trend beside each baseline.</summary>
public sealed record BacktestScores
{
    /// <summary>Whether these are the announcement forecasts (one per goal) or the year-end ones.</summary>
    public required ForecastTime Time { get; init; }

    /// <summary>The forecasts scored, by goal id and date.</summary>
    public required ValueList<BacktestForecast> Forecasts { get; init; }

    /// <summary>How many goals the forecasts are about.</summary>
    public int Goals => Forecasts.Select(f => f.Settled.Goal.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The scores of each rule, in the order of <see cref="ForecastRule"/>: the trend first.</summary>
    public required ValueList<ForecastScores> Rules { get; init; }

    /// <summary>How often the trend's 80% and 95% intervals held the deadline-year level.</summary>
    public required IntervalCoverage Coverage { get; init; }

    /// <summary>The base rate's Brier score minus the trend's, with its bootstrap interval: above zero the trend beats the base rate.</summary>
    public required ScoreEstimate BrierGainOverBaseRate { get; init; }

    /// <summary>The scores of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>Its scores.</returns>
    public ForecastScores Of(ForecastRule rule) => Rules.Single(r => r.Rule == rule);
}
