using System.Globalization;

namespace TradeTargets;

/// <summary>The built-in ways of annualising a partial-period level.</summary>
public static class AnnualisationPolicies
{
    /// <summary>Scales by months: Jan–Aug at $18.7m gives $18.7m × 12 / 8 = $28.05m.</summary>
    public static IAnnualisationPolicy ProRataByMonths { get; } = new ProRata();

    /// <summary>
    /// Scales by the share the same months had in an earlier full year: if Jan–Aug 2015 was 60% of 2015,
    /// Jan–Aug 2016 is divided by 0.6. Uses the latest earlier year that has both figures; makes no
    /// estimate when none has.
    /// </summary>
    public static IAnnualisationPolicy SamePeriodShareOfEarlierYear { get; } = new SamePeriodShare();

    private sealed class ProRata : IAnnualisationPolicy
    {
        public string Name => "pro rata by months";

        public LevelEstimate? Annualise(PeriodObservation partialPeriod, IReadOnlyList<PeriodObservation> history)
        {
            ArgumentNullException.ThrowIfNull(partialPeriod);
            var months = partialPeriod.Period.MonthCount;
            return new LevelEstimate(
                partialPeriod.Value * 12 / months,
                partialPeriod.Period.TimeCoordinate,
                partialPeriod,
                string.Create(CultureInfo.InvariantCulture, $"{partialPeriod.Chosen.Amount} × 12 / {months} ({Name})"));
        }
    }

    private sealed class SamePeriodShare : IAnnualisationPolicy
    {
        public string Name => "same-period share of an earlier year";

        public LevelEstimate? Annualise(PeriodObservation partialPeriod, IReadOnlyList<PeriodObservation> history)
        {
            ArgumentNullException.ThrowIfNull(partialPeriod);
            ArgumentNullException.ThrowIfNull(history);
            for (var back = 1; back <= 5; back++)
            {
                var samePeriod = history.FirstOrDefault(o => o.Period == partialPeriod.Period.AddYears(-back));
                var fullYear = history.FirstOrDefault(o => o.Period.IsFullYear && o.Period.Contains(partialPeriod.Period.AddYears(-back)));
                if (samePeriod is { Value: > 0 } && fullYear is { Value: > 0 })
                {
                    var share = samePeriod.Value / fullYear.Value;
                    return new LevelEstimate(
                        partialPeriod.Value / share,
                        partialPeriod.Period.TimeCoordinate,
                        partialPeriod,
                        string.Create(CultureInfo.InvariantCulture, $"{partialPeriod.Chosen.Amount} ÷ ({samePeriod.Chosen.Amount} / {fullYear.Chosen.Amount}) ({Name}, {fullYear.Period})"));
                }
            }

            return null;
        }
    }
}
