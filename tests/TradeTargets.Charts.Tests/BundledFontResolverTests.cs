namespace TradeTargets.Charts.Tests;

/// <summary>The embedded DejaVu Sans and its licence, served without any system font.</summary>
public class BundledFontResolverTests
{
    [Fact]
    public void CreateTypeface_Alone_DrawsLegibleText()
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
    public void ReadResource_License_IsTheBundledFontsLicence()
    {
        var license = System.Text.Encoding.UTF8.GetString(BundledFontResolver.ReadResource(BundledFontResolver.LicenseResource));

        license.Should().Contain("Bitstream Vera").And.Contain("DejaVu changes are in public domain");
    }
}
