using System.Globalization;

namespace TradeTargets;

/// <summary>The calendar years a deadline can mean: one year, or a window for a vague phrase.</summary>
/// <param name="FirstYear">The earliest reading.</param>
/// <param name="LastYear">The latest reading.</param>
/// <param name="Interpretation">How the window was obtained, for example "'in a few years' read as 2 to 5 years after 2017 (policy Default)"; empty for a single year.</param>
/// <remarks><c>default(DeadlineWindow)</c> is the single year 0 with no interpretation; no deadline resolves to it.</remarks>
public readonly record struct DeadlineWindow(int FirstYear, int LastYear, string Interpretation)
{
    /// <summary>The earliest reading.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set after <see cref="LastYear"/>.</exception>
    public int FirstYear { get; init; } = FirstYear <= LastYear
        ? FirstYear
        : throw new ArgumentOutOfRangeException(nameof(FirstYear), FirstYear, string.Create(CultureInfo.InvariantCulture, $"A window's first year must not come after its last; it was {FirstYear} to {LastYear}."));

    /// <summary>How the window was obtained; empty for a single year.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public string Interpretation { get; init; } = Preconditions.NotNull(Interpretation);

    /// <summary>Whether the window spans more than one reading (a vague deadline).</summary>
    public bool IsWindow => LastYear != FirstYear || !string.IsNullOrEmpty(Interpretation);

    /// <summary>The distinct years to assess: the first and, when different, the last.</summary>
    public IReadOnlyList<int> Ends => FirstYear == LastYear ? [FirstYear] : [FirstYear, LastYear];

    /// <summary>A window of one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The window.</returns>
    public static DeadlineWindow OneYear(int year) => new(year, year, string.Empty);

    /// <summary>Returns "2015" or "2018–2021".</summary>
    /// <returns>The years.</returns>
    public override string ToString() => FirstYear == LastYear ? FirstYear.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{FirstYear}–{LastYear}");
}
