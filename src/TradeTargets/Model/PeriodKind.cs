namespace TradeTargets;

/// <summary>The shape of a reporting period, derived from its start month and length.</summary>
public enum PeriodKind
{
    /// <summary>January to December of one year.</summary>
    CalendarYear,

    /// <summary>Twelve months starting in a month other than January, straddling two calendar years.</summary>
    FiscalYear,

    /// <summary>Three months starting in January, April, July or October.</summary>
    Quarter,

    /// <summary>January to June or July to December.</summary>
    Half,

    /// <summary>Any other run of consecutive months shorter than a year.</summary>
    Months,
}
