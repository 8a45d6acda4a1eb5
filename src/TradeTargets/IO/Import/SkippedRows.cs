namespace TradeTargets.IO;

/// <summary>Rows of an official statistics file that a documented rule kept out of the figures, counted by reason.</summary>
/// <param name="File">The file name or display name.</param>
/// <param name="Reason">The rule, for example "partner is World (code 0): not a bilateral figure".</param>
/// <param name="Count">How many rows the rule kept out.</param>
/// <param name="FirstLine">The line of the first such row, so a reader can look.</param>
public sealed record SkippedRows(string File, string Reason, long Count, long FirstLine);
