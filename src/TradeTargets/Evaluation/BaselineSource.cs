namespace TradeTargets;

/// <summary>Where the baseline of an evaluation came from.</summary>
public enum BaselineSource
{
    /// <summary>The baseline stated with the goal ("from $121m in 2016").</summary>
    Stated,

    /// <summary>The latest twelve-month figure that ended before the announcement year began.</summary>
    LatestAtAnnouncement,

    /// <summary>No such figure exists; the earliest full-year level (or, without one, the latest annualised level).</summary>
    EarliestReported,
}
