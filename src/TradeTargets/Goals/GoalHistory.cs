namespace TradeTargets;

/// <summary>Links restated goals ("moving goalposts") into the chain of announcements they belong to.</summary>
public static class GoalHistory
{
    /// <summary>The announcements of the goal's chain, from the original to the latest restatement.</summary>
    /// <param name="goal">Any goal of the chain.</param>
    /// <param name="allGoals">Every goal known, among which the chain is looked up.</param>
    /// <returns>The chain, each restatement after what it restates (then by announcement date and id); a goal that was never restated gives a chain of one.</returns>
    /// <exception cref="ArgumentException">A goal of <paramref name="allGoals"/> is null, a restatement points at a goal that is not in <paramref name="allGoals"/>, or the links form a cycle.</exception>
    public static IReadOnlyList<Goal> Chain(Goal goal, IEnumerable<Goal> allGoals)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(allGoals);
        var byId = Preconditions.NoNullElements(allGoals.ToList(), nameof(allGoals)).ToDictionary(g => g.Id, StringComparer.Ordinal);
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

        // A restatement always follows what it restates, even when both carry the same date.
        var chain = new List<(Goal Goal, int Depth)> { (root, 0) };
        var frontier = new Queue<(Goal Goal, int Depth)>([(root, 0)]);
        while (frontier.Count > 0)
        {
            var (current, depth) = frontier.Dequeue();
            foreach (var later in byId.Values.Where(g => g.RestatementOf == current.Id))
            {
                chain.Add((later, depth + 1));
                frontier.Enqueue((later, depth + 1));
            }
        }

        return [.. chain.OrderBy(c => c.Depth).ThenBy(c => c.Goal.AnnouncedOn).ThenBy(c => c.Goal.Id, StringComparer.Ordinal).Select(c => c.Goal)];
    }
}
