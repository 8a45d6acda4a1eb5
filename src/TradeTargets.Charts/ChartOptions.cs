using System.Globalization;

namespace TradeTargets.Charts;

/// <summary>Size, scale, font and source line of a chart.</summary>
/// <remarks>
/// The image is <see cref="Width"/> × <see cref="Scale"/> by <see cref="Height"/> × <see cref="Scale"/>
/// pixels, laid out as if it were <see cref="Width"/> by <see cref="Height"/>: a scale of 2 gives a sharper
/// picture of the same chart, not a different layout. Leave <see cref="Height"/> unset to let the chart choose:
/// 500 for a gap chart, fitted to the rows for a scoreboard or dumbbell chart (about 42 pixels each, plus titles
/// and notes).
/// </remarks>
public sealed record ChartOptions
{
    /// <summary>The options used when none are given: width 800, the chart's own height, scale 1, the bundled font, source line from the data.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>The layout width in pixels; 800 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 200 or above 10,000.</exception>
    public int Width
    {
        get;
        init => field = value is >= 200 and <= 10_000 ? value : throw new ArgumentOutOfRangeException(nameof(Width), value, string.Create(CultureInfo.InvariantCulture, $"Width must be from 200 to 10000 pixels; it was {value}."));
    } = 800;

    /// <summary>The layout height in pixels; null (the default) for the chart's own height.</summary>
    /// <remarks>
    /// A gap chart's own height is 500; a scoreboard or dumbbell chart fits its height to its rows, so it grows with
    /// the number of goals instead of shrinking its text. A height set here overrides that for every kind of chart:
    /// rows then get whatever room it leaves.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 150 or above 10,000.</exception>
    public int? Height
    {
        get;
        init => field = value is null or (>= 150 and <= 10_000) ? value : throw new ArgumentOutOfRangeException(nameof(Height), value, string.Create(CultureInfo.InvariantCulture, $"Height must be from 150 to 10000 pixels, or null for the chart's own height; it was {value}."));
    }

    /// <summary>How many image pixels per layout pixel; 1 by default, 2 for a high-density picture.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not from 0.25 to 8.</exception>
    public double Scale
    {
        get;
        init => field = value is >= 0.25 and <= 8 ? value : throw new ArgumentOutOfRangeException(nameof(Scale), value, string.Create(CultureInfo.InvariantCulture, $"Scale must be from 0.25 to 8; it was {value}."));
    } = 1.0;

    /// <summary>The line at the foot of the chart; null to cite the goal's and the figures' sources.</summary>
    public string? SourceLine { get; init; }

    /// <summary>The font family of every text; "TradeTargets Sans" by default.</summary>
    /// <remarks>
    /// "TradeTargets Sans" is DejaVu Sans (regular and bold) embedded in the package, so the default output is
    /// the same on every machine and needs no system font. Any other name must be a family installed on the
    /// system; charts throw <see cref="ChartFontException"/> when it is not.
    /// </remarks>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string FontFamily
    {
        get;
        init => field = !string.IsNullOrWhiteSpace(value) ? value.Trim() : throw new ArgumentException("FontFamily must name a font family; it was blank.", nameof(FontFamily));
    } = ChartFonts.DefaultFamily;
}
