using System.Buffers;

namespace TradeTargets.IO;

/// <summary>Writes CSV records with RFC 4180 quoting, as the data files are written.</summary>
/// <remarks>
/// A field is quoted when it holds a comma, a quote or a line break, starts or ends with white space, or starts
/// with <c>#</c> (which the data-file reader takes for a comment); a quote inside it is doubled. A null or empty
/// field is written as nothing. Records end with <c>\n</c> whatever the platform.
/// </remarks>
/// <example><code>CsvText.WriteRecord(Console.Out, ["goal-blr-are-2015", "missed", "$29.7m in 2015, against $500m"]);</code></example>
public static class CsvText
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Writes one record: the fields separated by commas, quoted where needed, then a line feed.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="fields">The fields; null is written as an empty field.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="fields"/> is null.</exception>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteField(writer, fields[i]);
        }

        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(NeedsQuotes) < 0 && !char.IsWhiteSpace(field[0]) && !char.IsWhiteSpace(field[^1]) && field[0] != '#')
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
