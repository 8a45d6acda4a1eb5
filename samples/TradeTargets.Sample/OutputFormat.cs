namespace TradeTargets.Sample;

/// <summary>How the evaluations are printed.</summary>
internal enum OutputFormat
{
    /// <summary>A readable scoreboard table.</summary>
    Table,

    /// <summary>One JSON document following docs/evaluation-report.schema.json.</summary>
    Json,

    /// <summary>One CSV row per goal.</summary>
    Csv,

    /// <summary>A Markdown document.</summary>
    Md,

    /// <summary>The self-contained HTML tracker page.</summary>
    Html,
}
