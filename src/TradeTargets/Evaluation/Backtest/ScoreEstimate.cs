using System.Globalization;

namespace TradeTargets;

/// <summary>A score with its bootstrap interval (goals resampled with replacement).</summary>
/// <param name="Value">The score on the forecasts as they are.</param>
/// <param name="Lower">The lower end of the bootstrap interval (5th percentile for a 90% interval).</param>
/// <param name="Upper">The upper end of the bootstrap interval.</param>
public readonly record struct ScoreEstimate(double Value, double Lower, double Upper)
{
    /// <summary>Returns "0.213 (0.180 to 0.247)".</summary>
    /// <returns>The score and its interval, three decimals.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Lower:0.000} to {Upper:0.000})");
}
