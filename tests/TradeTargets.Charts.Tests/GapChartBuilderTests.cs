namespace TradeTargets.Charts.Tests;

/// <summary>The gap chart model: limits, ticks, series, legend, notes and words.</summary>
public class GapChartBuilderTests
{
    [Fact]
    public void Build_Limits_IncludeTheGoalTheDeadlineAndEveryFigure()
    {
        var evaluation = ChartTestData.Pakistan();

        var model = GapChartBuilder.Build(evaluation);

        var limits = model.Limits;
        limits.Left.Should().BeLessThan(2012);
        limits.Right.Should().BeGreaterThan(2019, "the deadline is 2019");
        limits.Bottom.Should().Be(0);
        limits.Top.Should().BeGreaterThan(1_000_000_000, "the goal is $1bn");
    }

    [Fact]
    public void Build_VagueDeadline_LimitsIncludeTheWholeWindow()
    {
        var evaluation = ChartTestData.VagueVietnam();

        var model = GapChartBuilder.Build(evaluation);

        evaluation.Window.IsWindow.Should().BeTrue();
        model.Limits.Right.Should().BeGreaterThan(evaluation.Window.LastYear);
        model.Series.Should().Contain(SeriesNames.DeadlineWindow);
        model.Notes.Should().Contain(n => n.Contains("in a few years", StringComparison.Ordinal));
        model.Title.Should().Contain("'in a few years' (2018–2021)");
        model.Subtitle.Should().Contain("by 2018").And.Contain("by 2021");
    }

    [Fact]
    public void Build_YearTicks_AreIntegersWithoutThousandsSeparators()
    {
        var model = GapChartBuilder.Build(ChartTestData.Pakistan());

        var labels = model.GetXTickLabels();

        labels.Should().NotBeEmpty().And.Contain("2013").And.OnlyContain(l => l.Length == 4 && l.All(char.IsDigit));
    }

