using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace TradeTargets.Statistics;

/// <summary>An ordinary least-squares fit of y = b0 + b1·x with its standard errors and prediction intervals.</summary>
/// <remarks>
/// The coefficients come from a QR decomposition of the design matrix with x centred on its mean, which
/// keeps the fit accurate to 12 or more significant digits on NIST's StRD Norris data. Standard errors
/// and intervals use the textbook formulas; MathNet.Numerics supplies Student's t. R² is the coefficient
/// of determination 1 − SSE/SST (not the squared Pearson r of <c>GoodnessOfFit.RSquared</c>).
/// </remarks>
public sealed class SimpleLinearRegression
{
    // The last two quantiles asked for (see TwoSidedQuantile).
    private QuantileMemo? quantiles;

    private SimpleLinearRegression(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Count = x.Count;
        MeanX = x.Average();
        MeanY = y.Average();
        var centred = x.Select(v => v - MeanX).ToArray();
        var design = Matrix<double>.Build.DenseOfColumnArrays(Enumerable.Repeat(1.0, Count).ToArray(), centred);
        var solution = design.QR().Solve(Vector<double>.Build.DenseOfEnumerable(y));
        Slope = solution[1];
        Intercept = solution[0] - (Slope * MeanX);
        SumOfSquaresX = centred.Sum(c => c * c);
        ResidualSumOfSquares = x.Zip(y, (xi, yi) => yi - Predict(xi)).Sum(r => r * r);
        TotalSumOfSquares = y.Sum(yi => (yi - MeanY) * (yi - MeanY));
        RegressionSumOfSquares = Slope * Slope * SumOfSquaresX;
        DegreesOfFreedom = Count - 2;
        ResidualStandardDeviation = Math.Sqrt(ResidualSumOfSquares / DegreesOfFreedom);
        SlopeStandardError = ResidualStandardDeviation / Math.Sqrt(SumOfSquaresX);
        InterceptStandardError = ResidualStandardDeviation * Math.Sqrt((1.0 / Count) + (MeanX * MeanX / SumOfSquaresX));
    }

    /// <summary>The number of points.</summary>
    public int Count { get; }

    /// <summary>The residual degrees of freedom, n − 2.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>The mean of x.</summary>
    public double MeanX { get; }

    /// <summary>The mean of y.</summary>
    public double MeanY { get; }

    /// <summary>b0.</summary>
    public double Intercept { get; }

    /// <summary>b1.</summary>
    public double Slope { get; }

    /// <summary>The standard error of b0.</summary>
    public double InterceptStandardError { get; }

    /// <summary>The standard error of b1.</summary>
    public double SlopeStandardError { get; }

    /// <summary>The residual standard deviation s = √(SSE / (n − 2)).</summary>
    public double ResidualStandardDeviation { get; }

    /// <summary>Σ(x − x̄)².</summary>
    public double SumOfSquaresX { get; }

    /// <summary>SSE, the sum of squared residuals.</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>SSR = b1² Σ(x − x̄)², the sum of squares explained by the regression.</summary>
    public double RegressionSumOfSquares { get; }

    /// <summary>SST = Σ(y − ȳ)².</summary>
    public double TotalSumOfSquares { get; }

    /// <summary>The coefficient of determination 1 − SSE / SST.</summary>
    public double RSquared => 1 - (ResidualSumOfSquares / TotalSumOfSquares);

    /// <summary>Fits a line by least squares.</summary>
    /// <param name="x">The explanatory values; at least three, not all equal, all finite.</param>
    /// <param name="y">The responses, as many as x, all finite.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">The lengths differ, there are fewer than three points, x is constant, or a value is NaN or infinite.</exception>
    public static SimpleLinearRegression Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} values but y has {y.Count}; expected the same number.", nameof(y));
        }

        if (x.Count < 3)
        {
            throw new ArgumentException($"A fit with standard errors needs at least 3 points; {x.Count} were given.", nameof(x));
        }

        if (x.Concat(y).Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every x and y must be a finite number; NaN or infinity was given.", nameof(x));
        }

        if (x.All(v => v == x[0]))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"x must take at least two different values; all were {x[0]}."), nameof(x));
        }

        return new SimpleLinearRegression(x, y);
    }

    /// <summary>The fitted value b0 + b1·x.</summary>
    /// <param name="x">The point.</param>
    /// <returns>The fitted value.</returns>
    public double Predict(double x) => Intercept + (Slope * x);

    /// <summary>The standard error of a new observation at x: s·√(1 + 1/n + (x − x̄)² / Σ(x − x̄)²).</summary>
    /// <param name="x">The point.</param>
    /// <returns>The standard error of prediction.</returns>
    public double PredictionStandardError(double x)
        => ResidualStandardDeviation * Math.Sqrt(1 + (1.0 / Count) + ((x - MeanX) * (x - MeanX) / SumOfSquaresX));

    /// <summary>The two-sided prediction interval for a new observation at x.</summary>
    /// <param name="x">The point.</param>
    /// <param name="confidence">The coverage, strictly between 0 and 1, for example 0.95.</param>
    /// <returns>The lower and upper bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public (double Lower, double Upper) PredictionInterval(double x, double confidence)
    {
        if (!(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1, for example 0.95.");
        }

        var halfWidth = TwoSidedQuantile(confidence) * PredictionStandardError(x);
        var centre = Predict(x);
        return (centre - halfWidth, centre + halfWidth);
    }

    /// <summary>Student's t quantile for a two-sided interval at the confidence level, with this fit's degrees of freedom.</summary>
    /// <remarks>
    /// A chart asks for the 80% and 95% intervals at a hundred or more points of one fit, and the inverse CDF is an
    /// iterative search: the last two levels asked for are kept. The pair is replaced as a whole, so threads sharing a
    /// fit read a consistent pair or compute the quantile again.
    /// </remarks>
    private double TwoSidedQuantile(double confidence)
    {
        var known = quantiles;
        if (known is not null)
        {
            if (known.Confidence == confidence)
            {
                return known.Quantile;
            }

            if (known.Previous is { } previous && previous.Confidence == confidence)
            {
                return previous.Quantile;
            }
        }

        var quantile = StudentT.InvCDF(0, 1, DegreesOfFreedom, 1 - ((1 - confidence) / 2));
        quantiles = new QuantileMemo(confidence, quantile, known is null ? null : known with { Previous = null });
        return quantile;
    }

    private sealed record QuantileMemo(double Confidence, double Quantile, QuantileMemo? Previous);

    /// <summary>The probability that a new observation at x is at least a threshold, under the fitted model with Student's t errors.</summary>
    /// <param name="x">The point.</param>
    /// <param name="threshold">The threshold on the y scale.</param>
    /// <returns>A probability from 0 to 1.</returns>
    public double ProbabilityAtLeast(double x, double threshold)
        => 1 - StudentT.CDF(0, 1, DegreesOfFreedom, (threshold - Predict(x)) / PredictionStandardError(x));
}
