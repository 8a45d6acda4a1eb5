namespace TradeTargets.Reports;

/// <summary>The forms an <see cref="EvaluationReport"/> can be written in.</summary>
public enum ReportFormat
{
    /// <summary>One JSON document following docs/evaluation-report.schema.json (version 4): every evaluation with its inputs.</summary>
    Json,

    /// <summary>One CSV row per goal with the headline measures, quoted as the library's data files are.</summary>
    Csv,

    /// <summary>A Markdown document: the headline, a table of goals, and a section per goal with its sources.</summary>
    Markdown,

    /// <summary>One self-contained HTML page (the tracker): inline SVG charts, embedded data, no external requests.</summary>
    Html,
}
