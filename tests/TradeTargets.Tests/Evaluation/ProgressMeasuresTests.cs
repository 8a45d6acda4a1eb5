namespace TradeTargets.Tests;

/// <summary>
/// Hand-worked example used throughout: baseline 100 in 2010, goal 200 by 2020, latest 150 in 2015.
/// CAGR_r = 2^(1/10) − 1 = 0.0717734625; CAGR_o = 1.5^(1/5) − 1 = 0.0844717712; R = CAGR_o / CAGR_r = 1.17692206.
/// </summary>
public class ProgressMeasuresTests
{
    // CAGR = (end / start)^(1 / years) − 1, written out here rather than pasted from a run.
    private static readonly double Required = Math.Pow(200 / 100.0, 1 / 10.0) - 1;
    private static readonly double Observed = Math.Pow(150 / 100.0, 1 / 5.0) - 1;

    [Fact]
    public void CompoundAnnualGrowth_HandWorked_IsTheAnnualRateOverTheYears()
    {
        ProgressMeasures.CompoundAnnualGrowth(100, 200, 10)!.Value.Should().BeApproximately(Required, 1e-15);
        ProgressMeasures.CompoundAnnualGrowth(100, 150, 5)!.Value.Should().BeApproximately(Observed, 1e-15);
        ProgressMeasures.CompoundAnnualGrowth(100, 200, 10)!.Value.Should().BeApproximately(0.0717734625, 1e-10, "the rounded value in the summary above");
        // Twentyfold in five years: 20^(1/5) = 1.8206, so +82.06% a year.
        ProgressMeasures.CompoundAnnualGrowth(50, 1000, 5)!.Value.Should().BeApproximately(Math.Pow(20, 1 / 5.0) - 1, 1e-15);
    }

    [Theory]
    [InlineData(0, 100, 5)]
    [InlineData(-1, 100, 5)]
    [InlineData(100, 200, 0)]
    [InlineData(100, -1, 5)]
    [InlineData(double.NaN, 100, 5)]
    [InlineData(double.PositiveInfinity, 100, 5)]
    [InlineData(100, double.PositiveInfinity, 5)]
    [InlineData(100, 200, double.PositiveInfinity)]
    [InlineData(100, double.NaN, 5)]
    [InlineData(100, 200, double.NaN)]
    public void CompoundAnnualGrowth_Undefined_ReturnsNull(double start, double end, double years)
        => ProgressMeasures.CompoundAnnualGrowth(start, end, years).Should().BeNull();

    [Fact]
    public void ProgressRatio_HandWorked_IsOnTrack()
    {
        var ratio = ProgressMeasures.ProgressRatio(Observed, Required)!.Value;

        ratio.Should().BeApproximately(Observed / Required, 1e-12);
        ProgressMeasures.ClassifyProgressRatio(ratio).Should().Be(ProgressCategory.OnTrack);
    }

    [Theory]
    [InlineData(0.95, ProgressCategory.OnTrack)]
    [InlineData(0.9499, ProgressCategory.AccelerationNeeded)]
    [InlineData(0.60, ProgressCategory.AccelerationNeeded)]
    [InlineData(0.5999, ProgressCategory.LimitedProgress)]
    [InlineData(0.0, ProgressCategory.LimitedProgress)]
    [InlineData(-0.0001, ProgressCategory.MovingAway)]
    public void ClassifyProgressRatio_EurostatThresholds(double ratio, ProgressCategory expected)
        => ProgressMeasures.ClassifyProgressRatio(ratio).Should().Be(expected);

    [Fact]
    public void ProgressRatio_NegativeRequiredGrowth_UsesItsMagnitude()
        => ProgressMeasures.ProgressRatio(-0.05, -0.1)!.Value.Should().BeApproximately(-0.5, 1e-15);

    [Fact]
    public void AnticipatedLevelAndRatio_HandWorked()
    {
        var anticipated = ProgressMeasures.AnticipatedLevel(150, Observed, 5);

        anticipated.Should().BeApproximately(225, 1e-9);
        ProgressMeasures.AnticipatedRatio(anticipated, 100, 200)!.Value.Should().BeApproximately(1.25, 1e-12);
        ProgressMeasures.AnticipatedRatio(150, 100, 100).Should().BeNull();
    }

