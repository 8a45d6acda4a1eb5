namespace TradeTargets;

/// <summary>Turns a partial-period level into an estimate of the full calendar year, as an explicit, named choice.</summary>
public interface IAnnualisationPolicy
{
    /// <summary>A short name shown with every estimate made under the policy.</summary>
    string Name { get; }

    /// <summary>Estimates the level of the calendar year containing a partial period.</summary>
    /// <param name="partialPeriod">An observation for fewer than twelve months.</param>
    /// <param name="history">Every observation of the same pair and flow, for policies that use seasonal shares.</param>
    /// <returns>
    /// The estimate, or null when the policy cannot make one from the data given. An estimate must rest on
    /// <paramref name="partialPeriod"/> itself, have a finite level of zero or more and sit at the period's
    /// <see cref="ReportingPeriod.TimeCoordinate"/>; the evaluator refuses any other with an
    /// <see cref="InvalidOperationException"/> naming the policy and what it returned.
    /// </returns>
    LevelEstimate? Annualise(PeriodObservation partialPeriod, IReadOnlyList<PeriodObservation> history);
}
