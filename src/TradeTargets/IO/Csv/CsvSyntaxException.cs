namespace TradeTargets.IO;

/// <summary>A record that breaks the CSV quoting rules; the tokenizer has moved past it.</summary>
internal sealed class CsvSyntaxException : Exception
{
    public CsvSyntaxException(long line, string reason)
        : base(reason)
    {
        Line = line;
        Reason = reason;
    }

    public CsvSyntaxException()
    {
        Reason = string.Empty;
    }

    public CsvSyntaxException(string message)
        : base(message)
    {
        Reason = message;
    }

    public CsvSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    public long Line { get; }

    public string Reason { get; }
}
