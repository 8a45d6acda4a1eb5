namespace TradeTargets.Extraction;

/// <summary>A goal read from an article, for a person to confirm.</summary>
/// <remarks>
/// A candidate may be incomplete: "double by 2020" without a stated level has a multiplier and no target, and a goal
/// without a deadline has none. <see cref="IsComplete"/> says whether it can become a <see cref="Goal"/>.
/// </remarks>
/// <param name="Reporter">The country whose trade the goal is about.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Flow">Turnover, exports or imports.</param>
/// <param name="Target">The level to reach, or null when only a multiplier is given.</param>
/// <param name="Multiplier">"Fourfold", "almost double", or null.</param>
/// <param name="Baseline">The stated starting level ("from $121m in 2016"), or null.</param>
/// <param name="Deadline">When it is due, or null when the sentence gives no time.</param>
/// <param name="Kind">Target or forecast.</param>
/// <param name="AnnouncedOn">When it was announced: a date in the text when one is given, else the publication date.</param>
/// <param name="Announcer">Who announced it, in a few words ("Presidents of Belarus and Vietnam"), or a placeholder saying it was not found.</param>
/// <param name="Quote">The sentence.</param>
/// <param name="Inferred">What was inferred rather than read.</param>
/// <param name="Confidence">From 0 to 1: lower for every inferred part and missing piece.</param>
public sealed record GoalCandidate(
    Country Reporter,
    Country Partner,
    TradeFlow Flow,
    Amount? Target,
    GoalMultiplier? Multiplier,
    GoalBaseline? Baseline,
    ExtractedDeadline? Deadline,
    GoalKind Kind,
    DateOnly AnnouncedOn,
    string Announcer,
    TextQuote Quote,
    InferredParts Inferred,
    double Confidence)
{
    /// <summary>Whether a word of the text said the kind ("target", "expects", "could"), rather than the kind being a target for want of one ("to reach $1 billion").</summary>
    /// <remarks>Read when two sentences state one goal: a kind the text says outranks one it leaves unsaid.</remarks>
    internal bool KindStated { get; init; }

    /// <summary>Whether the candidate has a target and a deadline, so it can become a <see cref="Goal"/>.</summary>
    public bool IsComplete => Target is { Value: > 0 } && Deadline is not null;
}
