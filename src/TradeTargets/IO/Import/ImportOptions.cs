namespace TradeTargets.IO;

/// <summary>How an official statistics download is read: the side its figures are seen from.</summary>
/// <remarks>
/// Without a <see cref="Perspective"/>, every figure is from the side of the file's reporter
/// (<see cref="ReportingSide.Reporter"/>). With one, rows reported by that country give its own figures
/// and rows in which it is the partner give mirror figures: reporter and partner swapped, exports and
/// imports swapped, side <see cref="ReportingSide.PartnerMirror"/>; rows between two other countries are
/// skipped and counted.
/// </remarks>
public sealed record ImportOptions
{
    /// <summary>The default: figures from the file reporter's side.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The country whose trade the figures should describe, or null for the file's reporter.</summary>
    public Country? Perspective { get; init; }

    /// <summary>Options for figures seen from one country, own and mirror.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The options.</returns>
    public static ImportOptions From(Country country) => new() { Perspective = country };
}
