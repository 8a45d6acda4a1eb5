namespace TradeTargets.Reports.Tests;

/// <summary>The tracker page's "How good are these forecasts" section.</summary>
public class ForecastRecordTests
{
    [Fact]
    public void Write_WithoutBacktest_SaysWhatTheProbabilityIsAndThatItIsNotCheckedHere()
    {
        var section = Pages.SeedPage().QuerySelector("section[aria-labelledby=forecasts]")!;

        section.QuerySelector("h2")!.TextContent.Should().Be("How good are these forecasts");
        section.TextContent.Should().Contain(BacktestText.Meaning).And.Contain("No backtest came with this page");
        section.QuerySelector("table").Should().BeNull();
    }

    [Fact]
    public void Write_WithBacktest_ShowsTheCountsVerdictCoverageScoresAndReliabilityDiagram()
    {
        // Three goals settled with a forecast at their announcement (the seeds' have none), so there are headline scores.
        var backtest = ForecastBacktest.Run(Testing.BacktestData.ThreeSettledGoals(), BacktestOptions.At(new DateOnly(2018, 1, 1)) with { BootstrapSamples = 200 });
        backtest.Headline.Should().NotBeNull();
        var report = Pages.Seed.WithBacktest(backtest);

        var page = Pages.Parse(report.ToText(ReportFormat.Html));

        var section = page.QuerySelector("section[aria-labelledby=forecasts]")!;
        var headline = backtest.Headline!;
        section.TextContent.Should().Contain(BacktestText.Counts(backtest))
            .And.Contain(BacktestText.Verdict(headline, backtest.Options.IntervalLevel))
            .And.Contain(BacktestText.Coverage(headline.Coverage));
        section.QuerySelectorAll("tbody tr th").Select(th => th.TextContent).Should().Equal(headline.Rules.Select(r => BacktestText.Describe(r.Rule)));
        section.QuerySelectorAll("tbody tr td:first-of-type").Select(td => td.TextContent).Should().Equal(headline.Rules.Select(r => r.Brier.ToString()));
        var svg = section.QuerySelector("figure svg")!;
        svg.GetAttribute("aria-labelledby").Should().Be("forecasts-caption");
        section.QuerySelector("#forecasts-caption")!.TextContent.Should().StartWith("Reliability of the trend's probabilities");
    }

    [Fact]
    public void Write_BacktestWithoutHeadline_SaysSoAndDrawsNoScores()
    {
        // The seeds' settled goals have forecasts only at year-ends, none at their announcement.
        var backtest = ForecastBacktest.Run(SeedData.Load(), BacktestOptions.At(new DateOnly(2026, 12, 31)) with { BootstrapSamples = 100 });
        backtest.Headline.Should().BeNull();

        var section = Pages.Parse(Pages.Seed.WithBacktest(backtest).ToText(ReportFormat.Html)).QuerySelector("section[aria-labelledby=forecasts]")!;

        section.TextContent.Should().Contain(BacktestText.Counts(backtest)).And.Contain("so there is no headline score");
        section.QuerySelector("table").Should().BeNull();
    }

    [Fact]
    public void WithBacktest_KeepsTheReportAndLeavesTheOriginalWithout()
    {
        var backtest = ForecastBacktest.Run(SeedData.Load(), BacktestOptions.At(new DateOnly(2026, 12, 31)) with { BootstrapSamples = 100 });
        var original = Pages.Seed;

        var withRecord = original.WithBacktest(backtest);

        withRecord.Backtest.Should().BeSameAs(backtest);
        original.Backtest.Should().BeNull();
        withRecord.Evaluations.Should().Equal(original.Evaluations);
        withRecord.Summary.Should().BeSameAs(original.Summary);
        withRecord.Options.Should().Be(original.Options);
    }
}
