namespace TradeTargets.Sample;

/// <summary>The parsed command line.</summary>
internal sealed record SampleSettings(
    IReadOnlyList<string> DataFiles,
    bool IncludeSeed,
    DateOnly AsOf,
    string OutputDirectory,
    OutputFormat Format,
    bool WriteCharts,
    string? SiteDirectory = null);
