using System.Globalization;

namespace TradeTargets;

/// <summary>
/// Words for a goal's status, shared by explanations, tables, charts and reports. It sits with the evaluation that
/// defines the statuses, so the value wording below it (<see cref="ProseText"/>) never needs to know of evaluations.
/// </summary>
public static class StatusText
{
    /// <summary>The status in lower-case words: "needs acceleration".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words, as <see cref="EnumText.Words{T}(T)"/> spells them.</returns>
    public static string Describe(GoalStatus status) => EnumText.Words(status);

    /// <summary>An outcome in words: "met early", "met late", "superseded", ...</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The words.</returns>
    public static string Describe(GoalOutcome outcome) => EnumText.Words(outcome);

    /// <summary>
    /// The status of every reading of a deadline: "missed" when all agree, otherwise each with its year,
    /// "missed by 2016, moving away by 2018".
    /// </summary>
    /// <param name="assessments">The assessments, earliest reading first.</param>
    /// <returns>The words.</returns>
    public static string Describe(IReadOnlyList<DeadlineAssessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        return assessments.Select(a => a.Status).Distinct().Count() == 1
            ? Describe(assessments[0].Status)
            : string.Join(", ", assessments.Select(a => string.Create(CultureInfo.InvariantCulture, $"{Describe(a.Status)} by {a.DeadlineYear}")));
    }

    /// <summary>The achievement as a percentage of the goal, "68%", or "n/a" when no level is known.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The words, as tables, reports and the sample show them.</returns>
    public static string DescribeAchievement(GoalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return ProseText.Percent(evaluation.Achievement);
    }

    /// <summary>The gap to the goal in the goal's currency, "$32bn", or "n/a" when no level is known.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The words, as tables, reports and the sample show them.</returns>
    public static string DescribeGap(GoalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Gap is { } g ? MoneyText.Format(g, evaluation.Goal.Target.Currency) : "n/a";
    }

    /// <summary>The status at the earliest and latest reading of the deadline, compactly: "missed" or "missed → moving away".</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The words.</returns>
    public static string DescribeCompactly(GoalEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Status == evaluation.StatusAtLatestEnd
            ? Describe(evaluation.Status)
            : $"{Describe(evaluation.Status)} → {Describe(evaluation.StatusAtLatestEnd)}";
    }
}
