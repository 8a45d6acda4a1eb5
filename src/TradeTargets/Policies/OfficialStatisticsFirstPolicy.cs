namespace TradeTargets;

/// <summary>
/// The default selection policy: official statistics over claims, reported over derived, exact over
/// approximate, later publications (revisions) over earlier ones.
/// </summary>
/// <remarks>
/// The ranking, first rule first: side (reporter's own statistics, then the partner's mirror
/// statistics, then unstated, then an official's claim); a figure in the goal's own currency before one
/// converted from another (the rate adds an error the original does not have); reported before derived; exact before
/// qualified ("about", "almost"); the latest publication date; and finally the id, so the choice never
/// depends on input order.
/// </remarks>
public sealed class OfficialStatisticsFirstPolicy : IFigureSelectionPolicy
{
    /// <summary>The single instance.</summary>
    public static OfficialStatisticsFirstPolicy Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "official statistics first";

    /// <inheritdoc/>
    public ReportedFigure Choose(IReadOnlyList<ReportedFigure> candidates)
    {
        Preconditions.NoNullElements(candidates);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("At least one candidate figure is needed.", nameof(candidates));
        }

        return candidates
            .OrderBy(f => SideRank(f.Basis.Side))
            .ThenBy(f => f.IsConverted)
            .ThenBy(f => f.IsDerived)
            .ThenBy(f => f.Qualifier != AmountQualifier.Exact)
            .ThenByDescending(f => f.PublishedOn)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .First();
    }

    private static int SideRank(ReportingSide side) => side switch
    {
        ReportingSide.Reporter => 0,
        ReportingSide.PartnerMirror => 1,
        ReportingSide.Unstated => 2,
        _ => 3,
    };
}
