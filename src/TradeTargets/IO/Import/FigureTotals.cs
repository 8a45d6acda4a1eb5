using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

/// <summary>
/// The totals an official statistics importer has accepted, one per reporter, partner, flow, period and side,
/// each with the line it came from; they become reported figures in a fixed order once the file is read.
/// </summary>
internal sealed class FigureTotals
{
    private readonly Dictionary<(TradePair Pair, TradeFlow Flow, ReportingPeriod Period, ReportingSide Side), (decimal Value, long Line)> totals = [];

    /// <summary>
    /// Records a total. Returns false when the same amount is already recorded for the key (the caller counts the
    /// row as a repeat); throws a <see cref="RowException"/> on <paramref name="column"/> when a different one is,
    /// calling the amount a <paramref name="noun"/> ("total" or "value") in its message.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(TradePair pair, TradeFlow flow, ReportingPeriod period, ReportingSide side, decimal amount, long line, string column, string noun)
    {
        var key = (pair, flow, period, side);
        if (totals.TryGetValue(key, out var earlier))
        {
            if (earlier.Value == amount)
            {
                return false;
            }

            throw new RowException(
                column,
                amount.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"a second {noun} for {pair} {EnumText.Format(flow)} {period} differs from line {earlier.Line} ({earlier.Value})."));
        }

        totals[key] = (amount, line);
        return true;
    }

    /// <summary>
    /// Adds one exact goods figure per total to the builder, ordered by reporter, partner, period, flow and side;
    /// ids are "<paramref name="idPrefix"/>-reporter-partner-flow-period-side" in lower case.
    /// </summary>
    /// <param name="builder">Where the figures go.</param>
    /// <param name="file">The file name, for the builder's messages.</param>
    /// <param name="idPrefix">The first part of each figure's id.</param>
    /// <param name="publication">The source publication.</param>
    /// <param name="title">The source title; the source counts as published on the day after the figure's period ends.</param>
    /// <param name="mirrorOfExports">How a mirror figure's note names the partner's report of the flow that became exports: "imports from".</param>
    /// <param name="mirrorOfImports">Likewise for imports: "exports to".</param>
    public void AddFigures(DataSetBuilder builder, string file, string idPrefix, string publication, string title, string mirrorOfExports, string mirrorOfImports)
    {
        foreach (var ((pair, flow, period, side), (sum, line)) in totals
            .OrderBy(t => t.Key.Pair.Reporter.Code, StringComparer.Ordinal).ThenBy(t => t.Key.Pair.Partner.Code, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Period).ThenBy(t => t.Key.Flow).ThenBy(t => t.Key.Side))
        {
            var id = string.Create(
                CultureInfo.InvariantCulture,
                $"{idPrefix}-{pair.Reporter.Code}-{pair.Partner.Code}-{EnumText.Format(flow)}-{period}-{EnumText.Format(side)}").ToLowerInvariant();
            // The earliest day a total for the period can be known: the day after it ends.
            var source = new Source(publication, title, period.LastDay.AddDays(1));
            var note = side == ReportingSide.PartnerMirror
                ? $"Mirror: {pair.Partner.Code} reported {(flow == TradeFlow.Exports ? mirrorOfExports : mirrorOfImports)} {pair.Reporter.Code}."
                : null;
            builder.AddFigure(
                new ReportedFigure(id, pair, flow, period, Amount.FromUnits(sum), new Basis(Coverage.Goods, side), [source], AmountQualifier.Exact, note, null),
                file,
                line);
        }
    }
}
