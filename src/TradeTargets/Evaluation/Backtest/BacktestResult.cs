namespace TradeTargets;

/// <summary>Every settled goal's forecasts beside its outcome, and their scores against the baselines.</summary>
/// <remarks>
/// The headline scores (<see cref="Headline"/>) take one forecast per goal, the one at its announcement; the year-end
/// forecasts (<see cref="YearEnds"/>) look at the same goals again and are correlated, so they are scored apart.
/// </remarks>
public sealed record BacktestResult
{
    /// <summary>The options the backtest ran with.</summary>
    public required BacktestOptions Options { get; init; }

    /// <summary>How many goals the data set holds.</summary>
    public required int GoalCount { get; init; }

    /// <summary>The goals whose deadline has passed and whose outcome is settled, in data-set order.</summary>
    public required ValueList<SettledGoal> Settled { get; init; }

    /// <summary>The ids of goals whose deadline has passed but whose outcome no published figure settles; not scored.</summary>
    public required ValueList<string> Unsettled { get; init; }

    /// <summary>How many goals are still open (their deadline has not passed by <see cref="BacktestOptions.SettledAsOf"/>).</summary>
    public int Open => GoalCount - Settled.Count - Unsettled.Count;

    /// <summary>Every look at a settled goal that gave no forecast (too few figures by then): counted and listed, not scored.</summary>
    public required ValueList<MissingForecast> Missing { get; init; }

    /// <summary>The scores of the forecasts made at the announcements, or null when no settled goal had one.</summary>
    public BacktestScores? Headline { get; init; }

    /// <summary>The scores of the forecasts made at year-ends between announcement and deadline, or null when there were none.</summary>
    public BacktestScores? YearEnds { get; init; }

    /// <summary>The recalibration checked out of sample: fitted on the announcement forecasts of goals due up to <see cref="BacktestOptions.LastFitYear"/>, scored once on later ones; null when either side has nothing to fit or score.</summary>
    public TimeSplitCalibration? TimeSplit { get; init; }

    /// <summary>How many forecasts were scored, at announcements and year-ends together.</summary>
    public int ForecastCount => (Headline?.Forecasts.Count ?? 0) + (YearEnds?.Forecasts.Count ?? 0);
}
