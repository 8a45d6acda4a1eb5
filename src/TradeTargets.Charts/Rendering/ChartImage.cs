using System.Text;

namespace TradeTargets.Charts;

/// <summary>A chart ready to render: the only way to turn a chart into PNG or SVG, always at the chart's own size and scale.</summary>
/// <remarks>
/// The size is <see cref="Width"/> × <see cref="Scale"/> by <see cref="Height"/> × <see cref="Scale"/> pixels. It is
/// chosen when the chart is built: <see cref="ChartOptions.Width"/> and <see cref="ChartOptions.Scale"/>, and
/// <see cref="ChartOptions.Height"/> when set, otherwise the chart's own height (a scoreboard or dumbbell chart fits
/// it to its rows). Every output below uses that size. The same chart always gives the same bytes.
/// </remarks>
/// <example><code>
/// var image = TradeCharts.GapChart(evaluation);
/// image.SavePng("vietnam.png");
/// TradeCharts.Scoreboard(evaluations, new ChartOptions { Scale = 2 }).SavePng("scoreboard@2x.png");
/// </code></example>
public sealed class ChartImage
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Func<ChartModel> build;

    // The model built up front, kept for the first rendering: it is never handed out, so no caller can have changed it,
    // and a chart saved once is built once.
    private ChartModel? unrendered;

    /// <summary>Creates an image that builds its chart afresh for every rendering.</summary>
    /// <param name="build">Builds the chart from the caller's inputs; it must give the same chart every time.</param>
    internal ChartImage(Func<ChartModel> build)
    {
        this.build = build;
        // Building once up front keeps the builders' exceptions (a missing font, a bad list) where the chart is asked for.
        var model = build();
        (Width, Height, Scale) = (model.PreferredWidth, model.PreferredHeight, model.Options.Scale);
        unrendered = model;
    }

    /// <summary>
    /// The built chart, for inspection or further styling of its plot: a fresh copy on every call. Changing it does not
    /// change what this image draws, so an image gives the same bytes however its model is handled; to draw a
    /// restyled plot, render the changed model's <see cref="ChartModel.Plot"/> with ScottPlot.
    /// </summary>
    public ChartModel Model => build();

    /// <summary>The layout width: <see cref="ChartOptions.Width"/>.</summary>
    public int Width { get; }

    /// <summary>The layout height: <see cref="ChartOptions.Height"/> when set, otherwise the chart's own (fitted to the rows for a scoreboard or dumbbell chart).</summary>
    public int Height { get; }

    /// <summary>Image pixels per layout pixel: <see cref="ChartOptions.Scale"/>.</summary>
    public double Scale { get; }

    /// <summary>Renders a PNG.</summary>
    /// <returns>The PNG bytes.</returns>
    public byte[] ToPng() => ChartRenderer.RenderPng(ModelToRender());

    /// <summary>Renders an SVG document.</summary>
    /// <returns>The SVG text.</returns>
    public string ToSvg() => ChartRenderer.RenderSvg(ModelToRender());

    private ChartModel ModelToRender() => Interlocked.Exchange(ref unrendered, null) ?? build();

    /// <summary>Saves a PNG, creating the folder if needed.</summary>
    /// <remarks>The chart is rendered before anything is written, so a rendering failure creates no folder and leaves an existing file as it was.</remarks>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="IOException">The path is a folder, or a parent of it is a file.</exception>
    public void SavePng(string path)
    {
        CheckPath(path);
        var png = ToPng();
        File.WriteAllBytes(PrepareFolder(path), png);
    }

    /// <summary>Saves an SVG document (UTF-8 without a byte-order mark), creating the folder if needed.</summary>
    /// <remarks>The chart is rendered before anything is written, as for <see cref="SavePng"/>.</remarks>
    /// <param name="path">The file to write.</param>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="IOException">The path is a folder, or a parent of it is a file.</exception>
    public void SaveSvg(string path)
    {
        CheckPath(path);
        var svg = ToSvg();
        File.WriteAllText(PrepareFolder(path), svg, Utf8);
    }

    /// <summary>Writes a PNG to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void WritePng(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToPng());
    }

    /// <summary>Writes an SVG document (UTF-8 without a byte-order mark) to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void WriteSvg(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Utf8.GetBytes(ToSvg()));
    }

    /// <summary>Saves a PNG as <see cref="SavePng"/> does, writing the file asynchronously.</summary>
    /// <remarks>Rendering is processor work and runs on the calling thread before the first await; only the writing is asynchronous.</remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="IOException">The path is a folder, or a parent of it is a file.</exception>
    public Task SavePngAsync(string path, CancellationToken cancellationToken = default)
    {
        CheckPath(path);
        var png = ToPng();
        return File.WriteAllBytesAsync(PrepareFolder(path), png, cancellationToken);
    }

    /// <summary>Saves an SVG document as <see cref="SaveSvg"/> does, writing the file asynchronously.</summary>
    /// <remarks>Rendering runs on the calling thread before the first await; only the writing is asynchronous.</remarks>
    /// <param name="path">The file to write.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="IOException">The path is a folder, or a parent of it is a file.</exception>
    public Task SaveSvgAsync(string path, CancellationToken cancellationToken = default)
    {
        CheckPath(path);
        var svg = Utf8.GetBytes(ToSvg());
        return File.WriteAllBytesAsync(PrepareFolder(path), svg, cancellationToken);
    }

    /// <summary>Writes a PNG to a stream asynchronously; rendering runs on the calling thread first.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    public Task WritePngAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.WriteAsync(ToPng(), cancellationToken).AsTask();
    }

    /// <summary>Writes an SVG document to a stream asynchronously; rendering runs on the calling thread first.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The writing.</returns>
    public Task WriteSvgAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.WriteAsync(Utf8.GetBytes(ToSvg()), cancellationToken).AsTask();
    }

    // A folder at the path is refused before rendering, rather than after a folder was created for nothing.
    private static void CheckPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new IOException($"'{path}' is a folder, so the chart cannot be saved there; name a file.");
        }
    }

    private static string PrepareFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return path;
    }
}
