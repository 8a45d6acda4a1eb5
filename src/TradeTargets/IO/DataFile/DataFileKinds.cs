namespace TradeTargets.IO;

/// <summary>Recognises a file's layout from its header row.</summary>
internal static class DataFileKinds
{
    public const string UnknownReason =
        "the header matches no known layout; expected a goals file (columns include target, deadline), a figures file (amount, period), a statements file (ratio, reference_period), a UN Comtrade download (current: cmdCode, flowCode, primaryValue; legacy: Commodity Code, Trade Flow Code, Trade Value (US$)), or an IMF Direction of Trade download (time series: Country Code, Indicator Code, Counterpart Country Code, Attribute; IMTS SDMX-CSV: COUNTRY, COUNTERPART_COUNTRY, INDICATOR, TIME_PERIOD, OBS_VALUE).";

    private static readonly string[] SourceRequired = ["source_publication", "source_title", "source_published"];

    public static DataFileKind Detect(IReadOnlyList<string> header)
    {
        if (ComtradeImporter.IsCurrent(header))
        {
            return DataFileKind.Comtrade;
        }

        if (ComtradeImporter.IsLegacy(header))
        {
            return DataFileKind.ComtradeLegacy;
        }

        if (ImfImporter.IsTimeSeries(header))
        {
            return DataFileKind.ImfTimeSeries;
        }

        if (ImfImporter.IsSdmx(header))
        {
            return DataFileKind.ImfSdmx;
        }

        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (names.Contains("target") && names.Contains("deadline"))
        {
            return DataFileKind.Goals;
        }

        if (names.Contains("ratio") && names.Contains("reference_period"))
        {
            return DataFileKind.Statements;
        }

        return names.Contains("amount") && names.Contains("period") ? DataFileKind.Figures : DataFileKind.Unknown;
    }

    public static IEnumerable<string> Required(DataFileKind kind) => kind switch
    {
        DataFileKind.Goals => ["id", "reporter", "partner", "flow", "target", "deadline", "announced_on", "announcer", .. SourceRequired],
        DataFileKind.Figures => ["id", "reporter", "partner", "flow", "period", "amount", "coverage", "side", .. SourceRequired],
        DataFileKind.Statements => ["id", "reporter", "partner", "flow", "period", "reference_period", "ratio", .. SourceRequired],
        _ => [],
    };
}
