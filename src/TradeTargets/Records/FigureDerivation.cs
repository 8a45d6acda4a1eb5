namespace TradeTargets;

/// <summary>The record of how a derived figure was computed, so a reader can redo it by hand.</summary>
/// <param name="Method">The method.</param>
/// <param name="InputIds">The ids of the figures and statements it was computed from.</param>
/// <param name="Formula">The computation in words and numbers, for example "exports $318m + imports $8.7m".</param>
public sealed record FigureDerivation(DerivationMethod Method, ValueList<string> InputIds, string Formula)
{
    /// <summary>For <see cref="DerivationMethod.CurrencyConversion"/>: the amount as reported and the rate applied; otherwise null.</summary>
    public FigureConversion? Conversion { get; init; }
}
