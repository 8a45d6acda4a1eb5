namespace TradeTargets.IO;

/// <summary>
/// A column of the project's record files, declared once in <see cref="RecordColumns"/>: its name, whether a row needs a
/// value in it, and the constructor parameters whose argument errors are reported at it.
/// </summary>
/// <remarks>
/// Whether a column is required is its type: the header check lists the <see cref="RequiredColumn"/>s, and a row reader
/// can read a required column only as required and an optional one only as optional, so the two cannot disagree.
/// </remarks>
internal abstract class RecordColumn(string name, string[] parameters)
{
    /// <summary>The column's name in CSV headers and JSON properties.</summary>
    public string Name { get; } = name;

    /// <summary>The names of the record constructors' parameters whose <see cref="ArgumentException"/>s are reported at this column.</summary>
    public IReadOnlyList<string> Parameters { get; } = parameters;

    /// <summary>Whether a row needs a value in this column, so that a header without it loads no row.</summary>
    public abstract bool IsRequired { get; }
}

/// <summary>A column every row needs a value in.</summary>
internal sealed class RequiredColumn(string name, params string[] parameters) : RecordColumn(name, parameters)
{
    /// <inheritdoc/>
    public override bool IsRequired => true;

    /// <summary>The row's value; a <see cref="RowException"/> when it is blank or the column is absent.</summary>
    public string Text(RowValues row) => row.Required(Name);

    /// <summary>The row's value parsed by a type's own parser; a <see cref="RowException"/> naming the column when it is blank or does not parse.</summary>
    public T Parse<T>(RowValues row, Func<string, T> parse) => row.Parse(Name, parse);
}

/// <summary>A column a row may leave blank or a file may leave out.</summary>
internal sealed class OptionalColumn(string name, params string[] parameters) : RecordColumn(name, parameters)
{
    /// <inheritdoc/>
    public override bool IsRequired => false;

    /// <summary>The row's value, or null when blank or absent.</summary>
    public string? Text(RowValues row) => row.Optional(Name);

    /// <summary>The row's value parsed, or null when blank or absent.</summary>
    public T? Parse<T>(RowValues row, Func<string, T> parse)
        where T : class
        => row.ParseOptional(Name, parse);

    /// <summary>The row's value parsed into a value type, or null when blank or absent.</summary>
    public T? ParseValue<T>(RowValues row, Func<string, T> parse)
        where T : struct
        => row.ParseOptionalValue(Name, parse);
}
