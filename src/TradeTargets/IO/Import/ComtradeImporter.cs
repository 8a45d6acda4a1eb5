using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

/// <summary>
/// Turns a UN Comtrade CSV download (current or legacy layout) into reported figures, one row at a time:
/// only all-commodity rows of exports and imports between two catalogue countries become figures; every
/// other row is counted under the rule that kept it out. Memory grows with the number of figures, not rows.
/// </summary>
internal sealed class ComtradeImporter
{
    private const string Publication = "UN Comtrade";

    private readonly ComtradeLayout layout;
    private readonly int freq;
    private readonly int year;
    private readonly int month;
    private readonly int period;
    private readonly int reporterCode;
    private readonly int reporterIso;
    private readonly int partnerCode;
    private readonly int partnerIso;
    private readonly int flow;
    private readonly int commodity;
    private readonly int value;
    private readonly int partner2;
    private readonly int customs;
    private readonly int transport;
    private readonly int fieldCount;
    private readonly Dictionary<int, Country?> countriesByIso = [];
    private readonly Dictionary<int, Country?> countriesByCode = [];
    private readonly SkipCounter skipped;
    private readonly FigureTotals totals;
    private readonly PartLog? part;

    /// <summary>Why a total row that repeats an accepted one is skipped.</summary>
    private const string RepeatReason = "repeats an identical total row";

    /// <summary>What a row that cannot be read is reported as, before the reason.</summary>
    private const string Failure = "row not read";

    /// <param name="layout">The header's layout.</param>
    /// <param name="header">The header's field names.</param>
    /// <param name="totals">The totals accepted so far, which rows are checked against and added to.</param>
    /// <param name="skipped">Where rows skipped by rule are counted.</param>
    /// <param name="part">
    /// For a part of a file read on its own: where totals go instead of <paramref name="totals"/>, to be checked in file
    /// order once the parts before are in (a row repeating or contradicting an earlier part's total cannot be known here).
    /// </param>
    /// <exception cref="RowException">A required column is missing.</exception>
    private ComtradeImporter(ComtradeLayout layout, string[] header, FigureTotals totals, SkipCounter skipped, PartLog? part)
    {
        this.layout = layout;
        this.totals = totals;
        this.skipped = skipped;
        this.part = part;
        fieldCount = header.Length;
        int Find(string? name, bool required = true) => name is null ? -1 : CsvHeader.Find(header, name, required, layout.Name);

        // Looked up in this order, so a header missing several columns is reported at the same one whatever the layout.
        freq = Find(layout.Frequency);
        year = Find(layout.Year);
        month = Find(layout.Month);
        period = Find(layout.Period, required: layout.PeriodIsCode);
        reporterCode = Find(layout.ReporterCode);
        reporterIso = Find(layout.ReporterIso, required: false);
        partnerCode = Find(layout.PartnerCode);
        partnerIso = Find(layout.PartnerIso, required: false);
        flow = Find(layout.Flow);
        commodity = Find(layout.Commodity);
        value = Find(layout.Value);
        partner2 = Find(layout.Partner2, required: false);
        customs = Find(layout.Customs, required: false);
        transport = Find(layout.Transport, required: false);
    }

