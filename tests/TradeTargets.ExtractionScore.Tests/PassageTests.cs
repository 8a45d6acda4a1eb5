namespace TradeTargets.ExtractionScore.Tests;

public sealed class PassageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("passage-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(params string[] lines)
    {
        var path = Path.Combine(folder, "001-rus-chn-2012.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Read_AHeader_GivesItsRecordsAndTheTextAfterIt()
    {
        var passage = Passage.Read(Write(
            "# address: https://example.org/a",
            "# published: 2012-06-05",
            "# reporter: RUS",
            "# goal: CHN turnover $100bn 2015",
            "# goal: CHN turnover $200bn within 8 years; forecast",
            "# figure: CHN exports 2011-01/2011-09 $4.2bn",
            "# statement: CHN turnover 2011 2010 1.16",
            string.Empty,
            "Title",
            string.Empty,
            "Text."));

        passage.Reporter.Should().Be(Country.Parse("RUS"));
        passage.Text.Should().Be("Title\n\nText.");
        passage.Gold.Select(g => (g.Kind, g.When, g.GoalKind, g.DeadlineYear)).Should().Equal(
            ("goal", "2015", GoalKind.Target, (int?)2015),
            ("goal", "within 8 years", GoalKind.Forecast, (int?)2020),
            ("figure", "2011-01/2011-09", GoalKind.Target, (int?)null),
            ("statement", "2011 2010", GoalKind.Target, (int?)null));
        passage.Gold[3].Ratio.Should().Be(1.16);
    }

    [Fact]
    public void Read_AGoalInAnotherCurrencyWithNoDeadline_KeepsBoth()
        => Passage.Read(Write("# address: a", "# published: 2012-06-05", "# reporter: RUS", "# goal: CHN turnover EUR 40bn none", string.Empty, "Text."))
            .Gold.Should().ContainSingle().Which.Should().Match<GoldRecord>(g => g.Amount == Amount.Parse("EUR 40bn") && g.When == "none");

    [Fact]
    public void Read_ABadRecord_SaysWhichFileAndLine()
    {
        var path = Write("# address: a", "# published: 2012-06-05", "# reporter: RUS", "# figure: CHN exports 2017-01/2021-12 $4bn", string.Empty, "Text.");

        var read = () => Passage.Read(path);

        read.Should().Throw<FormatException>().WithMessage($"{path}:4: 'figure: CHN exports 2017-01/2021-12 $4bn': *");
    }

    [Fact]
    public void Read_AMissingReporter_SaysWhichLineIsNeeded()
    {
        var path = Write("# address: a", "# published: 2012-06-05", string.Empty, "Text.");

        var read = () => Passage.Read(path);

        read.Should().Throw<FormatException>().WithMessage("*needs one '# reporter:' line, and has 0*");
    }
}
