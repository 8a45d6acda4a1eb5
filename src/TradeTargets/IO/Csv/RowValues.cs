namespace TradeTargets.IO;

/// <summary>The named fields of one row (a CSV record or a JSON object), with parsing that names the column on failure.</summary>
internal sealed class RowValues
{
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly string?[] fields;

    public RowValues(IReadOnlyDictionary<string, int> columns, string?[] fields)
    {
        this.columns = columns;
        this.fields = fields;
    }

    /// <summary>The value of a column, or null when the column is absent or the field is blank.</summary>
    public string? Optional(string column)
    {
        if (!columns.TryGetValue(column, out var index) || index >= fields.Length)
        {
            return null;
        }

        var value = fields[index];
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>The value of a column that must be present and non-blank.</summary>
    public string Required(string column)
    {
        if (!columns.ContainsKey(column))
        {
            throw new RowException(column, null, $"the required column '{column}' is missing.");
        }

        return Optional(column) ?? throw new RowException(column, RawValue(column), $"a value is required in column '{column}'.");
    }

    /// <summary>Parses a required column with a type's own parser, turning its exceptions into a row error.</summary>
    public T Parse<T>(string column, Func<string, T> parse) => Convert(column, Required(column), parse);

    /// <summary>Parses an optional column; null when blank.</summary>
    public T? ParseOptional<T>(string column, Func<string, T> parse)
        where T : class
        => Optional(column) is { } text ? Convert(column, text, parse) : null;

    /// <summary>Parses an optional value-type column; null when blank.</summary>
    public T? ParseOptionalValue<T>(string column, Func<string, T> parse)
        where T : struct
        => Optional(column) is { } text ? Convert(column, text, parse) : null;

    public static T Convert<T>(string column, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException or UriFormatException)
        {
            throw new RowException(column, text, Reason(e));
        }
    }

    public static string Reason(Exception e)
    {
        // ArgumentException appends " (Parameter 'x')"; the column already says which field it was.
        var message = e is ArgumentException { ParamName: { } name } a ? a.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : e.Message;
        return e is ArgumentOutOfRangeException { ParamName: { } p } range && range.ActualValue is not null
            ? message.Replace($"{Environment.NewLine}Actual value was {range.ActualValue}.", string.Empty, StringComparison.Ordinal).Replace($" (Parameter '{p}')", string.Empty, StringComparison.Ordinal)
            : message;
    }

    private string? RawValue(string column) => columns.TryGetValue(column, out var index) && index < fields.Length ? fields[index] : null;
}
