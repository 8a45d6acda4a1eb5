using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>The explanation reconciles the progress category, the anticipated level and the trend's probability when they contradict each other.</summary>
public class MeasureAgreementTests
{
    private static readonly EvaluationOptions EndOf2016 = EvaluationOptions.At(new DateOnly(2016, 12, 31));

    [Fact]
    public void Explanation_LongStrongTrendAgainstRecentDecline_SaysTheMeasuresDisagreeAndGivesBothGrowthRates()
    {
        // Eleven years of about +50% a year to 500 in 2010, then a slow fall to 450 in 2015. From the baseline (2010) the
        // growth is negative, so the category reads "moving away", while a trend on all sixteen years still rises steeply.
        var strong = new[] { 10m, 15m, 22m, 33m, 50m, 75m, 110m, 160m, 240m, 360m, 500m };
        var weak = new[] { 480m, 470m, 460m, 455m, 450m };
        var figures = strong.Select((v, i) => Annual("POL", 2000 + i, v, PublishedOn(2011, 1, 1)))
            .Concat(weak.Select((v, i) => Annual("POL", 2011 + i, v, PublishedOn(2016, 3, 1))))
            .ToArray();
        var goal = Goal("POL", 600, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        var assessment = evaluation.Assessments.Single();
        assessment.ProgressCategory.Should().Be(ProgressCategory.MovingAway);
        assessment.Trend!.ProbabilityOfReachingGoal.Should().BeGreaterThanOrEqualTo(0.7);
        var observed = ProseText.Growth(Math.Pow(450 / 500.0, 1 / 5.0) - 1);
        evaluation.Explanation.Should().Contain($". The measures disagree: the trend fitted to 16 annual figures from 2000 to 2015 grows {ProseText.Growth(evaluation.Trend.Growth)} and gives {ProseText.Percent(assessment.Trend.ProbabilityOfReachingGoal)} for reaching the goal, but the progress category reads moving away (growth of {observed} from 2010 to 2015 against ");
        evaluation.Explanation.Should().EndWith("so they part when recent growth differs from the long run");
    }

    [Fact]
    public void Explanation_MeasuresThatAgree_SaysNothingMore()
    {
        // Steady growth of 10% a year on the way to a goal it will pass: every measure leans towards the goal.
        var figures = Enumerable.Range(0, 8).Select(i => Annual("POL", 2008 + i, 100m * (decimal)Math.Pow(1.1, i), PublishedOn(2016, 3, 1))).ToArray();
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        evaluation.Assessments.Single().ProgressCategory.Should().Be(ProgressCategory.OnTrack);
        evaluation.Explanation.Should().NotContain("disagree");
    }

    [Fact]
    public void Explanation_DeadlinePassed_DoesNotReconcileForecasts()
    {
        var strong = new[] { 10m, 15m, 22m, 33m, 50m, 75m, 110m, 160m, 240m, 360m, 500m, 480m, 470m, 460m };
        var figures = strong.Select((v, i) => Annual("POL", 2000 + i, v, PublishedOn(2016, 3, 1))).ToArray();
        var goal = Goal("POL", 600, Deadline.InYear(2013), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        evaluation.Explanation.Should().NotContain("disagree");
    }
}
