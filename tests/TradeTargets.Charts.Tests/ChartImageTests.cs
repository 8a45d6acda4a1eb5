namespace TradeTargets.Charts.Tests;

/// <summary>
/// Every chart type and degenerate case renders through <see cref="ChartImage"/> to a real PNG of the chart's own
/// size with visible content, and to SVG in the chosen font; outputs agree with each other and are deterministic.
/// </summary>
public class ChartImageTests
{
    public static TheoryData<string, double> GapCases => Cases(ChartTestData.GapCases.Keys);

    public static TheoryData<string, double> PortfolioCases => Cases(ChartTestData.PortfolioCases.Keys);

    public static TheoryData<string> Kinds => ["gap", "scoreboard", "dumbbell"];

    [Theory]
    [MemberData(nameof(GapCases))]
    public void ToPngToSvg_EveryGapCase_AreImagesOfTheChartsSizeWithContent(string name, double scale)
    {
        var image = TradeCharts.GapChart(ChartTestData.GapCases[name](), new ChartOptions { Scale = scale });

        AssertPng(image, $"gap-{name}{Suffix(scale)}");
        AssertSvg(image, $"gap-{name}{Suffix(scale)}");
        image.Height.Should().Be(500, "a gap chart's own height is 500");
    }

    [Theory]
    [MemberData(nameof(PortfolioCases))]
    public void ToPngToSvg_EveryScoreboardCase_AreImagesOfTheFittedSizeWithContent(string name, double scale)
    {
        var evaluations = ChartTestData.PortfolioCases[name]();
        var image = TradeCharts.Scoreboard(evaluations, new ChartOptions { Scale = scale });

        AssertPng(image, $"scoreboard-{name}{Suffix(scale)}");
        AssertSvg(image, $"scoreboard-{name}{Suffix(scale)}");
        image.Height.Should().BeGreaterThanOrEqualTo(evaluations.Count * ScoreboardBuilder.RowHeight, "the height is fitted to the rows");
    }

    [Theory]
    [MemberData(nameof(PortfolioCases))]
    public void ToPngToSvg_EveryDumbbellCase_AreImagesOfTheFittedSizeWithContent(string name, double scale)
    {
        var evaluations = ChartTestData.PortfolioCases[name]();
        var image = TradeCharts.Dumbbell(evaluations, new ChartOptions { Scale = scale });

        AssertPng(image, $"dumbbell-{name}{Suffix(scale)}");
        AssertSvg(image, $"dumbbell-{name}{Suffix(scale)}");
        image.Height.Should().BeGreaterThanOrEqualTo(evaluations.Count * ScoreboardBuilder.RowHeight, "the height is fitted to the rows");
    }

