namespace TradeTargets;

/// <summary>What a figure counts as trade.</summary>
public enum Coverage
{
    /// <summary>The source does not say; typical of speeches and press reports.</summary>
    Unstated,

    /// <summary>Merchandise trade only.</summary>
    Goods,

    /// <summary>Merchandise trade plus trade in services.</summary>
    GoodsAndServices,

    /// <summary>Merchandise trade without mineral fuels (oil, gas, refined products).</summary>
    GoodsExcludingFuels,
}
