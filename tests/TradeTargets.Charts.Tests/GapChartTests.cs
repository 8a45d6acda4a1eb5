namespace TradeTargets.Charts.Tests;

public class GapChartTests
{
    [Fact]
    public void GapChart_Limits_IncludeTheGoalTheDeadlineAndEveryFigure()
    {
        var evaluation = ChartTestData.Pakistan();

        var model = TradeCharts.GapChart(evaluation).Model;

        var limits = model.Limits;
        limits.Left.Should().BeLessThan(2012);
        limits.Right.Should().BeGreaterThan(2019, "the deadline is 2019");
        limits.Bottom.Should().Be(0);
        limits.Top.Should().BeGreaterThan(1_000_000_000, "the goal is $1bn");
    }

    [Fact]
    public void GapChart_VagueDeadline_LimitsIncludeTheWholeWindow()
    {
        var evaluation = ChartTestData.VagueVietnam();

        var model = TradeCharts.GapChart(evaluation).Model;

        evaluation.Window.IsWindow.Should().BeTrue();
        model.Limits.Right.Should().BeGreaterThan(evaluation.Window.LastYear);
        model.Series.Should().Contain(SeriesNames.DeadlineWindow);
        model.Notes.Should().Contain(n => n.Contains("in a few years", StringComparison.Ordinal));
        model.Title.Should().Contain("'in a few years' (2018–2021)");
        model.Subtitle.Should().Contain("by 2018").And.Contain("by 2021");
    }

    [Fact]
    public void GapChart_YearTicks_AreIntegersWithoutThousandsSeparators()
    {
        var model = TradeCharts.GapChart(ChartTestData.Pakistan()).Model;

        var labels = model.GetXTickLabels();

        labels.Should().NotBeEmpty().And.Contain("2013").And.OnlyContain(l => l.Length == 4 && l.All(char.IsDigit));
    }

    [Fact]
    public void GapChart_MoneyTicks_ReadAsDollarsWithScaleSuffix()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;

        var labels = model.GetYTickLabels();

        labels.Should().Contain("$0").And.Contain("$500m");
        labels.Should().OnlyContain(l => l.StartsWith('$') && (l == "$0" || l.EndsWith('m') || l.EndsWith("bn", StringComparison.Ordinal)));
    }

    [Fact]
    public void GapChart_BillionTicks_UseBn()
    {
        var labels = TradeCharts.GapChart(ChartTestData.Achieved()).Model.GetYTickLabels();

        labels.Should().Contain(l => l.EndsWith("bn", StringComparison.Ordinal));
        labels.Should().NotContain(l => l.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void GapChart_FullData_DrawsEverySeries()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;

        model.Series.Should().BeEquivalentTo(
        [
            SeriesNames.Trend, SeriesNames.Band80, SeriesNames.Band95, SeriesNames.RequiredPath, SeriesNames.GapMarker,
            SeriesNames.Reported, SeriesNames.PartialYear, SeriesNames.Annualised, SeriesNames.Baseline, SeriesNames.Goal,
        ]);
        var legend = model.Plot.Legend.GetItems().Select(i => i.LabelText).ToList();
        legend.Should().Contain(model.Series.Where(s => s != SeriesNames.GapMarker));
    }

    [Fact]
    public void GapChart_Missed_LabelsTheGapInWordsAndNumbers()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;

        model.GapText.Should().Be("$470m short: 5.9% of goal");
        model.Subtitle.Should().StartWith("Missed.").And.Contain("$470m short: 5.9% of goal");
        model.Title.Should().Be("Belarus–United Arab Emirates turnover: goal $500m by 2015");
        model.XLabel.Should().Be("Year");
        model.YLabel.Should().Be("Turnover (USD)");
    }

    [Fact]
    public void GapChart_PartialYear_IsDrawnApartAndMarkedEstimated()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;

        model.Series.Should().Contain([SeriesNames.PartialYear, SeriesNames.Annualised]);
        model.Notes.Should().Contain(n => n.StartsWith("Estimated: $28m in 2016 (annualised from $18.7m", StringComparison.Ordinal));
    }

    [Fact]
    public void GapChart_SourceLine_CitesGoalFiguresAndDate()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates()).Model;

        model.SourceLine.Should().Be("Source: goal: Test Digest, 'A test article' (2014-10-27); figures: Test Statistics Office (2016-03-01). Evaluated as of 2016-12-31.");
    }

    [Fact]
    public void GapChart_SourceLineOption_ReplacesTheGeneratedOne()
    {
        var model = TradeCharts.GapChart(ChartTestData.Emirates(), new ChartOptions { SourceLine = "Source: my own table." }).Model;

        model.SourceLine.Should().Be("Source: my own table.");
    }

    [Fact]
    public void GapChart_NoFigures_SaysWhatIsMissing()
    {
        var model = TradeCharts.GapChart(ChartTestData.NoFigures()).Model;

        model.Notes.Should().ContainSingle(n => n.StartsWith("No reported figures", StringComparison.Ordinal));
        model.Series.Should().Equal(SeriesNames.Goal);
        model.GapText.Should().BeNull();
        model.Limits.Top.Should().BeGreaterThan(600_000_000);
        model.Limits.Right.Should().BeGreaterThan(2020);
    }

    [Fact]
    public void GapChart_OneFigure_ShowsTheTrendNoteInsteadOfATrend()
    {
        var evaluation = ChartTestData.OneFigure();

        var model = TradeCharts.GapChart(evaluation).Model;

        evaluation.Trend.IsFitted.Should().BeFalse();
        model.Series.Should().NotContain(SeriesNames.Trend);
        model.Notes.Should().Contain(evaluation.Trend.Note!);
        model.Notes.Should().Contain(n => n.StartsWith("Only one reported figure", StringComparison.Ordinal));
    }

    [Fact]
    public void GapChart_Achieved_LimitsCoverTheFiguresAboveTheGoal()
    {
        var model = TradeCharts.GapChart(ChartTestData.Achieved()).Model;

        model.Limits.Top.Should().BeGreaterThan(3_600_000_000);
        model.GapText.Should().Be("goal reached: 120% of goal");
        model.Subtitle.Should().StartWith("Achieved.");
    }

    [Fact]
    public void GapChart_Zeros_NotesThatZeroCannotEnterTheTrend()
    {
        var model = TradeCharts.GapChart(ChartTestData.Zeros()).Model;

        model.Notes.Should().Contain(n => n.Contains("3 zero figure(s) left out: the logarithm of zero is undefined", StringComparison.Ordinal));
    }
}
