using System.Security.Cryptography;
using System.Text;

namespace TradeTargets.Reports.Tests;

public class TrackerPageTests
{
    [Fact]
    public void Write_SeedReport_DeclaresLanguageAndHasOneH1AndHeadingsWithoutSkippedLevels()
    {
        var page = Pages.SeedPage();

        page.DocumentElement.GetAttribute("lang").Should().Be("en");
        page.QuerySelectorAll("h1").Should().ContainSingle();
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
        levels[0].Should().Be(1);
        levels.Zip(levels.Skip(1)).Should().OnlyContain(pair => pair.Second <= pair.First + 1, "a heading may go at most one level deeper than the one before it");
    }

    [Fact]
    public void Write_SeedReport_GoalTableHasOneRowPerGoalWithTheSixColumnsAndScopedHeaders()
    {
        var page = Pages.SeedPage();
        var table = page.QuerySelector("#goal-table")!;

        table.QuerySelectorAll("thead th").Select(th => th.TextContent).Should().Equal("Pair", "Goal", "Deadline", "Status", "Achievement", "Gap");
        var rows = table.QuerySelectorAll("tbody tr");
        rows.Should().HaveCount(Pages.Seed.Evaluations.Count);
        rows.Select(r => r.Children[0].TextContent).Should().Equal(Pages.Seed.Evaluations.Select(e => ProseText.Describe(e.Goal.Pair)));
        rows.Select(r => r.Children[4].TextContent).Should().Equal(Pages.Seed.Evaluations.Select(e => e.Achievement is { } a ? ProseText.Percent(a) : "n/a"));
        page.QuerySelectorAll("th").Should().OnlyContain(th => th.GetAttribute("scope") == "col" || th.GetAttribute("scope") == "row");
    }

    [Fact]
    public void Write_TwoReportersWithOnePartner_NamesBothSidesInTheTableSectionsAndScoreboard()
    {
        var page = Pages.Parse(Pages.TwoReporters().ToText(ReportFormat.Html));

        page.QuerySelectorAll("#goal-table tbody tr th").Select(th => th.TextContent).Should().Equal("India–Russia", "China–Russia");
        page.QuerySelectorAll("article.goal h3").Select(h => h.TextContent).Should().Equal("India–Russia: $100bn turnover by 2030", "China–Russia: $200bn turnover by 2030");
        page.QuerySelector("#scoreboard-caption")!.TextContent.Should().Contain("India–Russia: $100bn").And.Contain("China–Russia: $200bn");
    }

    [Fact]
    public void Write_SeedReport_StatusIsWrittenInWordsNotOnlyByColour()
    {
        var page = Pages.SeedPage();

        var statuses = page.QuerySelectorAll("#goal-table tbody tr td:nth-of-type(3)").Select(td => td.TextContent.Trim()).ToList();

        statuses.Should().Equal(Pages.Seed.Evaluations.Select(e => $"{ReportText.Symbol(e.Status)} {StatusText.DescribeCompactly(e)}"));
    }

    // Gap charts render in parallel windows of 64 and are written in order: past two window edges, every section
    // must still hold its own goal's chart, with ids and caption of its own.
    [Fact]
    public void Write_MoreGoalsThanTwoChartWindows_EachSectionHoldsItsOwnGoalsChart()
    {
        var partners = Country.All.Where(c => c.Code != "BLR").Take(150).ToList();
        var goals = partners.Select((p, i) => TestData.Goal(p.Code, 100 + i, Deadline.InYear(2016), new DateOnly(2014, 1, 1), id: $"g{i}")).ToList();
        var figures = partners.SelectMany(p => new[] { TestData.Annual(p.Code, 2014, 50m), TestData.Annual(p.Code, 2015, 60m) }).ToList();
        var report = EvaluationReport.Evaluate(new TradeDataSet(goals, figures, []), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        var page = Pages.Parse(report.ToText(ReportFormat.Html));

        var articles = page.QuerySelectorAll("article.goal");
        articles.Should().HaveCount(150);
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            var id = $"goal-{i + 1}";
            article.Id.Should().Be(id);
            var svg = article.QuerySelector("figure svg")!;
            svg.GetAttribute("aria-labelledby").Should().Be(id + "-chart");
            svg.QuerySelectorAll("[id]").Should().OnlyContain(e => e.Id!.StartsWith(id + "-", StringComparison.Ordinal));
            svg.TextContent.Should().Contain(partners[i].Name, $"section {id} is about {partners[i].Name}");
        }
    }

    [Fact]
    public void Write_SeedReport_HasASectionPerGoalWithAGapChartLabelledByItsNumbers()
    {
        var page = Pages.SeedPage();

        var articles = page.QuerySelectorAll("article.goal");
        articles.Should().HaveCount(Pages.Seed.Evaluations.Count);
        foreach (var (article, evaluation) in articles.Zip(Pages.Seed.Evaluations))
        {
            article.QuerySelector("h3")!.TextContent.Should().Be(ReportText.Heading(evaluation));
            var svg = article.QuerySelector("figure svg")!;
            svg.GetAttribute("role").Should().Be("img");
            var caption = page.GetElementById(svg.GetAttribute("aria-labelledby")!)!;
            caption.TextContent.Should().Contain(StatusText.DescribeAchievement(evaluation)).And.Contain(evaluation.Goal.Target.ToString());
            if (evaluation.Level is { } level)
            {
                caption.TextContent.Should().Contain(MoneyText.Format(level.Value, evaluation.Goal.Target.Currency));
            }

            article.QuerySelectorAll("h4").Select(h => h.TextContent).Should().Contain(["Figures used", "Figures passed over"]);
        }
    }

