namespace TradeTargets.Charts.Tests;

public class ChartFontTests
{
    [Fact]
    public void GapChart_UninstalledFontFamily_ThrowsAClearFontException()
    {
        var options = new ChartOptions { FontFamily = "No Such Sans 42" };

        var act = () => TradeCharts.GapChart(ChartTestData.Emirates(), options);

        act.Should().Throw<ChartFontException>()
            .WithMessage("*No Such Sans 42*not installed*TradeTargets Sans*bundled*")
            .Which.FontFamily.Should().Be("No Such Sans 42");
    }

    [Fact]
    public void DefaultFont_IsTheBundledFamily()
    {
        ChartOptions.Default.FontFamily.Should().Be("TradeTargets Sans");
        ChartFonts.IsInstalled("TradeTargets Sans").Should().BeTrue("the family is bundled, whatever the system has");
        ScottPlot.Fonts.Default.Should().Be("TradeTargets Sans", "the charts set ScottPlot's default once, before the first chart");
        ScottPlot.Fonts.FontResolvers[0].Should().BeSameAs(BundledFontResolver.Instance, "the bundled resolver answers before the system one");
    }

    [Theory]
    [InlineData(false, BundledFontResolver.RegularResource)]
    [InlineData(true, BundledFontResolver.BoldResource)]
    public void DefaultTypeface_IsTheEmbeddedDejaVuSans(bool bold, string resource)
    {
        ChartFonts.Require(ChartOptions.Default.FontFamily);

        // What ScottPlot draws the default text with...
        var typeface = ScottPlot.Fonts.GetTypeface(ChartOptions.Default.FontFamily, bold, italic: false);

        // ...is the font file embedded in the assembly, byte for byte, not a system font.
        typeface.FamilyName.Should().Be("DejaVu Sans");
        typeface.FontWeight.Should().Be(bold ? 700 : 400);
        typeface.GlyphCount.Should().BeGreaterThan(5000, "DejaVu Sans has about 6,000 glyphs");
        ReadFontData(typeface).Should().Equal(BundledFontResolver.ReadResource(resource));
    }

    [Fact]
    public void BundledResolver_Alone_DrawsLegibleText()
    {
        // Only the bundled resolver is consulted here, so this passes on a machine without any font.
        using var typeface = BundledFontResolver.Instance.CreateTypeface("TradeTargets Sans", bold: false, italic: false);
        typeface.Should().NotBeNull();
        BundledFontResolver.Instance.CreateTypeface("DejaVu Sans", bold: false, italic: false).Should().BeNull("other names are left to the system");

        using var font = new SkiaSharp.SKFont(typeface, 24);
        font.GetGlyphs("Goal $1bn").Should().NotContain(0, "every character has a glyph");
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(200, 40));
        surface.Canvas.Clear(SkiaSharp.SKColors.White);
        using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Black, IsAntialias = true };
        surface.Canvas.DrawText("Goal $1bn", 4, 30, font, paint);
        using var pixels = surface.Snapshot().PeekPixels();
        var dark = 0;
        for (var y = 0; y < 40; y++)
        {
            for (var x = 0; x < 200; x++)
            {
                dark += pixels.GetPixelColor(x, y).Red < 128 ? 1 : 0;
            }
        }

        dark.Should().BeGreaterThan(200, "the text is drawn, not blank");
    }

    [Fact]
    public void License_OfTheBundledFont_IsEmbedded()
    {
        var license = System.Text.Encoding.UTF8.GetString(BundledFontResolver.ReadResource(BundledFontResolver.LicenseResource));

        license.Should().Contain("Bitstream Vera").And.Contain("DejaVu changes are in public domain");
    }

    private static byte[] ReadFontData(SkiaSharp.SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var ttcIndex);
        ttcIndex.Should().Be(0);
        var bytes = new byte[stream.Length];
        stream.Read(bytes, bytes.Length).Should().Be(bytes.Length);
        return bytes;
    }

    [Fact]
    public void FontFamilyOption_ReachesEveryText()
    {
        // A system family other than the bundled one; a machine without system fonts has none, and then asking
        // for one must fail clearly instead.
        var family = InstalledSystemFamilyOtherThanDejaVuSans();
        if (family is null)
        {
            var act = () => TradeCharts.GapChart(ChartTestData.Emirates(), new ChartOptions { FontFamily = "DejaVu Sans Mono" });
            act.Should().Throw<ChartFontException>().WithMessage("*DejaVu Sans Mono*not installed*");
            return;
        }

        var options = new ChartOptions { FontFamily = family };

        var svgs = new[]
        {
            TradeCharts.GapChart(ChartTestData.VagueVietnam(), options).ToSvg(),
            TradeCharts.Scoreboard(ChartTestData.Portfolio(), options).ToSvg(),
            TradeCharts.Dumbbell(ChartTestData.Hundred(), options).ToSvg(),
        };

        foreach (var svg in svgs)
        {
            var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();
            families.Should().Equal(family);
        }
    }

    private static string? InstalledSystemFamilyOtherThanDejaVuSans()
    {
        var candidates = new[] { "DejaVu Sans Mono" }.Concat(SkiaSharp.SKFontManager.Default.FontFamilies.Order(StringComparer.Ordinal));
        return candidates.FirstOrDefault(f => f != "DejaVu Sans" && ChartFonts.IsInstalled(f) && IsNamed(f));

        static bool IsNamed(string family)
        {
            using var typeface = SkiaSharp.SKFontManager.Default.MatchFamily(family);
            return typeface?.FamilyName == family;
        }
    }

    [Theory]
    [InlineData(0, 500, 1)]
    [InlineData(800, 10, 1)]
    [InlineData(800, 500, 0)]
    [InlineData(800, 500, double.NaN)]
    public void ChartOptions_OutOfRange_Throws(int width, int height, double scale)
    {
        var act = () => new ChartOptions { Width = width, Height = height, Scale = scale };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
