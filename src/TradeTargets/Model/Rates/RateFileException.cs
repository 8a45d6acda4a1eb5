using System.Globalization;

namespace TradeTargets;

/// <summary>A rates file breaks a rule of its format; the loader adds the file name to where and why.</summary>
internal sealed class RateFileException(string name, long line, string? column, string? value, string reason)
    : FormatException(string.Create(CultureInfo.InvariantCulture, $"{name}, line {line}{(column is null ? string.Empty : $", column {column}")}{(value is null ? string.Empty : $", value '{value}'")}: {reason}"))
{
    public long Line { get; } = line;

    public string? Column { get; } = column;

    public string? Value { get; } = value;

    public string Reason { get; } = reason;
}
