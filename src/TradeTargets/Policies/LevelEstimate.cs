using System.Globalization;

namespace TradeTargets;

/// <summary>A level used in an evaluation: a reported annual figure, or a partial-period figure annualised and marked estimated.</summary>
/// <param name="Value">The annual level in whole currency units.</param>
/// <param name="Year">The position on the time axis in years (see <see cref="ReportingPeriod.TimeCoordinate"/>).</param>
/// <param name="Observation">The observation it rests on.</param>
/// <param name="Annualisation">How a partial period was scaled to a year, or null for a full-year figure.</param>
public sealed record LevelEstimate(double Value, double Year, PeriodObservation Observation, string? Annualisation)
{
    /// <summary>Whether the level is an estimate from a partial period.</summary>
    public bool IsEstimated => Annualisation is not null;

    /// <summary>The level as reported for a full year.</summary>
    /// <param name="observation">A twelve-month observation.</param>
    /// <returns>The level.</returns>
    public static LevelEstimate FromFullYear(PeriodObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new(observation.Value, observation.Period.TimeCoordinate, observation, null);
    }

    /// <summary>Describes the level: "$29.7m in 2015" or "$28.1m in 2016 (annualised from $18.7m in Jan–Aug 2016)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var currency = Observation.Chosen.Amount.Currency;
        var period = Observation.Period;
        return Annualisation is null
            ? $"{MoneyText.Format(Value, currency)} in {period.Describe()}"
            : string.Create(CultureInfo.InvariantCulture, $"{MoneyText.Format(Value, currency)} in {period.EndYear} (annualised from {Observation.Chosen.Amount} in {period.Describe()})");
    }
}
