namespace TradeTargets;

/// <summary>How a backtest runs: when outcomes are read, under which policies, and how its uncertainty is estimated.</summary>
/// <param name="SettledAsOf">The date the outcomes are read at: a goal is settled when its deadline year ended before it and the figures published by then decide it.</param>
public sealed record BacktestOptions(DateOnly SettledAsOf)
{
    /// <summary>The policies every look uses (its date is replaced by the date of each look); the defaults of <see cref="EvaluationOptions"/> by default.</summary>
    public EvaluationOptions Policies { get; init; } = EvaluationOptions.At(SettledAsOf);

    /// <summary>How many bootstrap resamples of the goals estimate each score's interval; 2000 by default.</summary>
    public int BootstrapSamples { get; init; } = 2000;

    /// <summary>The level of the bootstrap intervals; 0.90 by default.</summary>
    public double IntervalLevel { get; init; } = 0.90;

    /// <summary>The seed of the bootstrap's random draws, so that a run can be repeated exactly.</summary>
    public int Seed { get; init; } = 20261201;

    /// <summary>The last deadline year of the goals a recalibration is fitted on; later goals are kept for scoring it (<see cref="BacktestResult.TimeSplit"/>). Fixed before the check was first run.</summary>
    public int LastFitYear { get; init; } = 2015;

    /// <summary>Options reading outcomes as of a date, with the default policies.</summary>
    /// <param name="settledAsOf">The date the outcomes are read at.</param>
    /// <returns>The options.</returns>
    public static BacktestOptions At(DateOnly settledAsOf) => new(settledAsOf);
}
