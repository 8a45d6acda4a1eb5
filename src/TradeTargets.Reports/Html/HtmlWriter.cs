using System.Text;

namespace TradeTargets.Reports;

/// <summary>
/// Writes HTML where escaping is the default: every text and attribute value is encoded, element and attribute
/// names are fixed by the caller's code, links accept only http and https addresses, and unescaped markup is
/// accepted only as <see cref="TrustedHtml"/>.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly TextWriter output;
    private readonly Stack<string> open = new();

    public HtmlWriter(TextWriter output) => this.output = output;

    /// <summary>Opens an element; close it with <see cref="Close"/>.</summary>
    /// <param name="tag">The element name, from the code, never from data.</param>
    /// <param name="attributes">Name and value pairs; a null value leaves the attribute out. No event handlers, href or src.</param>
    public HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        if (!open.TryPop(out var innermost) || innermost != tag)
        {
            throw new InvalidOperationException($"Closing <{tag}> while <{innermost ?? "nothing"}> is the open element.");
        }

        output.Write("</");
        output.Write(tag);
        output.Write('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        Text(text);
        output.Write("</");
        output.Write(tag);
        output.Write('>');
        return this;
    }

    /// <summary>A void element (meta, input, br).</summary>
    public HtmlWriter Void(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        return this;
    }

    /// <summary>Text, escaped.</summary>
    public HtmlWriter Text(string text)
    {
        Encode(text, output);
        return this;
    }

    /// <summary>A line break in the source, for people who read it.</summary>
    public HtmlWriter Line()
    {
        output.Write('\n');
        return this;
    }

    /// <summary>A link to an http or https address; any other address (file, javascript, data) gives the text alone.</summary>
    public HtmlWriter Link(string text, Uri? address)
    {
        if (!ReportText.IsWebAddress(address))
        {
            return Text(text);
        }

        output.Write("<a href=\"");
        Encode(address!.AbsoluteUri, output);
        output.Write("\" rel=\"noopener noreferrer\">");
        Text(text);
        output.Write("</a>");
        return this;
    }

    /// <summary>A link to an element of the page.</summary>
    public HtmlWriter Anchor(string text, string fragmentId, string? cssClass = null)
    {
        output.Write("<a href=\"#");
        Encode(fragmentId, output);
        output.Write('"');
        if (cssClass is not null)
        {
            output.Write(" class=\"");
            Encode(cssClass, output);
            output.Write('"');
        }

        output.Write('>');
        Text(text);
        output.Write("</a>");
        return this;
    }

    /// <summary>
    /// A link that downloads a document carried by the page itself, as a base64 data: address, when the document is at
    /// most <paramref name="maxBytes"/> long; otherwise nothing is written and the caller says why.
    /// </summary>
    /// <param name="text">The link's text.</param>
    /// <param name="fileName">The name the browser saves it under.</param>
    /// <param name="mediaType">Its media type.</param>
    /// <param name="maxBytes">The largest document (UTF-8 bytes) a page carries: a browser holds the whole page, so a report of tens of megabytes makes it slow to open.</param>
    /// <param name="write">Writes the document; it is held as UTF-8 up to <paramref name="maxBytes"/> and given up beyond.</param>
    /// <returns>Whether the link was written.</returns>
    public bool Download(string text, string fileName, string mediaType, int maxBytes, Action<TextWriter> write)
    {
        var document = new CappedBuffer(maxBytes);
        try
        {
            using var writer = new StreamWriter(document, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
            write(writer);
        }
        catch (CappedBuffer.FullException)
        {
            return false;
        }

        output.Write("<a download=\"");
        Encode(fileName, output);
        output.Write("\" href=\"data:");
        Encode(mediaType, output);
        output.Write(";base64,");
        using (var base64 = new Base64TextStream(output))
        {
            base64.Write(document.GetBuffer().AsSpan(0, (int)document.Length));
        }

        output.Write("\">");
        Text(text);
        output.Write("</a>");
        return true;
    }

    /// <summary>A link to another page of the same site, by a relative address the code made (letters, digits, '-', '.', '/').</summary>
    /// <exception cref="ArgumentException">The address has any other character, so it could name a scheme or escape the site.</exception>
    public HtmlWriter PageLink(string text, string relativeAddress)
    {
        if (relativeAddress.Length == 0 || !relativeAddress.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/'))
        {
            throw new ArgumentException($"'{relativeAddress}' is not a relative page address made of letters, digits, '-', '.' and '/'.", nameof(relativeAddress));
        }

        output.Write("<a href=\"");
        output.Write(relativeAddress);
        output.Write("\">");
        Text(text);
        output.Write("</a>");
        return this;
    }

    /// <summary>Markup this package built or sanitised itself.</summary>
    public HtmlWriter Trusted(TrustedHtml html)
    {
        output.Write(html.Markup);
        return this;
    }

    /// <summary>Fails when an element was left open, so a page is never cut short silently.</summary>
    public void Finish()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"<{open.Peek()}> was left open.");
        }
    }

    /// <summary>Escapes text for an element's content or a double-quoted attribute value.</summary>
    public static string Encode(string text)
    {
        var writer = new StringBuilder(text.Length);
        using var stringWriter = new StringWriter(writer, System.Globalization.CultureInfo.InvariantCulture);
        Encode(text, stringWriter);
        return writer.ToString();
    }

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        CheckName(tag);
        output.Write('<');
        output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            CheckName(name);
            if (name.StartsWith("on", StringComparison.Ordinal) || name is "href" or "src" or "style" or "srcdoc" or "action" or "formaction")
            {
                throw new ArgumentException($"The attribute {name} is not written through Open; use Link, Anchor or Download for addresses.", nameof(attributes));
            }

            if (value is null)
            {
                continue;
            }

            output.Write(' ');
            output.Write(name);
            output.Write("=\"");
            Encode(value, output);
            output.Write('"');
        }

        output.Write('>');
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{name}' is not a lower-case element or attribute name.", nameof(name));
        }
    }

    private static void Encode(string text, TextWriter writer)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            writer.Write(text.AsSpan(start, i - start));
            writer.Write(entity);
            start = i + 1;
        }

        writer.Write(text.AsSpan(start));
    }
}
