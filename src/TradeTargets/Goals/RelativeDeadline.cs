using System.Globalization;

namespace TradeTargets;

/// <summary>A deadline a number of years after the announcement.</summary>
/// <remarks>"Within four years" announced in 2016 is due in 2020: the annual figure of the announcement year plus the count.</remarks>
public sealed record RelativeDeadline : Deadline
{
    /// <summary>The most years a relative deadline can count.</summary>
    public const int MostYears = 50;

    /// <summary>Creates a relative deadline.</summary>
    /// <param name="years">From 1 to <see cref="MostYears"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1 to <see cref="MostYears"/>.</exception>
    public RelativeDeadline(int years) => Years = Preconditions.InRange(years, 1, MostYears);

    /// <summary>Years after the announcement.</summary>
    public int Years { get; }

    internal override int? YearWithoutPolicy(DateOnly announcedOn) => announcedOn.Year + Years;

    private protected override DeadlineWindow ResolveYears(DateOnly announcedOn, VagueDeadlinePolicy policy) => DeadlineWindow.OneYear(announcedOn.Year + Years);

    /// <summary>Returns "within N years".</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"within {Years} year{(Years == 1 ? string.Empty : "s")}");
}