    [Fact]
    public void Build_MoneyTicks_ReadAsDollarsWithScaleSuffix()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());

        var labels = model.GetYTickLabels();

        labels.Should().Contain("$0").And.Contain("$500m");
        labels.Should().OnlyContain(l => l.StartsWith('$') && (l == "$0" || l.EndsWith('m') || l.EndsWith("bn", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_BillionTicks_UseBn()
    {
        var labels = GapChartBuilder.Build(ChartTestData.Achieved()).GetYTickLabels();

        labels.Should().Contain(l => l.EndsWith("bn", StringComparison.Ordinal));
        labels.Should().NotContain(l => l.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Build_FullData_LegendShowsEverySeriesInDrawingOrder()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());
        string[] expected =
        [
            SeriesNames.Band95, SeriesNames.Band80, SeriesNames.Trend, SeriesNames.RequiredPath, SeriesNames.Baseline,
            SeriesNames.Reported, SeriesNames.PartialYear, SeriesNames.Annualised, SeriesNames.Goal,
        ];

        model.Series.Should().Equal(expected);
        model.Plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Where(t => t.Length > 0)
            .Should().Equal(expected, "every name comes from a plottable on the plot");
        RenderedImage.Texts(ChartRenderer.RenderSvg(model)).Should().ContainInConsecutiveOrder(expected, "the legend draws the series as one block, in drawing order");
    }

    [Fact]
    public void Build_VagueDeadline_LegendShowsTheWindow()
    {
        var model = GapChartBuilder.Build(ChartTestData.VagueVietnam());

        model.Series[0].Should().Be(SeriesNames.DeadlineWindow, "the window is drawn first, under everything else");
        RenderedImage.Texts(ChartRenderer.RenderSvg(model)).Should().Contain(SeriesNames.DeadlineWindow);
    }

    [Fact]
    public void Build_Missed_LabelsTheGapInWordsAndNumbers()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());

        model.GapText.Should().Be("$470m short: 5.9% of goal");
        model.Subtitle.Should().StartWith("Missed.").And.Contain("$470m short: 5.9% of goal");
        model.Title.Should().Be("Belarus–United Arab Emirates turnover: goal $500m by 2015");
        model.XLabel.Should().Be("Year");
        model.YLabel.Should().Be("Turnover (USD)");
    }

    [Fact]
    public void Build_PartialYear_IsDrawnApartAndMarkedEstimated()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());

        model.Series.Should().Contain([SeriesNames.PartialYear, SeriesNames.Annualised]);
        model.Notes.Should().Contain(n => n.StartsWith("Estimated: $28m in 2016 (annualised from $18.7m", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SourceLine_CitesGoalFiguresAndDate()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());

        model.SourceLine.Should().Be("Source: goal: Test Digest, 'A test article' (2014-10-27); figures: Test Statistics Office (2016-09-01). Evaluated as of 2016-12-31.");
    }

    [Fact]
    public void Build_SourceLineOption_ReplacesTheGeneratedOne()
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates(), new ChartOptions { SourceLine = "Source: my own table." });

        model.SourceLine.Should().Be("Source: my own table.");
    }

    [Fact]
    public void Build_NoFigures_SaysWhatIsMissing()
    {
        var model = GapChartBuilder.Build(ChartTestData.NoFigures());

        model.Notes.Should().ContainSingle(n => n.StartsWith("No reported figures", StringComparison.Ordinal));
        model.Series.Should().Equal(SeriesNames.Goal);
        model.GapText.Should().BeNull();
        model.Limits.Top.Should().BeGreaterThan(600_000_000);
        model.Limits.Right.Should().BeGreaterThan(2020);
    }

    [Fact]
    public void Build_OneFigure_ShowsTheTrendNoteInsteadOfATrend()
    {
        var evaluation = ChartTestData.OneFigure();

        var model = GapChartBuilder.Build(evaluation);

        evaluation.Trend.IsFitted.Should().BeFalse();
        model.Series.Should().NotContain(SeriesNames.Trend);
        model.Notes.Should().Contain(evaluation.Trend.Note!);
        model.Notes.Should().Contain(n => n.StartsWith("Only one reported figure", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Achieved_LimitsCoverTheFiguresAboveTheGoal()
    {
        var model = GapChartBuilder.Build(ChartTestData.Achieved());

        model.Limits.Top.Should().BeGreaterThan(3_600_000_000);
        model.GapText.Should().Be("goal reached: 120% of goal");
        model.Subtitle.Should().StartWith("Achieved.");
    }

    [Fact]
    public void Build_Zeros_NotesThatZeroCannotEnterTheTrend()
    {
        var model = GapChartBuilder.Build(ChartTestData.Zeros());

        model.Notes.Should().Contain(n => n.Contains("3 zero figure(s) left out: the logarithm of zero is undefined", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_BaselineInTheDeadlineYear_SaysSoWithoutADoubledBracket()
    {
        var evaluation = ChartTestData.Evaluate(
            ChartTestData.Goal("UZB", 300, Deadline.InYear(2016), new DateOnly(2016, 2, 1)),
            [ChartTestData.Annual("UZB", 2016, 120m)],
            2017);

        var model = GapChartBuilder.Build(evaluation);

        model.Notes.Should().Contain("No required path: the baseline ($120m in 2016 [no earlier full year; earliest reported level]) is not before the deadline.");
    }

    [Fact]
    public void Build_LevelAnnualisedFromPartOfAYear_NestsItsAsideInBrackets()
    {
        var evaluation = ChartTestData.Evaluate(
            ChartTestData.Goal("UZB", 300, Deadline.InYear(2019), new DateOnly(2015, 2, 1)),
            [ChartTestData.Annual("UZB", 2014, 100m), ChartTestData.Annual("UZB", 2015, 110m), ChartTestData.Figure("UZB", ReportingPeriod.Months(2016, 1, 6), 60m)],
            2016);

        var model = GapChartBuilder.Build(evaluation);

        model.Subtitle.Should().EndWith("($120m in 2016 [annualised from $60m in Jan–Jun 2016]).");
    }

    [Theory]
    [MemberData(nameof(GapCaseNames))]
    public void Build_EveryCase_WritesNoDoubledBracket(string name)
    {
        var model = GapChartBuilder.Build(ChartTestData.GapCases[name]());

        string[] texts = [model.Title, model.Subtitle, model.SourceLine, .. model.Notes];
        texts.Should().NotContain(t => t.Contains("))", StringComparison.Ordinal) || t.Contains("((", StringComparison.Ordinal));
    }

    public static TheoryData<string> GapCaseNames => [.. ChartTestData.GapCases.Keys];

    [Fact]
    public void Build_GoalMetLate_SaysSoAfterTheStatus()
    {
        // $100m due 2018: 80 in 2018 falls short, 120 in 2019 reaches it; evaluated at the end of 2020.
        var evaluation = ChartTestData.Evaluate(
            TestData.Goal("POL", 100, Deadline.InYear(2018), new DateOnly(2015, 3, 1)),
            [ChartTestData.Figure("POL", ReportingPeriod.Year(2018), 80m), ChartTestData.Figure("POL", ReportingPeriod.Year(2019), 120m)],
            2020);

        evaluation.Outcome.Should().Be(GoalOutcome.MetLate);
        GapChartBuilder.Build(evaluation).Subtitle.Should().StartWith("Missed.").And.EndWith(" Outcome: met late (2019).");
    }

    [Fact]
    public void Build_GoalWhoseStatusSaysItAll_HasNoOutcomeSentence()
        => GapChartBuilder.Build(ChartTestData.Emirates()).Subtitle.Should().NotContain("Outcome");
}
