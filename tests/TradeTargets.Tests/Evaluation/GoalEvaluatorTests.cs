using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public partial class GoalEvaluatorTests
{
    private static readonly EvaluationOptions EndOf2016 = EvaluationOptions.At(new DateOnly(2016, 12, 31));

    private static readonly Source Published2016 = PublishedOn(2016, 3, 1);

    private static ReportedFigure[] HandWorkedSeries() =>
    [
        Annual("POL", 2010, 100m, Published2016),
        Annual("POL", 2012, 120m, Published2016),
        Annual("POL", 2015, 150m, Published2016),
    ];

    [Fact]
    public void Evaluate_EmiratesGoalAfterDeadline_IsMissedAtReportedShare()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2015, 29.7m),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        evaluation.Status.Should().Be(GoalStatus.Missed);
        evaluation.Level!.Value.Should().Be(29_700_000);
        evaluation.Achievement!.Value.Should().BeApproximately(29.7 / 500, 1e-12);
        evaluation.MultiplierNeeded!.Value.Should().BeApproximately(500 / 29.7, 1e-12);
        evaluation.Gap!.Value.Should().BeApproximately((500 - 29.7) * 1e6, 1e-3);
        evaluation.Explanation.Should().Be("Belarus–United Arab Emirates turnover: $29.7m in 2015 against $500m due 2015: missed, 5.9% of the goal");
    }

    [Fact]
    public void Evaluate_TwoReportersWithOnePartner_ExplanationsNameBothSides()
    {
        var explanations = TwoReportersOnePartner().Select(g => GoalEvaluator.Evaluate(g, TestData.Figures([]), EndOf2016).Explanation).ToList();

        explanations.Should().Equal(
            "India–Russia turnover: no figure against $100bn due 2030: insufficient data",
            "China–Russia turnover: no figure against $200bn due 2030: insufficient data");
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

        var latest = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016).Latest!;

        latest.IsEstimated.Should().BeTrue();
        latest.Value.Should().BeApproximately(18_700_000 * 12 / 8.0, 1e-6);
        latest.Year.Should().Be(2016);
        latest.Annualisation.Should().Contain("× 12 / 8");
    }

    [Fact]
    public void Evaluate_HandWorkedOpenGoal_GivesEveryMeasure()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EvaluationOptions.At(new DateOnly(2016, 12, 31)));
        var assessment = evaluation.Assessments.Single();

        evaluation.Baseline!.Source.Should().Be(BaselineSource.LatestAtAnnouncement);
        evaluation.Baseline.Year.Should().Be(2010);
        // Baseline 100 in 2010, latest 150 in 2015, goal 200 by 2020, as in ProgressMeasuresTests:
        // CAGR_o = 1.5^(1/5) − 1, CAGR_r = 2^(1/10) − 1, R = CAGR_o / CAGR_r; the anticipated level is 150 × 1.5 = 225.
        var observed = Math.Pow(150 / 100.0, 1 / 5.0) - 1;
        var required = Math.Pow(200 / 100.0, 1 / 10.0) - 1;
        evaluation.ObservedGrowth!.Value.Should().BeApproximately(observed, 1e-12);
        assessment.RequiredGrowth!.Value.Should().BeApproximately(required, 1e-12);
        assessment.ProgressRatio!.Value.Should().BeApproximately(observed / required, 1e-9);
        assessment.ProgressCategory.Should().Be(ProgressCategory.OnTrack);
        assessment.AnticipatedLevel!.Value.Should().BeApproximately(225e6, 1e-3);
        assessment.AnticipatedProgress.Should().Be(AnticipatedProgress.OnTrack);
        assessment.YearsBehindSchedule!.Value.Should().BeApproximately(2015 - (2010 + (Math.Log(1.5) / Math.Log(1 + required))), 1e-9);
        evaluation.YearsToGoal!.Value.Should().BeApproximately(Math.Log(200 / 150.0) / Math.Log(1 + observed), 1e-9);
        evaluation.Status.Should().Be(GoalStatus.OnTrack);
        evaluation.Achievement!.Value.Should().BeApproximately(0.75, 1e-12);
        evaluation.Explanation.Should().Be("Belarus–Poland turnover: $150m in 2015 against $200m due 2020: on track, 75% of the goal, $50m short");
    }

    [Fact]
    public void Evaluate_PartialYearStatedBaseline_IsAnnualisedByThePolicyAndFlagged()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 10, 1), new GoalBaseline(Amount.Parse("$80m"), ReportingPeriod.Months(2016, 1, 8)));

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures([]), EvaluationOptions.At(new DateOnly(2016, 12, 31))).Baseline!;

        baseline.Value.Should().BeApproximately(120e6, 1e-3);
        baseline.Year.Should().Be(2016);
        baseline.IsEstimated.Should().BeTrue();
        baseline.Description.Should().Be("$80m in Jan–Aug 2016 (stated with the goal), annualised as $80m × 12 / 8 (pro rata by months) = $120m");
    }

    [Fact]
    public void Evaluate_ThreeAnnualPoints_FitsLogLinearTrendWithIntervals()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2010, 6, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EvaluationOptions.At(new DateOnly(2016, 12, 31)));
        var trend = evaluation.Assessments[0].Trend!;

        // ln(level) on year for (2010, ln 100e6), (2012, ln 120e6), (2015, ln 150e6): slope and projection by hand.
        var xs = new[] { 2010.0, 2012, 2015 };
        var ys = new[] { Math.Log(100e6), Math.Log(120e6), Math.Log(150e6) };
        var meanX = xs.Average();
        var meanY = ys.Average();
        var slope = xs.Zip(ys, (x, y) => (x - meanX) * (y - meanY)).Sum() / xs.Sum(x => (x - meanX) * (x - meanX));
        evaluation.Trend.Regression!.Slope.Should().BeApproximately(slope, 1e-12);
        evaluation.Trend.Growth.Should().BeApproximately(Math.Exp(slope) - 1, 1e-12);
        trend.DeadlineYear.Should().Be(2020);
        trend.ProjectedLevel.Should().BeApproximately(Math.Exp(meanY + (slope * (2020 - meanX))), 1e-3);

        // With one residual degree of freedom Student's t has a closed form: t(0.975) = tan(0.475π) = 12.7062047...,
        // and P(T ≥ z) = 1/2 − atan(z)/π.
        var sxx = xs.Sum(x => (x - meanX) * (x - meanX));
        var residuals = xs.Zip(ys, (x, y) => y - (meanY + (slope * (x - meanX))));
        var s = Math.Sqrt(residuals.Sum(r => r * r) / 1);
        var standardError = s * Math.Sqrt(1 + (1 / 3.0) + ((2020 - meanX) * (2020 - meanX) / sxx));
        var centre = meanY + (slope * (2020 - meanX));
        var t975 = Math.Tan(0.475 * Math.PI);
        Precision.AssertSignificantDigits(trend.Interval95.Lower, Math.Exp(centre - (t975 * standardError)), 9);
        Precision.AssertSignificantDigits(trend.Interval95.Upper, Math.Exp(centre + (t975 * standardError)), 9);
        Precision.AssertSignificantDigits(trend.Interval80.Upper, Math.Exp(centre + (Math.Tan(0.4 * Math.PI) * standardError)), 9);
        var z = (Math.Log(200e6) - centre) / standardError;
        trend.ProbabilityOfReachingGoal.Should().BeApproximately(0.5 - (Math.Atan(z) / Math.PI), 1e-9);
        trend.Interval95.Lower.Should().BeLessThan(trend.Interval80.Lower);
        trend.Interval80.Lower.Should().BeLessThan(trend.ProjectedLevel);
        trend.Interval95.Upper.Should().BeGreaterThan(trend.Interval80.Upper);
        trend.ProbabilityOfReachingGoal.Should().BeInRange(0, 1);
        (trend.ProjectedLevel > 200e6).Should().Be(trend.ProbabilityOfReachingGoal > 0.5);
    }

    [Fact]
    public void Evaluate_TwoAnnualPoints_SaysInsufficientDataForTrend()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2010, 6, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries().Take(2)), EvaluationOptions.At(new DateOnly(2016, 12, 31)));
        var assessment = evaluation.Assessments[0];

        assessment.Trend.Should().BeNull();
        evaluation.Trend.IsFitted.Should().BeFalse();
        evaluation.Trend.Note.Should().Be("Insufficient data for a trend: 2 positive annual figure(s), 3 needed.");
    }

    [Fact]
    public void Evaluate_FiguresPublishedAfterAsOf_AreIgnoredButListed()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var late = Annual("ARE", 2015, 29.7m, PublishedOn(2016, 11, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([late]), EvaluationOptions.At(new DateOnly(2016, 6, 30)));

        evaluation.Observations.Should().BeEmpty();
        evaluation.NotYetPublished.Should().ContainSingle().Which.Should().BeSameAs(late);
        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Assessments[0].Reason.Should().Contain("no full-year figure for it was published by 2016-06-30");
        evaluation.Explanation.Should().Be("Belarus–United Arab Emirates turnover: no figure against $500m due 2015: insufficient data");
    }

    [Fact]
    public void Evaluate_VagueDeadline_AssessesBothEndsOfWindow()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));
        var figures = new[] { Annual("VNM", 2014, 169.3m, Published2016), Annual("VNM", 2015, 180m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Window.Should().Be(new DeadlineWindow(2016, 2018, "'in the near future' read as 1 to 3 years after 2015 (policy Default)"));
        evaluation.Assessments.Select(a => a.DeadlineYear).Should().Equal(2016, 2018);
        // Baseline: the latest full year before the announcement year, 2014 at $169.3m; the 2015 level was not complete in December 2015.
        evaluation.Baseline!.Year.Should().Be(2014);
        var required2016 = Math.Pow(500 / 169.3, 1.0 / 2) - 1;
        var required2018 = Math.Pow(500 / 169.3, 1.0 / 4) - 1;
        var observed = (180 / 169.3) - 1;
        evaluation.Assessments[0].RequiredGrowth!.Value.Should().BeApproximately(required2016, 1e-12);
        evaluation.Assessments[1].RequiredGrowth!.Value.Should().BeApproximately(required2018, 1e-12);
        evaluation.Assessments[0].ProgressRatio!.Value.Should().BeApproximately(observed / required2016, 1e-9);
        evaluation.Assessments[1].ProgressRatio!.Value.Should().BeApproximately(observed / required2018, 1e-9);
        evaluation.Status.Should().Be(GoalStatus.LimitedProgress);
        evaluation.Assessments[0].Reason.Should().Be("Progress ratio 0.09: observed +6.3%/yr against required +71.9%/yr.");
        evaluation.Explanation.Should().Be("Belarus–Vietnam turnover: $180m in 2015 against $500m due 2016–2018 ('in the near future'): limited progress, 36% of the goal, $320m short");
    }

    [Fact]
    public void Evaluate_OnlyTheAnnouncementYearKnown_CannotObserveGrowth()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("VNM", 2015, 180m, Published2016)]), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Baseline!.Source.Should().Be(BaselineSource.EarliestReported);
        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Assessments[0].Reason.Should().Be("No progress ratio: no figure after the baseline year yet, so growth cannot be observed.");
    }

    [Fact]
    public void Evaluate_VagueDeadlineWithLaterFigure_StatusPerEnd()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));
        var figures = new[] { Annual("VNM", 2015, 200m, Published2016), Annual("VNM", 2016, 300m, PublishedOn(2017, 2, 1)) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 3, 1)));

        // Observed +50%/yr; required 2.5^(1/1) − 1 = 150% by 2016 (already over: missed) and 2.5^(1/3) − 1 = 35.7% by 2018.
        evaluation.Assessments[0].Status.Should().Be(GoalStatus.Missed);
        evaluation.Assessments[1].RequiredGrowth!.Value.Should().BeApproximately(Math.Pow(2.5, 1 / 3.0) - 1, 1e-12);
        evaluation.Assessments[1].ProgressRatio!.Value.Should().BeApproximately(0.5 / (Math.Pow(2.5, 1 / 3.0) - 1), 1e-9);
        evaluation.StatusAtLatestEnd.Should().Be(GoalStatus.OnTrack);
        evaluation.Explanation.Should().Be("Belarus–Vietnam turnover: $300m in 2016 against $500m due 2016–2018 ('in the near future'): missed by 2016, on track by 2018, 60% of the goal");
    }

    [Fact]
    public void Evaluate_FiscalYearEndingAfterTheAnnouncementYearBegan_IsNotTheBaseline()
    {
        var goal = Goal("PAK", 1000, Deadline.InYear(2020), new DateOnly(2016, 2, 1));
        var figures = new[]
        {
            Figure("pak-fy2014", "PAK", ReportingPeriod.FiscalYear(2014, 7), 40m, source: Published2016),
            Figure("pak-fy2015", "PAK", ReportingPeriod.FiscalYear(2015, 7), 50m, source: PublishedOn(2016, 9, 1)),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Baseline!.Description.Should().Contain("Jul 2014–Jun 2015");
        evaluation.Baseline.Year.Should().Be(2014.5);
        evaluation.Latest!.Year.Should().Be(2015.5);
        evaluation.ObservedGrowth!.Value.Should().BeApproximately(0.25, 1e-12);
    }

    [Fact]
    public void Evaluate_PeakBeforeTheAnnouncement_DoesNotCountAsAchieved()
    {
        var goal = Goal("POL", 110, Deadline.InYear(2020), new DateOnly(2016, 1, 10));
        var figures = new[] { Annual("POL", 2013, 130m, Published2016), Annual("POL", 2015, 90m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Status.Should().NotBe(GoalStatus.Achieved);
    }

    [Fact]
    public void Evaluate_PassedDeadlineBeforeLatestLevel_HasNoAnticipatedLevel()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("in the near future"), new DateOnly(2015, 12, 9));
        var figures = new[] { Annual("VNM", 2014, 169.3m, Published2016), Annual("VNM", 2017, 200m, PublishedOn(2018, 3, 1)) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2018, 6, 30)));

        evaluation.Assessments[0].DeadlineYear.Should().Be(2016);
        evaluation.Assessments[0].AnticipatedLevel.Should().BeNull();
        evaluation.Assessments[1].AnticipatedLevel.Should().NotBeNull();
    }

    [Fact]
    public void Evaluate_FiguresExactlyOnOneGrowthPath_SaysNoUncertaintyCanBeEstimated()
    {
        var goal = Goal("POL", 500, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var figures = new[] { Annual("POL", 2010, 100m, Published2016), Annual("POL", 2011, 110m, Published2016), Annual("POL", 2012, 121m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));
        var assessment = evaluation.Assessments[0];

        assessment.Trend.Should().BeNull();
        evaluation.Trend.Note.Should().Contain("exactly on one growth path");
    }

    [Fact]
    public void Evaluate_LevelAboveGoalBeforeDeadline_IsAchieved()
    {
        var goal = Goal("POL", 140, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Status.Should().Be(GoalStatus.Achieved);
        evaluation.YearsToGoal.Should().Be(0);
        evaluation.Explanation.Should().Be("Belarus–Poland turnover: $150m in 2015 against $140m due 2020: achieved, 107% of the goal");
    }

    [Fact]
    public void Evaluate_FallingLevel_IsMovingAway()
    {
        var goal = Goal("TKM", 500, Deadline.InYear(2020), new DateOnly(2013, 6, 1));
        var figures = new[] { Annual("TKM", 2013, 200m, Published2016), Annual("TKM", 2015, 120m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Status.Should().Be(GoalStatus.MovingAway);
        evaluation.ObservedGrowth!.Value.Should().BeNegative();
        evaluation.YearsToGoal.Should().BeNull();
    }

    [Fact]
    public void Evaluate_OnlyExportsAndImports_DerivesTurnover()
    {
        var goal = Goal("AZE", 1000, Deadline.InYear(2020), new DateOnly(2015, 11, 28));
        var figures = new[]
        {
            Figure("x", "AZE", ReportingPeriod.Year(2014), 318m, TradeFlow.Exports),
            Figure("m", "AZE", ReportingPeriod.Year(2014), 8.7m, TradeFlow.Imports),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Latest!.Observation.Chosen.IsDerived.Should().BeTrue();
        evaluation.Latest.Value.Should().Be(326_700_000);
    }

    [Fact]
    public void Evaluate_SamePeriodSharePolicy_UsesEarlierYearsSeasonality()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2018), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2015, 30m, Published2016),
            Figure("are-2015-jan-aug", "ARE", ReportingPeriod.Months(2015, 1, 8), 24m, source: Published2016),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18m, source: PublishedOn(2016, 10, 1)),
        };
        var options = EvaluationOptions.At(new DateOnly(2016, 12, 31)) with { AnnualisationPolicy = AnnualisationPolicies.SamePeriodShareOfEarlierYear };

        var latest = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), options).Latest!;

        latest.Value.Should().BeApproximately(18e6 / (24.0 / 30.0), 1e-3);
        latest.IsEstimated.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_SamePeriodSharePolicyWithoutHistory_FallsBackToLatestFullYear()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2018), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2015, 29.7m, Published2016),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m, source: PublishedOn(2016, 10, 1)),
        };
        var options = EvaluationOptions.At(new DateOnly(2016, 12, 31)) with { AnnualisationPolicy = AnnualisationPolicies.SamePeriodShareOfEarlierYear };

        var latest = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), options).Latest!;

        latest.IsEstimated.Should().BeFalse();
        latest.Value.Should().Be(29_700_000);
    }
    [Fact]
    public void Evaluate_FigureInAnotherCurrency_IsPassedOverAndListedWithACaveat()
    {
        var goal = Goal("AUT", 500, Deadline.InYear(2020), new DateOnly(2014, 12, 1));
        var euros = new ReportedFigure("aut-eur", TestData.Belarus, Country.Parse("AUT"), TradeFlow.Turnover, ReportingPeriod.Year(2014), Amount.FromMillions(400, new Currency("EUR")), Basis.Unstated, Digest);
        var dollars = Annual("AUT", 2013, 300m, PublishedOn(2014, 6, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([euros, dollars]), EvaluationOptions.At(new DateOnly(2016, 1, 1)) with { Conversion = null });

        evaluation.Observations.Select(o => o.Chosen.Id).Should().Equal("AUT-2013");
        evaluation.InOtherCurrencies.Should().Equal(euros);
        evaluation.Caveats.Should().Contain("1 figure(s) in EUR were passed over: no exchange rates are applied, so only figures in USD are compared with the goal.");
    }

    [Fact]
    public void Evaluate_LevelsOfDifferentBases_SaysSoInACaveat()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2015, 12, 9));
        var figures = new[]
        {
            Annual("VNM", 2014, 169.3m),
            Figure("vnm-2016-claim", "VNM", ReportingPeriod.Year(2016), 121m, basis: new Basis(Coverage.Unstated, ReportingSide.OfficialClaim), qualifier: AmountQualifier.About),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        evaluation.Caveats.Should().Equal(
            "The levels compared rest on figures of different bases: unstated/unstated for 2014; unstated/official-claim for 2016.",
            "Some levels are approximate as reported: about $121m in 2016.");
    }

    [Fact]
    public void Evaluate_OneBasisExactFigures_HasNoCaveats()
        => GoalEvaluator.Evaluate(Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2015, 12, 9)), TestData.Figures([Annual("VNM", 2014, 169.3m), Annual("VNM", 2016, 121m)]), EvaluationOptions.At(new DateOnly(2017, 12, 31)))
            .Caveats.Should().BeEmpty();

    [Fact]
    public void Evaluate_OpenGoalWithoutFigures_IsInsufficientDataSayingSo()
    {
        var goal = Goal("QAT", 100, Deadline.InYear(2020), new DateOnly(2016, 10, 30));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([]), EvaluationOptions.At(new DateOnly(2016, 12, 31)));

        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Assessments[0].Reason.Should().Be("No progress ratio: no figure was published.");
        evaluation.Level.Should().BeNull();
        evaluation.Achievement.Should().BeNull();
    }

    [Fact]
    public void Evaluate_ConflictingFigures_KeepsTheOthersAsAlternatives()
    {
        var office = Figure("office", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods);
        var ambassador = Figure("ambassador", "SRB", ReportingPeriod.Year(2015), 500m, basis: new Basis(Coverage.Unstated, ReportingSide.OfficialClaim));
        var goal = Goal("SRB", 1000, Deadline.InYear(2020), new DateOnly(2015, 1, 1));

        var observation = GoalEvaluator.Evaluate(goal, TestData.Figures([ambassador, office]), EvaluationOptions.At(new DateOnly(2017, 1, 1))).Observations.Single();

        observation.Chosen.Should().BeSameAs(office);
        observation.Alternatives.Should().ContainSingle().Which.Should().BeSameAs(ambassador);
    }

    [Fact]
    public void Evaluate_FigurePublishedOnTheAsOfDate_IsObserved()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var figure = Annual("ARE", 2015, 29.7m, PublishedOn(2016, 6, 30));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([figure]), EvaluationOptions.At(new DateOnly(2016, 6, 30)));

        // Published on the as-of date counts as published by it.
        evaluation.Observations.Should().ContainSingle().Which.Chosen.Should().BeSameAs(figure);
        evaluation.NotYetPublished.Should().BeEmpty();
        evaluation.Level!.Value.Should().Be(29_700_000);
        evaluation.Status.Should().Be(GoalStatus.Missed);
    }

    [Fact]
    public void Evaluate_FigurePublishedTheDayAfterTheAsOfDate_IsNotYetPublished()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var figure = Annual("ARE", 2015, 29.7m, PublishedOn(2016, 7, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([figure]), EvaluationOptions.At(new DateOnly(2016, 6, 30)));

        evaluation.Observations.Should().BeEmpty();
        evaluation.NotYetPublished.Should().ContainSingle().Which.Should().BeSameAs(figure);
    }

    [Fact]
    public void Evaluate_LevelExactlyAtTheGoal_IsAchieved()
    {
        var goal = Goal("POL", 150, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016);

        // $150m in 2015 against a $150m goal: achievement 150 / 150 = 1, gap 0, multiplier 1, no years left.
        evaluation.Status.Should().Be(GoalStatus.Achieved);
        evaluation.Assessments[0].Reason.Should().Be("$150m in 2015 reached the goal.");
        evaluation.Achievement.Should().Be(1);
        evaluation.Gap.Should().Be(0);
        evaluation.MultiplierNeeded.Should().Be(1);
        evaluation.YearsToGoal.Should().Be(0);
        evaluation.Explanation.Should().Be("Belarus–Poland turnover: $150m in 2015 against $150m due 2020: achieved, 100% of the goal");
    }

    [Fact]
    public void Evaluate_GoalReachedInTheAnnouncementYearAndDeadlineYear_IsAchievedByThatYear()
    {
        // Announced in 2012, due 2012, reached by the 2012 level itself: $120m ≥ $120m.
        var goal = Goal("POL", 120, Deadline.InYear(2012), new DateOnly(2012, 3, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016);

        evaluation.Status.Should().Be(GoalStatus.Achieved);
        evaluation.Assessments[0].Reason.Should().Be("$120m in 2012 reached the goal.");
    }

    [Fact]
    public void Evaluate_GoalReachedOnlyAfterTheDeadlineYear_IsMissed()
    {
        // Due 2012 at $130m: 2012 had $120m; the $150m of 2015 came too late.
        var goal = Goal("POL", 130, Deadline.InYear(2012), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016);

        evaluation.Status.Should().Be(GoalStatus.Missed);
        evaluation.Assessments[0].Reason.Should().Be("$120m in 2012 fell short after the deadline year ended.");
    }

    [Fact]
    public void Evaluate_OldLevelExactlyAtTheGoal_HasNoShortfallInTheExplanation()
    {
        // The only level, $150m in 2010, predates the 2011 announcement, so it does not achieve the goal; it is not short of it either.
        var goal = Goal("POL", 150, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("POL", 2010, 150m, Published2016)]), EndOf2016);

        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Explanation.Should().Be("Belarus–Poland turnover: $150m in 2010 against $150m due 2020: insufficient data, 100% of the goal");
    }

    [Theory]
    [InlineData(2016, 12, 31, false)]
    [InlineData(2017, 1, 1, true)]
    public void Evaluate_AsOfAroundTheEndOfTheDeadlineYear_PassesTheDeadlineOnlyAfterIt(int year, int month, int day, bool passed)
    {
        var goal = Goal("POL", 200, Deadline.InYear(2016), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EvaluationOptions.At(new DateOnly(year, month, day)));

        evaluation.Assessments[0].DeadlinePassed.Should().Be(passed);
        // Before: CAGR_r = 2^(1/6) − 1 = 0.122462, R = 0.084472 / 0.122462 = 0.69; after: no 2016 figure to judge by.
        evaluation.Status.Should().Be(passed ? GoalStatus.InsufficientData : GoalStatus.NeedsAcceleration);
    }

    [Fact]
    public void Evaluate_DeadlineInTheLatestYear_AnticipatesTheLatestLevel()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2015), new DateOnly(2011, 1, 15));
        // A 2015 figure is published from 2016-01-01 on; the evaluation is on that day.
        var published = PublishedOn(2016, 1, 1);
        var figures = new[] { Annual("POL", 2010, 100m, published), Annual("POL", 2015, 150m, published) };

        var assessment = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2016, 1, 1))).Assessments.Single();

        // Zero years ahead: 150 × (1 + CAGR_o)^0 = 150; anticipated ratio (150 − 100) / (200 − 100) = 0.5, fair progress.
        assessment.DeadlinePassed.Should().BeTrue("the deadline year's figure can only be known once the year is over");
        assessment.AnticipatedLevel.Should().Be(150e6);
        assessment.AnticipatedRatio!.Value.Should().BeApproximately(0.5, 1e-15);
        assessment.AnticipatedProgress.Should().Be(AnticipatedProgress.FairProgress);
        // CAGR_r = 2^(1/5) − 1 = 0.148698, CAGR_o = 1.5^(1/5) − 1 = 0.084472, R = 0.568; the year is over and short: missed.
        assessment.ProgressRatio!.Value.Should().BeApproximately((Math.Pow(1.5, 0.2) - 1) / (Math.Pow(2, 0.2) - 1), 1e-12);
        assessment.Status.Should().Be(GoalStatus.Missed);
    }

    [Fact]
    public void Evaluate_ExactlyZeroGrowth_IsLimitedProgressWithNoYearsToGoal()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var figures = new[] { Annual("POL", 2010, 100m, Published2016), Annual("POL", 2015, 100m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);
        var assessment = evaluation.Assessments.Single();

        // CAGR_o = (100 / 100)^(1/5) − 1 = 0, so R = 0 / CAGR_r = 0: limited progress, not moving away.
        evaluation.ObservedGrowth.Should().Be(0);
        assessment.ProgressRatio.Should().Be(0);
        evaluation.Status.Should().Be(GoalStatus.LimitedProgress);
        // Never reached without growth.
        evaluation.YearsToGoal.Should().BeNull();
        // Anticipated: 100 × 1^5 = 100, ratio (100 − 100) / (200 − 100) = 0: stagnation.
        assessment.AnticipatedLevel.Should().Be(100e6);
        assessment.AnticipatedRatio.Should().Be(0);
        assessment.AnticipatedProgress.Should().Be(AnticipatedProgress.StagnationOrRegression);
    }

    [Fact]
    public void Evaluate_OneYearSpan_ObservedGrowthIsTheYearOnYearChange()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2015, 1, 15));
        var figures = new[] { Annual("POL", 2014, 100m, Published2016), Annual("POL", 2015, 110m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);
        var assessment = evaluation.Assessments.Single();

        // Baseline 2014 (the latest full year before 2015), latest 2015: CAGR_o = 110 / 100 − 1 = 0.1 over one year.
        evaluation.Baseline!.Year.Should().Be(2014);
        evaluation.ObservedGrowth!.Value.Should().BeApproximately(0.1, 1e-12);
        // CAGR_r = 2^(1/6) − 1 = 0.122462 over 2014–2020; R = 0.1 / 0.122462 = 0.8166: acceleration needed.
        assessment.RequiredGrowth!.Value.Should().BeApproximately(Math.Pow(2, 1 / 6.0) - 1, 1e-12);
        assessment.ProgressRatio!.Value.Should().BeApproximately(0.1 / (Math.Pow(2, 1 / 6.0) - 1), 1e-9);
        evaluation.Status.Should().Be(GoalStatus.NeedsAcceleration);
        // ln(200 / 110) / ln(1.1) = 0.597837 / 0.0953102 = 6.2726 years.
        evaluation.YearsToGoal!.Value.Should().BeApproximately(Math.Log(200 / 110.0) / Math.Log(1.1), 1e-9);
    }

    [Fact]
    public void Evaluate_UnknownVaguePhrase_ThrowsADataProblemNamingTheGoalAndTheKnownPhrases()
    {
        var goal = Goal("VNM", 500, Deadline.Vague("some day"), new DateOnly(2015, 12, 9), id: "g-vnm");

        FluentActions.Invoking(() => GoalEvaluator.Evaluate(goal, TestData.Figures([]), EndOf2016))
            .Should().Throw<DataSetException>().Where(e => e.Problems.Single().RecordId == "g-vnm" && e.Problems.Single().Member == "Deadline")
            .WithMessage("*goal g-vnm, Deadline 'some day': a phrase the vague-deadline policy Default does not know; known phrases: "
                + "'in a few years', 'in the coming years', 'in the long term', 'in the medium term', 'in the near future', 'in the next few years', 'soon'.*");
    }

    [Fact]
    public void Evaluate_SeveralFiguresInOtherCurrencies_ListsThemByIdAndEachCurrencyOnce()
    {
        var goal = Goal("AUT", 500, Deadline.InYear(2020), new DateOnly(2014, 12, 1));
        var euros = new Currency("EUR");
        ReportedFigure Foreign(string id, int year, Currency currency)
            => new(id, TestData.Belarus, Country.Parse("AUT"), TradeFlow.Turnover, ReportingPeriod.Year(year), Amount.FromMillions(400, currency), Basis.Unstated, Digest);
        var pounds = Foreign("aut-gbp", 2012, new Currency("GBP"));
        var euroB = Foreign("aut-eur-b", 2014, euros);
        var euroA = Foreign("aut-eur-a", 2013, euros);

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([pounds, euroB, euroA, Annual("AUT", 2013, 300m, PublishedOn(2014, 6, 1))]), EvaluationOptions.At(new DateOnly(2016, 1, 1)) with { Conversion = null });

        // Ordinal order of the ids; each currency named once, in ordinal order.
        evaluation.InOtherCurrencies.Should().Equal(euroA, euroB, pounds);
        evaluation.Caveats.Should().Equal("3 figure(s) in EUR, GBP were passed over: no exchange rates are applied, so only figures in USD are compared with the goal.");
    }

    [Fact]
    public void Evaluate_SeveralFiguresNotYetPublished_AreListedById()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27));
        var partial = Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m, source: PublishedOn(2016, 11, 1));
        var annual = Annual("ARE", 2015, 29.7m, PublishedOn(2016, 11, 1));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([partial, annual]), EvaluationOptions.At(new DateOnly(2016, 6, 30)));

        // Ordinal: "ARE-2015" sorts before "are-2016-jan-aug" ('A' is 65, 'a' 97).
        evaluation.NotYetPublished.Should().Equal(annual, partial);
    }

    [Fact]
    public void Evaluate_LevelZero_AchievesNothingAndHasNoMultiplier()
    {
        var goal = Goal("POL", 100, Deadline.InYear(2020), new DateOnly(2016, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("POL", 2015, 0m, Published2016)]), EndOf2016);

        // 0 / 100m = 0 achieved, 100m − 0 = 100m short; no multiple of zero reaches the goal.
        evaluation.Level!.Value.Should().Be(0);
        evaluation.Achievement.Should().Be(0);
        evaluation.Gap.Should().Be(100e6);
        evaluation.MultiplierNeeded.Should().BeNull();
    }

    [Fact]
    public void Evaluate_TrendPointOfAnotherBasis_IsNamedInTheBasesCaveat()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var claim = new Basis(Coverage.Unstated, ReportingSide.OfficialClaim);
        var figures = new[]
        {
            Annual("POL", 2010, 100m, Published2016),
            Figure("pol-2012-claim", "POL", ReportingPeriod.Year(2012), 120m, basis: claim, source: Published2016),
            Annual("POL", 2015, 150m, Published2016),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        // Baseline 2010 and latest 2015 are statistics; the claimed 2012 level enters only through the fitted trend.
        evaluation.Trend.IsFitted.Should().BeTrue();
        evaluation.Caveats.Should().Equal("The levels compared rest on figures of different bases: unstated/unstated for 2010, 2015; unstated/official-claim for 2012.");
    }

    [Fact]
    public void Evaluate_UnfittedTrendPointOfAnotherBasis_IsNotCompared()
    {
        var goal = Goal("POL", 500, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var claim = new Basis(Coverage.Unstated, ReportingSide.OfficialClaim);
        var figures = new[]
        {
            Annual("POL", 2010, 100m, Published2016),
            Figure("pol-2011-claim", "POL", ReportingPeriod.Year(2011), 110m, basis: claim, source: Published2016),
            Annual("POL", 2012, 121m, Published2016),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        // 100, 110, 121 lie on one growth path, so there is no trend; the claimed 2011 level is compared with nothing.
        evaluation.Trend.IsFitted.Should().BeFalse();
        evaluation.Caveats.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_OnlyTheReportersOwnStatistics_HasNoMirrorCaveat()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2015, 12, 9));
        var figures = new[]
        {
            Figure("vnm-2014", "VNM", ReportingPeriod.Year(2014), 169.3m, basis: Basis.ReporterGoods),
            Figure("vnm-2016", "VNM", ReportingPeriod.Year(2016), 121m, basis: Basis.ReporterGoods),
        };

        GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 12, 31))).Caveats.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_SelectionPolicyChoosingAFigureFromElsewhere_Throws()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var outsider = Annual("SRB", 2015, 1m);
        var options = EndOf2016 with { SelectionPolicy = new FixedChoice(outsider) };

        FluentActions.Invoking(() => GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("POL", 2015, 150m, Published2016)]), options))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("Selection policy 'fixed' returned a figure (SRB-2015) that was not among the candidates for 2015.");
    }

    [Fact]
    public void Evaluate_SeveralCandidates_KeepsTheOthersAsAlternativesById()
    {
        var claim = new Basis(Coverage.Unstated, ReportingSide.OfficialClaim);
        var office = Figure("office", "SRB", ReportingPeriod.Year(2015), 204m, basis: Basis.ReporterGoods);
        var ministerB = Figure("minister-b", "SRB", ReportingPeriod.Year(2015), 500m, basis: claim);
        var ministerA = Figure("minister-a", "SRB", ReportingPeriod.Year(2015), 450m, basis: claim, source: PublishedOn(2016, 5, 1));
        var goal = Goal("SRB", 1000, Deadline.InYear(2020), new DateOnly(2015, 1, 1));

        var observation = GoalEvaluator.Evaluate(goal, TestData.Figures([ministerB, office, ministerA]), EvaluationOptions.At(new DateOnly(2017, 1, 1))).Observations.Single();

        observation.Chosen.Should().BeSameAs(office);
        observation.Alternatives.Should().Equal(ministerA, ministerB);
    }

    [Fact]
    public void Evaluate_PolicyCannotAnnualiseTheLatestPartYear_FallsBackToTheLastFullYear()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2018), new DateOnly(2014, 10, 27));
        var figures = new[]
        {
            Annual("ARE", 2014, 25m, Published2016),
            Annual("ARE", 2015, 29.7m, Published2016),
            Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m, source: PublishedOn(2016, 10, 1)),
        };
        var options = EndOf2016 with { AnnualisationPolicy = AnnualisationPolicies.SamePeriodShareOfEarlierYear };

        var latest = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), options).Latest!;

        // No Jan–Aug figure of an earlier year: the latest comparable level is the last full year, 2015, not the first.
        latest.Year.Should().Be(2015);
        latest.Value.Should().Be(29_700_000);
    }

    [Fact]
    public void Evaluate_SeveralFullYearsBeforeTheAnnouncement_TakesTheLastAsBaseline()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2013, 3, 1));

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016).Baseline!;

        // 2010 and 2012 were complete when the goal was announced in 2013; the later one is the baseline.
        baseline.Source.Should().Be(BaselineSource.LatestAtAnnouncement);
        baseline.Year.Should().Be(2012);
        baseline.Value.Should().Be(120e6);
        baseline.Description.Should().Be("$120m in 2012 (latest full year before the announcement year)");
    }

    [Fact]
    public void Evaluate_NoFullYearBeforeTheAnnouncement_TakesTheEarliestAsBaseline()
    {
        var goal = Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2010, 6, 1));

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016).Baseline!;

        // Announced during 2010: nothing was complete before 2010, so the earliest level, 2010, not the latest, 2015.
        baseline.Source.Should().Be(BaselineSource.EarliestReported);
        baseline.Year.Should().Be(2010);
        baseline.Value.Should().Be(100e6);
        baseline.IsEstimated.Should().BeFalse();
        baseline.Description.Should().Be("$100m in 2010 (no earlier full year; earliest reported level)");
    }

    [Fact]
    public void Evaluate_OnlyAPartYear_TakesItsAnnualisedLevelAsBaseline()
    {
        var goal = Goal("ARE", 500, Deadline.InYear(2018), new DateOnly(2015, 10, 27));
        var partial = Figure("are-2016-jan-aug", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m, source: PublishedOn(2016, 10, 1));

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures([partial]), EndOf2016).Baseline!;

        // $18.7m × 12 / 8 = $28.05m, an estimate.
        baseline.Source.Should().Be(BaselineSource.EarliestReported);
        baseline.Value.Should().BeApproximately(28.05e6, 1e-6);
        baseline.Year.Should().Be(2016);
        baseline.IsEstimated.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_FullYearStatedBaseline_IsTakenAsStated()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2015, 10, 1), new GoalBaseline(Amount.Parse("$80m"), ReportingPeriod.Year(2014)));

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures([Annual("VNM", 2014, 169.3m, Published2016)]), EndOf2016).Baseline!;

        // The stated $80m wins over the reported $169.3m for the same year.
        baseline.Source.Should().Be(BaselineSource.Stated);
        baseline.Value.Should().Be(80e6);
        baseline.Year.Should().Be(2014);
        baseline.IsEstimated.Should().BeFalse();
        baseline.Description.Should().Be("$80m in 2014 (stated with the goal)");
    }

    [Fact]
    public void Evaluate_PartYearStatedBaselineThePolicyCannotAnnualise_IsScaledProRata()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 10, 1), new GoalBaseline(Amount.Parse("$80m"), ReportingPeriod.Months(2016, 1, 8)));
        var options = EndOf2016 with { AnnualisationPolicy = AnnualisationPolicies.SamePeriodShareOfEarlierYear };

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures([]), options).Baseline!;

        // No earlier Jan–Aug share to scale by: $80m × 12 / 8 = $120m.
        baseline.Value.Should().BeApproximately(120e6, 1e-3);
        baseline.IsEstimated.Should().BeTrue();
        baseline.Description.Should().Be("$80m in Jan–Aug 2016 (stated with the goal), annualised as $80m × 12 / 8 (pro rata by months) = $120m");
    }

    [Fact]
    public void Evaluate_PartYearStatedBaselineWithAnEarlierShare_IsScaledByThePolicy()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 10, 1), new GoalBaseline(Amount.Parse("$20m"), ReportingPeriod.Months(2016, 1, 8)));
        var figures = new[]
        {
            Annual("VNM", 2015, 30m, Published2016),
            Figure("vnm-2015-jan-aug", "VNM", ReportingPeriod.Months(2015, 1, 8), 24m, source: Published2016),
        };
        var options = EndOf2016 with { AnnualisationPolicy = AnnualisationPolicies.SamePeriodShareOfEarlierYear };

        var baseline = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), options).Baseline!;

        // Jan–Aug 2015 was 24 / 30 = 0.8 of 2015, so $20m ÷ 0.8 = $25m (pro rata would give $30m).
        baseline.Value.Should().BeApproximately(25e6, 1e-3);
        baseline.IsEstimated.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_StatedBaselineWithoutFigures_SaysNoFigureWasPublished()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2016, 10, 1), new GoalBaseline(Amount.Parse("$80m"), ReportingPeriod.Year(2015)));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([]), EndOf2016);

        evaluation.Baseline.Should().NotBeNull();
        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Assessments[0].Reason.Should().Be("No progress ratio: no figure was published.");
    }

    [Fact]
    public void Evaluate_GoalEqualToTheBaseline_SaysNoGrowthIsRequired()
    {
        var goal = Goal("POL", 100, Deadline.InYear(2020), new DateOnly(2011, 1, 15));
        var figures = new[] { Annual("POL", 2010, 100m, Published2016), Annual("POL", 2015, 80m, Published2016) };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EndOf2016);

        // Required growth (100 / 100)^(1/10) − 1 = 0, so there is no ratio to observed growth; 80 is still short of 100.
        evaluation.Assessments[0].RequiredGrowth.Should().Be(0);
        evaluation.Assessments[0].ProgressRatio.Should().BeNull();
        evaluation.Assessments[0].ProgressCategory.Should().BeNull();
        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        evaluation.Assessments[0].Reason.Should().Be("No progress ratio: the goal equals the baseline, so no growth is required.");
    }

    [Fact]
    public void Evaluate_GoalReachedTwice_NamesTheFirstLevelToReachIt()
    {
        var goal = Goal("POL", 110, Deadline.InYear(2020), new DateOnly(2011, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(HandWorkedSeries()), EndOf2016);

        // $120m in 2012 and $150m in 2015 both reach $110m; the first does it.
        evaluation.Status.Should().Be(GoalStatus.Achieved);
        evaluation.Assessments[0].Reason.Should().Be("$120m in 2012 reached the goal.");
    }

    [Fact]
    public void Evaluate_SeveralApproximateLevels_ListsEachInTheCaveat()
    {
        var goal = Goal("VNM", 500, Deadline.InYear(2020), new DateOnly(2015, 12, 9));
        var figures = new[]
        {
            Figure("vnm-2014", "VNM", ReportingPeriod.Year(2014), 169.3m, qualifier: AmountQualifier.Over),
            Figure("vnm-2016", "VNM", ReportingPeriod.Year(2016), 121m, qualifier: AmountQualifier.About),
        };

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures(figures), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        evaluation.Caveats.Should().Equal("Some levels are approximate as reported: over $169.3m in 2014, about $121m in 2016.");
    }

    [Fact]
    public void Evaluate_StatedBaselineInTheDeadlineYear_SaysTheBaselineIsNotBeforeIt()
    {
        // Due 2016 with a stated 2016 baseline of $100m; a claim for 2017 of $150m, published once 2017 was over, gives
        // observed growth 150 / 100 − 1 = 0.5 over one year, but no growth can be required over 2016 − 2016 = 0 years.
        var goal = Goal("VNM", 500, Deadline.InYear(2016), new DateOnly(2016, 2, 1), new GoalBaseline(Amount.Parse("$100m"), ReportingPeriod.Year(2016)));
        var claim = Figure("vnm-2017-claim", "VNM", ReportingPeriod.Year(2017), 150m, basis: new Basis(Coverage.Unstated, ReportingSide.OfficialClaim), source: PublishedOn(2018, 1, 15));

        var evaluation = GoalEvaluator.Evaluate(goal, TestData.Figures([claim]), EvaluationOptions.At(new DateOnly(2018, 1, 31)));

        evaluation.ObservedGrowth!.Value.Should().BeApproximately(0.5, 1e-12);
        evaluation.Assessments[0].DeadlinePassed.Should().BeTrue();
        evaluation.Assessments[0].RequiredGrowth.Should().BeNull();
        evaluation.Status.Should().Be(GoalStatus.InsufficientData);
        // A figure after the baseline year is known only once that year is over, by when the deadline has passed.
        evaluation.Assessments[0].Reason.Should().Be("The deadline year 2016 is over but no full-year figure for it was published by 2018-01-31.");
    }

    [Fact]
    public void Evaluate_NullGoal_ThrowsNamingIt()
        => FluentActions.Invoking(() => GoalEvaluator.Evaluate(null!, TestData.Figures([]), EndOf2016))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "goal");

    [Fact]
    public void Evaluate_NullData_ThrowsNamingIt()
        => FluentActions.Invoking(() => GoalEvaluator.Evaluate(Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15)), null!, EndOf2016))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "data");

    [Fact]
    public void Evaluate_NullOptions_ThrowsNamingIt()
        => FluentActions.Invoking(() => GoalEvaluator.Evaluate(Goal("POL", 200, Deadline.InYear(2020), new DateOnly(2011, 1, 15)), TestData.Figures([]), null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "options");

    private sealed class FixedChoice(ReportedFigure figure) : IFigureSelectionPolicy
    {
        public string Name => "fixed";

        public ReportedFigure Choose(IReadOnlyList<ReportedFigure> candidates) => figure;
    }
}