    [Theory]
    [InlineData(0.95, AnticipatedProgress.OnTrack)]
    [InlineData(0.94, AnticipatedProgress.FairProgress)]
    [InlineData(0.10, AnticipatedProgress.FairProgress)]
    [InlineData(0.09, AnticipatedProgress.StagnationOrRegression)]
    [InlineData(-2, AnticipatedProgress.StagnationOrRegression)]
    public void ClassifyAnticipatedRatio_UnsdThresholds(double ratio, AnticipatedProgress expected)
        => ProgressMeasures.ClassifyAnticipatedRatio(ratio).Should().Be(expected);

    [Fact]
    public void YearsToReach_HandWorked()
    {
        // ln(200 / 150) / ln(1 + CAGR_o) = 0.2876821 / 0.0810930 = 3.5476 years at the observed rate.
        ProgressMeasures.YearsToReach(150, 200, Observed)!.Value.Should().BeApproximately(Math.Log(200 / 150.0) / Math.Log(1 + Observed), 1e-12);
        ProgressMeasures.YearsToReach(250, 200, Observed).Should().Be(0);
        ProgressMeasures.YearsToReach(150, 200, 0).Should().BeNull();
        ProgressMeasures.YearsToReach(150, 200, -0.1).Should().BeNull();
    }

    [Fact]
    public void YearsBehindSchedule_HandWorked_IsAheadOfThePath()
    {
        // The required path reaches 150 at 2010 + ln(1.5)/ln(1 + CAGR_r) = 2015.8496; the level got there in 2015.
        var yearOnPath = 2010 + (Math.Log(150 / 100.0) / Math.Log(1 + Required));
        ProgressMeasures.YearsBehindSchedule(100, 2010, Required, 150, 2015)!.Value.Should().BeApproximately(2015 - yearOnPath, 1e-12);
        ProgressMeasures.YearsBehindSchedule(100, 2010, Required, 120, 2015)!.Value.Should().BeGreaterThan(0);
        ProgressMeasures.YearsBehindSchedule(100, 2010, 0, 120, 2015).Should().BeNull();
    }

    [Fact]
    public void Compound_OfCompoundAnnualGrowth_GivesBackTheEndLevel()
    {
        var rate = ProgressMeasures.CompoundAnnualGrowth(121, 500, 3)!.Value;

        ProgressMeasures.Compound(121, rate, 3).Should().BeApproximately(500, 1e-9);
    }

    [Fact]
    public void CompoundAnnualGrowth_EndLevelZero_IsMinusOne()
        // (0 / 100)^(1/5) − 1 = 0 − 1: everything lost, a defined rate of −100% a year.
        => ProgressMeasures.CompoundAnnualGrowth(100, 0, 5).Should().Be(-1);

    [Fact]
    public void CompoundAnnualGrowth_SameLevel_IsExactlyZero()
        // (150 / 150)^(1/4) − 1 = 1 − 1 = 0.
        => ProgressMeasures.CompoundAnnualGrowth(150, 150, 4).Should().Be(0);

    [Fact]
    public void CompoundAnnualGrowth_OneYearSpan_IsTheRatioMinusOne()
    {
        // One year: (121 / 110)^(1/1) − 1 = 1.1 − 1 = 0.1.
        ProgressMeasures.CompoundAnnualGrowth(110, 121, 1)!.Value.Should().BeApproximately(0.1, 1e-15);
        // Half a year: (121 / 100)^(1/0.5) − 1 = 1.21² − 1 = 0.4641; the exponent is 1 / years, not years.
        ProgressMeasures.CompoundAnnualGrowth(100, 121, 0.5)!.Value.Should().BeApproximately(0.4641, 1e-12);
    }

    [Fact]
    public void ProgressRatio_ZeroRequiredGrowth_ReturnsNull()
        => ProgressMeasures.ProgressRatio(0.05, 0).Should().BeNull();

    [Fact]
    public void ProgressRatio_ZeroObservedGrowth_IsZeroAndLimitedProgress()
    {
        // 0 / |0.07| = 0, the lowest ratio that still counts as progress.
        var ratio = ProgressMeasures.ProgressRatio(0, 0.07)!.Value;

        ratio.Should().Be(0);
        ProgressMeasures.ClassifyProgressRatio(ratio).Should().Be(ProgressCategory.LimitedProgress);
    }

