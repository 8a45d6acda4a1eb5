namespace TradeTargets.Charts.Tests;

public class DeterminismTests
{
    public static TheoryData<string> Kinds => ["gap", "scoreboard", "dumbbell"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_SameInputTwice_GivesIdenticalPngBytes(string kind)
    {
        var first = Build(kind).ToPng();
        var second = Build(kind).ToPng();
        var again = Build(kind);

        second.Should().Equal(first);
        again.ToPng().Should().Equal(again.ToPng());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_SameInputTwice_GivesIdenticalSvgText(string kind)
    {
        var first = Build(kind).ToSvg();
        var second = Build(kind).ToSvg();

        second.Should().Be(first);
        first.Should().Contain("clip1").And.NotContain("cl_");
    }

    [Fact]
    public void Render_InParallel_GivesTheSerialBytes()
    {
        var serial = Build("gap").ToPng();
        var results = new byte[8][];

        Parallel.For(0, results.Length, i => results[i] = Build("gap").ToPng());

        results.Should().OnlyContain(r => r.SequenceEqual(serial));
    }

    [Fact]
    public void NumberClipIds_RenumbersInOrderOfAppearance()
    {
        var svg = "<clipPath id=\"cl_16c\"/><g clip-path=\"url(#cl_16c)\"/><clipPath id=\"cl_1a0\"/>";

        ChartRenderer.NumberClipIds(svg).Should().Be("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/>");
    }

    private static ChartImage Build(string kind) => kind switch
    {
        "gap" => TradeCharts.GapChart(ChartTestData.Emirates()),
        "scoreboard" => TradeCharts.Scoreboard(ChartTestData.Portfolio()),
        _ => TradeCharts.Dumbbell(ChartTestData.Portfolio()),
    };
}
