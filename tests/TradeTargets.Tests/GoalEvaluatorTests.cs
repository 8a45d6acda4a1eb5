using static TradeTargets.Tests.TestData;

namespace TradeTargets.Tests;

public class GoalEvaluatorTests
{
    private static readonly EvaluationOptions EndOf2016 = EvaluationOptions.At(new DateOnly(2016, 12, 31));

    [Fact]
    public void Evaluate_EmiratesGoalAfterDeadline_IsMissedAtReportedShare()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2015, 29.7m),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, figures, EndOf2016);

        evaluation.Status.Should().Be(GoalStatus.Missed);
        evaluation.Level!.Value.Should().Be(29_700_000);
        evaluation.Achievement!.Value.Should().BeApproximately(0.0594, 1e-12);
        evaluation.MultiplierNeeded!.Value.Should().BeApproximately(500 / 29.7, 1e-12);
        evaluation.MultiplierNeeded!.Value.Should().BeApproximately(16.8, 0.05);
        evaluation.Gap!.Value.Should().BeApproximately(470_300_000, 1e-3);
        evaluation.Explanation.Should().Be("$29.7m in 2015 against $500m due 2015: missed, 5.9% of the goal");
    }

    [Fact]
    public void Evaluate_PartialYearIsLatest_AnnualisesProRataAndFlagsEstimate()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2015, 29.7m),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m),
        };

        var latest = GoalEvaluator.Evaluate(goal, figures, EndOf2016).Latest!;

        latest.IsEstimated.Should().BeTrue();
        latest.Value.Should().BeApproximately(18_700_000 * 12 / 8.0, 1e-6);
        latest.Year.Should().Be(2016);
        latest.Annualisation.Should().Contain("× 12 / 8");
    }
}
