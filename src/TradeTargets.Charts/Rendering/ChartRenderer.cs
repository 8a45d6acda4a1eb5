using System.Text.RegularExpressions;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Turns a <see cref="ChartModel"/> into PNG or SVG at the model's own size and scale; the same model always gives the same bytes.</summary>
/// <remarks>
/// The size comes from the model only (<see cref="ChartModel.PreferredWidth"/>, <see cref="ChartModel.PreferredHeight"/>,
/// <see cref="ChartOptions.Scale"/>), so no caller can render a fitted chart at some other height by leaving out an
/// argument. SVG output numbers ScottPlot's clip-path ids from 1 in order of appearance, so it is deterministic too.
/// </remarks>
internal static partial class ChartRenderer
{
    /// <summary>Renders a PNG image of width × scale by height × scale pixels.</summary>
    public static byte[] RenderPng(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(model);
        lock (model.Sync)
        {
            Prepare(model);
            return model.Plot.GetImageBytes(w, h, ImageFormat.Png);
        }
    }

    /// <summary>Renders an SVG document of width × scale by height × scale pixels.</summary>
    public static string RenderSvg(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(model);
        string svg;
        lock (model.Sync)
        {
            Prepare(model);
            svg = model.Plot.GetSvgXml(w, h);
        }

        return NumberClipIds(svg);
    }

    /// <summary>The size of the image in pixels: the layout size times the scale.</summary>
    public static (int Width, int Height) PixelSize(ChartModel model)
        => ((int)Math.Round(model.PreferredWidth * model.Options.Scale), (int)Math.Round(model.PreferredHeight * model.Options.Scale));

    /// <summary>Replaces ScottPlot's process-wide clip-path counter ("cl_16c") with ids numbered per document ("clip1").</summary>
    internal static string NumberClipIds(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var replacement))
            {
                replacement = "clip" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids[m.Value] = replacement;
            }

            return replacement;
        });
    }

    private static void Prepare(ChartModel model)
    {
        model.PrepareLayout(model.PreferredWidth);
        model.Plot.ScaleFactor = model.Options.Scale;
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