    [Fact]
    public void Write_SeedReport_ChartIdsAreUniqueAcrossTheInlineCharts()
    {
        var page = Pages.SeedPage();

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        ids.Should().OnlyHaveUniqueItems();
        var references = page.QuerySelectorAll("svg [clip-path]").Select(e => e.GetAttribute("clip-path")!).ToList();
        references.Should().NotBeEmpty().And.OnlyContain(r => r.StartsWith("url(#", StringComparison.Ordinal));
        references.Select(r => r.Substring(5, r.Length - 6)).Should().OnlyContain(id => ids.Contains(id));
    }

    [Fact]
    public void Write_SeedReport_ShowsTheRestatementHistoryOfARestatedGoal()
    {
        var page = Pages.SeedPage();
        var restated = Pages.Seed.Evaluations.Select((e, i) => (e, i)).First(p => p.e.Goal.RestatementOf is not null);

        var history = page.GetElementById($"goal-{restated.i + 1}")!.QuerySelector("ol.history")!;

        var chain = GoalHistory.Chain(restated.e.Goal, Pages.Seed.Evaluations.Select(e => e.Goal));
        history.QuerySelectorAll("li").Should().HaveCount(chain.Count);
        history.QuerySelector("li[aria-current=true]")!.TextContent.Should().Contain(ReportText.Date(restated.e.Goal.AnnouncedOn));
    }

