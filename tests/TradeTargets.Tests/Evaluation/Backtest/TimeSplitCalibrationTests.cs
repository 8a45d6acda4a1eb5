namespace TradeTargets.Tests;

/// <summary>The logistic recalibration, on cases whose maximum-likelihood answer is known by hand.</summary>
public class TimeSplitCalibrationTests
{
    [Fact]
    public void FitLogistic_TwoGroups_MatchesEachGroupsShareMet()
    {
        // With x taking two values, the fit reproduces each group's share met exactly: σ(a + b·x0) = 2/5 and
        // σ(a + b·x1) = 3/5. With x0 = logit 0.2 = −ln 4 and x1 = ln 4: a = 0 and b = logit(0.6) / ln 4 = 0.405465 / 1.386294.
        var x0 = -Math.Log(4);
        var x1 = Math.Log(4);
        var points = new List<(double X, double Y)>();
        points.AddRange(new[] { 1.0, 1.0, 0.0, 0.0, 0.0 }.Select(y => (x0, y)));
        points.AddRange(new[] { 1.0, 1.0, 1.0, 0.0, 0.0 }.Select(y => (x1, y)));

        var (a, b) = TimeSplitCalibration.FitLogistic(points, penalty: 0);

        a.Should().BeApproximately(0, 1e-9);
        b.Should().BeApproximately(Math.Log(1.5) / Math.Log(4), 1e-9);
    }

    [Fact]
    public void FitLogistic_ForecastsThatAreRight_KeepsThemAsTheyAre()
    {
        // Shares met equal to the forecasts: the identity map, a = 0 and b = 1.
        var points = new List<(double X, double Y)>();
        points.AddRange(new[] { 1.0, 0.0, 0.0, 0.0 }.Select(y => (Math.Log(0.25 / 0.75), y)));
        points.AddRange(new[] { 1.0, 1.0, 1.0, 0.0 }.Select(y => (Math.Log(0.75 / 0.25), y)));

        var (a, b) = TimeSplitCalibration.FitLogistic(points, penalty: 0);

        a.Should().BeApproximately(0, 1e-9);
        b.Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Recalibrate_AppliesTheFittedMap()
    {
        var split = new TimeSplitCalibration
        {
            LastFitYear = 2015, FitGoals = 10, ScoredGoals = 5, Intercept = 0, Slope = 0.5, FitBaseRate = 0.3,
            BrierTrend = new(0.3, 0.2, 0.4), BrierRecalibrated = new(0.25, 0.2, 0.3), BrierBaseRate = new(0.2, 0.1, 0.3), BrierGain = new(0.05, -0.01, 0.1),
        };

        // σ(0.5 · logit 0.9) = σ(0.5 · ln 9) = 3 / (3 + 1) = 0.75.
        split.Recalibrate(0.9).Should().BeApproximately(0.75, 1e-12);
        split.WouldChangeDefault.Should().BeFalse("the gain's interval reaches below zero");
    }

    [Fact]
    public void FitLogistic_SeparatedOutcomes_StaysFiniteWithThePenalty()
    {
        // Every goal given more than one half was met and every other missed: plain maximum likelihood has no finite
        // answer; the penalised fit sharpens the map (b above 1) and stays finite.
        var points = new List<(double X, double Y)> { (-2, 0), (-1, 0), (1, 1), (2, 1) };

        var (a, b) = TimeSplitCalibration.FitLogistic(points, TimeSplitCalibration.Penalty);

        double.IsFinite(a).Should().BeTrue();
        b.Should().BeGreaterThan(1).And.BeLessThan(10);
        a.Should().BeApproximately(0, 1e-9, "the points are symmetric about zero");
    }
}
