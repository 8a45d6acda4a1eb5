namespace TradeTargets;

/// <summary>The level a goal was announced against: "from $121m in 2016".</summary>
/// <param name="Amount">The stated level.</param>
/// <param name="Period">The period of the stated level.</param>
/// <exception cref="ArgumentException">The period is <c>default(ReportingPeriod)</c>.</exception>
public sealed record GoalBaseline(Amount Amount, ReportingPeriod Period)
{
    /// <summary>The period of the stated level.</summary>
    public ReportingPeriod Period { get; init => field = Preconditions.Period(value, nameof(Period)); } = Preconditions.Period(Period);

    /// <summary>Returns "$121m in 2016".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Amount} in {Period.Describe()}";
}
