using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;
using SkiaSharp;

namespace TradeTargets.Charts;

/// <summary>Turns a <see cref="ChartModel"/> into PNG or SVG at the model's own size and scale; the same model always gives the same bytes.</summary>
/// <remarks>
/// The size comes from the model only (<see cref="ChartModel.PreferredWidth"/>, <see cref="ChartModel.PreferredHeight"/>,
/// <see cref="ChartOptions.Scale"/>), so no caller can render a fitted chart at some other height by leaving out an
/// argument. SVG output numbers ScottPlot's clip-path ids from 1 in order of appearance, so it is deterministic too.
/// <para>
/// Where the time went (docs/charts.md, "Rendering speed"): PNG encoding took three quarters of a gap chart, and
/// ScottPlot drew every fresh chart twice. Both are mended here without changing a pixel: the axis limits are
/// recorded before the one real render (<see cref="RecordLimits"/>), and the PNG is compressed with the Sub filter
/// at zlib level 1 (<see cref="PngOptions"/>) instead of every filter at level 6.
/// </para>
/// </remarks>
internal static partial class ChartRenderer
{
    private const int SvgInitialCapacity = 128 * 1024;

    /// <summary>
    /// PNG encoding: the Sub filter at zlib level 1. Charts are flat areas and horizontal runs, which Sub turns into
    /// zeros; a gap chart encodes about five times faster than with Skia's default (every filter tried on each row,
    /// zlib level 6) into a file a few per cent larger. Lossless either way: the pixels are the same.
    /// </summary>
    internal static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, 1);

    /// <summary>Renders a PNG image of width × scale by height × scale pixels.</summary>
    public static byte[] RenderPng(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(model);
        using var surface = SKSurface.Create(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot create a {w}×{h} drawing surface."));
        lock (model.Sync)
        {
            Prepare(model, w, h);
            model.Plot.Render(surface.Canvas, w, h);
        }

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(PngOptions)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Cannot encode a {w}×{h} chart as PNG."));
        return png.ToArray();
    }

    /// <summary>Renders an SVG document of width × scale by height × scale pixels.</summary>
    /// <remarks>
    /// As ScottPlot's <c>Plot.GetSvgXml</c> does, minus its bitmap render beforehand (which only settles the limits,
    /// and drew a fresh chart twice more): the SVG canvas is not cleared, and the document is complete once the
    /// canvas is disposed.
    /// </remarks>
    public static string RenderSvg(ChartModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (w, h) = PixelSize(model);
        // A gap chart's document is tens of kilobytes: start large enough that the stream seldom grows and copies.
        using var stream = new MemoryStream(SvgInitialCapacity);
        lock (model.Sync)
        {
            Prepare(model, w, h);
            var manager = model.Plot.RenderManager;
            var clears = manager.ClearCanvasBeforeEachRender;
            manager.ClearCanvasBeforeEachRender = false;
            try
            {
                using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, w, h), stream);
                model.Plot.Render(canvas, w, h);
            }
            finally
            {
                manager.ClearCanvasBeforeEachRender = clears;
            }
        }

        return NumberClipIds(Encoding.UTF8.GetString(stream.GetBuffer(), 0, checked((int)stream.Length)));
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
                replacement = "clip" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
                ids[m.Value] = replacement;
            }

            return replacement;
        });
    }

    private static void Prepare(ChartModel model, int width, int height)
    {
        model.PrepareLayout(model.PreferredWidth);
        model.Plot.ScaleFactor = model.Options.Scale;
        RecordLimits(model.Plot, width, height);
    }

    /// <summary>Lets ScottPlot record the plot's axis limits without drawing, so the render that follows draws once.</summary>
    /// <remarks>
    /// ScottPlot draws a plot again whenever its axis limits differ from those of the previous render, which for a
    /// plot never rendered before is always so: the first drawing of every chart was thrown away. A chart's limits
    /// are fixed when it is built, so a pass with no render actions (nothing measured, nothing drawn) records them,
    /// and the real render then finds them unchanged. The output is the same pixels, drawn half as often.
    /// </remarks>
    internal static void RecordLimits(Plot plot, int width, int height)
    {
        var actions = plot.RenderManager.RenderActions;
        var saved = actions.ToArray();
        actions.Clear();
        try
        {
            using var nowhere = new SKNoDrawCanvas(width, height);
            plot.Render(nowhere, width, height);
        }
        finally
        {
            actions.AddRange(saved);
        }
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();
}
