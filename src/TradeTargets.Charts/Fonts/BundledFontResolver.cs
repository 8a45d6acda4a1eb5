using ScottPlot;
using SkiaSharp;

namespace TradeTargets.Charts;

/// <summary>Serves the DejaVu Sans faces embedded in this assembly to ScottPlot under a family name no system font has.</summary>
/// <remarks>
/// Only <see cref="FamilyName"/> is answered; every other name returns null, so ScottPlot goes on to its system
/// resolver. Regular and bold are bundled: a weight of semi-bold or heavier gets the bold face, anything lighter
/// the regular one, and an italic request gets the upright face (the charts use no italic). Each call returns a
/// new typeface over font data read once from the assembly, so the output never depends on the installed fonts.
/// </remarks>
internal sealed class BundledFontResolver : IFontResolver
{
    /// <summary>The family name the bundled faces are served under.</summary>
    public const string FamilyName = "TradeTargets Sans";

    /// <summary>The manifest resource name of the regular face.</summary>
    public const string RegularResource = "TradeTargets.Charts.Fonts.DejaVuSans.ttf";

    /// <summary>The manifest resource name of the bold face.</summary>
    public const string BoldResource = "TradeTargets.Charts.Fonts.DejaVuSans-Bold.ttf";

    /// <summary>The manifest resource name of the fonts' licence text.</summary>
    public const string LicenseResource = "TradeTargets.Charts.Fonts.LICENSE-DejaVu.txt";

    private static readonly Lazy<SKData> RegularData = new(() => SKData.CreateCopy(ReadResource(RegularResource)));
    private static readonly Lazy<SKData> BoldData = new(() => SKData.CreateCopy(ReadResource(BoldResource)));

    /// <summary>The one instance, registered with ScottPlot by <see cref="ChartFonts"/>.</summary>
    public static BundledFontResolver Instance { get; } = new();

    private BundledFontResolver()
    {
    }

    /// <summary>Whether the name is the bundled family (compared without regard to case, as font matching is).</summary>
    /// <param name="fontName">The family name asked for.</param>
    /// <returns>True for the bundled family.</returns>
    public static bool Serves(string? fontName) => string.Equals(fontName?.Trim(), FamilyName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads an embedded resource of this assembly.</summary>
    /// <param name="name">The manifest resource name.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing, which means a broken build.</exception>
    public static byte[] ReadResource(string name)
    {
        using var stream = typeof(BundledFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {typeof(BundledFontResolver).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width)
    {
        if (!Serves(fontName))
        {
            return null;
        }

        var data = weight >= FontWeight.SemiBold ? BoldData.Value : RegularData.Value;
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The bundled font data for '{FamilyName}' could not be read as a typeface.");
    }

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic)
        => CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
