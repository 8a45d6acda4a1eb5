using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>A built chart before rendering: the ScottPlot plot and what it shows, in words, for callers and tests to inspect.</summary>
/// <remarks>
/// Building decides everything a reader sees (series, limits, labels, notes); rendering only turns it into
/// pixels at a size. The <see cref="Plot"/> may be styled further before rendering. A model is not
/// thread-safe to change; rendering it from several threads at once is serialised.
/// </remarks>
public sealed class ChartModel
{
    private readonly TextBlockPanel header;
    private readonly TextBlockPanel footer;

    internal ChartModel(ChartKind kind, Plot plot, ChartOptions options, TextBlockPanel header, TextBlockPanel footer)
    {
        Kind = kind;
        Plot = plot;
        Options = options;
        this.header = header;
        this.footer = footer;
        PreferredWidth = options.Width;
    }

    /// <summary>The kind of chart.</summary>
    public ChartKind Kind { get; }

    /// <summary>The ScottPlot plot the chart is drawn on.</summary>
    public Plot Plot { get; }

    /// <summary>The options it was built with.</summary>
    public ChartOptions Options { get; }

    /// <summary>The title at the top: partner, flow and goal, or the set of goals.</summary>
    public string Title { get; internal init; } = string.Empty;

    /// <summary>The line under the title: the status and the gap in words and numbers, or how to read the chart.</summary>
    public string Subtitle { get; internal init; } = string.Empty;

    /// <summary>The horizontal axis label.</summary>
    public string XLabel { get; internal init; } = string.Empty;

    /// <summary>The vertical axis label (empty for category rows).</summary>
    public string YLabel { get; internal init; } = string.Empty;

    /// <summary>The named series on the plot, in drawing order, for example "Reported annual level" or "Goal".</summary>
    /// <remarks>
    /// Read from the legend texts of the plottables on <see cref="Plot"/> each time, so the list is what a legend
    /// lists and follows any later change to the plot. The gap and dumbbell charts draw these names in a legend;
    /// the scoreboard explains its series in its subtitle and draws no legend.
    /// </remarks>
    public IReadOnlyList<string> Series =>
    [
        .. Plot.Legend.GetItems()
            .Select(item => item.LabelText)
            .Where(text => !string.IsNullOrEmpty(text))
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Notes shown on the chart: what is missing, estimated or interpreted.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <summary>The source line at the foot.</summary>
    public string SourceLine { get; internal init; } = string.Empty;

    /// <summary>The row labels from top to bottom (scoreboard and dumbbell); empty for a gap chart.</summary>
    public IReadOnlyList<string> Categories { get; internal init; } = [];

    /// <summary>The gap in words and numbers, for example "$470m short: 5.9% of goal" (gap chart only).</summary>
    public string? GapText { get; internal init; }

    /// <summary>Whether the value axis shows log10 of the values (ticks still print money).</summary>
    public bool LogScale { get; internal init; }

    /// <summary>The layout width the chart was built for and renders at: <see cref="ChartOptions.Width"/>.</summary>
    public int PreferredWidth { get; }

    /// <summary>The layout height the chart renders at: <see cref="ChartOptions.Height"/> when set, otherwise the chart's own (500 for a gap chart, fitted to the rows for a scoreboard or dumbbell chart).</summary>
    public int PreferredHeight { get; internal init; }

    /// <summary>The axis limits the chart was built with, in data units (log10 units on a log axis).</summary>
    public AxisLimits Limits => Plot.Axes.GetLimits();

    internal object Sync { get; } = new();

    /// <summary>The labels of the major ticks on the horizontal axis, as rendered at the preferred size.</summary>
    /// <returns>The labels, left to right.</returns>
    public IReadOnlyList<string> GetXTickLabels() => TickLabels(Plot.Axes.Bottom);

    /// <summary>The labels of the major ticks on the left axis, as rendered at the preferred size.</summary>
    /// <returns>The labels, bottom to top.</returns>
    public IReadOnlyList<string> GetYTickLabels() => TickLabels(Plot.Axes.Left);

    /// <summary>Fits the header and footer to the size about to be rendered.</summary>
    internal void PrepareLayout(int layoutWidth)
    {
        header.FigureWidth = layoutWidth;
        footer.FigureWidth = layoutWidth;
        header.FigureHeight = PreferredHeight;
        footer.FigureHeight = PreferredHeight;
    }

    private string[] TickLabels(IAxis axis)
    {
        lock (Sync)
        {
            PrepareLayout(PreferredWidth);
            Plot.ScaleFactor = 1;
            ChartRenderer.RecordLimits(Plot, PreferredWidth, PreferredHeight); // so the render below draws once, not twice
            Plot.RenderInMemory(PreferredWidth, PreferredHeight);
            return [.. axis.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label)];
        }
    }
}
