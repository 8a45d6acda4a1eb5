namespace TradeTargets;

/// <summary>How many goals of a group turned out each way (<see cref="GoalOutcome"/>), and the hit rate they give.</summary>
/// <param name="Group">What the goals have in common, for example <c>2010s</c> or <c>Europe</c>; <c>all</c> for a whole portfolio.</param>
public sealed record OutcomeCounts(string Group)
{
    /// <summary>Goals in the group.</summary>
    public int Goals { get; init; }

    /// <summary>Goals reached in a full year before their deadline year.</summary>
    public int MetEarly { get; init; }

    /// <summary>Goals first reached in their deadline year (or window).</summary>
    public int Met { get; init; }

    /// <summary>Goals missed at the deadline and reached later.</summary>
    public int MetLate { get; init; }

    /// <summary>Goals missed at the deadline and not reached since.</summary>
    public int Missed { get; init; }

    /// <summary>Goals restated before their deadline passed.</summary>
    public int Superseded { get; init; }

    /// <summary>Goals past their deadline that no published figure settles.</summary>
    public int Unsettled { get; init; }

    /// <summary>Goals still running.</summary>
    public int Open { get; init; }

    /// <summary>Goals whose deadline came and was settled: met early, met, met late and missed.</summary>
    public int Decided => MetEarly + Met + MetLate + Missed;

    /// <summary>
    /// (met early + met) / decided, or null when no goal of the group is decided. Met late counts as missed, because the
    /// goal was not reached by its deadline; superseded goals are left out, so a goal and its restatements count once,
    /// by the restatement still standing.
    /// </summary>
    public double? HitRate => Decided == 0 ? null : (double)(MetEarly + Met) / Decided;

    /// <summary>Counts outcomes.</summary>
    /// <param name="group">The group's name.</param>
    /// <param name="outcomes">One outcome per goal.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OutcomeCounts Of(string group, IEnumerable<GoalOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(outcomes);
        var counts = new int[Enum.GetValues<GoalOutcome>().Length];
        var goals = 0;
        foreach (var outcome in outcomes)
        {
            counts[(int)outcome]++;
            goals++;
        }

        return new OutcomeCounts(group)
        {
            Goals = goals,
            Open = counts[(int)GoalOutcome.Open],
            MetEarly = counts[(int)GoalOutcome.MetEarly],
            Met = counts[(int)GoalOutcome.Met],
            MetLate = counts[(int)GoalOutcome.MetLate],
            Missed = counts[(int)GoalOutcome.Missed],
            Superseded = counts[(int)GoalOutcome.Superseded],
            Unsettled = counts[(int)GoalOutcome.Unsettled],
        };
    }
}
