using System.Globalization;

namespace TradeTargets;

/// <summary>Decides a goal's <see cref="GoalOutcome"/> from the first full year that reached it, its deadline readings and its restatements.</summary>
/// <remarks>
/// Order of the rule: a goal reached by the end of its deadline window is met (early, or in the window), whatever
/// came after; otherwise a restatement announced by the evaluation date and before the window ended supersedes it;
/// otherwise, once the window is over, the last deadline reading's level decides between missed, met late (a later
/// year reached it) and unsettled (no figure for the deadline year). Only years ending in the announcement year or
/// later count, as for <see cref="GoalStatus.Achieved"/>: both read <see cref="FirstReaching"/>.
/// </remarks>
internal static class OutcomeRule
{
    /// <summary>
    /// The first full-year level that reached the goal, or null. Only twelve months ending in the announcement year or
    /// later count: a goal set below an old peak is not met by that peak. Both the status (achieved by a deadline
    /// year) and the outcome read it.
    /// </summary>
    /// <param name="goal">The goal.</param>
    /// <param name="annual">The full-year levels, oldest first.</param>
    public static LevelEstimate? FirstReaching(Goal goal, IEnumerable<LevelEstimate> annual)
    {
        var goalLevel = goal.Target.ToDouble();
        return annual.FirstOrDefault(a => a.Observation.Period.EndYear >= goal.AnnouncedOn.Year && a.Value >= goalLevel);
    }

    public static (GoalOutcome Outcome, LevelEstimate? ReachedIn, Goal? SupersededBy, string Reason) Decide(
        LevelEstimate? reached, IReadOnlyList<DeadlineAssessment> assessments, IEnumerable<Goal> restatements, DateOnly asOf)
    {
        var first = assessments[0];
        var last = assessments[^1];

        if (reached is not null && reached.Year <= last.DeadlineYear)
        {
            return reached.Year < first.DeadlineYear
                ? (GoalOutcome.MetEarly, reached, null, Say($"{reached} reached the goal before the deadline year {first.DeadlineYear}."))
                : (GoalOutcome.Met, reached, null, Say($"{reached} reached the goal in its deadline year."));
        }

        var windowEnd = new DateOnly(last.DeadlineYear, 12, 31);
        var restatement = restatements
            .Where(r => r.AnnouncedOn <= asOf && r.AnnouncedOn <= windowEnd)
            .OrderBy(r => r.AnnouncedOn)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (restatement is not null)
        {
            return (GoalOutcome.Superseded, null, restatement, Say($"Restated as goal {restatement.Id} on {restatement.AnnouncedOn:yyyy-MM-dd}, before the deadline year {last.DeadlineYear} ended."));
        }

        if (!last.DeadlinePassed)
        {
            return (GoalOutcome.Open, null, null, Say($"The deadline year {last.DeadlineYear} has not ended by {asOf:yyyy-MM-dd}."));
        }

        if (last.Status == GoalStatus.Missed)
        {
            return reached is not null
                ? (GoalOutcome.MetLate, reached, null, Say($"{last.LevelAtDeadline} fell short in the deadline year; {reached} reached the goal later."))
                : (GoalOutcome.Missed, null, null, Say($"{last.LevelAtDeadline} fell short in the deadline year, and no later year has reached the goal."));
        }

        return (GoalOutcome.Unsettled, null, null, Say($"The deadline year {last.DeadlineYear} is over but no full-year figure for it was published by {asOf:yyyy-MM-dd}."));
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
