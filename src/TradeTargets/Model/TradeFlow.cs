namespace TradeTargets;

/// <summary>Which trade is measured, always from the reporter's side.</summary>
public enum TradeFlow
{
    /// <summary>Exports plus imports.</summary>
    Turnover,

    /// <summary>Goods or services sold by the reporter to the partner.</summary>
    Exports,

    /// <summary>Goods or services bought by the reporter from the partner.</summary>
    Imports,
}
