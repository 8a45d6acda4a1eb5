using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets;

/// <summary>A run of one to twelve consecutive months that a trade figure covers.</summary>
/// <remarks>
/// Calendar years, quarters, halves, runs of months ("January–August 2016") and fiscal years that
/// straddle two calendar years ("July 2016–June 2017") are all the same thing: a start month and a
/// number of months. <see cref="Kind"/> names the shape. Partial periods are never treated as years:
/// see <see cref="IsFullYear"/> and <see cref="IAnnualisationPolicy"/>.
/// Text forms: <c>2016</c>, <c>2016-Q3</c>, <c>2016-H1</c>, <c>2016-01/2016-08</c>, <c>2016-07/2017-06</c>.
/// <c>default(ReportingPeriod)</c> covers no month: it is not a period, every record refuses it, and it describes
/// itself as "(no period)".
/// </remarks>
[Meziantou.Analyzer.Annotations.CultureInsensitiveType]
public readonly partial record struct ReportingPeriod : IComparable<ReportingPeriod>, ISpanParsable<ReportingPeriod>, IFormattable
{
    private const string NoPeriod = "(no period)";

    /// <summary>The earliest year accepted; trade statistics start well after it.</summary>
    public const int MinYear = 1800;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2200;

    private ReportingPeriod(int startYear, int startMonth, int monthCount)
    {
        StartYear = Preconditions.InRange(startYear, MinYear, MaxYear, nameof(startYear));
        StartMonth = Preconditions.InRange(startMonth, 1, 12, nameof(startMonth));
        MonthCount = Preconditions.InRange(monthCount, 1, 12, nameof(monthCount));
    }

    /// <summary>The year of the first month.</summary>
    public int StartYear { get; }

    /// <summary>The first month, 1 to 12.</summary>
    public int StartMonth { get; }

    /// <summary>How many months the period covers, 1 to 12.</summary>
    public int MonthCount { get; }

    /// <summary>The year of the last month.</summary>
    public int EndYear => StartYear + ((StartMonth - 1 + MonthCount - 1) / 12);

    /// <summary>The last month, 1 to 12.</summary>
    public int EndMonth => ((StartMonth - 1 + MonthCount - 1) % 12) + 1;

    /// <summary>Whether the period covers twelve months.</summary>
    public bool IsFullYear => MonthCount == 12;

    /// <summary>The share of a year the period covers: <see cref="MonthCount"/> / 12.</summary>
    public double YearFraction => MonthCount / 12.0;

    /// <summary>
    /// The position of the period on a time axis measured in years, taken at its end: 2015 for the
    /// calendar year 2015, 2015.5 for July 2015–June 2016, 2016 for January–August 2016 annualised.
    /// </summary>
    /// <remarks>A period inside one calendar year stands for that year; a fiscal year for the fraction at which it ends.</remarks>
    public double TimeCoordinate => StartYear == EndYear ? EndYear : EndYear + ((EndMonth - 12) / 12.0);

    /// <summary>The first day of the period.</summary>
    public DateOnly FirstDay => new(StartYear, StartMonth, 1);

    /// <summary>The last day of the period.</summary>
    public DateOnly LastDay => new DateOnly(EndYear, EndMonth, 1).AddMonths(1).AddDays(-1);

    /// <summary>The shape of the period.</summary>
    public PeriodKind Kind => (StartMonth, MonthCount) switch
    {
        (1, 12) => PeriodKind.CalendarYear,
        (_, 12) => PeriodKind.FiscalYear,
        (1 or 4 or 7 or 10, 3) => PeriodKind.Quarter,
        (1 or 7, 6) => PeriodKind.Half,
        _ => PeriodKind.Months,
    };

    /// <summary>The calendar year January–December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1800–2200.</exception>
    public static ReportingPeriod Year(int year) => new(year, 1, 12);

    /// <summary>A run of months inside one calendar year, for example January–August 2016.</summary>
    /// <param name="year">The year.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="lastMonth">The last month, from <paramref name="firstMonth"/> to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12 or the last precedes the first.</exception>
    public static ReportingPeriod Months(int year, int firstMonth, int lastMonth)
    {
        Preconditions.InRange(firstMonth, 1, 12, nameof(firstMonth));
        Preconditions.InRange(lastMonth, firstMonth, 12, nameof(lastMonth));
        return new(year, firstMonth, lastMonth - firstMonth + 1);
    }

    /// <summary>One month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod Month(int year, int month) => Months(year, month, month);

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quarter is outside 1–4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter) => new(year, (Preconditions.InRange(quarter, 1, 4, nameof(quarter)) * 3) - 2, 3);

    /// <summary>A calendar half year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="half">1 for January–June, 2 for July–December.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The half is not 1 or 2.</exception>
    public static ReportingPeriod Half(int year, int half) => new(year, (Preconditions.InRange(half, 1, 2, nameof(half)) * 6) - 5, 6);

    /// <summary>Twelve months starting in a given month, such as a July–June fiscal year.</summary>
    /// <param name="startYear">The year the fiscal year starts in.</param>
    /// <param name="startMonth">The first month, 1 to 12 (1 gives a calendar year).</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod FiscalYear(int startYear, int startMonth) => new(startYear, startMonth, 12);

    /// <summary>A run of consecutive months, possibly across a year end, from a first to a last month inclusive.</summary>
    /// <param name="firstYear">The year of the first month.</param>
    /// <param name="firstMonth">The first month.</param>
    /// <param name="lastYear">The year of the last month.</param>
    /// <param name="lastMonth">The last month.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The run is empty or longer than twelve months.</exception>
    public static ReportingPeriod Between(int firstYear, int firstMonth, int lastYear, int lastMonth)
    {
        Preconditions.InRange(firstMonth, 1, 12, nameof(firstMonth));
        Preconditions.InRange(lastMonth, 1, 12, nameof(lastMonth));
        var count = ((lastYear - firstYear) * 12) + (lastMonth - firstMonth) + 1;
        if (count is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lastMonth),
                string.Create(CultureInfo.InvariantCulture, $"A reporting period runs from 1 to 12 months; {firstYear}-{firstMonth:00} to {lastYear}-{lastMonth:00} is {count} months."));
        }

        return new(firstYear, firstMonth, count);
    }

    /// <summary>The run of <paramref name="monthCount"/> months from the month numbered <paramref name="firstMonthIndex"/>,
    /// counted from January of year 0 (<c>year * 12 + month - 1</c>): for extraction code that counts months across years.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The run is empty or longer than twelve months.</exception>
    internal static ReportingPeriod Run(int firstMonthIndex, int monthCount)
    {
        var last = firstMonthIndex + monthCount - 1;
        return Between(firstMonthIndex / 12, (firstMonthIndex % 12) + 1, last / 12, (last % 12) + 1);
    }

    /// <summary>The same months one or more years earlier or later.</summary>
    /// <param name="years">Years to move; negative moves back.</param>
    /// <returns>The shifted period.</returns>
    public ReportingPeriod AddYears(int years) => new(StartYear + years, StartMonth, MonthCount);

    /// <summary>Whether every month of <paramref name="other"/> lies inside this period.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>Whether it is contained.</returns>
    public bool Contains(ReportingPeriod other) => FirstDay <= other.FirstDay && other.LastDay <= LastDay;

    /// <summary>Whether the two periods share at least one month.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(ReportingPeriod other) => FirstDay <= other.LastDay && other.FirstDay <= LastDay;

    /// <summary>Orders by end, then by length (the longer first), so the latest-ending period sorts last.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byEnd = LastDay.CompareTo(other.LastDay);
        return byEnd != 0 ? byEnd : other.MonthCount.CompareTo(MonthCount);
    }

    /// <summary>Whether the left period sorts before the right; see <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left period sorts after the right.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left period sorts before or with the right.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left period sorts after or with the right.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Writes the period in its compact text form: <c>2016</c>, <c>2016-Q3</c>, <c>2016-H1</c> or <c>2016-01/2016-08</c>.</summary>
    /// <returns>Text that <see cref="Parse"/> reads back.</returns>
    public override string ToString() => MonthCount == 0 ? NoPeriod : Kind switch
    {
        PeriodKind.CalendarYear => StartYear.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-Q{((StartMonth - 1) / 3) + 1}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-H{((StartMonth - 1) / 6) + 1}"),
        _ when MonthCount == 1 => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{StartMonth:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{StartMonth:00}/{EndYear}-{EndMonth:00}"),
    };

    /// <summary>Describes the period in words: <c>2016</c>, <c>Jan–Aug 2016</c>, <c>Jul 2016–Jun 2017</c>.</summary>
    /// <returns>The description.</returns>
    public string Describe()
    {
        static string Name(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(month);
        return MonthCount == 0 ? NoPeriod : Kind switch
        {
            PeriodKind.CalendarYear => StartYear.ToString(CultureInfo.InvariantCulture),
            _ when MonthCount == 1 => string.Create(CultureInfo.InvariantCulture, $"{Name(StartMonth)} {StartYear}"),
            _ when StartYear == EndYear => string.Create(CultureInfo.InvariantCulture, $"{Name(StartMonth)}–{Name(EndMonth)} {StartYear}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Name(StartMonth)} {StartYear}–{Name(EndMonth)} {EndYear}"),
        };
    }

    /// <summary>Reads a period from its text form.</summary>
    /// <param name="text"><c>2016</c>, <c>2016-Q3</c>, <c>2016-H1</c>, <c>2016-05</c> or <c>2016-01/2016-08</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period; the message quotes it.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Pattern().Match(text.Trim());
        if (!m.Success)
        {
            throw new FormatException($"'{text}' is not a reporting period; expected '2016', '2016-Q3', '2016-H1', '2016-05' or '2016-01/2016-08'.");
        }

        try
        {
            var year = Number(m, "year");
            if (m.Groups["quarter"].Success)
            {
                return Quarter(year, Number(m, "quarter"));
            }

            if (m.Groups["half"].Success)
            {
                return Half(year, Number(m, "half"));
            }

            if (m.Groups["endYear"].Success)
            {
                return Between(year, Number(m, "month"), Number(m, "endYear"), Number(m, "endMonth"));
            }

            return m.Groups["month"].Success ? Month(year, Number(m, "month")) : Year(year);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new FormatException($"'{text}' is not a valid reporting period: {ExceptionText.Reason(e)}", e);
        }
    }

    /// <summary>Reads a period without throwing.</summary>
    /// <param name="text">The text form, as for <see cref="Parse"/>.</param>
    /// <param name="period">The period read, or default.</param>
    /// <returns>Whether the text was a valid period.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            period = Parse(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Writes the period; the provider is ignored (periods are written the same in every culture).</summary>
    /// <param name="format">Null, empty or <c>G</c>: the data format's form (<see cref="ToString()"/>, for example <c>2016-Q3</c>); <c>D</c>: in words (<see cref="Describe"/>).</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        _ when FormatString.IsGeneral(format) => ToString(),
        "D" => Describe(),
        _ => throw FormatString.Unknown(format, nameof(ReportingPeriod), "'G' or 'D'"),
    };

    /// <inheritdoc cref="Parse(string)"/>
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out ReportingPeriod)"/>
    static bool IParsable<ReportingPeriod>.TryParse(string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    static ReportingPeriod ISpanParsable<ReportingPeriod>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out ReportingPeriod)"/>
    static bool ISpanParsable<ReportingPeriod>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s.ToString(), out result);

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>[0-9]{4})(-Q(?<quarter>[0-9])|-H(?<half>[0-9])|-(?<month>[0-9]{1,2})(/(?<endYear>[0-9]{4})-(?<endMonth>[0-9]{1,2}))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
