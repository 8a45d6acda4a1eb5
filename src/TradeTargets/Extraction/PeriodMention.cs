namespace TradeTargets.Extraction;

/// <summary>
/// A period in the text; fiscal years, and runs of months counted inside one ("the first eight months of fiscal 2022-23",
/// "July-February 2021-22"), keep their first calendar year until the country fixes the first month.
/// </summary>
/// <param name="Start">Where the period stands in the article.</param>
/// <param name="Length">Its length.</param>
/// <param name="Period">The period as read without a country (a fiscal year's first calendar year).</param>
/// <param name="YearInferred">Whether the year was not written next to it.</param>
/// <param name="FiscalStartYear">The calendar year a fiscal year starts in, when the period is one or lies inside one.</param>
/// <param name="FiscalPart">The months of that fiscal year the period covers; null for the whole year.</param>
/// <param name="FiscalStartMonth">The fiscal year's first month when the text names the calendar ("the Iranian year"); else the country's.</param>
/// <param name="FiscalOnlyWhereKept">Whether the fiscal year is one only if the reporter or the partner keeps a fiscal year of its own ("2016-2017" written bare); else it is the calendar year it starts in.</param>
/// <param name="NamedByOneYear">Whether the fiscal year is named by one year ("FY2017", "fiscal 2017"), read as the year it ends in unless the country names its fiscal years by the year they start in.</param>
internal readonly record struct PeriodMention(
    int Start, int Length, ReportingPeriod Period, bool YearInferred, int? FiscalStartYear, FiscalMonths? FiscalPart = null, int? FiscalStartMonth = null, bool FiscalOnlyWhereKept = false, bool NamedByOneYear = false)
{
    public int End => Start + Length;

    /// <summary>The period, with a fiscal year starting in the month the country's fiscal year starts.</summary>
    public ReportingPeriod Resolve(Country reporter, Country partner)
    {
        if (FiscalStartYear is not { } year || (FiscalOnlyWhereKept && FiscalYears.OwnStartMonth(reporter) == 1 && FiscalYears.OwnStartMonth(partner) == 1))
        {
            return Period;
        }

        var startMonth = FiscalStartMonth ?? FiscalYears.StartMonth(partner, reporter);
        if (NamedByOneYear && FiscalYears.NamesByStartYear(partner, reporter))
        {
            // Japan's "fiscal 2017" runs from April 2017, where India's "FY2017" ends in March 2017.
            year++;
        }

        return FiscalPart is { } part ? part.In(year, startMonth) : ReportingPeriod.FiscalYear(year, startMonth);
    }
}

/// <summary>A run of months inside a fiscal year: where it starts and how many months it runs.</summary>
/// <param name="Offset">How many months after the fiscal year's first the run starts ("the second quarter" is 3); unused when <paramref name="FirstMonth"/> is given.</param>
/// <param name="Count">How many months it runs, 1 to 12.</param>
/// <param name="FirstMonth">The calendar month the run starts in, when the text names it ("July" of "July-February").</param>
/// <param name="CurrentOn">For "the current fiscal year", the publication date: the fiscal year is the one under way then, or the one just ended when the run's months are not all over by then.</param>
internal readonly record struct FiscalMonths(int Offset, int Count, int? FirstMonth = null, DateOnly? CurrentOn = null)
{
    /// <summary>The run inside the fiscal year that starts in <paramref name="startMonth"/> of <paramref name="startYear"/> (or, for the current year, the one under way at publication).</summary>
    public ReportingPeriod In(int startYear, int startMonth)
    {
        if (CurrentOn is { } on)
        {
            startYear = on.Month >= startMonth ? on.Year : on.Year - 1;
        }

        // A named month before the fiscal year's first falls in the year's second calendar year ("January-March 2022-23" in
        // India), unless the run would then overrun the year: that run is counted in another country's fiscal year
        // ("April-October of FY2021-22" in a Bangladeshi paper quoting India's), and starts in the first calendar year.
        var first = FirstMonth is { } named
            ? (startYear * 12) + named - 1 + (named < startMonth && (named - startMonth + 12) % 12 + Count <= 12 ? 12 : 0)
            : (startYear * 12) + startMonth - 1 + Offset;
        if (CurrentOn is { } published && first + Count - 1 > (published.Year * 12) + published.Month - 1)
        {
            // "the first eleven months of the fiscal year" in Pakistan on 4 July: months not yet over when the text
            // appeared are those of the fiscal year just ended.
            first -= 12;
        }

        return ReportingPeriod.Run(first, Count);
    }

    /// <summary>The run from one named month to another ("July-February"), passing the calendar year's end if it must.</summary>
    public static FiscalMonths Between(int firstMonth, int lastMonth) => new(0, ((lastMonth - firstMonth + 12) % 12) + 1, firstMonth);
}