public class GoalEvaluatorPortfolioTests
{
    private static readonly string[] Partners = ["ARE", "VNM", "PAK", "SRB", "POL", "CHN", "AZE", "AUT", "SVK", "TKM"];

    private static TradeDataSet Portfolio(string vaguePhrase = "in the near future")
    {
        var goals = Partners.Select((p, i) => new Goal(
            $"g-{p}", Belarus, Country.Parse(p), TradeFlow.Turnover, Amount.FromMillions(100 + (i * 50)),
            i % 3 == 0 ? Deadline.Vague(vaguePhrase) : Deadline.InYear(2016 + (i % 5)), new DateOnly(2014, 3, 1), "President", Digest));
        var figures = Partners.SelectMany((p, i) => Enumerable.Range(2010, 7).Select(y => Annual(p, y, 20m + (i * 7) + ((y - 2010) * (3 + i)), PublishedOn(y + 1, 3, 1))));
        return new TradeDataSet(goals, figures, []);
    }

    [Fact]
    public void EvaluateAll_Portfolio_EqualsEvaluatingEachGoalInOrder()
    {
        var data = Portfolio();
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));

        var all = GoalEvaluator.EvaluateAll(data, options);

        // Structural comparison: the regression inside each trend fit is a class without value equality.
        all.Should().BeEquivalentTo(data.Goals.Select(g => GoalEvaluator.Evaluate(g, data, options)), o => o.WithStrictOrdering());
        all.Select(e => e.Goal.Id).Should().Equal(data.Goals.Select(g => g.Id));
    }

    [Fact]
    public void EvaluateAll_SeveralGoalsFail_ThrowsTheFirstInOrderUnwrapped()
    {
        var data = Portfolio(vaguePhrase: "some day");
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));

        var act = () => GoalEvaluator.EvaluateAll(data, options);

        // Goals 0, 3, 6 and 9 carry the phrase no policy knows; the first of them, g-ARE, is the one reported.
        act.Should().Throw<DataSetException>().Which.Problems.Single().RecordId.Should().Be("g-ARE");
    }

    [Fact]
    public void EvaluateAll_NullData_ThrowsNamingIt()
        => FluentActions.Invoking(() => GoalEvaluator.EvaluateAll(null!, EvaluationOptions.At(new DateOnly(2017, 12, 31))))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "data");

    [Fact]
    public void EvaluateAll_NullOptions_ThrowsNamingIt()
        => FluentActions.Invoking(() => GoalEvaluator.EvaluateAll(Portfolio(), null!))
            .Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "options");
}
