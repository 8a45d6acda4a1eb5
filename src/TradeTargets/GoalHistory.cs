namespace TradeTargets;

/// <summary>Links restated goals ("moving goalposts") into the chain of announcements they belong to.</summary>
public static class GoalHistory
{
    /// <summary>The announcements of the goal's chain, from the original to the latest restatement.</summary>
    /// <param name="goal">Any goal of the chain.</param>
    /// <param name="allGoals">Every goal known, among which the chain is looked up.</param>
    /// <returns>The chain, ordered by announcement date then id; a goal that was never restated gives a chain of one.</returns>
    /// <exception cref="ArgumentException">A restatement points at a goal that is not in <paramref name="allGoals"/>, or the links form a cycle.</exception>
    public static IReadOnlyList<Goal> Chain(Goal goal, IEnumerable<Goal> allGoals)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(allGoals);
        var byId = allGoals.ToDictionary(g => g.Id, StringComparer.Ordinal);
        var root = goal;
        var seen = new HashSet<string>(StringComparer.Ordinal) { goal.Id };
        while (root.RestatementOf is { } earlierId)
        {
            if (!byId.TryGetValue(earlierId, out var earlier))
            {
                throw new ArgumentException($"Goal {root.Id} restates goal {earlierId}, which is not among the goals given.", nameof(allGoals));
            }

            if (!seen.Add(earlier.Id))
            {
                throw new ArgumentException($"The restatement links of goal {goal.Id} form a cycle through {earlier.Id}.", nameof(allGoals));
            }

            root = earlier;
        }

        var chain = new List<Goal> { root };
        var frontier = new Queue<Goal>([root]);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var later in byId.Values.Where(g => g.RestatementOf == current.Id))
            {
                chain.Add(later);
                frontier.Enqueue(later);
            }
        }

        return [.. chain.OrderBy(g => g.AnnouncedOn).ThenBy(g => g.Id, StringComparer.Ordinal)];
    }
}
