using System.Buffers;
using System.Globalization;
using TradeTargets.IO;

namespace TradeTargets.Reports;

/// <summary>Writes one CSV row per goal with the headline measures; enum values are spelled as in the data files.</summary>
/// <remarks>
/// The file is meant for spreadsheets, which run a cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a
/// tab or carriage return before one) as a formula. Text that comes from the data (ids, deadline phrases, the
/// explanation) is written with a leading apostrophe when it starts with one of them, which spreadsheets show as
/// text; numbers are never changed (a negative growth stays <c>-0.115</c>).
/// </remarks>
internal static class ReportCsv
{
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly string[] Header =
    [
        "goal_id", "reporter", "partner", "flow", "currency", "target", "deadline", "window_first", "window_last", "status", "status_at_latest_end",
        "outcome", "level", "level_period", "level_estimated", "achievement", "gap", "multiplier_needed", "observed_growth", "required_growth", "explanation",
    ];

    public static void Write(TextWriter output, EvaluationReport report)
    {
        CsvText.WriteRecord(output, Header);
        foreach (var e in report.Evaluations)
        {
            string[] row =
            [
                Text(e.Goal.Id), e.Goal.Reporter.Code, e.Goal.Partner.Code, EnumText.Format(e.Goal.Flow), e.Goal.Target.Currency.Code, Number(e.Goal.Target.ToDouble()),
                Text(e.Goal.Deadline.ToString()), Number(e.Window.FirstYear), Number(e.Window.LastYear), EnumText.Format(e.Status), EnumText.Format(e.StatusAtLatestEnd),
                EnumText.Format(e.Outcome), Number(e.Level?.Value), e.Level?.Observation.Period.ToString() ?? string.Empty, e.Level is null ? string.Empty : e.Level.IsEstimated ? "true" : "false",
                Number(e.Achievement), Number(e.Gap), Number(e.MultiplierNeeded), Number(e.ObservedGrowth), Number(e.Assessments[0].RequiredGrowth), Text(e.Explanation),
            ];
            CsvText.WriteRecord(output, row);
        }
    }

    /// <summary>Text from the data, with a leading apostrophe when a spreadsheet would take it for a formula.</summary>
    internal static string Text(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
