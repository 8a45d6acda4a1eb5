using System.Globalization;
using TradeTargets.Statistics;

namespace TradeTargets;

/// <summary>The log-linear trend of a goal's annual levels: fitted once per evaluation and projected to each reading of the deadline.</summary>
/// <remarks>
/// The model is ln(level) = b0 + b1·year + ε with Student's t errors, fitted by least squares to the positive
/// full-year levels. With fewer than <see cref="MinimumPoints"/> of them, or levels lying exactly on one growth
/// path (no scatter, so no uncertainty to estimate), there is no fit and <see cref="Note"/> says why.
/// </remarks>
public sealed record TrendFit
{
    /// <summary>The least number of positive annual levels a trend is fitted to.</summary>
    public const int MinimumPoints = 3;

    // On the log scale 1e-9 is a relative scatter of one in a billion: rounding, not data.
    private const double NoScatter = 1e-9;

    private TrendFit(ValueList<LevelEstimate> points, SimpleLinearRegression? regression, string? note)
    {
        Points = points;
        Regression = regression;
        Note = note;
    }

    /// <summary>The annual levels the trend was (or would have been) fitted to: the positive ones, oldest first.</summary>
    public ValueList<LevelEstimate> Points { get; }

    /// <summary>The fit of ln(level) on year, or null when there is none.</summary>
    public SimpleLinearRegression? Regression { get; }

    /// <summary>Why there is no fit, or what was left out of it; null when there is nothing to say.</summary>
    public string? Note { get; }

    /// <summary>Whether a trend was fitted.</summary>
    public bool IsFitted => Regression is not null;

    /// <summary>The annual growth the trend implies, exp(b1) − 1, or null without a fit.</summary>
    public double? Growth => Regression is { } r ? Math.Exp(r.Slope) - 1 : null;

    /// <summary>The projected level and the 80% and 95% prediction bounds at any year, for drawing the band.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Median, and the lower and upper bounds of both intervals.</returns>
    /// <exception cref="InvalidOperationException">There is no fit (<see cref="IsFitted"/> is false).</exception>
    public (double Median, (double Lower, double Upper) Interval80, (double Lower, double Upper) Interval95) At(double year)
    {
        var regression = Regression ?? throw new InvalidOperationException($"No trend was fitted: {Note}");
        return (Math.Exp(regression.Predict(year)), Exp(regression.PredictionInterval(year, 0.80)), Exp(regression.PredictionInterval(year, 0.95)));
    }

    /// <summary>Fits the trend to annual levels; zero levels are left out (their logarithm is undefined) and counted in the note.</summary>
    internal static TrendFit Fit(IReadOnlyList<LevelEstimate> annual)
    {
        var points = annual.Where(l => l.Value > 0).ToList();
        var zeros = annual.Count - points.Count;
        var left = zeros == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({zeros} zero figure(s) left out: the logarithm of zero is undefined)");
        var fitted = new ValueList<LevelEstimate>(points);
        if (points.Count < MinimumPoints)
        {
            return new TrendFit(fitted, null, string.Create(CultureInfo.InvariantCulture, $"Insufficient data for a trend: {points.Count} positive annual figure(s), {MinimumPoints} needed{left}."));
        }

        var regression = SimpleLinearRegression.Fit([.. points.Select(p => p.Year)], [.. points.Select(p => Math.Log(p.Value))]);
        return regression.ResidualStandardDeviation > NoScatter
            ? new TrendFit(fitted, regression, zeros == 0 ? null : $"Trend fitted{left}.")
            : new TrendFit(fitted, null, "Insufficient data for a trend: the annual figures lie exactly on one growth path, so no uncertainty can be estimated.");
    }

    /// <summary>Projects the fit to a deadline year, or returns null without a fit.</summary>
    internal TrendProjection? ProjectTo(int deadlineYear, double goalLevel)
    {
        if (Regression is not { } regression)
        {
            return null;
        }

        var (median, interval80, interval95) = At(deadlineYear);
        return new TrendProjection(deadlineYear, median, interval80, interval95, regression.ProbabilityAtLeast(deadlineYear, Math.Log(goalLevel)));
    }

    private static (double, double) Exp((double Lower, double Upper) interval) => (Math.Exp(interval.Lower), Math.Exp(interval.Upper));
}
