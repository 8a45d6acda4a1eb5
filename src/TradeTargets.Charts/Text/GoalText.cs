using System.Globalization;

namespace TradeTargets.Charts;

/// <summary>Words about a goal shared by the charts: titles, row labels, status and gap.</summary>
internal static class GoalText
{
    public static string Flow(Goal goal) => ProseText.Describe(goal.Flow);

    public static string Money(double value, Goal goal) => MoneyText.Format(value, goal.Target.Currency, 3);

    public static string Target(Goal goal) => goal.Target.ToRoundedString(3);

    /// <summary>"by 2015" or "'in a few years' (2019–2022)".</summary>
    public static string Due(GoalEvaluation evaluation)
        => evaluation.Window.IsWindow && evaluation.Goal.Deadline is VagueDeadline vague
            ? $"'{vague.Phrase}' ({evaluation.Window})"
            : $"by {evaluation.Window}";

    /// <summary>"Belarus–Vietnam": both sides, as every text that names a goal says them.</summary>
    public static string Pair(Goal goal) => ProseText.Describe(goal.Pair);

    /// <summary>"Belarus–Vietnam turnover: goal $500m by 2015".</summary>
    public static string Title(GoalEvaluation evaluation)
    {
        var goal = evaluation.Goal;
        return $"{Pair(goal)} {Flow(goal)}: goal {Target(goal)} {Due(evaluation)}";
    }

    /// <summary>"Belarus–Vietnam turnover $500m by 2015", or without the flow when every row has the same one: a row label.</summary>
    public static string Row(GoalEvaluation evaluation, bool withFlow)
    {
        var goal = evaluation.Goal;
        return withFlow ? $"{Pair(goal)} {Flow(goal)} {Target(goal)} {Due(evaluation)}" : $"{Pair(goal)} {Target(goal)} {Due(evaluation)}";
    }

    /// <summary>The flow of every evaluation when they share one ("turnover"), otherwise null.</summary>
    public static string? CommonFlow(IReadOnlyList<GoalEvaluation> evaluations)
        => evaluations.Count > 0 && evaluations.All(e => e.Goal.Flow == evaluations[0].Goal.Flow) ? Flow(evaluations[0].Goal) : null;

    /// <summary>"$470m short: 5.9% of goal", "reached: 124% of goal", or null without a level.</summary>
    public static string? Gap(GoalEvaluation evaluation)
    {
        if (evaluation.Gap is not { } gap || evaluation.Achievement is not { } achievement)
        {
            return null;
        }

        return gap > 0
            ? $"{Money(gap, evaluation.Goal)} short: {ProseText.Percent(achievement)} of goal"
            : $"goal reached: {ProseText.Percent(achievement)} of goal";
    }

    /// <summary>
    /// " Outcome: met late (2019)." where the outcome says more than the status does (met early, met late, superseded);
    /// empty otherwise.
    /// </summary>
    public static string Outcome(GoalEvaluation evaluation) => evaluation.Outcome switch
    {
        GoalOutcome.MetEarly or GoalOutcome.MetLate => string.Create(CultureInfo.InvariantCulture, $" Outcome: {StatusText.Describe(evaluation.Outcome)} ({evaluation.ReachedIn!.Year})."),
        GoalOutcome.Superseded => string.Create(CultureInfo.InvariantCulture, $" Outcome: superseded by a restatement of {evaluation.SupersededBy!.AnnouncedOn:yyyy-MM-dd}."),
        _ => string.Empty,
    };

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
