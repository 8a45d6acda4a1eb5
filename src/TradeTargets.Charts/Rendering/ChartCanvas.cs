using System.Globalization;
using ScottPlot;

namespace TradeTargets.Charts;

/// <summary>A plot prepared with the house look (font, colours, header and footer), collecting what a builder draws.</summary>
internal sealed class ChartCanvas
{
    private readonly List<string> notes = [];

    private ChartCanvas(ChartOptions options, string font)
    {
        Options = options;
        Font = font;
        Plot = new Plot();
        AxisText.UseFont(Plot, font);
        Plot.FigureBackground.Color = Colors.White;
        Plot.DataBackground.Color = Colors.White;
        Plot.Grid.MajorLineColor = Colors.Black.WithOpacity(0.09);
        Plot.Grid.MinorLineColor = Colors.Black.WithOpacity(0.04);
        foreach (var axis in Plot.Axes.GetAxes())
        {
            axis.FrameLineStyle.Color = Palette.Connector;
        }

        Plot.Axes.Bottom.Label.FontSize = 13;
        Plot.Axes.Left.Label.FontSize = 13;
        foreach (var axis in Plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = 12;
            axis.Label.Bold = false;
        }

        Plot.Legend.ShadowColor = Colors.Transparent;
        Plot.Legend.OutlineColor = Palette.Connector;
        Plot.Legend.OutlineWidth = 1;
        Plot.Legend.FontSize = 11;
        Header = new TextBlockPanel(Edge.Top, font);
        Footer = new TextBlockPanel(Edge.Bottom, font);
    }

    public ChartOptions Options { get; }

    public string Font { get; }

    public Plot Plot { get; }

    public TextBlockPanel Header { get; }

    public TextBlockPanel Footer { get; }

    public static ChartCanvas Create(ChartOptions? options)
    {
        options ??= ChartOptions.Default;
        return new ChartCanvas(options, ChartFonts.Require(options.FontFamily));
    }

    /// <summary>Below this width the legend is left out: beside or under a plot this narrow it would take the plot's place.</summary>
    public const int MinWidthForLegend = 480;

    /// <summary>Below this height (when the caller fixes one) the legend is left out, for the same reason.</summary>
    public const int MinHeightForLegend = 300;

    /// <summary>The longest row label, in characters, at this width: about 40% of the picture, so the plot keeps the rest.</summary>
    public int MaxLabelLength => Math.Max(10, (int)(Options.Width * 0.4 / 6));

    /// <summary>The most rows a scoreboard or dumbbell chart draws: about 8,500 pixels at the usual row height.</summary>
    public const int MaxRows = 200;

    /// <summary>The first <see cref="MaxRows"/> rows, in their order; a note on the chart says how many were left out and which were kept.</summary>
    public List<GoalEvaluation> Capped(List<GoalEvaluation> rows, string order)
    {
        if (rows.Count <= MaxRows)
        {
            return rows;
        }

        Note(string.Create(CultureInfo.InvariantCulture, $"Showing the first {MaxRows:N0} of {rows.Count:N0} goals ({order}); {rows.Count - MaxRows:N0} are left out. Draw them from a shorter list."));
        return rows.GetRange(0, MaxRows);
    }

    /// <summary>Shows the legend at an edge, unless the chart is too small for one (see <see cref="MinWidthForLegend"/>).</summary>
    public void ShowLegend(Edge edge)
    {
        if (Options.Width >= MinWidthForLegend && Options.Height is null or >= MinHeightForLegend)
        {
            Plot.ShowLegend(edge);
        }
    }

    /// <summary>A row label shortened with an ellipsis to <see cref="MaxLabelLength"/>.</summary>
    public string Label(string text) => text.Length <= MaxLabelLength ? text : text[..(MaxLabelLength - 1)].TrimEnd() + "…";

    /// <summary>The height that gives every category row about <paramref name="rowHeight"/> pixels, with room for the titles, axis and notes.</summary>
    public int FittedHeight(int rows, int rowHeight) => Math.Max(240, 170 + (18 * (notes.Count + 1)) + (rowHeight * Math.Max(rows, 1)));

    public void Note(string? note)
    {
        if (!string.IsNullOrWhiteSpace(note) && !notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    public ScottPlot.Plottables.Text Text(string text, double x, double y, Alignment alignment, float size = 11, Color? color = null)
    {
        var label = Plot.Add.Text(text, x, y);
        label.LabelFontName = Font;
        label.LabelFontSize = size;
        label.LabelFontColor = color ?? Palette.Text;
        label.LabelAlignment = alignment;
        label.LabelBackgroundColor = Colors.White.WithOpacity(0.8);
        label.LabelPadding = 2;
        return label;
    }

    /// <summary>Category rows labelled above each row inside the data area, so long names never squeeze the data.</summary>
    public void RowLabels(double x, IReadOnlyList<double> positions, IReadOnlyList<string> labels, IReadOnlyList<string> details, double rise)
    {
        for (var i = 0; i < positions.Count; i++)
        {
            var name = Text(labels[i], x, positions[i] + rise, Alignment.LowerLeft, 12, Palette.Text);
            name.LabelBold = true;
            name.LabelBackgroundColor = Colors.Transparent;
            name.OffsetX = 2;
            var detail = Text(details[i], x, positions[i] + rise, Alignment.LowerLeft, 12, Palette.MutedText);
            detail.LabelBackgroundColor = Colors.Transparent;
            detail.OffsetX = 2 + MeasureBold(labels[i], 12) + 8;
        }

        Plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
        Plot.Axes.Left.MajorTickStyle.Length = 0;
        Plot.Axes.Left.MinorTickStyle.Length = 0;
        Plot.Grid.YAxisStyle.IsVisible = false;
    }

    private float MeasureBold(string text, float size)
    {
        var style = new LabelStyle { FontName = Font, FontSize = size, Bold = true };
        using var paint = Paint.NewDisposablePaint();
        return style.Measure(text, paint).Width;
    }

    // ownHeight is the chart's own layout height (500, or fitted to the rows); the options' height overrides it.
    public ChartModel Finish(ChartKind kind, string title, string subtitle, string xLabel, string yLabel, string sourceLine, int ownHeight, IReadOnlyList<string>? categories = null, string? gapText = null, bool logScale = false)
    {
        Plot.XLabel(xLabel);
        Plot.YLabel(yLabel);
        Header.Add(title, 16, Palette.Text, bold: true);
        Header.Add(subtitle, 12, Palette.MutedText);
        foreach (var note in notes)
        {
            Footer.Add("Note: " + note, 11, Palette.Text);
        }

        var source = Options.SourceLine ?? sourceLine;
        Footer.Add(source, 10.5f, Palette.MutedText);
        Plot.Axes.AddPanel(Header);
        Plot.Axes.AddPanel(Footer);
        return new ChartModel(kind, Plot, Options, Header, Footer)
        {
            Title = title,
            Subtitle = subtitle,
            XLabel = xLabel,
            YLabel = yLabel,
            Notes = [.. notes],
            SourceLine = source,
            Categories = categories ?? [],
            GapText = gapText,
            LogScale = logScale,
            PreferredHeight = Options.Height ?? ownHeight,
        };
    }
}
