namespace TradeTargets;

/// <summary>
/// How a goal turned out, as of the evaluation date: the settled fact a record of many goals counts, beside the
/// progress <see cref="GoalStatus"/>. See <see cref="GoalEvaluation.Outcome"/> for the rule.
/// </summary>
public enum GoalOutcome
{
    /// <summary>The deadline has not passed and the goal has not been reached.</summary>
    Open,

    /// <summary>A full-year level before the (earliest) deadline year reached the goal.</summary>
    MetEarly,

    /// <summary>A full-year level of the deadline year (or of a year within a vague deadline's window) first reached the goal.</summary>
    Met,

    /// <summary>The deadline year's level fell short, and a later full-year level reached the goal; counted as missed at the deadline.</summary>
    MetLate,

    /// <summary>The deadline year's level fell short and no later level has reached the goal.</summary>
    Missed,

    /// <summary>Restated (a new amount, a new deadline or both) before its deadline passed and before it was reached; the restatement is what counts.</summary>
    Superseded,

    /// <summary>The deadline has passed, but no published full-year figure of the deadline year settles it.</summary>
    Unsettled,
}
