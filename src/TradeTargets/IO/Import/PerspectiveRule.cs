using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

/// <summary>How an official statistics importer turns a row towards the perspective country of <see cref="ImportOptions"/>.</summary>
internal static class PerspectiveRule
{
    /// <summary>
    /// Without a perspective, or when the reporter is the perspective country, the row stays as reported; when the
    /// partner is, reporter and partner swap, the flow turns round and the side becomes
    /// <see cref="ReportingSide.PartnerMirror"/>. Returns null for a row that becomes a figure of
    /// <paramref name="pair"/>, otherwise the reason to skip it: <paramref name="notPerspective"/> when neither
    /// country is the perspective country, <paramref name="sameCountry"/> when the two cannot form a pair.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Orient(
        Country? perspective, Country reporter, Country partner, ref TradeFlow flow, out TradePair pair, out ReportingSide side, string notPerspective, string sameCountry)
    {
        side = ReportingSide.Reporter;
        var turn = perspective is { } country && country != reporter;
        if (turn && perspective != partner)
        {
            pair = default;
            return notPerspective;
        }

        if (!TradePair.TryCreate(reporter, partner, out pair))
        {
            return sameCountry;
        }

        if (turn)
        {
            // The row as the perspective country's partner recorded it, seen from the perspective country: the data
            // set's one mirror rule (ReportedFlow.Mirrored).
            (pair, flow, side) = new ReportedFlow(pair, flow, side).Mirrored;
        }

        return null;
    }
}
