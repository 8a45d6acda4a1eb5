using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>
/// Each outcome worked by hand: a $100m Belarus–Poland turnover goal announced on 1 March 2015, due 2018, against
/// full-year figures each published on 1 June of the next year.
/// </summary>
public class GoalOutcomeTests
{
    private static readonly DateOnly Announced = new(2015, 3, 1);

    private static ReportedFigure Year(int year, decimal millions) => Annual("POL", year, millions, PublishedOn(year + 1, 6, 1));

    private static GoalEvaluation Evaluate(DateOnly asOf, IEnumerable<ReportedFigure> figures, params Goal[] goals)
    {
        var all = goals.Length == 0 ? [Goal("POL", 100, Deadline.InYear(2018), Announced)] : goals;
        var data = new TradeDataSet(all, figures, []);
        return GoalEvaluator.Evaluate(all[0], data, EvaluationOptions.At(asOf));
    }

    private static Goal Restatement(DateOnly announcedOn, decimal millions, int deadline, string id = "restated")
        => new(id, Belarus, Country.Parse("POL"), TradeFlow.Turnover, Amount.FromMillions(millions), Deadline.InYear(deadline), announcedOn, "President", PublishedOn(announcedOn.Year, announcedOn.Month, announcedOn.Day), restatementOf: "goal");

    [Fact]
    public void ReachedBeforeTheDeadlineYear_IsMetEarly()
    {
        var evaluation = Evaluate(new DateOnly(2020, 1, 1), [Year(2016, 90), Year(2017, 101), Year(2018, 95)]);

        evaluation.Outcome.Should().Be(GoalOutcome.MetEarly);
        evaluation.ReachedIn!.Year.Should().Be(2017);
        evaluation.OutcomeReason.Should().Be("$101m in 2017 reached the goal before the deadline year 2018.");
    }

    [Fact]
    public void ReachedInTheDeadlineYear_IsMet()
        => Evaluate(new DateOnly(2020, 1, 1), [Year(2017, 90), Year(2018, 100)]).Outcome.Should().Be(GoalOutcome.Met);

    [Fact]
    public void ShortInTheDeadlineYearAndReachedLater_IsMetLateAndCountsAsMissed()
    {
        var evaluation = Evaluate(new DateOnly(2021, 1, 1), [Year(2018, 80), Year(2019, 120)]);

        evaluation.Outcome.Should().Be(GoalOutcome.MetLate);
        evaluation.ReachedIn!.Year.Should().Be(2019);
        var summary = PortfolioSummary.From([evaluation]);
        (summary.Met, summary.Missed, summary.HitRate).Should().Be((0, 1, 0.0));
    }

    [Fact]
    public void ShortInTheDeadlineYearAndSince_IsMissed()
        => Evaluate(new DateOnly(2021, 1, 1), [Year(2018, 80), Year(2019, 90)]).Outcome.Should().Be(GoalOutcome.Missed);

    [Fact]
    public void DeadlineYearWithoutAFigure_IsUnsettled()
        => Evaluate(new DateOnly(2019, 3, 1), [Year(2017, 90)]).Outcome.Should().Be(GoalOutcome.Unsettled, "2018's figure is published on 1 June 2019");

    [Fact]
    public void BeforeTheDeadlineAndNotReached_IsOpen()
        => Evaluate(new DateOnly(2018, 6, 30), [Year(2017, 90)]).Outcome.Should().Be(GoalOutcome.Open);

    [Fact]
    public void RestatedBeforeTheDeadline_IsSupersededByTheRestatement()
    {
        var restated = Restatement(new DateOnly(2017, 9, 1), 200, 2022);

        var evaluation = Evaluate(new DateOnly(2021, 1, 1), [Year(2017, 90), Year(2018, 95)], Goal("POL", 100, Deadline.InYear(2018), Announced), restated);

        evaluation.Outcome.Should().Be(GoalOutcome.Superseded);
        evaluation.SupersededBy.Should().Be(restated);
        evaluation.OutcomeReason.Should().Be("Restated as goal restated on 2017-09-01, before the deadline year 2018 ended.");
    }

    [Fact]
    public void RestatedAfterTheDeadlineOrAfterTheEvaluationDate_IsNotSuperseded()
    {
        var goal = Goal("POL", 100, Deadline.InYear(2018), Announced);
        var figures = new[] { Year(2018, 80), Year(2019, 90) };

        Evaluate(new DateOnly(2021, 1, 1), figures, goal, Restatement(new DateOnly(2019, 2, 1), 150, 2025)).Outcome.Should().Be(GoalOutcome.Missed, "restated only after the deadline year ended");
        Evaluate(new DateOnly(2018, 6, 1), [], goal, Restatement(new DateOnly(2018, 7, 1), 150, 2025)).Outcome.Should().Be(GoalOutcome.Open, "the restatement is not known on the evaluation date");
    }

    [Fact]
    public void ReachedThenRestated_StaysMet()
    {
        var goal = Goal("POL", 100, Deadline.InYear(2018), Announced);

        Evaluate(new DateOnly(2020, 1, 1), [Year(2016, 110)], goal, Restatement(new DateOnly(2017, 9, 1), 200, 2022)).Outcome.Should().Be(GoalOutcome.MetEarly);
    }

    [Fact]
    public void VagueWindow_IsMetWithinItAndMissedOnlyAfterItsLastYear()
    {
        // "in the coming years" from 2015 reads as 2018 to 2020 by the default policy.
        var goal = Goal("POL", 100, Deadline.Vague("in the coming years"), Announced);
        var window = goal.Deadline.Resolve(Announced, VagueDeadlinePolicy.Default);
        var figures = new[] { Year(window.FirstYear, 80), Year(window.LastYear, 100) };

        Evaluate(new DateOnly(window.LastYear + 2, 1, 1), figures, goal).Outcome.Should().Be(GoalOutcome.Met);
        Evaluate(new DateOnly(window.LastYear, 1, 1), figures.Take(1), goal).Outcome.Should().Be(GoalOutcome.Open, "the window's last year has not ended");
    }

    [Fact]
    public void PeakBeforeTheAnnouncementYear_DoesNotMeetTheGoal()
        => Evaluate(new DateOnly(2020, 1, 1), [Year(2014, 120), Year(2018, 90)]).Outcome.Should().Be(GoalOutcome.Missed);
}
