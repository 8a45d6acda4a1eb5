using System.Globalization;
using TradeTargets.Statistics;

namespace TradeTargets.Tests.Statistics;

/// <summary>Checks the regression against NIST StRD certified values for the Norris data set.</summary>
/// <remarks>
/// Every test fits the data itself: a fit shared through a static field would be computed once, under
/// whichever code was loaded first, and would hide a broken fit from every later test.
/// </remarks>
public class SimpleLinearRegressionTests
{
    private const double CertifiedB0 = -0.262323073774029;
    private const double CertifiedB1 = 1.00211681802045;
    private const double CertifiedSdB0 = 0.232818234301152;
    private const double CertifiedSdB1 = 0.429796848199937E-03;
    private const double CertifiedResidualSd = 0.884796396144373;
    private const double CertifiedRSquared = 0.999993745883712;
    private const double CertifiedRegressionSs = 4255954.13232369;
    private const double CertifiedResidualSs = 26.6173985294224;

    [Fact]
    public void Fit_Norris_CoefficientsMatchCertifiedValues()
    {
        var norris = FitNorris();

        norris.Count.Should().Be(36);
        Precision.AssertSignificantDigits(norris.Intercept, CertifiedB0, 9);
        Precision.AssertSignificantDigits(norris.Slope, CertifiedB1, 9);
    }

    [Fact]
    public void Fit_Norris_StandardErrorsMatchCertifiedValues()
    {
        var norris = FitNorris();

        Precision.AssertSignificantDigits(norris.InterceptStandardError, CertifiedSdB0, 9);
        Precision.AssertSignificantDigits(norris.SlopeStandardError, CertifiedSdB1, 9);
        Precision.AssertSignificantDigits(norris.ResidualStandardDeviation, CertifiedResidualSd, 9);
    }

    [Fact]
    public void Fit_Norris_AnovaAndRSquaredMatchCertifiedValues()
    {
        var norris = FitNorris();

        norris.DegreesOfFreedom.Should().Be(34);
        Precision.AssertSignificantDigits(norris.RegressionSumOfSquares, CertifiedRegressionSs, 9);
        Precision.AssertSignificantDigits(norris.ResidualSumOfSquares, CertifiedResidualSs, 9);
        Precision.AssertSignificantDigits(norris.RSquared, CertifiedRSquared, 12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(500.0)]
    [InlineData(1500.0)]
    public void PredictionInterval_Norris_MatchesIntervalBuiltFromCertifiedValues(double x)
    {
        // Every ingredient of s·√(1 + 1/n + (x − x̄)²/Sxx) follows from certified values:
        // Sxx = (s / sd(B1))², and x̄² = ((sd(B0) / s)² − 1/n)·Sxx.
        const int n = 36;
        var sxx = Math.Pow(CertifiedResidualSd / CertifiedSdB1, 2);
        var meanX = Math.Sqrt((Math.Pow(CertifiedSdB0 / CertifiedResidualSd, 2) - (1.0 / n)) * sxx);
        var standardError = CertifiedResidualSd * Math.Sqrt(1 + (1.0 / n) + (Math.Pow(x - meanX, 2) / sxx));
        var t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 34, 0.975);
        var centre = CertifiedB0 + (CertifiedB1 * x);
        var norris = FitNorris();

        var (lower, upper) = norris.PredictionInterval(x, 0.95);

        Precision.AssertSignificantDigits(norris.PredictionStandardError(x), standardError, 9);
        Precision.AssertSignificantDigits(lower, centre - (t * standardError), 9);
        Precision.AssertSignificantDigits(upper, centre + (t * standardError), 9);
    }

