using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

// A full-year figure outranks every part of its year; a part stands in only for a year without one.
public partial class GoalEvaluatorTests
{
    private static readonly EvaluationOptions EndOf2025 = EvaluationOptions.At(new DateOnly(2025, 12, 31));

    /// <summary>Every run of months inside 2024 shorter than the year: each month, quarter, half and month range.</summary>
    public static TheoryData<int, int> PartsOfAYear()
    {
        var data = new TheoryData<int, int>();
        for (var first = 1; first <= 12; first++)
        {
            for (var last = first; last <= 12; last++)
            {
                if (last - first < 11)
                {
                    data.Add(first, last);
                }
            }
        }

        return data;
    }

    private static Goal IndiaGoal() => Goal("IND", 100_000, Deadline.InYear(2030), new DateOnly(2023, 3, 1));

    private static ReportedFigure Part(ReportingPeriod period, decimal millions)
        => Figure($"ind-{period}", "IND", period, millions, source: PublishedOn(2025, 6, 1));

    [Theory]
    [MemberData(nameof(PartsOfAYear))]
    public void Evaluate_YearAndAPartOfIt_ScoresOnTheFullYear(int first, int last)
    {
        var part = ReportingPeriod.Months(2024, first, last);
        var data = TestData.Figures([Annual("IND", 2023, 65_700m, PublishedOn(2024, 3, 1)), Annual("IND", 2024, 68_700m, PublishedOn(2025, 3, 1)), Part(part, 18_500m)]);

        var evaluation = GoalEvaluator.Evaluate(IndiaGoal(), data, EndOf2025);

        evaluation.Latest!.IsEstimated.Should().BeFalse();
        evaluation.Latest.Observation.Period.Should().Be(ReportingPeriod.Year(2024));
        evaluation.Latest.Value.Should().Be(68_700e6);
        evaluation.ObservedGrowth!.Value.Should().BeApproximately((68_700 / 65_700.0) - 1, 1e-12);
    }

    [Fact]
    public void Evaluate_YearWithEveryKindOfPart_ScoresOnTheFullYear()
    {
        var parts = new[] { ReportingPeriod.Half(2024, 2), ReportingPeriod.Quarter(2024, 4), ReportingPeriod.Month(2024, 12), ReportingPeriod.Months(2024, 1, 11) };
        var data = TestData.Figures([Annual("IND", 2023, 65_700m, PublishedOn(2024, 3, 1)), Annual("IND", 2024, 68_700m, PublishedOn(2025, 3, 1)), .. parts.Select(p => Part(p, 2_000m))]);

        var evaluation = GoalEvaluator.Evaluate(IndiaGoal(), data, EndOf2025);

        evaluation.Latest!.Observation.Period.Should().Be(ReportingPeriod.Year(2024));
        evaluation.Level!.Value.Should().Be(68_700e6);
        evaluation.Explanation.Should().StartWith("Belarus–India turnover: $68.7bn in 2024 against");
    }

    [Theory]
    [MemberData(nameof(PartsOfAYear))]
    public void Evaluate_PartOfAYearWithoutFullYear_StandsInAndSaysWhich(int first, int last)
    {
        var part = ReportingPeriod.Months(2024, first, last);
        var data = TestData.Figures([Annual("IND", 2023, 65_700m, PublishedOn(2024, 3, 1)), Part(part, 1_200m * part.MonthCount)]);

        var latest = GoalEvaluator.Evaluate(IndiaGoal(), data, EndOf2025).Latest!;

        latest.IsEstimated.Should().BeTrue();
        latest.Observation.Period.Should().Be(part);
        latest.Value.Should().BeApproximately(14_400e6, 1e-3);
        latest.ToString().Should().Contain($"annualised from {Amount.FromMillions(1_200m * part.MonthCount)} in {part.Describe()}");
    }

    [Fact]
    public void Evaluate_SeveralPartsWithoutFullYear_TheOneCoveringMostMonthsStandsIn()
    {
        var parts = new[] { ReportingPeriod.Months(2024, 1, 11), ReportingPeriod.Half(2024, 2), ReportingPeriod.Quarter(2024, 4), ReportingPeriod.Month(2024, 12) };
        var data = TestData.Figures([Annual("IND", 2023, 65_700m, PublishedOn(2024, 3, 1)), .. parts.Select(p => Part(p, 2_000m))]);

        var latest = GoalEvaluator.Evaluate(IndiaGoal(), data, EndOf2025).Latest!;

        latest.Observation.Period.Should().Be(ReportingPeriod.Months(2024, 1, 11));
    }

    [Fact]
    public void Evaluate_PartOfALaterYear_StandsInForThatYear()
    {
        var data = TestData.Figures([Annual("IND", 2024, 68_700m, PublishedOn(2025, 3, 1)), Part(ReportingPeriod.Quarter(2024, 4), 18_500m), Part(ReportingPeriod.Quarter(2025, 1), 18_000m)]);

        var latest = GoalEvaluator.Evaluate(IndiaGoal(), data, EndOf2025).Latest!;

        latest.Observation.Period.Should().Be(ReportingPeriod.Quarter(2025, 1));
        latest.Value.Should().Be(72_000e6);
    }
}