    /// <summary>Reads every row after the header into the builder; returns the counts of skipped rows.</summary>
    /// <param name="input">The reader past the header; a large plain file is read in parts on several threads.</param>
    /// <param name="layout">The header's layout.</param>
    public static IReadOnlyList<SkippedRows> Import(CsvInput input, ComtradeLayout layout)
    {
        var (csv, header, file, headerLine, options, builder, _) = input;
        var totals = new FigureTotals();
        var skipped = new SkipCounter();
        ComtradeImporter whole;
        try
        {
            whole = new ComtradeImporter(layout, header, totals, skipped, null);
        }
        catch (RowException e)
        {
            builder.Report(new DataProblem(file, headerLine, e.Column, null, e.Reason), e);
            return [];
        }

        if (input.Splittable() is { } source)
        {
            // Each part gets an importer of its own (its caches are not shared between threads); the totals and counts
            // they defer are settled here, on this thread, in file order.
            var parts = new SplitRead(source, options).Parts(
                (text, log) => new ComtradeImporter(layout, header, totals, log.Skipped, log).Read(text, file, options, log));
            foreach (var (log, lineOffset, rest) in parts)
            {
                if (rest is not null)
                {
                    whole.Read(rest, file, options, builder);
                    continue;
                }

                log!.Replay(lineOffset, builder, total => Check(total, totals, skipped, layout, file, builder));
                skipped.Add(log.Skipped, lineOffset);
            }
        }
        else
        {
            whole.Read(csv, file, options, builder);
        }

        totals.AddFigures(builder, file, "comtrade", Publication, $"{layout.Name} download '{file}'", "imports from", "exports to");
        return skipped.ToList(file);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read(CsvReader csv, string file, ImportOptions options, IProblemSink problems)
        => CsvRows.ReadAll(csv, file, problems, Failure, new Rows(this, options));

    /// <summary>Checks a total that a part of the file deferred against the totals of every row before it, as a one-core read would have.</summary>
    private static void Check(DeferredTotal total, FigureTotals totals, SkipCounter skipped, ComtradeLayout layout, string file, DataSetBuilder builder)
    {
        try
        {
            Accept(total, totals, skipped, layout);
        }
        catch (RowException e)
        {
            builder.Report(new DataProblem(file, total.Line, e.Column, e.Value, $"{Failure}: {e.Reason}"), e);
        }
    }

    /// <summary>Adds a row's total; a row repeating an identical total is counted as skipped, a different one throws a <see cref="RowException"/>.</summary>
    private static void Accept(DeferredTotal total, FigureTotals totals, SkipCounter skipped, ComtradeLayout layout)
    {
        if (!totals.Add(total.Pair, total.Flow, total.Period, total.Side, total.Amount, total.Line, layout.Value, "total"))
        {
            skipped.Skip(RepeatReason, total.Line);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Row(CsvReader csv, ImportOptions options)
    {
        var line = csv.Line;
        if (csv.FieldCount != fieldCount)
        {
            throw new RowException(null, null, string.Create(CultureInfo.InvariantCulture, $"it has {csv.FieldCount} field(s) but the header has {fieldCount}."));
        }

        if (!csv.Field(commodity).Trim().Equals("TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            Skip("commodity detail (commodity code is not TOTAL): only all-commodity totals become figures", line);
            return;
        }

        if (Flow(csv, line) is not { } tradeFlow)
        {
            return;
        }

        if (!IsTotal(csv, partner2, "0") || !IsTotal(csv, customs, "C00") || !IsTotal(csv, transport, "0"))
        {
            Skip("breakdown by second partner, customs procedure or mode of transport: only totals become figures", line);
            return;
        }

        var partnerNumber = ParseInt(csv, partnerCode, layout.PartnerCode);
        if (partnerNumber == 0)
        {
            Skip("partner is World (code 0): a total over all partners, not a bilateral figure", line);
            return;
        }

        var reporterNumber = ParseInt(csv, reporterCode, layout.ReporterCode);
        var reporter = Resolve(csv, reporterIso, reporterNumber);
        var partner = Resolve(csv, partnerIso, partnerNumber);
        if (reporter is null || partner is null)
        {
            Skip(
                (reporter is null && CountryCatalog.TryFindComtradeArea(reporterNumber, out _)) || (partner is null && CountryCatalog.TryFindComtradeArea(partnerNumber, out _))
                    ? "reporter or partner is not a catalogue country but a Comtrade area: a group such as the EU, an 'nes' area such as 'Areas, nes', bunkers, free zones or a former country"
                    : "reporter or partner is not in the country catalogue (an unknown code)",
                line);
            return;
        }

        var reportingPeriod = Period(csv);
        var amount = ParseValue(csv);
        if (PerspectiveRule.Orient(
            options.Perspective,
            reporter.Value,
            partner.Value,
            ref tradeFlow,
            out var pair,
            out var side,
            "neither reporter nor partner is the perspective country",
            "reporter and partner are the same country") is { } reason)
        {
            Skip(reason, line);
            return;
        }

        var total = new DeferredTotal(pair, tradeFlow, reportingPeriod, side, amount, line);
        if (part is not null)
        {
            part.Defer(total);
            return;
        }

        Accept(total, totals, skipped, layout);
    }

    /// <summary>The row's flow when it is exports or imports; otherwise the row is counted as skipped and null is returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TradeFlow? Flow(CsvReader csv, long line)
    {
        var flowCode = csv.Field(flow).Trim();
        if (flowCode.Equals(layout.Exports, StringComparison.OrdinalIgnoreCase))
        {
            return TradeFlow.Exports;
        }

        if (flowCode.Equals(layout.Imports, StringComparison.OrdinalIgnoreCase))
        {
            return TradeFlow.Imports;
        }

        Skip(
            flowCode.Equals(layout.ReExports, StringComparison.OrdinalIgnoreCase) ? "re-exports: kept apart from exports, not a figure"
            : flowCode.Equals(layout.ReImports, StringComparison.OrdinalIgnoreCase) ? "re-imports: kept apart from imports, not a figure"
            : $"flow code '{flowCode.ToString()}' is neither exports nor imports",
            line);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTotal(CsvReader csv, int index, string total)
    {
        if (index < 0)
        {
            return true;
        }

        var text = csv.Field(index).Trim();
        return text.IsEmpty || text.Equals(total, StringComparison.OrdinalIgnoreCase);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReportingPeriod Period(CsvReader csv)
    {
        if (layout.PeriodIsCode)
        {
            var text = csv.Field(period).Trim();
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                return MakePeriod(y, 0, layout.Period, text);
            }

            if (text.Length == 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ym))
            {
                return MakeMonth(ym / 100, ym % 100, layout.Period, text);
            }

            throw new RowException(layout.Period, text.ToString(), "expected a year (2016) or a year and month (201601).");
        }

        var frequency = csv.Field(freq).Trim();
        var refYear = ParseInt(csv, year, layout.Year);
        if (frequency.Equals("A", StringComparison.OrdinalIgnoreCase))
        {
            return MakePeriod(refYear, 0, layout.Year, csv.Field(year));
        }

        if (frequency.Equals("M", StringComparison.OrdinalIgnoreCase))
        {
            return MakeMonth(refYear, ParseInt(csv, month, layout.Month!), layout.Month!, csv.Field(month));
        }

        throw new RowException(layout.Frequency, frequency.ToString(), "expected A (annual) or M (monthly).");
    }

    // A monthly row names a month from 1 to 12; month 0 would silently become the whole year.
    private static ReportingPeriod MakeMonth(int y, int m, string column, ReadOnlySpan<char> text)
        => m is >= 1 and <= 12
            ? MakePeriod(y, m, column, text)
            : throw new RowException(column, text.ToString(), string.Create(CultureInfo.InvariantCulture, $"a monthly row needs a month from 1 to 12; it has {m}."));

    private static ReportingPeriod MakePeriod(int y, int m, string column, ReadOnlySpan<char> text)
    {
        if (y is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear || m is < 0 or > 12)
        {
            throw new RowException(column, text.ToString(), string.Create(CultureInfo.InvariantCulture, $"{y}-{m:00} is not a valid year and month."));
        }

        return m == 0 ? ReportingPeriod.Year(y) : ReportingPeriod.Month(y, m);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private decimal ParseValue(CsvReader csv)
    {
        var text = csv.Field(value).Trim();
        var column = layout.Value;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            throw new RowException(column, text.ToString(), "expected a number of US dollars such as 123456789.5.");
        }

        return RecordedAmount.Problem(amount, text) is { } problem ? throw new RowException(column, text.ToString(), problem) : amount;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParseInt(CsvReader csv, int index, string column)
    {
        var text = csv.Field(index).Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new RowException(column, text.ToString(), "expected a whole number.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Country? Resolve(CsvReader csv, int isoIndex, int code)
    {
        // The alpha-3 column decides when present; otherwise the code is read as Comtrade's own area code,
        // which differs from the ISO numeric code for a few countries (842 for the United States).
        if (isoIndex >= 0)
        {
            var iso = csv.Field(isoIndex).Trim();
            if (iso.Length == 3)
            {
                var packed = (iso[0] << 16) | (iso[1] << 8) | iso[2];
                if (!countriesByIso.TryGetValue(packed, out var byIso))
                {
                    byIso = Country.TryParse(iso.ToString(), out var c) && c.Code.Equals(iso.ToString(), StringComparison.OrdinalIgnoreCase) ? c : null;
                    countriesByIso[packed] = byIso;
                }

                return byIso;
            }
        }

        if (!countriesByCode.TryGetValue(code, out var byCode))
        {
            byCode = Country.TryFromComtradeCode(code, out var c) ? c : null;
            countriesByCode[code] = byCode;
        }

        return byCode;
    }

    private void Skip(string reason, long line) => skipped.Skip(reason, line);

    private readonly struct Rows(ComtradeImporter importer, ImportOptions options) : ICsvRowHandler
    {
        public void Row(CsvReader csv) => importer.Row(csv, options);
    }
}
