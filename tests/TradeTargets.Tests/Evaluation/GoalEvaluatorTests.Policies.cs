using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

// What the evaluator does with a policy's result: a policy is the caller's code, so what it returns is checked.
public partial class GoalEvaluatorTests
{
    public static TheoryData<string, Func<PeriodObservation, LevelEstimate?>> BadEstimates() => new()
    {
        { "Infinity", o => new LevelEstimate(double.PositiveInfinity, o.Period.TimeCoordinate, o, "infinite") },
        { "NaN", o => new LevelEstimate(double.NaN, o.Period.TimeCoordinate, o, "not a number") },
        { "-1000000000000", o => new LevelEstimate(-1e12, o.Period.TimeCoordinate, o, "negative") },
        { "the year NaN", o => new LevelEstimate(1e6, double.NaN, o, "no year") },
        { "the year 1999", o => new LevelEstimate(1e6, 1999, o, "another year") },
        { "resting on the observation of 2023", o => new LevelEstimate(1e6, o.Period.TimeCoordinate, new PeriodObservation(ReportingPeriod.Year(2023), o.Chosen, new([])), "another observation") },
    };

    [Theory]
    [MemberData(nameof(BadEstimates))]
    public void Evaluate_AnnualisationPolicyReturnsBadEstimate_IsRefusedNamingPolicyAndValue(string shown, Func<PeriodObservation, LevelEstimate?> estimate)
    {
        var goal = Goal("IND", 500, Deadline.InYear(2030), new DateOnly(2023, 3, 1));
        var data = TestData.Figures([Annual("IND", 2023, 100m, PublishedOn(2024, 3, 1)), Figure("ind-2024-q1", "IND", ReportingPeriod.Quarter(2024, 1), 30m, source: PublishedOn(2024, 6, 1))]);
        var options = EvaluationOptions.At(new DateOnly(2024, 12, 31)) with { AnnualisationPolicy = new Annualising("broken", estimate) };

        var act = () => GoalEvaluator.Evaluate(goal, data, options);

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("Annualisation policy 'broken' returned").And.Contain(shown);
    }

    [Fact]
    public void Evaluate_SelectionPolicyReturnsNull_IsRefusedNamingPolicy()
    {
        var goal = Goal("IND", 500, Deadline.InYear(2030), new DateOnly(2023, 3, 1));
        var data = TestData.Figures([Annual("IND", 2023, 100m, PublishedOn(2024, 3, 1))]);
        var options = EvaluationOptions.At(new DateOnly(2024, 12, 31)) with { SelectionPolicy = new FixedChoice(null!) };

        var act = () => GoalEvaluator.Evaluate(goal, data, options);

        act.Should().Throw<InvalidOperationException>().WithMessage("Selection policy 'fixed' returned null for 2023*");
    }

    [Fact]
    public void Evaluate_SelectionPolicyReturnsAnotherFigure_IsRefusedAsNotACandidate()
    {
        var goal = Goal("IND", 500, Deadline.InYear(2030), new DateOnly(2023, 3, 1));
        var figure = Annual("IND", 2023, 100m, PublishedOn(2024, 3, 1));
        var data = TestData.Figures([figure]);
        var options = EvaluationOptions.At(new DateOnly(2024, 12, 31)) with { SelectionPolicy = new FixedChoice(Annual("IND", 2022, 100m, PublishedOn(2024, 3, 1))) };

        var act = () => GoalEvaluator.Evaluate(goal, data, options);

        act.Should().Throw<InvalidOperationException>().WithMessage("Selection policy 'fixed' returned a figure (IND-2022) that was not among the candidates for 2023.");
    }

    private sealed class Annualising(string name, Func<PeriodObservation, LevelEstimate?> estimate) : IAnnualisationPolicy
    {
        public string Name => name;

        public LevelEstimate? Annualise(PeriodObservation partialPeriod, IReadOnlyList<PeriodObservation> history) => estimate(partialPeriod);
    }
}
