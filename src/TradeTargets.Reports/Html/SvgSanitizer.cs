using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace TradeTargets.Reports;

/// <summary>
/// Turns a chart's SVG document into markup that can sit inside the page: parsed as XML, reduced to the drawing
/// elements and attributes the charts use, ids made unique to the chart, and labelled for screen readers.
/// </summary>
/// <remarks>
/// Chart texts include caveats from the data. The renderer escapes them, but the page does not rely on that: the
/// SVG is parsed and written again, so text stays text, and no element or attribute outside the lists survives
/// (no script, no foreignObject, no event handler, no external reference).
/// </remarks>
internal static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "clipPath", "defs",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "transform",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-miterlimit", "stroke-linecap",
        "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "opacity", "clip-path", "clip-rule", "id",
        "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline", "viewBox",
    };

    /// <summary>The sanitised SVG element.</summary>
    /// <param name="svg">The SVG document as the chart renderer wrote it.</param>
    /// <param name="idPrefix">A prefix unique in the page, for the chart's clip-path ids.</param>
    /// <param name="labelId">The id of the element whose text describes the chart (its caption).</param>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static TrustedHtml Sanitize(string svg, string idPrefix, string labelId)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        XDocument document;
        using (var reader = XmlReader.Create(new StringReader(svg), settings))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root ?? throw new XmlException("The SVG document has no root element.");
        if (root.Name != Svg + "svg")
        {
            throw new XmlException($"The chart's root element is {root.Name}, not an SVG element.");
        }

        var clean = Copy(root, idPrefix)!;
        if (clean.Attribute("viewBox") is null && clean.Attribute("width") is { } w && clean.Attribute("height") is { } h)
        {
            clean.SetAttributeValue("viewBox", $"0 0 {w.Value} {h.Value}");
        }

        clean.SetAttributeValue("role", "img");
        clean.SetAttributeValue("aria-labelledby", labelId);
        clean.SetAttributeValue("focusable", "false");
        var builder = new StringBuilder(svg.Length);
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, NewLineHandling = NewLineHandling.Entitize }))
        {
            clean.WriteTo(writer);
        }

        return TrustedHtml.FromSanitizedSvg(builder.ToString());
    }

    private static XElement? Copy(XElement element, string idPrefix)
    {
        if (element.Name.Namespace != Svg || !Elements.Contains(element.Name.LocalName))
        {
            return null;
        }

        var copy = new XElement(Svg + element.Name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None || !Attributes.Contains(attribute.Name.LocalName))
            {
                continue;
            }

            var value = attribute.Value;
            switch (attribute.Name.LocalName)
            {
                case "id":
                    value = idPrefix + value;
                    break;
                case "clip-path":
                    var match = LocalReference().Match(value);
                    if (!match.Success)
                    {
                        continue;
                    }

                    value = $"url(#{idPrefix}{match.Groups[1].Value})";
                    break;
                case "fill" or "stroke" when value.Contains("url(", StringComparison.OrdinalIgnoreCase):
                    continue;
                default:
                    break;
            }

            copy.SetAttributeValue(attribute.Name.LocalName, value);
        }

        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child when Copy(child, idPrefix) is { } cleanChild:
                    copy.Add(cleanChild);
                    break;
                case XText text:
                    copy.Add(new XText(text.Value));
                    break;
                default:
                    break;
            }
        }

        return copy;
    }

    [GeneratedRegex(@"^url\(#([A-Za-z0-9_-]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalReference();
}
