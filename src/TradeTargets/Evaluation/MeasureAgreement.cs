using System.Globalization;

namespace TradeTargets;

/// <summary>
/// Says why the three forward-looking measures of an open goal disagree, when they do: the progress category (growth
/// from the baseline to the latest year against the growth required), the anticipated-level category (that growth
/// carried to the deadline) and the trend's probability (a fit to every annual figure).
/// </summary>
/// <remarks>
/// Each measure leans one way: towards the goal (on track; probability at least 70%), against it (limited progress
/// or moving away; stagnation or regression; probability at most 30%), or neither. They disagree when one leans
/// towards and another against. The two growth measures read only the baseline and latest years, the trend every
/// year, so a strong long trend with a weak recent stretch (or the reverse) is the usual cause, and the sentence
/// gives both growth rates so a reader can see it.
/// </remarks>
internal static class MeasureAgreement
{
    private const double Likely = 0.70;
    private const double Unlikely = 0.30;

    /// <summary>The sentence that reconciles the measures, or null when they do not contradict each other or the deadline has passed.</summary>
    public static string? Reconcile(DeadlineAssessment assessment, TrendFit trend, BaselineLevel? baseline, LevelEstimate? latest, double? observedGrowth)
    {
        if (assessment.DeadlinePassed)
        {
            return null;
        }

        var leans = new List<(int Lean, string Words)>();
        if (assessment.ProgressCategory is { } category && baseline is not null && latest is not null)
        {
            var lean = category switch
            {
                ProgressCategory.OnTrack => 1,
                ProgressCategory.LimitedProgress or ProgressCategory.MovingAway => -1,
                _ => 0,
            };
            leans.Add((lean, string.Create(CultureInfo.InvariantCulture, $"the progress category reads {EnumText.Words(category)} (growth of {ProseText.Growth(observedGrowth)} from {Year(baseline.Year)} to {Year(latest.Year)} against {ProseText.Growth(assessment.RequiredGrowth)} required)")));
        }

        if (assessment.AnticipatedProgress is { } anticipated)
        {
            var lean = anticipated switch
            {
                AnticipatedProgress.OnTrack => 1,
                AnticipatedProgress.StagnationOrRegression => -1,
                _ => 0,
            };
            leans.Add((lean, string.Create(CultureInfo.InvariantCulture, $"that growth carried to {assessment.DeadlineYear} reads {EnumText.Words(anticipated)}")));
        }

        if (assessment.Trend is { } projection && trend.IsFitted)
        {
            var p = projection.ProbabilityOfReachingGoal;
            var lean = p >= Likely ? 1 : p <= Unlikely ? -1 : 0;
            leans.Add((lean, string.Create(CultureInfo.InvariantCulture, $"the trend fitted to {trend.Points.Count} annual figures from {Year(trend.Points[0].Year)} to {Year(trend.Points[^1].Year)} grows {ProseText.Growth(trend.Growth)} and gives {ProseText.Percent(p)} for reaching the goal")));
        }

        var towards = leans.Where(l => l.Lean > 0).Select(l => l.Words).ToList();
        var against = leans.Where(l => l.Lean < 0).Select(l => l.Words).ToList();
        if (towards.Count == 0 || against.Count == 0)
        {
            return null;
        }

        return $"The measures disagree: {string.Join(" and ", towards)}, but {string.Join(" and ", against)}; the growth measures read only two years, the trend every year, so they part when recent growth differs from the long run";
    }

    private static string Year(double year) => Math.Floor(year).ToString(CultureInfo.InvariantCulture);
}