    [Fact]
    public void Write_SeedReport_MakesNoRequest()
    {
        var page = Pages.SeedPage();

        page.QuerySelectorAll("[src], link, iframe, object, embed, img, base").Should().BeEmpty("every resource is inline");
        page.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!)
            .Should().OnlyContain(h => h.StartsWith('#') || h.StartsWith("http://", StringComparison.Ordinal) || h.StartsWith("https://", StringComparison.Ordinal) || h.StartsWith("data:", StringComparison.Ordinal));
        page.QuerySelectorAll("a[href^='http']").Should().OnlyContain(a => !a.HasAttribute("download"));
        Pages.SeedText.Should().NotContain("url(http").And.NotContain("@import");
    }

    [Fact]
    public void Write_SeedReport_ContentSecurityPolicyAllowsOnlyThePagesOwnScript()
    {
        var page = Pages.SeedPage();

        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        var script = page.QuerySelectorAll("script").Should().ContainSingle().Subject;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.TextContent)));

        policy.Should().StartWith("default-src 'none'").And.Contain($"script-src 'sha256-{hash}'");
    }

    [Fact]
    public void Write_SeedReport_CarriesTheCsvAndJsonReportsAsDownloads()
    {
        var page = Pages.SeedPage();

        var csv = page.QuerySelector("a[download$='.csv']")!;
        var json = page.QuerySelector("a[download$='.json']")!;

        Decode(csv.GetAttribute("href")!, "text/csv").Should().Be(Pages.Seed.ToText(ReportFormat.Csv));
        Decode(json.GetAttribute("href")!, "application/json").Should().Be(Pages.Seed.ToText(ReportFormat.Json));
    }

    [Fact]
    public void Write_SeedReport_HeadlineGivesAsOfCountsHitRateAndGrowth()
    {
        var page = Pages.SeedPage();
        var summary = Pages.Seed.Summary;

        var figures = page.QuerySelectorAll("dl.figures div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);

        figures.Should().Contain("As of", "2017-12-31").And.Contain("Goals", summary.GoalCount.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain("Missed", summary.Missed.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.Contain("Median required growth", ProseText.Growth(summary.MedianRequiredGrowth))
            .And.Contain("Median observed growth", ProseText.Growth(summary.MedianObservedGrowth));
        page.QuerySelectorAll("table.counts tbody tr").Should().HaveCount(summary.CountsByStatus.Count);
        page.QuerySelector("section[aria-labelledby=methods]")!.TextContent.Should().Contain("R = CAGR_o / |CAGR_r|").And.Contain(Pages.Seed.Options.SelectionPolicy.Name);
    }

    [Fact]
    public void Write_SeedReport_OutcomeTableCountsEveryGoalOnceAndAgreesWithTheHeadline()
    {
        var page = Pages.SeedPage();
        var summary = Pages.Seed.Summary;

        var table = page.QuerySelector("table.outcomes")!;
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList());

        table.QuerySelectorAll("thead th").Select(th => th.TextContent).Should().Equal(ReportText.OutcomeHeads);
        var all = rows["All goals"];
        all.Take(8).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Sum().Should().Be(2 * summary.GoalCount, "the goals column plus one column per outcome");
        (int.Parse(all[1], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(all[2], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(summary.Met);
        rows.Keys.Should().Contain(summary.ByDecade.Select(d => "Announced in the " + d.Group)).And.Contain("Announcing side in Europe");
        page.QuerySelectorAll("article.goal p.outcome").Should().HaveCount(summary.GoalCount).And.OnlyContain(p => p.TextContent.StartsWith("Outcome: ", StringComparison.Ordinal));
    }

    // The seed goals include vague deadlines still inside their window, so the first and last ends of a window differ.
    [Fact]
    public void Write_VagueDeadlines_StatusTableGivesBothReadingsAndTheLastAgreesWithTheHeadline()
    {
        var page = Pages.SeedPage();
        var summary = Pages.Seed.Summary;
        summary.CountsByStatus.Should().NotEqual(summary.CountsByStatusAtLatestEnd, "this test needs a goal whose status differs between the ends of its window");

        var table = page.QuerySelector("table.counts")!;
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList());
        var cards = page.QuerySelectorAll("dl.figures div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);

        table.QuerySelectorAll("thead th").Select(th => th.TextContent).Should().Equal("Status", "By first end", "By last end");
        table.QuerySelector("caption")!.TextContent.Should().Contain("The headline counts by the last end.");
        foreach (var status in summary.CountsByStatus.Keys)
        {
            rows[$"{ReportText.Symbol(status)} {StatusText.Describe(status)}"].Should().Equal(summary.CountsByStatus[status], summary.CountsByStatusAtLatestEnd[status]);
        }

        rows[$"{ReportText.Symbol(GoalStatus.Missed)} {StatusText.Describe(GoalStatus.Missed)}"][1].ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(cards["Missed"]);
        rows[$"{ReportText.Symbol(GoalStatus.Achieved)} {StatusText.Describe(GoalStatus.Achieved)}"][1].ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(cards["Met"]);
    }

    [Fact]
    public void Write_VagueDeadlines_ReadingNestsThePolicyInBracketsNotDoubledParentheses()
    {
        var page = Pages.SeedPage();

        var readings = page.QuerySelectorAll("dl div").Where(d => d.QuerySelector("dt")?.TextContent == "Deadline read as").Select(d => d.QuerySelector("dd")!.TextContent).ToList();

        readings.Should().Contain(r => r.Contains("[policy Default])", StringComparison.Ordinal));
        readings.Should().NotContain(r => r.Contains("))", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_OnlyFixedDeadlines_StatusTableHasOneCountColumn()
    {
        var goals = new[] { TestData.Goal("VNM", 500, Deadline.InYear(2015), new DateOnly(2013, 1, 1), id: "a"), TestData.Goal("POL", 900, Deadline.InYear(2030), new DateOnly(2013, 1, 1), id: "b") };
        var figures = new[] { TestData.Annual("VNM", 2014, 100m), TestData.Annual("VNM", 2015, 120m), TestData.Annual("POL", 2014, 300m), TestData.Annual("POL", 2015, 320m) };
        var report = EvaluationReport.Evaluate(new TradeDataSet(goals, figures, []), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        var page = Pages.Parse(report.ToText(ReportFormat.Html));

        page.QuerySelectorAll("table.counts thead th").Select(th => th.TextContent).Should().Equal("Status", "Goals");
        page.QuerySelector("table.counts caption")!.TextContent.Should().Be("Goals by status");
        page.QuerySelectorAll("table.counts tbody tr").Select(r => r.QuerySelector("td")!.TextContent)
            .Should().Equal(report.Summary.CountsByStatus.OrderBy(p => p.Key).Select(p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Write_HostileTexts_ShowsThemAsTextAndAddsNoMarkup()
    {
        var page = Pages.HostilePage();

        page.QuerySelectorAll("script").Should().ContainSingle("only the page's own script is there");
        page.QuerySelectorAll("img").Should().BeEmpty();
        page.QuerySelectorAll("svg svg, foreignObject").Should().BeEmpty();
        page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Should().BeEmpty("no event handler may come from the data");
        var text = page.Body!.TextContent;
        text.Should().Contain(HostileData.Announcer).And.Contain(HostileData.Note).And.Contain(HostileData.Title).And.Contain(HostileData.Publication).And.Contain(HostileData.Caveat);
    }

    [Fact]
    public void Write_HostileTexts_LinksOnlyHttpAndHttpsAddresses()
    {
        var page = Pages.HostilePage();

        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.StartsWith("data:", StringComparison.Ordinal)).ToList();

        links.Should().NotBeEmpty().And.OnlyContain(h => h == "https://example.org/trade?a=1&b=2");
        page.Body!.TextContent.Should().Contain("address not linked: javascript:alert(5)").And.Contain("address not linked: file:///etc/passwd");
    }

    private static string Decode(string href, string mediaType)
    {
        var prefix = $"data:{mediaType};base64,";
        href.Should().StartWith(prefix);
        return Encoding.UTF8.GetString(Convert.FromBase64String(href[prefix.Length..]));
    }
}