    [Fact]
    public void ProgressRatio_PositiveGrowths_IsTheirQuotient()
        // 0.03 / |0.06| = 0.5.
        => ProgressMeasures.ProgressRatio(0.03, 0.06)!.Value.Should().BeApproximately(0.5, 1e-15);

    [Fact]
    public void AnticipatedLevel_ZeroGrowthOrZeroYears_IsTheLatestLevel()
    {
        // 150 × (1 + 0)^5 = 150 and 150 × (1 + 0.1)^0 = 150.
        ProgressMeasures.AnticipatedLevel(150, 0, 5).Should().Be(150);
        ProgressMeasures.AnticipatedLevel(150, 0.1, 0).Should().Be(150);
        // 100 × 1.1² = 121.
        ProgressMeasures.AnticipatedLevel(100, 0.1, 2).Should().BeApproximately(121, 1e-12);
    }

    [Fact]
    public void Compound_NegativeYears_GoesBackInTime()
        // 121 × 1.1^(−2) = 121 / 1.21 = 100.
        => ProgressMeasures.Compound(121, 0.1, -2).Should().BeApproximately(100, 1e-12);

    [Fact]
    public void AnticipatedRatio_BelowTheBaseline_IsNegative()
        // (90 − 100) / (200 − 100) = −0.1.
        => ProgressMeasures.AnticipatedRatio(90, 100, 200)!.Value.Should().BeApproximately(-0.1, 1e-15);

    [Theory]
    [InlineData(0, 200, 0.1)]
    [InlineData(-5, 200, 0.1)]
    public void YearsToReach_LatestLevelNotPositive_ReturnsNull(double latest, double goal, double growth)
        => ProgressMeasures.YearsToReach(latest, goal, growth).Should().BeNull();

    [Fact]
    public void YearsToReach_ExactlyAtTheGoal_IsZeroEvenWithoutGrowth()
    {
        // Reached is reached: no growth is needed, so zero or negative growth does not make it unknown.
        ProgressMeasures.YearsToReach(200, 200, 0).Should().Be(0);
        ProgressMeasures.YearsToReach(200, 200, -0.1).Should().Be(0);
    }

    [Fact]
    public void YearsToReach_TenPercentGrowth_HandWorked()
        // ln(121 / 100) / ln(1.1) = 2 ln 1.1 / ln 1.1 = 2 years.
        => ProgressMeasures.YearsToReach(100, 121, 0.1)!.Value.Should().BeApproximately(2, 1e-12);

    [Theory]
    [InlineData(0, 0.1, 120)]
    [InlineData(-1, 0.1, 120)]
    [InlineData(100, 0.1, 0)]
    [InlineData(100, 0.1, -1)]
    [InlineData(100, -1, 120)]
    [InlineData(100, -1.5, 120)]
    public void YearsBehindSchedule_Undefined_ReturnsNull(double baseLevel, double requiredGrowth, double latestLevel)
        => ProgressMeasures.YearsBehindSchedule(baseLevel, 2010, requiredGrowth, latestLevel, 2015).Should().BeNull();

    [Fact]
    public void YearsBehindSchedule_TenPercentPath_HandWorked()
    {
        // The path 100 × 1.1^(t − 2010) reaches 121 in 2010 + ln(1.21) / ln(1.1) = 2012.
        // Reaching 121 in 2015 is 3 years behind; reaching it in 2011 is 1 year ahead.
        ProgressMeasures.YearsBehindSchedule(100, 2010, 0.1, 121, 2015)!.Value.Should().BeApproximately(3, 1e-9);
        ProgressMeasures.YearsBehindSchedule(100, 2010, 0.1, 121, 2011)!.Value.Should().BeApproximately(-1, 1e-9);
    }

    [Fact]
    public void YearsBehindSchedule_FallingPath_HandWorked()
    {
        // A required decline of 10% a year: 100 × 0.9^(t − 2010) = 81 at t = 2010 + ln(0.81) / ln(0.9) = 2012.
        ProgressMeasures.YearsBehindSchedule(100, 2010, -0.1, 81, 2014)!.Value.Should().BeApproximately(2, 1e-9);
    }
}
