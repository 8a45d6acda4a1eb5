namespace TradeTargets;

/// <summary>Operations on <see cref="TradeFlow"/>.</summary>
public static class TradeFlowExtensions
{
    /// <summary>The flow as the partner sees it: exports become imports and imports exports; turnover stays turnover.</summary>
    /// <param name="flow">The flow from the reporter's side.</param>
    /// <returns>The same trade from the partner's side.</returns>
    public static TradeFlow Mirrored(this TradeFlow flow) => flow switch
    {
        TradeFlow.Exports => TradeFlow.Imports,
        TradeFlow.Imports => TradeFlow.Exports,
        _ => TradeFlow.Turnover,
    };
}
