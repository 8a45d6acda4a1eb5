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

    /// <summary>A backtest's reliability diagram: the probability forecast against how often such goals were met.</summary>
    Reliability,

    /// <summary>A backtest's interval coverage: how often the 80% and 95% intervals held the deadline level.</summary>
    IntervalCoverage,
}
