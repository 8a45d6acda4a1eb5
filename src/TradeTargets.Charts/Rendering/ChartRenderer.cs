using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>Turns a <see cref="ChartModel"/> into PNG or SVG; the same model and size always give the same bytes.</summary>
/// <remarks>
/// Width and height are layout pixels; the image has width × scale by height × scale pixels. SVG output
/// numbers ScottPlot's clip-path ids from 1 in order of appearance, so it is deterministic too.
/// </remarks>
public static partial class ChartRenderer
{
    /// <summary>Renders a PNG image.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="width">The layout width in pixels.</param>
    /// <param name="height">The layout height in pixels.</param>
    /// <param name="scale">Image pixels per layout pixel.</param>
    /// <returns>The PNG bytes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is under 1 or the scale is not from 0.25 to 8.</exception>
    public static byte[] RenderPng(ChartModel model, int width = 800, int height = 500, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(width, height, scale);
        lock (model.Sync)
        {
            Prepare(model, width, scale);
            return model.Plot.GetImageBytes(w, h, ImageFormat.Png);
        }
    }

    /// <summary>Renders an SVG document.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="width">The layout width in pixels.</param>
    /// <param name="height">The layout height in pixels.</param>
    /// <param name="scale">Image pixels per layout pixel.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is under 1 or the scale is not from 0.25 to 8.</exception>
    public static string RenderSvg(ChartModel model, int width = 800, int height = 500, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(width, height, scale);
        string svg;
        lock (model.Sync)
        {
            Prepare(model, width, scale);
            svg = model.Plot.GetSvgXml(w, h);
        }

        return NumberClipIds(svg);
    }

    /// <summary>Writes a PNG image to a stream.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="stream">A writable stream.</param>
    /// <param name="width">The layout width in pixels.</param>
    /// <param name="height">The layout height in pixels.</param>
    /// <param name="scale">Image pixels per layout pixel.</param>
    public static void WritePng(ChartModel model, Stream stream, int width = 800, int height = 500, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(RenderPng(model, width, height, scale));
    }

    /// <summary>Saves a PNG image, creating the folder if needed.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="width">The layout width in pixels.</param>
    /// <param name="height">The layout height in pixels.</param>
    /// <param name="scale">Image pixels per layout pixel.</param>
    public static void SavePng(ChartModel model, string path, int width = 800, int height = 500, double scale = 1)
    {
        var bytes = RenderPng(model, width, height, scale);
        File.WriteAllBytes(PrepareFolder(path), bytes);
    }

    /// <summary>Saves an SVG document (UTF-8), creating the folder if needed.</summary>
    /// <param name="model">The chart.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="width">The layout width in pixels.</param>
    /// <param name="height">The layout height in pixels.</param>
    /// <param name="scale">Image pixels per layout pixel.</param>
    public static void SaveSvg(ChartModel model, string path, int width = 800, int height = 500, double scale = 1)
    {
        var svg = RenderSvg(model, width, height, scale);
        File.WriteAllText(PrepareFolder(path), svg, new UTF8Encoding(false));
    }

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

    private static void Prepare(ChartModel model, int width, double scale)
    {
        model.PrepareLayout(width);
        model.Plot.ScaleFactor = scale;
    }

    private static (int Width, int Height) PixelSize(int width, int height, double scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (!(scale >= 0.25 && scale <= 8))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, string.Create(CultureInfo.InvariantCulture, $"scale must be from 0.25 to 8; it was {scale}."));
        }

        return ((int)Math.Round(width * scale), (int)Math.Round(height * scale));
    }

    private static string PrepareFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return path;
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
