using System.Xml.Linq;
using SkiaSharp;

namespace TradeTargets.Charts.Tests;

/// <summary>What a rendered chart actually shows: the texts of an SVG document, the size and ink of a PNG.</summary>
internal static class RenderedImage
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Every text element of an SVG document, trimmed, in document (drawing) order.</summary>
    public static IReadOnlyList<string> Texts(string svg)
        => [.. XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];

    /// <summary>The pixel size of a PNG, how many of its pixels are dark (text, lines, markers) and how many are not white.</summary>
    public static (int Width, int Height, int DarkPixels, int InkedPixels) Measure(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("The bytes are not an image SkiaSharp can decode.");
        var dark = 0;
        var inked = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            var grey = (pixel.Red + pixel.Green + pixel.Blue) / 3;
            dark += grey < 100 ? 1 : 0;
            inked += grey < 250 ? 1 : 0;
        }

        return (bitmap.Width, bitmap.Height, dark, inked);
    }
}
