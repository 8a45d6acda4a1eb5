namespace TradeTargets;

/// <summary>Where the baseline of an evaluation came from.</summary>
public enum BaselineSource
{
    /// <summary>The baseline stated with the goal ("from $121m in 2016").</summary>
    Stated,

    /// <summary>The latest full-year figure for the announcement year or earlier.</summary>
    LatestAtAnnouncement,

    /// <summary>No figure was known at the announcement; the earliest later full-year figure.</summary>
    EarliestReported,
}
