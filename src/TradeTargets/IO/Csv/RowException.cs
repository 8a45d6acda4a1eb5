namespace TradeTargets.IO;

/// <summary>One field of one record could not become part of a record; carries the column, value and reason.</summary>
internal sealed class RowException : Exception
{
    public RowException(string? column, string? value, string reason)
        : base(reason)
    {
        Column = column;
        Value = value;
        Reason = reason;
    }

    public RowException()
    {
        Reason = string.Empty;
    }

    public RowException(string message)
        : base(message)
    {
        Reason = message;
    }

    public RowException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    public string? Column { get; }

    public string? Value { get; }

    public string Reason { get; }
}
