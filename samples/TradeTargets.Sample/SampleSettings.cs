using TradeTargets.Reports;

namespace TradeTargets.Sample;

/// <summary>The parsed command line.</summary>
/// <remarks><see cref="Format"/> is the report format written to standard output, or null for the console table.</remarks>
internal sealed record SampleSettings(
    IReadOnlyList<string> DataFiles,
    bool IncludeSeed,
    bool IncludeStatistics,
    DateOnly AsOf,
    string OutputDirectory,
    ReportFormat? Format,
    bool WriteCharts,
    string? SiteDirectory = null)
{
    /// <summary>A user's rates file instead of the bundled table, or null.</summary>
    public string? RatesFile { get; init; }

    /// <summary>Whether the world record (seeds/world: goals of many pairs) is added to the data.</summary>
    public bool IncludeWorld { get; init; }

    /// <summary>Whether the trend's forecasts are backtested on the same data for the tracker page (<c>--backtest</c>).</summary>
    public bool WithBacktest { get; init; }

    /// <summary>Whether figures in another currency than a goal's are converted (the default).</summary>
    public bool ConvertCurrencies { get; init; } = true;
}
