using System.Globalization;
using System.Text;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

/// <summary>Generated data files in every supported layout, whose rows are known to load, be rejected or be skipped.</summary>
internal static class GeneratedFile
{
    private const string Exports = "\"Goods, Value of Exports, Free on board (FOB), US Dollars\",\"TXG_FOB_USD\"";

    private const string ImfHeader =
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"Counterpart Country Name\",\"Counterpart Country Code\",\"Attribute\",\"2015\",\"2016\",";

    private const string SdmxHeader = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT";

    /// <summary>
    /// A file of layout 0 goals CSV, 1 figures CSV, 2 statements CSV, 3 JSON, 4 Comtrade current, 5 Comtrade legacy,
    /// 6 IMF time series, 7 IMF SDMX-CSV; row i is good (kind 0), bad (1) or, in the official layouts, left out by rule (2;
    /// a good row in the project's own layouts, which skip nothing).
    /// </summary>
    public static (string Text, int Loaded, int Rejected, int Skipped) Build(int layout, int[] kinds)
    {
        var ownLayout = layout <= 3;
        var rows = new List<string>();
        int loaded = 0, rejected = 0, skipped = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            var kind = ownLayout && kinds[i] == 2 ? 0 : kinds[i];
            var year = 1900 + i;
            var y = year.ToString(CultureInfo.InvariantCulture);
            rows.Add(layout switch
            {
                0 => $"g{i},BLR,ARE,turnover,{(kind == 1 ? "lots" : "$500m")},2015,2014-10-29,President,,,,,,Digest,An article,2016-10-31,,",
                1 => Figure($"f{i}", kind == 1 ? "$12,5m" : "$29.7m", period: y),
                2 => $"s{i},BLR,ARE,turnover,{year + 1},{y},{(kind == 1 ? "1e21" : "0.5")},exact,,Digest,An article,2016-10-31,,",
                3 => $"{{\"id\":\"f{i}\",\"reporter\":\"BLR\",\"partner\":\"ARE\",\"flow\":\"turnover\",\"period\":\"{y}\",\"amount\":\"{(kind == 1 ? "1e-30" : "$1m")}\",\"coverage\":\"goods\",\"side\":\"reporter\",\"source_publication\":\"D\",\"source_title\":\"T\",\"source_published\":\"2020-01-01\"}}{(i < kinds.Length - 1 ? "," : string.Empty)}",
                4 => ComtradeImporterTests.Current("BLR", 112, "X", kind == 2 ? "W00" : "VNM", kind == 2 ? 0 : 704, kind == 1 ? "-5" : "100", year: year),
                5 => $"HS,{y},{y},{y},0,0,2,flow,112,Reporter,BLR,{(kind == 2 ? "0,World,WLD" : "704,Partner,VNM")},,,,,,,,TOTAL,All,,,,,,,,,{(kind == 1 ? "x" : "100")},,,0",
                6 => string.Empty, // written below
                _ => $"dataflow,IMF.STA:IMTS(1.0.0),I,BY,XG_FOB_USD,{(kind == 2 ? "G001" : "VN")},A,{y},{(kind == 1 ? "?" : "5")},6",
            });
            switch (kind)
            {
                case 0:
                    loaded++;
                    break;
                case 1:
                    rejected++;
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        // The IMF time series has one value column per period; its rows differ by partner instead of period.
        if (layout == 6)
        {
            var partners = new[] { "VN", "PK", "AE", "RS", "PL", "CN", "DE", "FR", "IT", "ES", "TR", "IN", "BR", "AR", "MX", "JP", "KR", "EG", "NG", "ZA" };
            for (var i = 0; i < rows.Count; i++)
            {
                var code = partners[i % partners.Length];
                var column = i / partners.Length == 0 ? "\"\",\"{0}\"" : "\"{0}\",\"\"";
                var value = kinds[i] == 1 ? "1,5" : "100";
                rows[i] = $"\"Belarus\",\"BY\",{Exports},\"Partner\",\"{(kinds[i] == 2 ? "UK" : code)}\",\"Value\",{string.Format(CultureInfo.InvariantCulture, column, value)},";
            }
        }

        var header = layout switch
        {
            0 => GoalHeader,
            1 => FigureHeader,
            2 => StatementHeader,
            3 => "{\"goals\": [], \"statements\": [], \"figures\": [",
            4 => string.Join(",", ComtradeImporterTests.CurrentHeader),
            5 => string.Join(",", ComtradeImporterTests.LegacyHeader),
            6 => ImfHeader,
            _ => SdmxHeader,
        };
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        if (layout == 3)
        {
            text.Append("]}\n");
        }

        return (text.ToString(), loaded, rejected, skipped);
    }

    /// <summary>Applies a few byte-level edits: delete, duplicate, insert a character, insert a quote, a comma, a line break, a CR or U+FFFD.</summary>
    public static string Mutate(string text, int[] ops, int[] positions, char[] chars)
    {
        var s = new StringBuilder(text);
        for (var i = 0; i < ops.Length; i++)
        {
            if (s.Length == 0)
            {
                break;
            }

            var at = positions[i % positions.Length] % s.Length;
            switch (ops[i])
            {
                case 0:
                    s.Remove(at, Math.Min(1 + (positions[(i + 1) % positions.Length] % 20), s.Length - at));
                    break;
                case 1:
                    s.Insert(at, s.ToString(at, Math.Min(40, s.Length - at)));
                    break;
                case 2:
                    s.Insert(at, chars[i % chars.Length]);
                    break;
                case 3:
                    s.Insert(at, '"');
                    break;
                case 4:
                    s.Insert(at, ',');
                    break;
                case 5:
                    s.Insert(at, '\n');
                    break;
                case 6:
                    s.Insert(at, '\r');
                    break;
                default:
                    s.Insert(at, '\uFFFD');
                    break;
            }
        }

        return s.ToString();
    }
}
