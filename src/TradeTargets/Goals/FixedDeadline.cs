using System.Globalization;

namespace TradeTargets;

/// <summary>A deadline in a named calendar year.</summary>
public sealed record FixedDeadline : Deadline
{
    /// <summary>Creates a deadline for a year.</summary>
    /// <param name="year">The year whose annual figure must reach the goal.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1800–2200.</exception>
    public FixedDeadline(int year) => Year = Preconditions.InRange(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear);

    /// <summary>The year.</summary>
    public int Year { get; }

    internal override int? YearWithoutPolicy(DateOnly announcedOn) => Year;

    private protected override DeadlineWindow ResolveYears(DateOnly announcedOn, VagueDeadlinePolicy policy) => DeadlineWindow.OneYear(Year);

    /// <summary>Returns the year.</summary>
    /// <returns>The text form, for example <c>2015</c>.</returns>
    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);
}
