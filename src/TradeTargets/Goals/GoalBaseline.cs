namespace TradeTargets;

/// <summary>The level a goal was announced against: "from $121m in 2016".</summary>
/// <param name="Amount">The stated level.</param>
/// <param name="Period">The period of the stated level.</param>
public sealed record GoalBaseline(Amount Amount, ReportingPeriod Period)
{
    /// <summary>Returns "$121m in 2016".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Amount} in {Period.Describe()}";
}
