using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class PortfolioSummaryTests
{
    [Fact]
    public void From_MixedGoals_CountsAndMedians()
    {
        var published = PublishedOn(2016, 3, 1);
        var figures = new[]
        {
            Annual("ARE", 2015, 29.7m, published),
            Annual("POL", 2010, 100m, published),
            Annual("POL", 2015, 150m, published),
            Annual("SRB", 2014, 245m, published),
        };
        var goals = new[]
        {
            Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 29), id: "are"),
            Goal("POL", 140, Deadline.InYear(2020), new DateOnly(2011, 1, 15), id: "pol-met"),
            Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15), id: "pol-open"),
            Goal("SRB", 500, Deadline.Vague("in the coming years"), new DateOnly(2015, 11, 19), id: "srb"),
        };

        var summary = PortfolioSummary.From(GoalEvaluator.EvaluateAll(new TradeDataSet(goals, figures, []), EvaluationOptions.At(new DateOnly(2016, 12, 31))));

        summary.GoalCount.Should().Be(4);
        summary.Met.Should().Be(1);
        summary.Missed.Should().Be(1);
        summary.Open.Should().Be(2);
        summary.Unsettled.Should().Be(0);
        summary.HitRate.Should().Be(0.5);
        summary.CountsByStatus[GoalStatus.OnTrack].Should().Be(1);
        summary.CountsByStatus[GoalStatus.InsufficientData].Should().Be(1);
        // Required growth is defined for pol-met (140/100 over 10 y), pol-open (200/100 over 10 y) and srb (500/245 over 3 y).
        var required = new[] { Math.Pow(1.4, 0.1) - 1, Math.Pow(2, 0.1) - 1, Math.Pow(500 / 245.0, 1 / 3.0) - 1 }.Order().ToArray();
        summary.MedianRequiredGrowth!.Value.Should().BeApproximately(required[1], 1e-12);
        summary.MedianObservedGrowth!.Value.Should().BeApproximately(Math.Pow(1.5, 0.2) - 1, 1e-12);
    }

    [Fact]
    public void From_VagueGoalMissedAtFirstEndOnly_IsNotYetMissed()
    {
        var figures = new[] { Annual("VNM", 2014, 169.3m, PublishedOn(2016, 3, 1)), Annual("VNM", 2016, 121m, PublishedOn(2017, 7, 31)) };
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 12, 31)));
        var summary = PortfolioSummary.From([evaluation]);

        evaluation.Status.Should().Be(GoalStatus.Missed, "the 2016 reading of the window is over and short");
        summary.Missed.Should().Be(0, "the window runs to 2018");
        summary.Open.Should().Be(1);
        PortfolioSummary.From([GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2020, 1, 1)))])
            .Should().Match<PortfolioSummary>(s => s.Unsettled == 1 && s.Open == 0 && s.Missed == 0, "no 2018 figure settles the last reading");
    }

    [Fact]
    public void From_Record_GroupsOutcomesAndMeasuresShortfallAndRestatements()
    {
        // Belarus announces four goals; figures of each year are published on 1 June of the next.
        static ReportedFigure Year(string partner, int year, decimal millions) => Annual(partner, year, millions, PublishedOn(year + 1, 6, 1));
        var figures = new[]
        {
            Year("POL", 2008, 50), Year("POL", 2010, 40), Year("POL", 2012, 90),
            Year("SRB", 2014, 100), Year("SRB", 2016, 60),
            Year("VNM", 2014, 100), Year("VNM", 2018, 90),
        };
        var goals = new[]
        {
            Goal("POL", 60, Deadline.InYear(2012), new DateOnly(2009, 5, 1), id: "pol"),        // met: 40 in 2010, 90 in the deadline year
            Goal("SRB", 150, Deadline.InYear(2016), new DateOnly(2014, 5, 1), id: "srb"),       // missed, 60 / 150 = 0.4
            Goal("VNM", 200, Deadline.InYear(2018), new DateOnly(2014, 5, 1), id: "vnm"),       // superseded in 2016 by vnm-2
            new("vnm-2", Belarus, Country.Parse("VNM"), TradeFlow.Turnover, Amount.FromMillions(500), Deadline.InYear(2020), new DateOnly(2016, 5, 1), "President", PublishedOn(2016, 5, 1), restatementOf: "vnm"),
        };

        var summary = PortfolioSummary.From(GoalEvaluator.EvaluateAll(new TradeDataSet(goals, figures, []), EvaluationOptions.At(new DateOnly(2020, 12, 31))));

        (summary.Met, summary.Missed, summary.Superseded, summary.Unsettled, summary.Open).Should().Be((1, 1, 1, 0, 1), "vnm-2's deadline year 2020 has not ended on 31 December 2020");
        summary.HitRate.Should().Be(0.5);
        summary.ByDecade.Select(c => (c.Group, c.Goals, c.HitRate)).Should().Equal(("2000s", 1, 1.0), ("2010s", 3, 0.0));
        summary.ByRegion.Should().ContainSingle().Which.Group.Should().Be("Europe", "Belarus announces every goal");
        // Required growth from the last level up to the announcement year: pol (60/50)^(1/4) - 1 = 4.7% from 2008;
        // srb (150/100)^(1/2) - 1 = 22.5%, vnm (200/100)^(1/4) - 1 = 18.9% and vnm-2 (500/100)^(1/6) - 1 = 30.8% from 2014.
        summary.ByRequiredGrowth.Select(c => (c.Group, c.Goals)).Should().Equal(("under 5% a year", 1), ("10% to 20% a year", 1), ("20% a year or more", 2));
        summary.MissedShortfall.Should().Be(new ShareSummary(1, 0.4, 0.4, 0.4));
        summary.Restatements.Superseded.Should().Be(1);
        summary.Restatements.TargetRatio.Median.Should().Be(2.5);
        summary.Restatements.DeadlineShiftYears.Median.Should().Be(2);
    }

    [Fact]
    public void ShareSummary_QuartilesAreR8()
    {
        // R-8 by hand over 0.2, 0.4, 0.5, 0.9 (N = 4): h = (N + 1/3) p + 1/3, then interpolate between x_floor(h) and the next.
        // p = 0.25: h = 1.41667, 0.2 + 0.41667 * 0.2 = 0.283333; p = 0.75: h = 3.58333, 0.5 + 0.58333 * 0.4 = 0.733333.
        var summary = ShareSummary.Of([0.9, 0.2, 0.5, 0.4]);

        summary.Count.Should().Be(4);
        summary.LowerQuartile!.Value.Should().BeApproximately(0.2833333, 1e-7);
        summary.Median.Should().Be(0.45);
        summary.UpperQuartile!.Value.Should().BeApproximately(0.7333333, 1e-7);
        FluentActions.Invoking(() => ShareSummary.Of([double.NaN])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void From_Nothing_HasNoHitRate()
    {
        var summary = PortfolioSummary.From([]);

        summary.GoalCount.Should().Be(0);
        summary.HitRate.Should().BeNull();
        summary.MedianRequiredGrowth.Should().BeNull();
    }

    [Fact]
    public void From_NullAmongEvaluations_ThrowsNamingTheElement()
        => FluentActions.Invoking(() => PortfolioSummary.From([null!]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "evaluations").WithMessage("*element 0 is null*");

    [Fact]
    public void EvaluationOptions_NullPolicy_ThrowsNamingIt()
    {
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));

        FluentActions.Invoking(() => options with { SelectionPolicy = null! }).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "SelectionPolicy");
        FluentActions.Invoking(() => options with { AnnualisationPolicy = null! }).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "AnnualisationPolicy");
        FluentActions.Invoking(() => options with { VagueDeadlinePolicy = null! }).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "VagueDeadlinePolicy");
    }

    [Fact]
    public void GoalEvaluation_WithoutAssessments_Throws()
    {
        var evaluation = GoalEvaluator.Evaluate(Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 6, 1)), Figures([]), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        FluentActions.Invoking(() => evaluation with { Assessments = new([]) }).Should().Throw<ArgumentException>().Where(e => e.ParamName == "Assessments");
    }
}
