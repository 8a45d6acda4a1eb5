using ScottPlot;
using SkiaSharp;

namespace TradeTargets.Charts;

/// <summary>Finds the chart font and makes it ScottPlot's process-wide default, once, before any chart is built.</summary>
/// <remarks>
/// The SkiaSharp build ScottPlot ships with scans the system font folders itself; its default typeface on
/// Debian is a serif face, and a missing family falls back silently (to blank text when no font is
/// installed at all). So the family is checked by name and a missing one is an error, never a fallback.
/// </remarks>
internal static class ChartFonts
{
    /// <summary>The family used unless the options name another.</summary>
    public const string DefaultFamily = "DejaVu Sans";

    // Font settings in ScottPlot are static; set them here, in the type initializer, which the runtime runs
    // once and thread-safely before the first chart is built.
    static ChartFonts()
    {
        if (IsInstalled(DefaultFamily))
        {
            Fonts.Default = DefaultFamily;
        }
    }

    /// <summary>Returns the family when it is installed, and throws otherwise.</summary>
    /// <param name="family">The family asked for.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ChartFontException">The family is not installed.</exception>
    public static string Require(string family)
    {
        if (IsInstalled(family))
        {
            return family;
        }

        var message = AnyFontInstalled()
            ? $"The font family '{family}' is not installed, so chart text would fall back to another face: install fonts-dejavu-core (Debian/Ubuntu: apt-get install fonts-dejavu-core) or name an installed sans-serif family in ChartOptions.FontFamily."
            : $"No usable sans-serif font: no fonts are installed, so chart text would render blank. Install fonts-dejavu-core (Debian/Ubuntu: apt-get install fonts-dejavu-core; or run build/install-prerequisites.sh), or another sans-serif family named in ChartOptions.FontFamily.";
        throw new ChartFontException(message) { FontFamily = family };
    }

    /// <summary>Whether Skia can find a family of that exact name with glyphs in it.</summary>
    /// <param name="family">The family name.</param>
    /// <returns>True when installed.</returns>
    public static bool IsInstalled(string family)
    {
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && typeface.GlyphCount > 0;
    }

    private static bool AnyFontInstalled() => SKFontManager.Default.FontFamilies.Any() && SKTypeface.Default.GlyphCount > 0;
}
