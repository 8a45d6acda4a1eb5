using ScottPlot;
using ScottPlot.Panels;

namespace TradeTargets.Charts;

/// <summary>Lines of text above or below the data area, wrapped to the figure width and left-aligned to the figure.</summary>
/// <remarks>ScottPlot's own title is centred and never wraps; a long title or source line would be clipped at 800 pixels.</remarks>
internal sealed class TextBlockPanel : PanelBase
{
    private const float SideMargin = 10;
    private const float Gap = 4;

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
        var result = new List<(LabelStyle, string, float)>();
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
            foreach (var wrapped in Wrap(line.Text, style, paint, width))
            {
                result.Add((style, wrapped, style.Measure(wrapped, paint).Height + 2));
            }
        }

        laidOut = result;
        return result.Sum(r => r.Item3) + (2 * Gap);
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
