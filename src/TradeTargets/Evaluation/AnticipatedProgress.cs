namespace TradeTargets;

/// <summary>The UNSD Progress Chart categories for the anticipated ratio.</summary>
public enum AnticipatedProgress
{
    /// <summary>Ratio ≥ 0.95.</summary>
    OnTrack,

    /// <summary>0.10 ≤ ratio &lt; 0.95.</summary>
    FairProgress,

    /// <summary>Ratio &lt; 0.10.</summary>
    StagnationOrRegression,
}
