namespace TradeTargets.IO;

/// <summary>The CSV layouts a data file may have, in the order they are tried, and the one rule for recognising a header.</summary>
/// <remarks>
/// A new layout is a class that implements <see cref="ICsvFormat"/> and one entry in <see cref="All"/>, plus its words in
/// <see cref="UnknownReason"/>. The statistics downloads come first: their headers are specific, while the project's own
/// files are recognised by two common column names each.
/// </remarks>
internal static class DataFileFormats
{
    /// <summary>What a header that no layout recognises is told.</summary>
    public const string UnknownReason =
        "the header matches no known layout; expected a goals file (columns include target, deadline), a figures file (amount, period), a statements file (ratio, reference_period), a UN Comtrade download (current: cmdCode, flowCode, primaryValue; legacy: Commodity Code, Trade Flow Code, Trade Value (US$)), or an IMF Direction of Trade download (time series: Country Code, Indicator Code, Counterpart Country Code, Attribute; IMTS SDMX-CSV: COUNTRY, COUNTERPART_COUNTRY, INDICATOR, TIME_PERIOD, OBS_VALUE).";

    /// <summary>Every layout, in the order they are tried.</summary>
    public static readonly IReadOnlyList<ICsvFormat> All =
    [
        ComtradeLayout.Current,
        ComtradeLayout.Legacy,
        ImfImporter.TimeSeries,
        ImfImporter.Sdmx,
        RecordFormat.Goals,
        RecordFormat.Statements,
        RecordFormat.Figures,
    ];

    /// <summary>The first layout that recognises the header, or null.</summary>
    public static ICsvFormat? Detect(IReadOnlyList<string> header)
    {
        foreach (var format in All)
        {
            if (format.Recognises(header))
            {
                return format;
            }
        }

        return null;
    }
}
