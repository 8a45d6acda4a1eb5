namespace TradeTargets.Charts;

/// <summary>The kinds of chart.</summary>
public enum ChartKind
{
    /// <summary>One goal: reported levels, baseline, goal, required path, trend and the gap.</summary>
    Gap,

    /// <summary>Many goals as bullet graphs of achievement.</summary>
    Scoreboard,

    /// <summary>Many goals as a line from the latest level to the goal.</summary>
    Dumbbell,
}
