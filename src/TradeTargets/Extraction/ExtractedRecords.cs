namespace TradeTargets.Extraction;

/// <summary>The records made from an article's candidates, and every candidate left out with the reason.</summary>
/// <param name="Data">The goals, figures and statements, ready to be written and loaded.</param>
/// <param name="LeftOut">The candidates that did not become records, in the order goals, figures, statements.</param>
public sealed record ExtractedRecords(TradeDataSet Data, IReadOnlyList<LeftOutCandidate> LeftOut);
