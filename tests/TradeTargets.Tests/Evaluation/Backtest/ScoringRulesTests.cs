namespace TradeTargets.Tests;

public class ScoringRulesTests
{
    [Fact]
    public void Brier_ThreeForecasts_IsMeanSquaredError()
    {
        // (0.8 − 1)² + (0.3 − 0)² + (0.5 − 1)² = 0.04 + 0.09 + 0.25 = 0.38, over 3.
        ScoringRules.Brier([(0.8, true), (0.3, false), (0.5, true)]).Should().BeApproximately(0.38 / 3, 1e-12);
    }

    [Fact]
    public void LogScore_ThreeForecasts_IsMeanNegativeLogOfWhatHappened()
    {
        // −(ln 0.8 + ln 0.7 + ln 0.5) / 3 = 0.424322
        ScoringRules.LogScore([(0.8, true), (0.3, false), (0.5, true)]).Should().BeApproximately(-(Math.Log(0.8) + Math.Log(0.7) + Math.Log(0.5)) / 3, 1e-12);
    }

    [Fact]
    public void LogScore_CertainForecasts_AreClippedToOnePercent()
    {
        // Certain and wrong costs −ln 0.01 = 4.605, certain and right −ln 0.99 = 0.01005: mean 2.307610.
        ScoringRules.LogScore([(1.0, false), (0.0, false)]).Should().BeApproximately(2.307610260920796, 1e-12);
    }

    [Fact]
    public void Coverage_FourIntervals_CountsEndsAsInside()
    {
        ScoringRules.Coverage([(10, 20, 15), (10, 20, 20), (10, 20, 25), (10, 20, 9.99)]).Should().Be(0.5);
    }

    [Theory]
    [InlineData(0, 10, 0.95, 0.0, 0.2775328)]
    [InlineData(3, 10, 0.90, 0.1268766, 0.5583002)]
    public void WilsonInterval_HandWorked_MatchesFormula(int successes, int trials, double level, double lower, double upper)
    {
        var (lo, hi) = ScoringRules.WilsonInterval(successes, trials, level);

        lo.Should().BeApproximately(lower, 1e-6);
        hi.Should().BeApproximately(upper, 1e-6);
    }

    [Fact]
    public void Brier_NoForecasts_Throws()
    {
        var act = () => ScoringRules.Brier([]);

        act.Should().Throw<ArgumentException>().WithMessage("A score needs at least one forecast.*");
    }

    [Fact]
    public void Brier_ProbabilityAboveOne_Throws()
    {
        var act = () => ScoringRules.Brier([(1.2, true)]);

        act.Should().Throw<ArgumentException>().WithMessage("A probability must be between 0 and 1; it was 1.2.*");
    }
}
