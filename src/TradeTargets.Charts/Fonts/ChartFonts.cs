using ScottPlot;
using SkiaSharp;

namespace TradeTargets.Charts;

/// <summary>Registers the bundled chart font with ScottPlot and makes it the process-wide default, once, before any chart is built.</summary>
/// <remarks>
/// The default family, <see cref="DefaultFamily"/>, is DejaVu Sans embedded in this assembly and served by
/// <see cref="BundledFontResolver"/>, so charts look the same on every machine, with or without system fonts.
/// Another family named in <see cref="ChartOptions.FontFamily"/> comes from the system: the SkiaSharp build
/// ScottPlot ships with falls back silently for a missing family (to blank text when no font is installed at
/// all), so such a family is checked by name and a missing one is an error, never a fallback.
/// </remarks>
internal static class ChartFonts
{
    /// <summary>The family used unless the options name another: the bundled DejaVu Sans.</summary>
    public const string DefaultFamily = BundledFontResolver.FamilyName;

    // Font settings in ScottPlot are static; set them here, in the type initializer, which the runtime runs
    // once and thread-safely before the first chart is built. The bundled resolver goes first, so its family
    // name is answered by the embedded font even if a system font of that name turned up.
    static ChartFonts()
    {
        Fonts.FontResolvers.Insert(0, BundledFontResolver.Instance);
        Fonts.Default = DefaultFamily;
    }

    /// <summary>Returns the family when it is the bundled one or installed, and throws otherwise.</summary>
    /// <param name="family">The family asked for.</param>
    /// <returns>The family.</returns>
    /// <exception cref="ChartFontException">The family is neither bundled nor installed.</exception>
    public static string Require(string family)
    {
        if (IsInstalled(family))
        {
            return family;
        }

        var message = $"The font family '{family}' is not installed, so chart text would fall back to another face or render blank: install it, or leave ChartOptions.FontFamily at its default, '{DefaultFamily}' (DejaVu Sans, bundled with the package).";
        throw new ChartFontException(message) { FontFamily = family };
    }

    /// <summary>Whether the family is the bundled one or a system family of that exact name with glyphs in it.</summary>
    /// <param name="family">The family name.</param>
    /// <returns>True when it can be drawn.</returns>
    public static bool IsInstalled(string family)
    {
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        if (BundledFontResolver.Serves(family))
        {
            return true;
        }

        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && typeface.GlyphCount > 0;
    }
}
