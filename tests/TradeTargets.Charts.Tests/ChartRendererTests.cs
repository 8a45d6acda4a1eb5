using ScottPlot;
using SkiaSharp;

namespace TradeTargets.Charts.Tests;

public class ChartRendererTests
{
    public static TheoryData<string, double> Cases()
    {
        var data = new TheoryData<string, double>();
        foreach (var name in ChartTestData.GapCases.Keys)
        {
            data.Add("gap:" + name, 1);
        }

        foreach (var name in ChartTestData.PortfolioCases.Keys)
        {
            data.Add("scoreboard:" + name, 1);
            data.Add("dumbbell:" + name, 1);
        }

        data.Add("gap:" + ChartTestData.GapCases.Keys.First(), 2);
        data.Add("scoreboard:" + ChartTestData.PortfolioCases.Keys.First(), 2);
        return data;
    }

    [Fact]
    public void NumberClipIds_ScottPlotCounterIds_AreRenumberedInOrderOfAppearance()
    {
        var svg = "<clipPath id=\"cl_16c\"/><g clip-path=\"url(#cl_16c)\"/><clipPath id=\"cl_1a0\"/>";

        ChartRenderer.NumberClipIds(svg).Should().Be("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/>");
    }

    // The renderer draws a fresh chart once instead of twice and encodes with faster PNG options; neither may change a
    // pixel. ScottPlot's own path (draw twice, Skia's default PNG options) on an identical chart is the reference.
    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderPng_AnyChart_HasExactlyThePixelsOfScottPlotsOwnRender(string chart, double scale)
    {
        var ours = Build(chart, scale).ToPng();
        var (reference, width, height) = Reference(chart, scale);
        var theirs = reference.GetImageBytes(width, height, ImageFormat.Png);

        using var expected = SKBitmap.Decode(theirs);
        using var actual = SKBitmap.Decode(ours);
        actual.Width.Should().Be(expected.Width);
        actual.Height.Should().Be(expected.Height);
        actual.Bytes.AsSpan().SequenceEqual(expected.Bytes).Should().BeTrue($"the {chart} chart at scale {scale} should have ScottPlot's pixels exactly");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RenderSvg_AnyChart_IsTheDocumentOfScottPlotsOwnRender(string chart, double scale)
    {
        var ours = Build(chart, scale).ToSvg();
        var (reference, width, height) = Reference(chart, scale);
        var theirs = ChartRenderer.NumberClipIds(reference.GetSvgXml(width, height));

        ours.Should().Be(theirs);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public void Render_FreshChart_RunsEveryRenderActionOnceAndKeepsTheList(string format)
    {
        var model = GapChartBuilder.Build(ChartTestData.Emirates());
        var actions = model.Plot.RenderManager.RenderActions;
        var counter = new CountingAction();
        actions.Add(counter);
        var before = actions.ToArray();

        _ = format == "png" ? ChartRenderer.RenderPng(model).Length : ChartRenderer.RenderSvg(model).Length;

        counter.Count.Should().Be(1, "a chart's limits are fixed when it is built, so one drawing is enough");
        actions.Should().Equal(before, "recording the limits must put back every render action in its order");
    }

    [Fact]
    public void RecordLimits_DrawsNothingAndLeavesTheActions()
    {
        var plot = TradeCharts.GapChart(ChartTestData.Emirates()).Model.Plot;
        var counter = new CountingAction();
        plot.RenderManager.RenderActions.Add(counter);
        var before = plot.RenderManager.RenderActions.ToArray();

        ChartRenderer.RecordLimits(plot, 800, 500);

        counter.Count.Should().Be(0);
        plot.RenderManager.RenderActions.Should().Equal(before);
        plot.RenderManager.LastRender.AxisLimits.Should().Be(plot.Axes.GetLimits());
    }

    // An identical chart prepared as the renderer prepares it, for ScottPlot's own output methods.
    private static (Plot Plot, int Width, int Height) Reference(string chart, double scale)
    {
        var model = Build(chart, scale).Model;
        model.PrepareLayout(model.PreferredWidth);
        model.Plot.ScaleFactor = scale;
        var (width, height) = ChartRenderer.PixelSize(model);
        return (model.Plot, width, height);
    }

    private static ChartImage Build(string chart, double scale)
    {
        var options = new ChartOptions { Scale = scale };
        var kind = chart[..chart.IndexOf(':', StringComparison.Ordinal)];
        var name = chart[(kind.Length + 1)..];
        return kind switch
        {
            "gap" => TradeCharts.GapChart(ChartTestData.GapCases[name](), options),
            "scoreboard" => TradeCharts.Scoreboard(ChartTestData.PortfolioCases[name](), options),
            _ => TradeCharts.Dumbbell(ChartTestData.PortfolioCases[name](), options),
        };
    }

    private sealed class CountingAction : IRenderAction
    {
        public int Count { get; private set; }

        public void Render(RenderPack rp) => Count++;
    }
}
