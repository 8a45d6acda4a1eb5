namespace TradeTargets;

/// <summary>The Eurostat SDG progress categories for a progress ratio R.</summary>
public enum ProgressCategory
{
    /// <summary>R ≥ 0.95.</summary>
    OnTrack,

    /// <summary>0.60 ≤ R &lt; 0.95.</summary>
    AccelerationNeeded,

    /// <summary>0 ≤ R &lt; 0.60.</summary>
    LimitedProgress,

    /// <summary>R &lt; 0.</summary>
    MovingAway,
}
