namespace TradeTargets;

/// <summary>The score of one goal as of a date, with every number it was computed from.</summary>
/// <remarks>
/// The headline measures (<see cref="Level"/>, <see cref="Achievement"/>, <see cref="Gap"/>) use the
/// full-year level of the deadline year once that year is over and its figure is known, and the latest
/// comparable level otherwise. Vague deadlines carry one <see cref="DeadlineAssessment"/> per end of
/// their window; <see cref="Status"/> is the status at the earliest end and <see cref="StatusAtLatestEnd"/>
/// the one at the latest end.
/// </remarks>
public sealed record GoalEvaluation
{
    /// <summary>The goal.</summary>
    public required Goal Goal { get; init; }

    /// <summary>The options, including the as-of date and policies.</summary>
    public required EvaluationOptions Options { get; init; }

    /// <summary>The years the deadline was read as.</summary>
    public required DeadlineWindow Window { get; init; }

    /// <summary>One observation per period of the goal's pair and flow published by the as-of date, oldest first.</summary>
    public required ValueList<PeriodObservation> Observations { get; init; }

    /// <summary>Figures of the pair and flow left out because they were published after the as-of date.</summary>
    public required ValueList<ReportedFigure> NotYetPublished { get; init; }

    /// <summary>Figures of the pair and flow passed over because they are in another currency than the goal (no exchange rates are applied).</summary>
    public ValueList<ReportedFigure> InOtherCurrencies { get; init; } = new([]);

    /// <summary>The full-year levels, oldest first.</summary>
    public required ValueList<LevelEstimate> AnnualLevels { get; init; }

    /// <summary>The latest comparable level (annualised and flagged when it rests on a partial period), or null without figures.</summary>
    public LevelEstimate? Latest { get; init; }

    /// <summary>The level the headline measures are taken from; see the remarks.</summary>
    public LevelEstimate? Level { get; init; }

    /// <summary>The baseline growth is measured from, or null without figures or a stated baseline.</summary>
    public BaselineLevel? Baseline { get; init; }

    /// <summary>Level / goal.</summary>
    public double? Achievement { get; init; }

    /// <summary>Goal − level, in whole currency units.</summary>
    public double? Gap { get; init; }

    /// <summary>Goal / level: how many times the level must still be multiplied.</summary>
    public double? MultiplierNeeded { get; init; }

    /// <summary>CAGR_o from the baseline to the latest level, or null when the two are the same year or undefined.</summary>
    public double? ObservedGrowth { get; init; }

    /// <summary>Years to the goal at the observed growth from the latest level (0 when reached; null when growth is not positive).</summary>
    public double? YearsToGoal { get; init; }

    /// <summary>The log-linear trend of the annual levels, fitted once; each assessment holds its projection to its deadline year.</summary>
    public required TrendFit Trend { get; init; }

    /// <summary>One assessment per deadline year: one for a fixed or relative deadline, two for a vague one.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or to null: every deadline has at least one reading.</exception>
    public required ValueList<DeadlineAssessment> Assessments
    {
        get;
        init => field = value is { Count: > 0 } ? value : throw new ArgumentException("An evaluation needs at least one deadline assessment; Assessments was empty or null.", nameof(Assessments));
    }

    /// <summary>The status at the earliest reading of the deadline.</summary>
    public GoalStatus Status => Assessments[0].Status;

    /// <summary>The status at the latest reading of the deadline (the same as <see cref="Status"/> unless the deadline is vague).</summary>
    public GoalStatus StatusAtLatestEnd => Assessments[^1].Status;

    /// <summary>
    /// How the goal turned out as of the evaluation date: met early, met, met late, missed, superseded by a
    /// restatement, unsettled or open. The rule, in order: a goal reached by the end of its deadline window is met
    /// (early when the year that reached it is before the earliest deadline year); otherwise a restatement announced
    /// by the evaluation date and before the window ended supersedes it; otherwise, once the window is over, the
    /// level of its last deadline year decides between missed, met late (a later year reached it) and unsettled.
    /// </summary>
    public required GoalOutcome Outcome { get; init; }

    /// <summary>Why <see cref="Outcome"/> is what it is, in one sentence naming the level, year or restatement it rests on.</summary>
    public required string OutcomeReason { get; init; }

    /// <summary>The first full-year level that reached the goal (for met early, met and met late), or null.</summary>
    public LevelEstimate? ReachedIn { get; init; }

    /// <summary>The first restatement announced before the deadline window ended (for superseded), or null.</summary>
    public Goal? SupersededBy { get; init; }

    /// <summary>
    /// Warnings about what the numbers rest on, in full sentences: for example that the levels compared come
    /// from figures of different bases. Empty when there is nothing to warn about.
    /// </summary>
    public required ValueList<string> Caveats { get; init; }

    /// <summary>The evaluation in one line, for example "Belarus–United Arab Emirates turnover: $29.7m in 2015 against $500m due 2015: missed, 5.9% of the goal" (both sides named by <see cref="ProseText.Describe(TradePair)"/>).</summary>
    public required string Explanation { get; init; }

    /// <summary>Returns <see cref="Explanation"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explanation;
}
