namespace TradeTargets.Extraction;

/// <summary>A word that names a trade flow ("turnover", "exports", "imported"), where it stands in the text.</summary>
internal readonly record struct FlowWord(int Start, int End, TradeFlow Flow)
{
    /// <summary>Whether the word is a partner's taking of the reporter's goods: "took", "taking" or "received" (the
    /// reporter's exports, whoever stands between).</summary>
    public static bool IsTaking(ReadOnlySpan<char> word)
        => word.Equals("took", StringComparison.OrdinalIgnoreCase) || word.Equals("taking", StringComparison.OrdinalIgnoreCase)
            || word.Equals("received", StringComparison.OrdinalIgnoreCase);
}
