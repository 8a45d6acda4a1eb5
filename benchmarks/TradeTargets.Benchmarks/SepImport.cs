using System.Globalization;
using nietras.SeparatedValues;

namespace TradeTargets.Benchmarks;

/// <summary>
/// The import's work done with the Sep CSV parser instead of the library's reader, for comparison: the same row rules
/// (all-commodity totals of exports and imports between two catalogue countries, not World, not a breakdown, not the
/// same country), the same totals, rows skipped counted; on one thread, or with Sep's parallel row enumeration.
/// </summary>
internal static class SepImport
{
    private enum Outcome : byte
    {
        Total,
        Detail,
        Flow,
        Breakdown,
        World,
        Unknown,
        Same,
        Bad,
    }

    public static (int Totals, long Skipped, long Bad, long Repeats) Run(string path, int threads)
    {
        var byIso = Country.All.ToDictionary(c => Pack(c.Code), c => c);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header;
        var columns = new Columns(
            header.IndexOf("cmdCode"), header.IndexOf("flowCode"), header.IndexOf("partner2Code"), header.IndexOf("customsCode"),
            header.IndexOf("motCode"), header.IndexOf("partnerCode"), header.IndexOf("reporterCode"), header.IndexOf("reporterISO"),
            header.IndexOf("partnerISO"), header.IndexOf("freqCode"), header.IndexOf("refYear"), header.IndexOf("refMonth"),
            header.IndexOf("primaryValue"));
        var totals = new Dictionary<(Country, Country, bool, int, int), decimal>();
        long skipped = 0, bad = 0, repeats = 0;
        void Fold(Row row)
        {
            switch (row.Outcome)
            {
                case Outcome.Total:
                    if (totals.TryGetValue(row.Key, out var earlier))
                    {
                        if (earlier == row.Value)
                        {
                            repeats++;
                        }
                        else
                        {
                            bad++;
                        }
                    }
                    else
                    {
                        totals[row.Key] = row.Value;
                    }

                    break;
                case Outcome.Bad:
                    bad++;
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        if (threads <= 1)
        {
            foreach (var row in reader)
            {
                Fold(Read(row, columns, byIso));
            }
        }
        else
        {
            foreach (var row in reader.ParallelEnumerate(r => Read(r, columns, byIso), threads))
            {
                Fold(row);
            }
        }

        return (totals.Count, skipped + repeats, bad, repeats);
    }

    private static Row Read(SepReader.Row row, Columns c, Dictionary<int, Country> byIso)
    {
        if (!row[c.Commodity].Span.Trim().Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            return new Row(Outcome.Detail);
        }

        var flowCode = row[c.Flow].Span.Trim();
        var exports = flowCode.Equals("X", StringComparison.OrdinalIgnoreCase);
        if (!exports && !flowCode.Equals("M", StringComparison.OrdinalIgnoreCase))
        {
            return new Row(Outcome.Flow);
        }

        if (!IsTotal(row[c.Partner2].Span, "0") || !IsTotal(row[c.Customs].Span, "C00") || !IsTotal(row[c.Transport].Span, "0"))
        {
            return new Row(Outcome.Breakdown);
        }

        if (!int.TryParse(row[c.PartnerCode].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var partnerCode)
            || !int.TryParse(row[c.ReporterCode].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var reporterCode))
        {
            return new Row(Outcome.Bad);
        }

        if (partnerCode == 0)
        {
            return new Row(Outcome.World);
        }

        var reporter = Resolve(row[c.ReporterIso].Span.Trim(), reporterCode, byIso);
        var partner = Resolve(row[c.PartnerIso].Span.Trim(), partnerCode, byIso);
        if (reporter is null || partner is null)
        {
            return new Row(Outcome.Unknown);
        }

        if (reporter == partner)
        {
            return new Row(Outcome.Same);
        }

        var monthly = row[c.Freq].Span.Trim().Equals("M", StringComparison.OrdinalIgnoreCase);
        if (!int.TryParse(row[c.Year].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(row[c.Month].Span.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !decimal.TryParse(row[c.Value].Span.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value < 0)
        {
            return new Row(Outcome.Bad);
        }

        return new Row(Outcome.Total, (reporter.Value, partner.Value, exports, year, monthly ? month : 0), value);
    }

    private static Country? Resolve(ReadOnlySpan<char> iso, int code, Dictionary<int, Country> byIso)
        => iso.Length == 3
            ? byIso.TryGetValue(Pack(iso), out var country) ? country : null
            : Country.TryFromComtradeCode(code, out var byCode) ? byCode : null;

    private static bool IsTotal(ReadOnlySpan<char> text, string total)
    {
        text = text.Trim();
        return text.IsEmpty || text.Equals(total, StringComparison.OrdinalIgnoreCase);
    }

    private static int Pack(ReadOnlySpan<char> iso) => (char.ToUpperInvariant(iso[0]) << 16) | (char.ToUpperInvariant(iso[1]) << 8) | char.ToUpperInvariant(iso[2]);

    private readonly record struct Columns(int Commodity, int Flow, int Partner2, int Customs, int Transport, int PartnerCode, int ReporterCode, int ReporterIso, int PartnerIso, int Freq, int Year, int Month, int Value);

    private readonly record struct Row(Outcome Outcome, (Country, Country, bool, int, int) Key = default, decimal Value = 0);
}
