namespace TradeTargets.Reports.Tests;

public sealed class TrackerSiteTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "tradetargets-site-tests-" + Guid.NewGuid().ToString("N"));

    public TrackerSiteTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void WriteSite_SeedReport_WritesAnIndexLinkingAPagePerGoalAndTheData()
    {
        var report = Pages.Seed;
        var folder = Path.Combine(root, "new", "tracker");

        report.WriteSite(folder);

        var index = Pages.Parse(File.ReadAllText(Path.Combine(folder, "index.html")));
        var links = index.QuerySelectorAll("#goal-table tbody tr th a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().Equal(report.Evaluations.Select((_, i) => $"goals/goal-{i + 1}.html"));
        index.QuerySelectorAll("article").Should().BeEmpty("the goals have pages of their own");
        index.QuerySelectorAll("script").Should().ContainSingle("sorting and filtering work on the index as on the page");
        Directory.EnumerateFiles(Path.Combine(folder, "goals")).Should().HaveCount(report.Evaluations.Count);
        foreach (var (e, i) in report.Evaluations.Select((e, i) => (e, i)))
        {
            var page = Pages.Parse(File.ReadAllText(Path.Combine(folder, "goals", $"goal-{i + 1}.html")));
            page.QuerySelectorAll("h1").Should().ContainSingle();
            page.QuerySelector("article h3")!.TextContent.Should().Be(e.Goal.Describe());
            page.QuerySelector("nav a")!.GetAttribute("href").Should().Be("../index.html");
            page.QuerySelectorAll("figure svg").Should().ContainSingle();
            page.Title.Should().StartWith(e.Goal.Describe());
        }

        File.ReadAllText(Path.Combine(folder, "evaluations.csv")).Should().Be(report.ToText(ReportFormat.Csv).ReplaceLineEndings("\n"));
        File.ReadAllText(Path.Combine(folder, "evaluations.json")).Should().Be(report.ToText(ReportFormat.Json).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WriteSite_GoalPagesAndOnePage_ShowTheSameGoalSections()
    {
        var report = Pages.Seed;
        var folder = Path.Combine(root, "tracker");

        report.WriteSite(folder);

        var onePage = Pages.SeedPage().QuerySelectorAll("article.goal").Select(a => a.OuterHtml).ToList();
        var pages = report.Evaluations.Select((_, i) => Pages.Parse(File.ReadAllText(Path.Combine(folder, "goals", $"goal-{i + 1}.html"))).QuerySelector("article.goal")!.OuterHtml);
        pages.Should().Equal(onePage, "each goal's section and chart are written by the same code and rendered once");
    }

    [Fact]
    public void WriteSite_EmptyFolderThatExists_IsWrittenInto()
    {
        var folder = Path.Combine(root, "empty");
        Directory.CreateDirectory(folder);

        Pages.TwoReporters().WriteSite(folder);

        File.Exists(Path.Combine(folder, "index.html")).Should().BeTrue();
    }

    [Fact]
    public void WriteSite_AFileWhereTheFolderShouldBe_IsRefusedAndKept()
    {
        var file = Path.Combine(root, "tracker");
        File.WriteAllText(file, "mine");

        var act = () => Pages.TwoReporters().WriteSite(file);

        act.Should().Throw<IOException>().WithMessage("*is a file*");
        File.ReadAllText(file).Should().Be("mine");
    }

    [Fact]
    public void WriteSite_AFileWhereAParentFolderShouldBe_IsRefusedAndKept()
    {
        var file = Path.Combine(root, "parent");
        File.WriteAllText(file, "mine");

        var act = () => Pages.TwoReporters().WriteSite(Path.Combine(file, "tracker"));

        act.Should().Throw<IOException>().WithMessage("*is a file*");
        File.ReadAllText(file).Should().Be("mine");
    }

    [Fact]
    public void WriteSite_AFolderWithFiles_IsRefusedAndLeftAsItWas()
    {
        var folder = Path.Combine(root, "tracker");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), "mine");

        var act = () => Pages.TwoReporters().WriteSite(folder);

        act.Should().Throw<IOException>().WithMessage("*not empty*");
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).Should().Equal("index.html");
        File.ReadAllText(Path.Combine(folder, "index.html")).Should().Be("mine");
    }

    [Fact]
    public void WriteSite_ASymbolicLinkToAnEmptyFolder_IsRefusedAndNotFollowed()
    {
        var target = Path.Combine(root, "target");
        Directory.CreateDirectory(target);
        var link = Path.Combine(root, "link");
        Directory.CreateSymbolicLink(link, target);

        var act = () => Pages.TwoReporters().WriteSite(link);

        act.Should().Throw<IOException>().WithMessage("*symbolic link*");
        Directory.EnumerateFileSystemEntries(target).Should().BeEmpty();
        new DirectoryInfo(link).LinkTarget.Should().Be(target);
    }
}
