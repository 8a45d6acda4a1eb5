using System.Globalization;

namespace TradeTargets;

/// <summary>Words for statuses and shares, shared by explanations, tables and charts.</summary>
public static class ProseText
{
    /// <summary>The status in lower-case words: "needs acceleration".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The words, as <see cref="EnumText.Words{T}(T)"/> spells them.</returns>
    public static string Describe(GoalStatus status) => EnumText.Words(status);

    /// <summary>The flow in lower-case words: "turnover", "exports", "imports".</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The word, as <see cref="EnumText.Words{T}(T)"/> spells it.</returns>
    public static string Describe(TradeFlow flow) => EnumText.Words(flow);

    /// <summary>Both sides of a pair by name, reporter first: "India–Russia".</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The two names joined by an en dash.</returns>
    /// <remarks>
    /// Every text that names a goal (tables, reports, chart titles and labels, <see cref="GoalEvaluation.Explanation"/>)
    /// names its pair with this, so goals of two reporters with one partner are never told apart by the partner alone.
    /// </remarks>
    public static string Describe(TradePair pair) => $"{pair.Reporter.Name}–{pair.Partner.Name}";

    /// <summary>The goal as a reader meets it: "India–Russia: $100bn turnover by 2030", "Belarus–Vietnam: $500m turnover in a few years".</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>Both sides (<see cref="Describe(TradePair)"/>), then the target, flow and deadline as announced.</returns>
    public static string Describe(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return $"{Describe(goal.Pair)}: {Target(goal)}";
    }

    /// <summary>The goal's target, flow and deadline without the pair: "$100bn turnover by 2030", "$1bn turnover within 4 years".</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The words.</returns>
    public static string Target(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return $"{goal.Target} {Describe(goal.Flow)} {(goal.Deadline is FixedDeadline ? "by " : string.Empty)}{goal.Deadline}";
    }

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

    /// <summary>A share as a percentage: one decimal under 10% ("5.9%"), whole numbers from there ("34%").</summary>
    /// <param name="share">The share, 0.059 for 5.9%.</param>
    /// <returns>The text, or "n/a" for NaN or infinity.</returns>
    public static string Percent(double share)
    {
        if (!double.IsFinite(share))
        {
            return "n/a";
        }

        var percent = share * 100;
        return percent.ToString(Math.Abs(percent) < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A growth rate as a signed percentage a year: "+82.1%/yr".</summary>
    /// <param name="rate">The rate, 0.821 for 82.1%.</param>
    /// <returns>The text, or "n/a" when null.</returns>
    public static string Growth(double? rate)
        => rate is { } r && double.IsFinite(r) ? (r * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%/yr" : "n/a";
}
