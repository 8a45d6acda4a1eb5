using TradeTargets.Statistics;

namespace TradeTargets;

/// <summary>A log-linear trend fitted to the annual levels and projected to a deadline, with prediction intervals.</summary>
/// <remarks>
/// The model is ln(level) = b0 + b1·year + ε with Student's t errors. The projected level is exp of the
/// fitted value (the median under the model); the intervals and the probability of reaching the goal
/// come from the prediction interval on the log scale, mapped back with exp.
/// </remarks>
public sealed record TrendProjection
{
    /// <summary>The least number of annual points a trend is fitted to; below it the evaluation says "insufficient data".</summary>
    public const int MinimumPoints = 3;

    internal TrendProjection(ValueList<LevelEstimate> points, SimpleLinearRegression regression, int deadlineYear, double goalLevel)
    {
        Points = points;
        Regression = regression;
        DeadlineYear = deadlineYear;
        ProjectedLevel = Math.Exp(Regression.Predict(deadlineYear));
        Interval80 = Exp(Regression.PredictionInterval(deadlineYear, 0.80));
        Interval95 = Exp(Regression.PredictionInterval(deadlineYear, 0.95));
        ProbabilityOfReachingGoal = Regression.ProbabilityAtLeast(deadlineYear, Math.Log(goalLevel));
    }

    /// <summary>The annual levels the trend was fitted to.</summary>
    public ValueList<LevelEstimate> Points { get; }

    /// <summary>The fit of ln(level) on year.</summary>
    public SimpleLinearRegression Regression { get; }

    /// <summary>The year projected to.</summary>
    public int DeadlineYear { get; }

    /// <summary>The annual growth the trend implies, exp(b1) − 1.</summary>
    public double TrendGrowth => Math.Exp(Regression.Slope) - 1;

    /// <summary>The projected level at the deadline.</summary>
    public double ProjectedLevel { get; }

    /// <summary>The 80% prediction interval of the level at the deadline.</summary>
    public (double Lower, double Upper) Interval80 { get; }

    /// <summary>The 95% prediction interval of the level at the deadline.</summary>
    public (double Lower, double Upper) Interval95 { get; }

    /// <summary>The probability under the model that the level at the deadline reaches the goal.</summary>
    public double ProbabilityOfReachingGoal { get; }

    /// <summary>The projected level and the 80% and 95% bounds at any year, for drawing the band.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Median, and the lower and upper bounds of both intervals.</returns>
    public (double Median, (double Lower, double Upper) Interval80, (double Lower, double Upper) Interval95) At(double year)
        => (Math.Exp(Regression.Predict(year)), Exp(Regression.PredictionInterval(year, 0.80)), Exp(Regression.PredictionInterval(year, 0.95)));

    private static (double, double) Exp((double Lower, double Upper) interval) => (Math.Exp(interval.Lower), Math.Exp(interval.Upper));
}
