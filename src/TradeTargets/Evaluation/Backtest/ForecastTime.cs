namespace TradeTargets;

/// <summary>When a backtest forecast was made, relative to its goal.</summary>
public enum ForecastTime
{
    /// <summary>On the day the goal was announced: the forecast a reader saw first, one per goal (the headline scores).</summary>
    Announcement,

    /// <summary>At a year-end between the announcement and the deadline: later looks at the same goal, correlated with each other.</summary>
    YearEnd,
}