    [Fact]
    public void ToPng_HundredGoalScoreboard_IsTheFittedHeightNotTheDefault()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Hundred());

        var size = RenderedImage.Measure(image.ToPng());

        size.Width.Should().Be(800);
        size.Height.Should().Be(image.Model.PreferredHeight).And.BeGreaterThan(100 * ScoreboardBuilder.RowHeight);
    }

    [Fact]
    public void ToPng_HeightOption_OverridesTheFittedHeight()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Portfolio(), new ChartOptions { Width = 1000, Height = 900 });

        var size = RenderedImage.Measure(image.ToPng());

        (size.Width, size.Height).Should().Be((1000, 900));
    }

    [Fact]
    public void ToPng_LargeLayout_IsThatSizeWithContent()
    {
        var image = TradeCharts.GapChart(ChartTestData.Pakistan(), new ChartOptions { Width = 1600, Height = 1000 });

        AssertPng(image, "gap-pakistan-1600x1000");
        (image.Width, image.Height).Should().Be((1600, 1000));
    }

    [Fact]
    public void ToPng_LongSourceLine_WrapsAndLeavesLessRoomForData()
    {
        var longSource = "Source: " + string.Join("; ", Enumerable.Range(1, 12).Select(i => $"Statistics office bulletin number {i}, table of foreign trade by partner country"));
        var plain = TradeCharts.GapChart(ChartTestData.Emirates());
        var wrapped = TradeCharts.GapChart(ChartTestData.Emirates(), new ChartOptions { SourceLine = longSource });

        Rendered.Keep("gap-long-source-line", wrapped.ToPng());
        var (plainModel, wrappedModel) = (plain.Model, wrapped.Model);
        ChartRenderer.RenderPng(plainModel);
        ChartRenderer.RenderPng(wrappedModel);

        // The line wraps onto the most rows a text may take (three) instead of running off the edge: two more than plain.
        wrappedModel.Plot.LastRender.DataRect.Height.Should().BeLessThan(plainModel.Plot.LastRender.DataRect.Height - 25, "the source line wraps onto several lines instead of running off the edge");
    }

    [Fact]
    public void SavePngSaveSvgWritePng_WriteWhatToPngAndToSvgReturn()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Portfolio());
        var folder = Path.Combine(Rendered.Folder, "saved");
        var pngPath = Path.Combine(folder, "scoreboard.png");
        var svgPath = Path.Combine(folder, "scoreboard.svg");

        image.SavePng(pngPath);
        image.SaveSvg(svgPath);
        using var stream = new MemoryStream();
        image.WritePng(stream);

        File.ReadAllBytes(pngPath).Should().Equal(image.ToPng());
        stream.ToArray().Should().Equal(image.ToPng());
        File.ReadAllText(svgPath).Should().Be(image.ToSvg());
        RenderedImage.Measure(File.ReadAllBytes(pngPath)).Height.Should().Be(image.Height, "a saved scoreboard keeps its fitted height");
    }

    [Fact]
    public async Task AsyncAndStreamOverloads_WriteTheSameBytesAsTheSynchronousOnes()
    {
        var image = TradeCharts.GapChart(ChartTestData.Emirates());
        var folder = Path.Combine(Rendered.Folder, "saved-async");
        using var png = new MemoryStream();
        using var svg = new MemoryStream();
        using var svgSync = new MemoryStream();

        await image.SavePngAsync(Path.Combine(folder, "gap.png"));
        await image.SaveSvgAsync(Path.Combine(folder, "gap.svg"));
        await image.WritePngAsync(png);
        await image.WriteSvgAsync(svg);
        image.WriteSvg(svgSync);

        File.ReadAllBytes(Path.Combine(folder, "gap.png")).Should().Equal(image.ToPng()).And.Equal(png.ToArray());
        File.ReadAllText(Path.Combine(folder, "gap.svg")).Should().Be(image.ToSvg());
        svg.ToArray().Should().Equal(svgSync.ToArray()).And.Equal(File.ReadAllBytes(Path.Combine(folder, "gap.svg")));
    }

    [Fact]
    public async Task SavePngAsync_Cancelled_ThrowsAndWritesNothing()
    {
        var path = Path.Combine(Rendered.Folder, "cancelled-" + Guid.NewGuid().ToString("N") + ".png");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => TradeCharts.GapChart(ChartTestData.Emirates()).SavePngAsync(path, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void SavePngSaveSvg_AFolderAtThePath_AreRefusedAndTheFolderIsKept()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Portfolio());
        var folder = Path.Combine(Rendered.Folder, "a-folder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "mine");

        image.Invoking(i => i.SavePng(folder)).Should().Throw<IOException>().WithMessage("*is a folder*");
        image.Invoking(i => i.SaveSvg(folder)).Should().Throw<IOException>().WithMessage("*is a folder*");

        File.ReadAllText(Path.Combine(folder, "mine.txt")).Should().Be("mine");
    }

    [Fact]
    public void SavePng_AFileWhereItsFolderGoes_FailsAndKeepsTheFile()
    {
        var image = TradeCharts.Scoreboard(ChartTestData.Portfolio());
        var file = Path.Combine(Rendered.Folder, "not-a-folder-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, "mine");

        image.Invoking(i => i.SavePng(Path.Combine(file, "chart.png"))).Should().Throw<IOException>();

        File.ReadAllText(file).Should().Be("mine");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToPng_SameInputTwice_GivesIdenticalBytes(string kind)
    {
        var first = Build(kind).ToPng();
        var second = Build(kind).ToPng();
        var again = Build(kind);

        second.Should().Equal(first);
        again.ToPng().Should().Equal(again.ToPng());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToSvg_SameInputTwice_GivesIdenticalText(string kind)
    {
        var first = Build(kind).ToSvg();
        var second = Build(kind).ToSvg();

        second.Should().Be(first);
        first.Should().Contain("clip1").And.NotContain("cl_");
    }

    [Fact]
    public void ToPng_InParallel_GivesTheSerialBytes()
    {
        var serial = Build("gap").ToPng();
        var results = new byte[8][];

        Parallel.For(0, results.Length, i => results[i] = Build("gap").ToPng());

        results.Should().OnlyContain(r => r.SequenceEqual(serial));
    }

    private static TheoryData<string, double> Cases(IEnumerable<string> names)
    {
        var data = new TheoryData<string, double>();
        foreach (var name in names)
        {
            data.Add(name, 1);
            data.Add(name, 2);
        }

        return data;
    }

    private static string Suffix(double scale) => scale == 1 ? string.Empty : "@2x";

    // A real PNG of width × scale by height × scale pixels with something drawn on it. An all-white image has no
    // dark or inked pixels, the plot frame alone none dark; the sparsest chart (no goals: titles, axis, a note) has
    // about 2,300 dark and 10,900 inked pixels at 800 × 248, the charts with data several times that.
    private static void AssertPng(ChartImage image, string name)
    {
        var png = image.ToPng();
        Rendered.Keep(name, png);

        png.Take(8).Should().Equal(RenderedImage.PngSignature);
        var measured = RenderedImage.Measure(png);
        measured.Width.Should().Be((int)Math.Round(image.Width * image.Scale));
        measured.Height.Should().Be((int)Math.Round(image.Height * image.Scale));
        image.Height.Should().Be(image.Model.PreferredHeight);
        var area = image.Scale * image.Scale;
        measured.DarkPixels.Should().BeGreaterThan((int)(1500 * area), "the chart has text and marks on it");
        measured.InkedPixels.Should().BeGreaterThan((int)(8000 * area), "the chart has content, not a blank canvas");
    }

    // An SVG document of the layout size (its viewBox is scaled), with the title as text, in the chosen font.
    private static void AssertSvg(ChartImage image, string name)
    {
        var svg = image.ToSvg();
        Rendered.Keep(name, svg);

        var root = System.Xml.Linq.XDocument.Parse(svg).Root!;
        root.Name.LocalName.Should().Be("svg");
        ((string?)root.Attribute("width")).Should().Be(Pixels(image.Width * image.Scale));
        ((string?)root.Attribute("height")).Should().Be(Pixels(image.Height * image.Scale));
        RenderedImage.Texts(svg).Should().Contain(image.Model.Title);
        var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        families.Should().NotBeEmpty().And.OnlyContain(f => f == "DejaVu Sans", "every text in the chart is set in the chosen sans-serif font");

        static string Pixels(double value) => ((int)Math.Round(value)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ChartImage Build(string kind) => kind switch
    {
        "gap" => TradeCharts.GapChart(ChartTestData.Emirates()),
        "scoreboard" => TradeCharts.Scoreboard(ChartTestData.Portfolio()),
        _ => TradeCharts.Dumbbell(ChartTestData.Portfolio()),
    };

    [Fact]
    public void Model_ChangedByTheCaller_DoesNotChangeWhatTheImageDraws()
    {
        var image = TradeCharts.GapChart(ChartTestData.Emirates());
        var before = image.ToPng();

        image.Model.Plot.Clear();
        image.Model.Plot.Axes.Title.Label.Text = "changed";

        image.ToPng().Should().Equal(before);
    }

    [Fact]
    public void Scoreboard_ListChangedAfterwards_DoesNotChangeTheImage()
    {
        var evaluations = ChartTestData.Portfolio().ToList();
        var image = TradeCharts.Scoreboard(evaluations);
        var before = image.ToSvg();

        evaluations.RemoveAt(0);

        image.ToSvg().Should().Be(before);
    }

    public static TheoryData<string> EveryChart => ["gap", "scoreboard", "dumbbell"];

    private static ChartImage Chart(string kind, ChartOptions options) => kind switch
    {
        "gap" => TradeCharts.GapChart(ChartTestData.Emirates(), options),
        "scoreboard" => TradeCharts.Scoreboard(ChartTestData.Portfolio(), options),
        _ => TradeCharts.Dumbbell(ChartTestData.Portfolio(), options),
    };

    [Theory]
    [MemberData(nameof(EveryChart))]
    public void AtTheMinimumSize_ThePlotKeepsAShareOfThePicture(string kind)
    {
        var model = Chart(kind, new ChartOptions { Width = 200, Height = 150 }).Model;

        Rendered.Keep($"minimum-{kind}", ChartRenderer.RenderPng(model));

        var data = model.Plot.LastRender.DataRect;
        (data.Height / 150f).Should().BeGreaterThanOrEqualTo(0.2f, "the data area must not collapse to a line under the title");
        (data.Width / 200f).Should().BeGreaterThanOrEqualTo(0.3f);
    }

    [Theory]
    [MemberData(nameof(EveryChart))]
    public void LongTexts_AreShortenedWithAnEllipsisAndThePlotKeepsItsShare(string kind)
    {
        var longSource = "Source: " + new string('x', 2_000) + " " + string.Concat(Enumerable.Repeat("a very long source title ", 110));
        var plainModel = Chart(kind, new ChartOptions()).Model;
        var longModel = Chart(kind, new ChartOptions { SourceLine = longSource }).Model;

        ChartRenderer.RenderPng(plainModel);
        var svg = ChartRenderer.RenderSvg(longModel);
        ChartRenderer.RenderPng(longModel);

        RenderedImage.Texts(svg).Should().Contain(t => t.EndsWith('…'), "the shortened text says it was shortened");
        longModel.Plot.LastRender.DataRect.Height.Should().BeGreaterThanOrEqualTo(0.6f * plainModel.Plot.LastRender.DataRect.Height);
    }

    [Fact]
    public void LongSourceTitleFromTheData_IsShortenedWithAnEllipsis()
    {
        var title = string.Concat(Enumerable.Repeat("Foreign trade of the republic by partner country and commodity group ", 70));
        // The goal's source is quoted with its title in the source line.
        var source = new Source("Statistics office", title, new DateOnly(2014, 11, 1));
        var evaluation = ChartTestData.Evaluate(
            TestData.Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 29), source: source),
            [ChartTestData.Figure("ARE", ReportingPeriod.Year(2014), 20m), ChartTestData.Figure("ARE", ReportingPeriod.Year(2015), 29.7m)],
            2016);
        var plain = ChartTestData.Emirates();

        var longModel = TradeCharts.GapChart(evaluation).Model;
        var plainModel = TradeCharts.GapChart(plain).Model;
        var svg = ChartRenderer.RenderSvg(longModel);
        ChartRenderer.RenderPng(plainModel);

        title.Length.Should().BeGreaterThan(4_800);
        RenderedImage.Texts(svg).Should().Contain(t => t.EndsWith('…'));
        longModel.Plot.LastRender.DataRect.Height.Should().BeGreaterThanOrEqualTo(0.6f * plainModel.Plot.LastRender.DataRect.Height);
    }
}
