namespace TradeTargets;

/// <summary>How a derived figure was computed from other figures.</summary>
public enum DerivationMethod
{
    /// <summary>Turnover as exports plus imports of the same period and basis.</summary>
    SumOfExportsAndImports,

    /// <summary>A level computed from another level and a stated ratio between the two periods.</summary>
    RelativeStatement,

    /// <summary>
    /// The partner's figure read from the other side (mirror statistics): its imports are the reporter's exports,
    /// its exports the reporter's imports, turnover stays turnover; the amount is unchanged.
    /// </summary>
    Mirror,

    /// <summary>
    /// A figure in another currency than a goal's, converted at the average rate of the figure's own period; the
    /// original amount and the rate are kept in <see cref="FigureDerivation.Conversion"/>.
    /// </summary>
    CurrencyConversion,
}
