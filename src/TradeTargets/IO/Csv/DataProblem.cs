using System.Globalization;

namespace TradeTargets.IO;

/// <summary>One rejected row (or header, or file) of a data file, with where and why.</summary>
/// <param name="File">The file name or display name given to the loader.</param>
/// <param name="Line">The 1-based physical line on which the row starts; 0 when the problem concerns the whole file.</param>
/// <param name="Column">The column (field name) at fault, or null when the row as a whole is at fault.</param>
/// <param name="Value">The offending value as written, or null.</param>
/// <param name="Reason">What was wrong and what was expected, in one sentence.</param>
/// <remarks>
/// A value is kept to its first <see cref="MaxValueChars"/> characters and a reason to <see cref="MaxReasonChars"/>,
/// each cut marked with an ellipsis, so a rejected 50 MB field does not become a 50 MB message.
/// </remarks>
public sealed record DataProblem(string File, long Line, string? Column, string? Value, string Reason)
{
    /// <summary>How many characters of the offending value a problem keeps.</summary>
    public const int MaxValueChars = 200;

    /// <summary>How many characters of the reason a problem keeps.</summary>
    public const int MaxReasonChars = 1000;

    /// <summary>The offending value as written, or null; cut to <see cref="MaxValueChars"/> characters.</summary>
    public string? Value { get; init; } = Cut(Value, MaxValueChars);

    /// <summary>What was wrong and what was expected; cut to <see cref="MaxReasonChars"/> characters.</summary>
    public string Reason { get; init; } = Cut(Reason, MaxReasonChars)!;

    /// <summary>Returns "figures.csv line 7, column 'amount', value '1e400': reason".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}") : File;
        var column = Column is null ? string.Empty : $", column '{Column}'";
        var value = Value is null ? string.Empty : $", value '{Value}'";
        return $"{where}{column}{value}: {Reason}";
    }

    private static string? Cut(string? text, int max)
        => text is null || text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
}