    [Fact]
    public void StudentT_975Quantile34Df_MatchesTables()
        => MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, 34, 0.975).Should().BeApproximately(2.0322445, 5e-7);

    [Fact]
    public void ProbabilityAtLeast_AtFittedValue_IsOneHalf()
    {
        var norris = FitNorris();

        norris.ProbabilityAtLeast(500, norris.Predict(500)).Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void Fit_TwoPoints_ThrowsSayingThreeAreNeeded()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([1, 2], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*at least 3 points*2*");

    [Fact]
    public void Fit_NaN_Throws()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([1, 2, 3], [1, double.NaN, 2])).Should().Throw<ArgumentException>().WithMessage("*finite*");

    [Fact]
    public void Fit_ConstantX_Throws()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([2, 2, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*different values*");

    [Fact]
    public void Fit_ThreePoints_EveryStatisticWorkedByHand()
    {
        // x = 1, 2, 3 and y = 1, 3, 2: x̄ = 2, ȳ = 2, Σ(x − x̄)² = 1 + 0 + 1 = 2, Σ(x − x̄)(y − ȳ) = 1 + 0 + 0 = 1,
        // so b1 = 1 / 2 = 0.5 and b0 = 2 − 0.5 × 2 = 1. Fitted 1.5, 2, 2.5; residuals −0.5, 1, −0.5:
        // SSE = 0.25 + 1 + 0.25 = 1.5 on n − 2 = 1 degree of freedom, s = √1.5; SST = 1 + 1 + 0 = 2;
        // SSR = 0.5² × 2 = 0.5; R² = 1 − 1.5 / 2 = 0.25; sd(b1) = √1.5 / √2 = √0.75;
        // sd(b0) = √1.5 × √(1/3 + 2² / 2) = √(1.5 × 7/3) = √3.5.
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]);

        fit.Count.Should().Be(3);
        fit.DegreesOfFreedom.Should().Be(1);
        fit.MeanX.Should().BeApproximately(2, 1e-15);
        fit.MeanY.Should().BeApproximately(2, 1e-15);
        fit.Slope.Should().BeApproximately(0.5, 1e-14);
        fit.Intercept.Should().BeApproximately(1, 1e-14);
        fit.Predict(4).Should().BeApproximately(3, 1e-14);
        fit.SumOfSquaresX.Should().BeApproximately(2, 1e-14);
        fit.ResidualSumOfSquares.Should().BeApproximately(1.5, 1e-14);
        fit.TotalSumOfSquares.Should().BeApproximately(2, 1e-14);
        fit.RegressionSumOfSquares.Should().BeApproximately(0.5, 1e-14);
        fit.RSquared.Should().BeApproximately(0.25, 1e-14);
        fit.ResidualStandardDeviation.Should().BeApproximately(Math.Sqrt(1.5), 1e-14);
        fit.SlopeStandardError.Should().BeApproximately(Math.Sqrt(0.75), 1e-14);
        fit.InterceptStandardError.Should().BeApproximately(Math.Sqrt(3.5), 1e-14);
    }

    [Fact]
    public void Fit_ResponsesWithALargeMean_TotalSumOfSquaresStaysExact()
    {
        // y = 1e9, 1e9, 1e9 + 1: ȳ = 1e9 + 1/3, SST = 2 × (1/3)² + (2/3)² = 2/3. The mean is not exact in binary
        // (1/3 rounds by about 4e-8 next to 1e9), so a formula that does not square the deviations, such as
        // Σ(y + ȳ)(y − ȳ), carries 2ȳ × Σ(y − ȳ), some 2e9 × 1e-7, and is off by hundreds.
        // Slope (1/3 + 2/3) / 2 = 0.5; residuals 1/6, −1/3, 1/6, SSE = 1/6, R² = 1 − (1/6) / (2/3) = 0.75.
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1e9, 1e9, 1e9 + 1]);

        fit.TotalSumOfSquares.Should().BeApproximately(2 / 3.0, 1e-9);
        fit.Slope.Should().BeApproximately(0.5, 1e-6);
        fit.RSquared.Should().BeApproximately(0.75, 1e-5);
    }

    [Fact]
    public void PredictionInterval_ThreePoints_UsesTheOneDegreeOfFreedomQuantile()
    {
        // At x = 4: centre 1 + 0.5 × 4 = 3, standard error √1.5 × √(1 + 1/3 + (4 − 2)² / 2) = √(1.5 × 10/3) = √5.
        // With one degree of freedom t(p) = tan(π(p − 1/2)): the 50% interval uses t(0.75) = tan(π/4) = 1.
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]);

        fit.PredictionStandardError(4).Should().BeApproximately(Math.Sqrt(5), 1e-13);
        var (lower, upper) = fit.PredictionInterval(4, 0.5);
        // Math.NET's t quantile is iterative, good to about 1e-11 here.
        lower.Should().BeApproximately(3 - Math.Sqrt(5), 1e-9);
        upper.Should().BeApproximately(3 + Math.Sqrt(5), 1e-9);
    }

    [Fact]
    public void PredictionInterval_LevelsAskedInTurn_EachUsesItsOwnQuantile()
    {
        // One fit asked for three levels in turn (more than the two it keeps) gives each level's own interval:
        // with one degree of freedom t(p) = tan(π(p − 1/2)), so the half-widths are √5 times tan(π·level/2).
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]);

        foreach (var level in new[] { 0.5, 0.8, 0.5, 0.95, 0.8, 0.5, 0.95, 0.95 })
        {
            var (lower, upper) = fit.PredictionInterval(4, level);
            ((upper - lower) / 2).Should().BeApproximately(Math.Sqrt(5) * Math.Tan(Math.PI * level / 2), 1e-7, $"the {level} interval");
        }
    }

    [Theory]
    [InlineData(1.0, 0.25)]
    [InlineData(-1.0, 0.75)]
    public void ProbabilityAtLeast_OneStandardErrorFromTheFit_FollowsStudentsT(double z, double probability)
    {
        // At x = 4 the fit is 3 with standard error √5 (above). With one degree of freedom P(T ≥ z) = 1/2 − atan(z)/π:
        // one standard error above the fit 1/2 − (π/4)/π = 0.25, one below 0.75.
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]);

        fit.ProbabilityAtLeast(4, 3 + (z * Math.Sqrt(5))).Should().BeApproximately(probability, 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void PredictionInterval_ConfidenceNotStrictlyBetweenZeroAndOne_Throws(double confidence)
    {
        var fit = SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]);

        FluentActions.Invoking(() => fit.PredictionInterval(4, confidence))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "confidence").WithMessage("*strictly between 0 and 1*");
    }

    [Fact]
    public void Fit_ThreePoints_IsEnough()
        => SimpleLinearRegression.Fit([1, 2, 3], [1, 3, 2]).Count.Should().Be(3);

    [Fact]
    public void Fit_LengthsDiffer_ThrowsNamingBothCounts()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([1, 2, 3], [1, 2]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "y").WithMessage("x has 3 values but y has 2; expected the same number.*");

    [Fact]
    public void Fit_InfiniteX_Throws()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([1, double.PositiveInfinity, 3], [1, 2, 3]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "x").WithMessage("*finite*");

    [Fact]
    public void Fit_ConstantX_ThrowsNamingTheValue()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([2, 2, 2], [1, 2, 3]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "x").WithMessage("x must take at least two different values; all were 2.*");

    [Fact]
    public void Fit_NullX_ThrowsNamingIt()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit(null!, [1, 2, 3]))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "x");

    [Fact]
    public void Fit_NullY_ThrowsNamingIt()
        => FluentActions.Invoking(() => SimpleLinearRegression.Fit([1, 2, 3], null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "y");

    private static SimpleLinearRegression FitNorris()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reference", "Norris.txt"))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return SimpleLinearRegression.Fit([.. rows.Select(r => r[1])], [.. rows.Select(r => r[0])]);
    }
}
