namespace TradeTargets.Reports.Tests;

public class MarkdownTests
{
    [Fact]
    public void ToText_Markdown_HasATableRowAndASectionPerGoal()
    {
        var markdown = Pages.Seed.ToText(ReportFormat.Markdown);

        var lines = markdown.Split('\n');
        lines[0].Should().Be("# Trade goals tracker");
        lines.Count(l => l.StartsWith("## ", StringComparison.Ordinal)).Should().Be(Pages.Seed.Evaluations.Count + 2, "Goals, one per goal, Methods");
        foreach (var (e, i) in Pages.Seed.Evaluations.Select((e, i) => (e, i + 1)))
        {
            lines.Should().Contain(l => l.StartsWith($"| {i} | {ProseText.Describe(e.Goal.Pair)} |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ToText_TwoReportersWithOnePartner_NamesBothSidesInTheTableAndSections()
    {
        var lines = Pages.TwoReporters().ToText(ReportFormat.Markdown).Split('\n');

        lines.Should().Contain(l => l.StartsWith("| 1 | India–Russia | $100bn turnover by 2030 |", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("| 2 | China–Russia | $200bn turnover by 2030 |", StringComparison.Ordinal));
        lines.Should().Contain("## 1. India–Russia: $100bn turnover by 2030").And.Contain("## 2. China–Russia: $200bn turnover by 2030");
    }

    [Fact]
    public void ToText_MarkdownWithVagueDeadlines_StatusTableGivesBothReadings()
    {
        var summary = Pages.Seed.Summary;
        var lines = Pages.Seed.ToText(ReportFormat.Markdown).Split('\n');

        lines.Should().Contain("| Status | By first end | By last end |");
        lines.Should().Contain("|---|---:|---:|");
        lines.Should().Contain(l => l.StartsWith("Goals by status. A vague deadline", StringComparison.Ordinal) && l.EndsWith("The headline counts by the last end.", StringComparison.Ordinal));
        foreach (var status in summary.CountsByStatus.Keys)
        {
            lines.Should().Contain($"| {ReportText.Symbol(status)} {StatusText.Describe(status)} | {summary.CountsByStatus[status]} | {summary.CountsByStatusAtLatestEnd[status]} |");
        }
    }

    [Fact]
    public void ToText_MarkdownOfHostileTexts_EscapesEveryMarkupCharacter()
    {
        var markdown = HostileData.Report().ToText(ReportFormat.Markdown);

        markdown.Should().NotMatchRegex(@"(?<!\\)<(?!https://)", "every < is escaped except the one that opens a link address");
        markdown.Should().NotContain("](<javascript").And.NotContain("](<file");
        markdown.Should().Contain(@"\<script\>alert(1)\</script\>");
        markdown.Should().Contain("](<https://example.org/trade?a=1&b=2>)");
    }

    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("[x](javascript:y)", @"\[x\](javascript:y)")]
    [InlineData("*bold* _it_", @"\*bold\* \_it\_")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("- item", @"\- item")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("AT&T", @"AT\&T")]
    public void Escape_MarkupCharacters_AreEscaped(string text, string expected)
    {
        MarkdownText.Escape(text).Should().Be(expected);
    }
}
