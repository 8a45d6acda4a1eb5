using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class TrendFitTests
{
    // ln(level) = 1, 3, 2 in 2001, 2002, 2003: the regression of SimpleLinearRegressionTests shifted by 2000 years,
    // so b1 = 0.5, the fit at 2004 is 3 and its standard error of prediction √5 (one residual degree of freedom).
    private static List<LevelEstimate> Levels(params (int Year, double Value)[] levels)
        => [.. levels.Select(l => new LevelEstimate(l.Value, l.Year, Observation(l.Year), null))];

    private static PeriodObservation Observation(int year)
        => new(ReportingPeriod.Year(year), Annual("POL", year, 1m), new([]));

    private static List<LevelEstimate> HandWorked() => Levels((2001, Math.Exp(1)), (2002, Math.Exp(3)), (2003, Math.Exp(2)));

    [Fact]
    public void Fit_ThreeScatteredLevels_FitsLnLevelOnYear()
    {
        var trend = TrendFit.Fit(HandWorked());

        trend.IsFitted.Should().BeTrue();
        trend.Note.Should().BeNull();
        trend.Points.Select(p => p.Year).Should().Equal(2001, 2002, 2003);
        trend.Regression!.Slope.Should().BeApproximately(0.5, 1e-12);
        // Growth exp(0.5) − 1 = 0.6487 a year.
        trend.Growth!.Value.Should().BeApproximately(Math.Exp(0.5) - 1, 1e-12);
    }

    [Fact]
    public void At_AYearAfterTheLast_GivesMedianAndBothBands()
    {
        var trend = TrendFit.Fit(HandWorked());

        var (median, interval80, interval95) = trend.At(2004);

        // Median exp(3); with one degree of freedom t(p) = tan(π(p − 1/2)): t(0.90) = tan(0.4π), t(0.975) = tan(0.475π).
        median.Should().BeApproximately(Math.Exp(3), 1e-9);
        Precision.AssertSignificantDigits(interval80.Lower, Math.Exp(3 - (Math.Tan(0.4 * Math.PI) * Math.Sqrt(5))), 9);
        Precision.AssertSignificantDigits(interval80.Upper, Math.Exp(3 + (Math.Tan(0.4 * Math.PI) * Math.Sqrt(5))), 9);
        Precision.AssertSignificantDigits(interval95.Lower, Math.Exp(3 - (Math.Tan(0.475 * Math.PI) * Math.Sqrt(5))), 9);
        Precision.AssertSignificantDigits(interval95.Upper, Math.Exp(3 + (Math.Tan(0.475 * Math.PI) * Math.Sqrt(5))), 9);
    }

    [Fact]
    public void ProjectTo_GoalOneStandardErrorAboveTheFit_HasAQuarterChance()
    {
        var trend = TrendFit.Fit(HandWorked());

        var projection = trend.ProjectTo(2004, Math.Exp(3 + Math.Sqrt(5)))!;

        // ln(goal) is one standard error above the fit: P(T ≥ 1) = 1/2 − atan(1)/π = 1/4.
        projection.DeadlineYear.Should().Be(2004);
        projection.ProjectedLevel.Should().BeApproximately(Math.Exp(3), 1e-9);
        projection.ProbabilityOfReachingGoal.Should().BeApproximately(0.25, 1e-12);
        Precision.AssertSignificantDigits(projection.Interval80.Upper, Math.Exp(3 + (Math.Tan(0.4 * Math.PI) * Math.Sqrt(5))), 9);
        Precision.AssertSignificantDigits(projection.Interval95.Lower, Math.Exp(3 - (Math.Tan(0.475 * Math.PI) * Math.Sqrt(5))), 9);
    }

    [Fact]
    public void Fit_AZeroLevel_IsLeftOutAndNamedInTheNote()
    {
        var levels = Levels((2000, 0), (2001, Math.Exp(1)), (2002, Math.Exp(3)), (2003, Math.Exp(2)));

        var trend = TrendFit.Fit(levels);

        // The zero of 2000 is dropped; the other three give the fit above.
        trend.IsFitted.Should().BeTrue();
        trend.Points.Select(p => p.Year).Should().Equal(2001, 2002, 2003);
        trend.Regression!.Slope.Should().BeApproximately(0.5, 1e-12);
        trend.Note.Should().Be("Trend fitted (1 zero figure(s) left out: the logarithm of zero is undefined).");
    }

    [Fact]
    public void Fit_TwoPositiveLevelsAndAZero_IsNotFittedAndCountsBoth()
    {
        var trend = TrendFit.Fit(Levels((2001, Math.Exp(1)), (2002, 0), (2003, Math.Exp(2))));

        trend.IsFitted.Should().BeFalse();
        trend.Growth.Should().BeNull();
        trend.Points.Should().HaveCount(2);
        trend.Note.Should().Be("Insufficient data for a trend: 2 positive annual figure(s), 3 needed (1 zero figure(s) left out: the logarithm of zero is undefined).");
    }

    [Fact]
    public void Fit_ThreeLevelsOnOneGrowthPath_IsNotFitted()
    {
        // 100, 110, 121: ln rises by ln 1.1 each year exactly, so the residuals are rounding only.
        var trend = TrendFit.Fit(Levels((2010, 100), (2011, 110), (2012, 121)));

        trend.IsFitted.Should().BeFalse();
        trend.Points.Should().HaveCount(3);
        trend.Note.Should().Be("Insufficient data for a trend: the annual figures lie exactly on one growth path, so no uncertainty can be estimated.");
        trend.ProjectTo(2020, 200).Should().BeNull();
    }

    [Fact]
    public void At_WithoutAFit_ThrowsGivingTheNote()
    {
        var trend = TrendFit.Fit(Levels((2001, 100), (2002, 120)));

        FluentActions.Invoking(() => trend.At(2004)).Should().Throw<InvalidOperationException>()
            .WithMessage("No trend was fitted: Insufficient data for a trend: 2 positive annual figure(s), 3 needed.");
    }
}
