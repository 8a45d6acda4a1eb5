namespace TradeTargets;

/// <summary>How often goals were restated before their deadline, and how much the restatement moved them.</summary>
/// <param name="Superseded">Goals superseded by a restatement (<see cref="GoalOutcome.Superseded"/>).</param>
/// <param name="TargetRatio">New target / old target, over superseded goals whose restatement is in the same currency and in the portfolio.</param>
/// <param name="DeadlineShiftYears">The restatement's earliest deadline year minus the old goal's, over superseded goals whose restatement is in the portfolio.</param>
public sealed record RestatementSummary(int Superseded, ShareSummary TargetRatio, ShareSummary DeadlineShiftYears)
{
    /// <summary>Summarises the restatements among evaluations.</summary>
    /// <param name="evaluations">The evaluations; a superseded goal's restatement is looked up among them by id.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluations"/> is null.</exception>
    public static RestatementSummary Of(IReadOnlyList<GoalEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var byId = evaluations.GroupBy(e => e.Goal.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var superseded = evaluations.Where(e => e.Outcome == GoalOutcome.Superseded && e.SupersededBy is not null).ToList();
        var pairs = superseded
            .Select(e => (Old: e, New: byId.GetValueOrDefault(e.SupersededBy!.Id)))
            .Where(p => p.New is not null)
            .ToList();
        return new RestatementSummary(
            superseded.Count,
            ShareSummary.Of(pairs
                .Where(p => p.New!.Goal.Target.Currency == p.Old.Goal.Target.Currency)
                .Select(p => p.New!.Goal.Target.ToDouble() / p.Old.Goal.Target.ToDouble())),
            ShareSummary.Of(pairs.Select(p => (double)(p.New!.Window.FirstYear - p.Old.Window.FirstYear))));
    }
}
