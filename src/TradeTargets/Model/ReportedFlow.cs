namespace TradeTargets;

/// <summary>One flow of one pair as one side's statistics record it, and the mirror rule that turns it round.</summary>
/// <param name="Pair">The reporter and partner, as recorded.</param>
/// <param name="Flow">The flow, from the reporter's side.</param>
/// <param name="Side">Who recorded it.</param>
/// <remarks>
/// The one home of the mirror rule: every bilateral flow is recorded twice, once by each side, and the partner's
/// imports from the reporter are the reporter's exports to it. Mirror figures, the data set's lookup of a partner's
/// figures and the bundled statistics ask <see cref="Mirrored"/>, so none of them can turn a flow round differently.
/// </remarks>
internal readonly record struct ReportedFlow(TradePair Pair, TradeFlow Flow, ReportingSide Side)
{
    /// <summary>
    /// The same trade as the other side records it: the pair reversed, the flow mirrored (turnover stays turnover),
    /// the side swapped between the reporter's own statistics and the partner's mirror; an unstated side or an
    /// official's claim stays as it is. Mirroring twice gives the flow back.
    /// </summary>
    public ReportedFlow Mirrored => new(
        Pair.Reversed,
        Flow.Mirrored(),
        Side switch
        {
            ReportingSide.Reporter => ReportingSide.PartnerMirror,
            ReportingSide.PartnerMirror => ReportingSide.Reporter,
            var other => other,
        });
}
