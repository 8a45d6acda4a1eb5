using System.Globalization;

namespace TradeTargets.Sample;

/// <summary>Prints one CSV row per goal with the headline measures.</summary>
internal static class EvaluationCsv
{
    private static readonly string[] Header =
    [
        "goal_id", "reporter", "partner", "flow", "currency", "target", "deadline", "window_first", "window_last", "status", "status_at_latest_end",
        "level", "level_period", "level_estimated", "achievement", "gap", "multiplier_needed", "observed_growth", "required_growth", "explanation",
    ];

    public static void Write(TextWriter output, IReadOnlyList<GoalEvaluation> evaluations)
    {
        output.WriteLine(string.Join(',', Header));
        foreach (var e in evaluations)
        {
            string[] row =
            [
                e.Goal.Id, e.Goal.Reporter.Code, e.Goal.Partner.Code, ProseText.Describe(e.Goal.Flow), e.Goal.Target.Currency.Code, Number(e.Goal.Target.ToDouble()),
                e.Goal.Deadline.ToString(), Number(e.Window.FirstYear), Number(e.Window.LastYear), e.Status.ToString(), e.StatusAtLatestEnd.ToString(),
                Number(e.Level?.Value), e.Level?.Observation.Period.ToString() ?? string.Empty, e.Level is null ? string.Empty : e.Level.IsEstimated ? "true" : "false",
                Number(e.Achievement), Number(e.Gap), Number(e.MultiplierNeeded), Number(e.ObservedGrowth), Number(e.Assessments[0].RequiredGrowth), e.Explanation,
            ];
            output.WriteLine(string.Join(',', row.Select(Quote)));
        }
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Quote(string field)
        => field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
