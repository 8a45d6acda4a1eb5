namespace TradeTargets.Extraction;

/// <summary>A word that names a trade flow ("turnover", "exports", "imported"), where it stands in the text.</summary>
internal readonly record struct FlowWord(int Start, int End, TradeFlow Flow);
