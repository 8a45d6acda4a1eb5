namespace TradeTargets.Reports;

/// <summary>The restatement chains of a report's goals, looked up once for the whole portfolio.</summary>
internal sealed class ReportHistory
{
    private readonly Dictionary<string, IReadOnlyList<Goal>> chains = new(StringComparer.Ordinal);

    public ReportHistory(IReadOnlyList<GoalEvaluation> evaluations)
    {
        var goals = evaluations.Select(e => e.Goal).ToList();
        var restated = goals.Where(g => g.RestatementOf is not null).Select(g => g.RestatementOf!).ToHashSet(StringComparer.Ordinal);
        var byId = goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        // Only goals in a chain are looked up, so a portfolio without restatements costs one pass.
        foreach (var goal in goals.Where(g => restated.Contains(g.Id) || g.RestatementOf is not null))
        {
            if (Reaches(goal, byId))
            {
                chains[goal.Id] = GoalHistory.Chain(goal, goals);
            }
        }
    }

    /// <summary>The chain of the goal, from the original to the latest restatement; null when the goal was never restated.</summary>
    public IReadOnlyList<Goal>? ChainOf(Goal goal) => chains.GetValueOrDefault(goal.Id);

    // A chain can be drawn only if each restated goal is in the report; otherwise the goal's own link is shown instead.
    private static bool Reaches(Goal goal, Dictionary<string, Goal> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = goal;
        while (current.RestatementOf is { } earlier)
        {
            if (!byId.TryGetValue(earlier, out var found) || !seen.Add(earlier))
            {
                return false;
            }

            current = found;
        }

        return true;
    }
}
