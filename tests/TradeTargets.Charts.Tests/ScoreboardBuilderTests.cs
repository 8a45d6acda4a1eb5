namespace TradeTargets.Charts.Tests;

/// <summary>The scoreboard model: row order, limits, series, fitted height and the empty case.</summary>
public class ScoreboardBuilderTests
{
    [Fact]
    public void Build_Portfolio_SortsRowsByAchievementBestFirst()
    {
        var model = ScoreboardBuilder.Build(ChartTestData.Portfolio());

        model.Categories.Should().HaveCount(7);
        model.Categories[0].Should().StartWith("Belarus–China");
        model.Categories[^1].Should().StartWith("Belarus–Serbia", "a goal without a level sorts last");
        model.Title.Should().Be("Trade goals (turnover): 1 of 7 met, 1 missed, 5 open");
    }

    [Fact]
    public void Build_GoalRestatedBeforeItsDeadline_CountsItAsSupersededInTheTitle()
    {
        var options = EvaluationOptions.At(new DateOnly(2019, 12, 31));
        var first = TestData.Goal("POL", 100, Deadline.InYear(2018), new DateOnly(2015, 3, 1), id: "first");
        var restated = new Goal("restated", TestData.Belarus, Country.Parse("POL"), TradeFlow.Turnover, Amount.FromMillions(150), Deadline.InYear(2022), new DateOnly(2017, 3, 1), "President", TestData.PublishedOn(2017, 3, 1), restatementOf: "first");
        var data = new TradeDataSet([first, restated], [], []);

        var model = ScoreboardBuilder.Build(GoalEvaluator.EvaluateAll(data, options));

        model.Title.Should().Be("Trade goals (turnover): 0 of 2 met, 0 missed, 1 superseded, 1 open");
    }

    [Fact]
    public void Build_ThreeThousandGoals_DrawsAtMostTheCapAndSaysHowManyWereLeftOut()
    {
        var one = ChartTestData.Emirates();
        var many = Enumerable.Repeat(one, 3_000).ToList();

        var scoreboard = TradeCharts.Scoreboard(many).Model;
        var dumbbell = TradeCharts.Dumbbell(many).Model;

        scoreboard.Categories.Should().HaveCount(ChartCanvas.MaxRows);
        scoreboard.PreferredHeight.Should().BeLessThan(10_000);
        scoreboard.Notes.Should().Contain("Showing the first 200 of 3,000 goals (the best by achievement); 2,800 are left out. Draw them from a shorter list.");
        scoreboard.Title.Should().Contain("of 3000 met", "the title counts every goal given");
        dumbbell.Categories.Should().HaveCount(ChartCanvas.MaxRows);
        dumbbell.Notes.Should().Contain(n => n.StartsWith("Showing the first 200 of 3,000 goals (the largest goals)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TwoReportersWithOnePartner_LabelsEachRowWithBothSides()
    {
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));
        var evaluations = TestData.TwoReportersOnePartner().Select(g => GoalEvaluator.Evaluate(g, TestData.Figures([]), options)).ToList();

        ScoreboardBuilder.Build(evaluations).Categories.Should().Equal("China–Russia $200bn by 2030", "India–Russia $100bn by 2030");
        DumbbellBuilder.Build(evaluations).Categories.Should().Equal("China–Russia $200bn by 2030", "India–Russia $100bn by 2030");
        GapChartBuilder.Build(evaluations[0]).Title.Should().Be("India–Russia turnover: goal $100bn by 2030");
    }

    [Fact]
    public void Build_Portfolio_NamesItsSeriesOnThePlotAndDrawsNoLegend()
    {
        var model = ScoreboardBuilder.Build(ChartTestData.Portfolio());
        string[] expected = [SeriesNames.QualitativeRanges, SeriesNames.Achievement, SeriesNames.Goal];

        model.Series.Should().Equal(expected);
        model.Plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Where(t => t.Length > 0)
            .Should().Equal(expected, "every name comes from a plottable on the plot");
        RenderedImage.Texts(ChartRenderer.RenderSvg(model)).Should().NotContain(expected, "the subtitle explains the series; no legend is drawn");
        model.Subtitle.Should().Contain("Dark bar").And.Contain("black tick").And.Contain("shading");
    }

    [Fact]
    public void Build_NoLevels_NamesNoAchievementSeries()
    {
        var model = ScoreboardBuilder.Build([ChartTestData.NoFigures()]);

        model.Series.Should().Equal(SeriesNames.QualitativeRanges, SeriesNames.Goal);
    }

    [Fact]
    public void Build_Limits_IncludeTheGoalAtOneHundredPercent()
    {
        var model = ScoreboardBuilder.Build(ChartTestData.Portfolio());

        model.Limits.Left.Should().Be(0);
        model.Limits.Right.Should().BeGreaterThan(1.0);
        model.GetXTickLabels().Should().Contain(["0%", "100%", "150%"]);
    }

    [Fact]
    public void Build_HundredGoals_GrowsTallerInsteadOfShrinkingText()
    {
        var model = ScoreboardBuilder.Build(ChartTestData.Hundred());

        model.Categories.Should().HaveCount(100);
        model.PreferredHeight.Should().BeGreaterThanOrEqualTo(100 * ScoreboardBuilder.RowHeight);
        model.PreferredWidth.Should().Be(800);
    }

    [Fact]
    public void Build_HeightOption_OverridesTheFittedHeight()
    {
        var model = ScoreboardBuilder.Build(ChartTestData.Hundred(), new ChartOptions { Height = 600 });

        model.PreferredHeight.Should().Be(600);
    }

    [Fact]
    public void Build_Empty_SaysThereIsNothingToShow()
    {
        var model = ScoreboardBuilder.Build([]);

        model.Notes.Should().Contain("No goals to show.");
        model.Categories.Should().BeEmpty();
        model.Series.Should().BeEmpty();
    }

    [Fact]
    public void Scoreboard_NullAmongEvaluations_ThrowsNamingTheElement()
        => FluentActions.Invoking(() => TradeCharts.Scoreboard([ChartTestData.Emirates(), null!]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "evaluations").WithMessage("*element 1 is null*");
}
