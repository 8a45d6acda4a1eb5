using System.Globalization;

namespace TradeTargets;

/// <summary>The calendar years a deadline can mean: one year, or a window for a vague phrase.</summary>
/// <param name="FirstYear">The earliest reading.</param>
/// <param name="LastYear">The latest reading.</param>
/// <param name="Interpretation">How the window was obtained, for example "'in a few years' read as 2 to 5 years after 2017 (policy Default)"; empty for a single year.</param>
public readonly record struct DeadlineWindow(int FirstYear, int LastYear, string Interpretation)
{
    /// <summary>Whether the window spans more than one reading (a vague deadline).</summary>
    public bool IsWindow => LastYear != FirstYear || Interpretation.Length > 0;

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
