using ScottPlot;
using ScottPlot.Panels;

namespace TradeTargets.Charts;

/// <summary>Lines of text above or below the data area, wrapped to the figure width and left-aligned to the figure.</summary>
/// <remarks>ScottPlot's own title is centred and never wraps; a long title or source line would be clipped at 800 pixels.</remarks>
internal sealed class TextBlockPanel : PanelBase
{
    private const float SideMargin = 10;
    private const float Gap = 4;

    /// <summary>The most rows one text wraps onto; the last row kept ends with an ellipsis.</summary>
    public const int MaxRowsPerText = 3;

    /// <summary>The largest share of the picture's height one panel (header or footer) takes, so the plot keeps the rest.</summary>
    public const float MaxShareOfHeight = 0.22f;

    private const string Ellipsis = "…";

    private readonly List<TextLine> lines = [];
    private readonly string fontName;
    private List<(LabelStyle Style, string Text, float Height)> laidOut = [];

    public TextBlockPanel(Edge edge, string fontName)
    {
        Edge = edge;
        this.fontName = fontName;
    }

    /// <summary>The layout width of the figure; the renderer sets it before each render so lines wrap to it.</summary>
    public float FigureWidth { get; set; } = 800;

    /// <summary>The layout height of the figure; the panel takes at most <see cref="MaxShareOfHeight"/> of it.</summary>
    public float FigureHeight { get; set; } = 500;

    public bool IsEmpty => lines.Count == 0;

    public void Add(string text, float fontSize, Color color, bool bold = false)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.Add(new TextLine(text.Trim(), fontSize, color, bold));
        }
    }

    public override float Measure(Paint paint)
    {
        if (!IsVisible || lines.Count == 0)
        {
            return 0;
        }

        var width = Math.Max(50, FigureWidth - (2 * SideMargin));
        var room = (FigureHeight * MaxShareOfHeight) - (2 * Gap);
        var result = new List<(LabelStyle Style, string Text, float Height)>();
        // Accumulated in double and read as float, as Enumerable.Sum of floats does, so the layout is the same to the bit.
        var used = 0d;
        foreach (var line in lines)
        {
            var style = new LabelStyle
            {
                FontName = fontName,
                FontSize = line.FontSize,
                Bold = line.Bold,
                ForeColor = line.Color,
                Alignment = Alignment.UpperLeft,
                AntiAliasText = true,
            };
            var rows = Wrap(line.Text, style, paint, width);
            var cut = rows.Count > MaxRowsPerText;
            rows = rows.Take(MaxRowsPerText).ToList();
            for (var i = 0; i < rows.Count; i++)
            {
                // A word wider than the picture (a long address, a run of text without spaces) is cut to fit.
                rows[i] = Fit(style, rows[i], paint, width, always: false);
                var height = style.Measure(rows[i], paint).Height + 2;
                // The first row of the panel always shows; after it, rows stop where the panel would crowd the plot.
                if (result.Count > 0 && (float)used + height > room)
                {
                    EndWithEllipsis(result, paint, width);
                    laidOut = result;
                    return (float)used + (2 * Gap);
                }

                result.Add((style, rows[i], height));
                used += height;
            }

            if (cut)
            {
                EndWithEllipsis(result, paint, width);
            }
        }

        laidOut = result;
        return (float)used + (2 * Gap);
    }

    // Marks the last row kept as shortened.
    private static void EndWithEllipsis(List<(LabelStyle Style, string Text, float Height)> rows, Paint paint, float width)
    {
        var (style, text, height) = rows[^1];
        rows[^1] = (style, Fit(style, text, paint, width, always: true), height);
    }

    // The text as it fits the width: unchanged when it fits (and need not be marked), else cut at a word (or, for one long
    // word, a character) and ended with an ellipsis.
    private static string Fit(LabelStyle style, string text, Paint paint, float width, bool always)
    {
        if (!always && style.Measure(text, paint).Width <= width)
        {
            return text;
        }

        var shortened = text.TrimEnd(Ellipsis[0]) + Ellipsis;
        while (style.Measure(shortened, paint).Width > width && text.Length > 1)
        {
            var space = text.LastIndexOf(' ');
            text = space > 0 ? text[..space] : text[..Math.Max(1, text.Length - Math.Max(1, text.Length / 8))];
            shortened = text + Ellipsis;
        }

        return shortened;
    }

    public override void Render(RenderPack rp, float size, float offset)
    {
        if (!IsVisible || laidOut.Count == 0)
        {
            return;
        }

        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var y = rect.Top + Gap;
        foreach (var (style, text, height) in laidOut)
        {
            style.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + SideMargin, y), rp.Paint, text);
            y += height;
        }
    }

    private static List<string> Wrap(string text, LabelStyle style, Paint paint, float width)
    {
        var result = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && style.Measure(candidate, paint).Width > width)
            {
                result.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            result.Add(current);
        }

        return result;
    }

    private sealed record TextLine(string Text, float FontSize, Color Color, bool Bold);
}
