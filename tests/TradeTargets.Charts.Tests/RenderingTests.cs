using System.Text.RegularExpressions;

namespace TradeTargets.Charts.Tests;

/// <summary>Every chart type and every degenerate case renders in memory without throwing, at 800×500 and at 1600×1000.</summary>
public class RenderingTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> GapCases => [.. ChartTestData.GapCases.Keys];

    public static TheoryData<string> PortfolioCases => [.. ChartTestData.PortfolioCases.Keys];

    [Theory]
    [MemberData(nameof(GapCases))]
    public void GapChart_EveryCase_RendersPngAndSvg(string name)
    {
        var image = TradeCharts.GapChart(ChartTestData.GapCases[name]());

        AssertRenders(image, "gap-" + name);
    }

    [Theory]
    [MemberData(nameof(PortfolioCases))]
    public void Scoreboard_EveryCase_RendersPngAndSvg(string name)
    {
        var image = TradeCharts.Scoreboard(ChartTestData.PortfolioCases[name]());

        AssertRenders(image, "scoreboard-" + name);
    }

    [Theory]
    [MemberData(nameof(PortfolioCases))]
    public void Dumbbell_EveryCase_RendersPngAndSvg(string name)
    {
        var image = TradeCharts.Dumbbell(ChartTestData.PortfolioCases[name]());

        AssertRenders(image, "dumbbell-" + name);
    }

    [Fact]
    public void GapChart_DoubleSize_RendersAtTwiceThePixels()
    {
        var image = TradeCharts.GapChart(ChartTestData.Emirates(), new ChartOptions { Scale = 2 });

        var png = image.ToPng();

        Rendered.Keep("gap-emirates-scale-2", png);
        using var decoded = new ScottPlot.Image(png);
        decoded.Width.Should().Be(1600);
        decoded.Height.Should().Be(1000);
    }

    [Fact]
    public void GapChart_LargeLayout_Renders()
    {
        var image = TradeCharts.GapChart(ChartTestData.Pakistan(), new ChartOptions { Width = 1600, Height = 1000 });

        Rendered.Keep("gap-pakistan-1600x1000", image.ToPng());
    }

    [Fact]
    public void GapChart_LongSourceLine_WrapsAndLeavesLessRoomForData()
    {
        var longSource = "Source: " + string.Join("; ", Enumerable.Range(1, 12).Select(i => $"Statistics office bulletin number {i}, table of foreign trade by partner country"));
        var plain = TradeCharts.GapChart(ChartTestData.Emirates());
        var wrapped = TradeCharts.GapChart(ChartTestData.Emirates(), new ChartOptions { SourceLine = longSource });

        Rendered.Keep("gap-long-source-line", wrapped.ToPng());
        plain.ToPng();

        wrapped.Model.Plot.LastRender.DataRect.Height.Should().BeLessThan(plain.Model.Plot.LastRender.DataRect.Height - 30, "the source line wraps onto several lines instead of running off the edge");
    }

    [Fact]
    public void ChartImage_SaveAndWrite_ProduceTheSameBytesAsToPng()
    {
        var image = TradeCharts.Dumbbell(ChartTestData.Portfolio());
        var folder = Path.Combine(Rendered.Folder, "saved");
        var pngPath = Path.Combine(folder, "dumbbell.png");
        var svgPath = Path.Combine(folder, "dumbbell.svg");

        image.SavePng(pngPath);
        image.SaveSvg(svgPath);
        using var stream = new MemoryStream();
        image.WritePng(stream);

        File.ReadAllBytes(pngPath).Should().Equal(image.ToPng());
        stream.ToArray().Should().Equal(image.ToPng());
        File.ReadAllText(svgPath).Should().Be(image.ToSvg());
    }

    private static void AssertRenders(ChartImage image, string name)
    {
        var png = image.ToPng();
        png.Take(8).Should().Equal(PngSignature);
        Rendered.Keep(name, png);
        using (var decoded = new ScottPlot.Image(png))
        {
            decoded.Width.Should().Be(image.Width);
            decoded.Height.Should().Be(image.Height);
        }

        var large = ChartRenderer.RenderPng(image.Model, image.Width, image.Height, 2);
        Rendered.Keep(name + "@2x", large);

        var svg = image.ToSvg();
        svg.Should().Contain("<svg");
        var families = Regex.Matches(svg, "font-family=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        families.Should().NotBeEmpty().And.OnlyContain(f => f == "DejaVu Sans", "every text in the chart is set in the chosen sans-serif font");
        Rendered.Keep(name, svg);
    }
}
