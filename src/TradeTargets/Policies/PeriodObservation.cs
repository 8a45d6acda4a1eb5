namespace TradeTargets;

/// <summary>The figure chosen for one period, with the figures it was chosen over.</summary>
/// <param name="Period">The period.</param>
/// <param name="Chosen">The figure used for scoring.</param>
/// <param name="Alternatives">The other figures for the same period, which the policy passed over.</param>
public sealed record PeriodObservation(ReportingPeriod Period, ReportedFigure Chosen, ValueList<ReportedFigure> Alternatives)
{
    /// <summary>The chosen level as a double in whole units.</summary>
    public double Value => Chosen.Amount.ToDouble();
}
