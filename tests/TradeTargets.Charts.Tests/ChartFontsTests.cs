namespace TradeTargets.Charts.Tests;

/// <summary>Which font the charts use and what happens when a family is missing.</summary>
public class ChartFontsTests
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
}
