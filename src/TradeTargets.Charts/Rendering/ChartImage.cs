namespace TradeTargets.Charts;

/// <summary>A chart ready to render at the size and scale of its options.</summary>
/// <example><code>
/// var image = TradeCharts.GapChart(evaluation);
/// image.SavePng("vietnam.png");
/// </code></example>
public sealed class ChartImage
{
    internal ChartImage(ChartModel model) => Model = model;

    /// <summary>The built chart, for inspection or further styling of its plot.</summary>
    public ChartModel Model { get; }

    /// <summary>The layout width.</summary>
    public int Width => Model.PreferredWidth;

    /// <summary>The layout height (a scoreboard or dumbbell chart fits it to its rows).</summary>
    public int Height => Model.PreferredHeight;

    /// <summary>Image pixels per layout pixel.</summary>
    public double Scale => Model.Options.Scale;

    /// <summary>Renders a PNG.</summary>
    /// <returns>The PNG bytes.</returns>
    public byte[] ToPng() => ChartRenderer.RenderPng(Model, Width, Height, Scale);

    /// <summary>Renders an SVG document.</summary>
    /// <returns>The SVG text.</returns>
    public string ToSvg() => ChartRenderer.RenderSvg(Model, Width, Height, Scale);

    /// <summary>Saves a PNG, creating the folder if needed.</summary>
    /// <param name="path">The file to write.</param>
    public void SavePng(string path) => ChartRenderer.SavePng(Model, path, Width, Height, Scale);

    /// <summary>Saves an SVG, creating the folder if needed.</summary>
    /// <param name="path">The file to write.</param>
    public void SaveSvg(string path) => ChartRenderer.SaveSvg(Model, path, Width, Height, Scale);

    /// <summary>Writes a PNG to a stream.</summary>
    /// <param name="stream">A writable stream.</param>
    public void WritePng(Stream stream) => ChartRenderer.WritePng(Model, stream, Width, Height, Scale);
}
