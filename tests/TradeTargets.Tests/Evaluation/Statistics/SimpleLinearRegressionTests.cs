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

    private static SimpleLinearRegression FitNorris()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Reference", "Norris.txt"))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        return SimpleLinearRegression.Fit([.. rows.Select(r => r[1])], [.. rows.Select(r => r[0])]);
    }
}
