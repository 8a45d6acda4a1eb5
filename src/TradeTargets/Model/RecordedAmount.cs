namespace TradeTargets;

/// <summary>
/// The one rule for a value that may be recorded as an amount (a figure, a target, a baseline): not negative, not a
/// non-zero number that would be stored as zero, and at most <see cref="Amount.MaxRecordedValue"/>. The text reader,
/// the importers and the records' preconditions all ask it, each wording the refusal for its own reader.
/// </summary>
internal static class RecordedAmount
{
    /// <summary>The largest recorded amount as messages write it: <see cref="Amount.MaxRecordedValue"/> in units.</summary>
    public const string LargestInWords = "1e20";

    /// <summary>Whether a value is above the largest recorded amount.</summary>
    public static bool IsTooLarge(decimal value) => value > Amount.MaxRecordedValue;

    /// <summary>Why a value read from <paramref name="text"/> cannot be recorded, in a clause for a located message; null when it can.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="text">The text it was read from, to tell a written zero from a number too small for a decimal.</param>
    public static string? Problem(decimal value, ReadOnlySpan<char> text) => value switch
    {
        < 0 => "a trade value cannot be negative.",
        0 when AmountText.HasNonZeroDigit(text) => "the value is too small to record: it would be stored as zero.",
        _ when IsTooLarge(value) => $"the value is larger than the largest recorded amount ({LargestInWords} units).",
        _ => null,
    };
}
