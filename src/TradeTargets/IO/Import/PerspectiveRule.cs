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
        if (perspective is { } country && country != reporter)
        {
            if (country != partner)
            {
                pair = default;
                return notPerspective;
            }

            (reporter, partner) = (partner, reporter);
            flow = flow.Mirrored();
            side = ReportingSide.PartnerMirror;
        }

        return TradePair.TryCreate(reporter, partner, out pair) ? null : sameCountry;
    }
}
