namespace TradeTargets.Extraction;

/// <summary>A candidate that did not become a record, with the sentence it came from and why.</summary>
/// <param name="Kind">"goal", "figure" or "statement".</param>
/// <param name="Quote">The sentence it was read from.</param>
/// <param name="Reason">Why it was left out, in a sentence: incomplete, a repeat, or a rule of the records it breaks (time order: a figure dated by an article published before its period ended).</param>
public sealed record LeftOutCandidate(string Kind, TextQuote Quote, string Reason)
{
    /// <summary>Returns "kind "quote": reason".</summary>
    /// <returns>A line for a log.</returns>
    public override string ToString() => $"{Kind} \"{Quote.Text}\": {Reason}";
}
