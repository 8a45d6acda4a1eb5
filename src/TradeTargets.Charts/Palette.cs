using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>The Okabe–Ito colours, which stay distinct for the common kinds of colour blindness, and the greys around them.</summary>
internal static class Palette
{
    public static readonly Color Black = Color.FromHex("#000000");
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");

    public static readonly Color Text = Color.FromHex("#222222");
    public static readonly Color MutedText = Color.FromHex("#555555");
    public static readonly Color Connector = Color.FromHex("#9A9A9A");

    // Bullet-graph ranges: three shades of one hue (Okabe–Ito blue), darkest for the poorest range.
    public static readonly Color RangePoor = Color.FromHex("#A9C4DA");
    public static readonly Color RangeFair = Color.FromHex("#C9DAE8");
    public static readonly Color RangeGood = Color.FromHex("#E6EEF5");
    public static readonly Color FeaturedBar = Color.FromHex("#1B2A3A");
}
