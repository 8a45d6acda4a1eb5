namespace TradeTargets.Extraction;

/// <summary>A period in the text; fiscal years keep their first calendar year until the country fixes the first month.</summary>
internal readonly record struct PeriodMention(int Start, int Length, ReportingPeriod Period, bool YearInferred, int? FiscalStartYear)
{
    public int End => Start + Length;

    /// <summary>The period, with a fiscal year starting in the month the country's fiscal year starts.</summary>
    public ReportingPeriod Resolve(Country reporter, Country partner)
        => FiscalStartYear is { } year ? ReportingPeriod.FiscalYear(year, FiscalYears.StartMonth(partner, reporter)) : Period;
}
