using System.Globalization;
using TradeTargets.IO;

namespace TradeTargets.Reports;

/// <summary>Writes one CSV row per goal with the headline measures; enum values are spelled as in the data files.</summary>
internal static class ReportCsv
{
    private static readonly string[] Header =
    [
        "goal_id", "reporter", "partner", "flow", "currency", "target", "deadline", "window_first", "window_last", "status", "status_at_latest_end",
        "level", "level_period", "level_estimated", "achievement", "gap", "multiplier_needed", "observed_growth", "required_growth", "explanation",
    ];

    public static void Write(TextWriter output, EvaluationReport report)
    {
        CsvText.WriteRecord(output, Header);
        foreach (var e in report.Evaluations)
        {
            string[] row =
            [
                e.Goal.Id, e.Goal.Reporter.Code, e.Goal.Partner.Code, EnumText.Format(e.Goal.Flow), e.Goal.Target.Currency.Code, Number(e.Goal.Target.ToDouble()),
                e.Goal.Deadline.ToString(), Number(e.Window.FirstYear), Number(e.Window.LastYear), EnumText.Format(e.Status), EnumText.Format(e.StatusAtLatestEnd),
                Number(e.Level?.Value), e.Level?.Observation.Period.ToString() ?? string.Empty, e.Level is null ? string.Empty : e.Level.IsEstimated ? "true" : "false",
                Number(e.Achievement), Number(e.Gap), Number(e.MultiplierNeeded), Number(e.ObservedGrowth), Number(e.Assessments[0].RequiredGrowth), e.Explanation,
            ];
            CsvText.WriteRecord(output, row);
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
