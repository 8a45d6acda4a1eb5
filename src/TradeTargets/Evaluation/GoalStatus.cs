namespace TradeTargets;

/// <summary>Where a goal stands as of the evaluation date, for one reading of its deadline.</summary>
public enum GoalStatus
{
    /// <summary>A full-year level at or before the deadline reached the goal.</summary>
    Achieved,

    /// <summary>The deadline year is over and its level fell short.</summary>
    Missed,

    /// <summary>Open; observed growth is at least 95% of the growth required.</summary>
    OnTrack,

    /// <summary>Open; observed growth is 60% to 95% of the growth required.</summary>
    NeedsAcceleration,

    /// <summary>Open; observed growth is positive but under 60% of the growth required.</summary>
    LimitedProgress,

    /// <summary>Open; the level is moving away from the goal.</summary>
    MovingAway,

    /// <summary>The figures cannot support a status; the evaluation says what is missing.</summary>
    InsufficientData,
}
