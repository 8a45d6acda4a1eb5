using System.Text;

namespace TradeTargets.Reports;

/// <summary>Escapes untrusted text for Markdown, so that data never becomes markup, a link or raw HTML.</summary>
internal static class MarkdownText
{
    // CommonMark lets a backslash escape any ASCII punctuation; these are the characters that start markup.
    private const string Special = "\\`*_{}[]<>#!|&~";

    /// <summary>The text as a literal inline: markup characters escaped, line breaks turned into spaces.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
            }
            else
            {
                if (Special.Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        // At the start of a line or list item, "-", "+", "=" or "1." would begin a block; escape the character that does.
        var digits = 0;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (builder.Length > 0 && builder[0] is '-' or '+' or '=')
        {
            builder.Insert(0, '\\');
        }
        else if (digits > 0 && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }

        return builder.ToString();
    }

    /// <summary>A link for an http or https address, the escaped text alone otherwise.</summary>
    public static string Link(string text, Uri? address)
        => ReportText.IsWebAddress(address)
            ? $"[{Escape(text)}](<{address!.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)}>)"
            : Escape(text);

    /// <summary>A source as "Publication, [Title](address), 2016-11-01".</summary>
    public static string Source(Source source)
        => $"{Escape(source.Publication)}, {Link(source.Title, source.Address)}, {ReportText.Date(source.Published)}";
}
