namespace TradeTargets;

/// <summary>
/// What goals, reported figures and relative statements have in common: an id unique across a data set, the
/// pair of countries, the flow seen from the reporter's side, and the editor's note.
/// </summary>
/// <remarks>Only the three record kinds of this library derive from it; <see cref="TradeDataSet"/> holds them.</remarks>
public abstract record TradeRecord
{
    private protected TradeRecord(string id, TradePair pair, TradeFlow flow, string? note)
    {
        Id = Preconditions.NotBlank(id);
        Pair = pair;
        Flow = Preconditions.Defined(flow);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The identifier, unique across the goals, figures and statements of a data set.</summary>
    public string Id { get; }

    /// <summary>The reporter and partner.</summary>
    public TradePair Pair { get; }

    /// <summary>The country whose trade is measured: <see cref="TradePair.Reporter"/> of <see cref="Pair"/>.</summary>
    public Country Reporter => Pair.Reporter;

    /// <summary>The counterpart: <see cref="TradePair.Partner"/> of <see cref="Pair"/>.</summary>
    public Country Partner => Pair.Partner;

    /// <summary>Turnover, exports or imports, from the reporter's side.</summary>
    public TradeFlow Flow { get; }

    /// <summary>The editor's remark in their own words, if any.</summary>
    public string? Note { get; }

    /// <summary>The kind of record in messages: "goal", "figure" or "statement".</summary>
    internal abstract string KindName { get; }
}
