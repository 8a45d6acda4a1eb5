using System.Globalization;

namespace TradeTargets.IO;

/// <summary>
/// Turns an IMF Direction of Trade Statistics download into reported figures: the data portal's time-series
/// CSV (one row per reporter, indicator, counterpart and attribute, one column per period) or the IMTS
/// SDMX-CSV (one row per observation). Only goods exports FOB and goods imports CIF between two catalogue
/// countries become figures; every other row is counted under the rule that kept it out.
/// </summary>
internal sealed class ImfImporter
{
    private const string WorldReason = "counterpart is World: a total over all partners, not a bilateral figure";
    private const string UnknownCountryReason =
        "reporter or counterpart is not a catalogue country: an area or group, an unlisted country, or an unknown code (ISO alpha-2, ISO alpha-3 and IMF numeric country codes are matched)";

    private static readonly string[] WorldCodes = ["1", "001", "W00", "WLD", "G001"];

    private readonly bool sdmx;
    private readonly string file;
    private readonly DataSetBuilder builder;
    private readonly int fieldCount;
    private readonly int country;
    private readonly int counterpart;
    private readonly int indicator;
    private readonly int indicatorName;
    private readonly int attribute;
    private readonly int timePeriod;
    private readonly int value;
    private readonly int multiplier;
    private readonly List<(int Index, string Name, ReportingPeriod Period)> periods = [];
    private readonly Dictionary<string, Country?> countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly SkipCounter skipped = new();
    private readonly FigureTotals totals = new();

    private ImfImporter(bool sdmx, string[] header, string file, DataSetBuilder builder)
    {
        this.sdmx = sdmx;
        this.file = file;
        this.builder = builder;
        fieldCount = header.Length;
        int Find(string name, bool required = true) => CsvHeader.Find(header, name, required, LayoutName(sdmx));

        if (sdmx)
        {
            country = Find("COUNTRY");
            counterpart = Find("COUNTERPART_COUNTRY");
            indicator = Find("INDICATOR");
            timePeriod = Find("TIME_PERIOD");
            value = Find("OBS_VALUE");
            multiplier = Find("UNIT_MULT", required: false);
            multiplier = multiplier >= 0 ? multiplier : Find("SCALE", required: false);
            indicatorName = attribute = -1;
            if (multiplier < 0)
            {
                throw new RowException(
                    "UNIT_MULT",
                    null,
                    "the header has neither a UNIT_MULT nor a SCALE column, so the power of ten that OBS_VALUE is expressed in is unknown; download the data with its attributes.");
            }

            return;
        }

        country = Find("Country Code");
        counterpart = Find("Counterpart Country Code");
        indicator = Find("Indicator Code");
        indicatorName = Find("Indicator Name");
        attribute = Find("Attribute");
        timePeriod = value = multiplier = -1;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (name.Length >= 4 && char.IsAsciiDigit(name[0]))
            {
                periods.Add(TryParsePeriod(name, out var period)
                    ? (i, name, period)
                    : throw new RowException(name, null, $"column '{name}' is neither a year (2016), a quarter (2016Q1) nor a month (2016M1 or 2016M01)."));
            }
        }

        if (periods.Count == 0)
        {
            throw new RowException(null, null, "the header has no period columns (2016, 2016Q1, 2016M01, ...), so the file holds no values.");
        }
    }

    public static string LayoutName(bool sdmx) => sdmx ? "IMF IMTS SDMX-CSV" : "IMF Direction of Trade Statistics";

    /// <summary>The data portal's time-series CSV: one row per reporter, indicator, counterpart and attribute, one column per period.</summary>
    public static ICsvFormat TimeSeries { get; } = new Format(
        sdmx: false,
        header => CsvHeader.Has(header, "Country Code") && CsvHeader.Has(header, "Indicator Code")
            && CsvHeader.Has(header, "Counterpart Country Code") && CsvHeader.Has(header, "Attribute"));

    /// <summary>The IMTS SDMX-CSV: one row per observation.</summary>
    public static ICsvFormat Sdmx { get; } = new Format(
        sdmx: true,
        header => CsvHeader.Has(header, "COUNTERPART_COUNTRY") && CsvHeader.Has(header, "INDICATOR")
            && CsvHeader.Has(header, "TIME_PERIOD") && CsvHeader.Has(header, "OBS_VALUE"));

    /// <summary>Reads every row after the header into the builder; returns the counts of skipped rows.</summary>
    private static IReadOnlyList<SkippedRows> Import(CsvInput input, bool sdmx)
    {
        var (csv, header, file, headerLine, options, builder, _) = input;
        ImfImporter importer;
        try
        {
            importer = new ImfImporter(sdmx, header, file, builder);
        }
        catch (RowException e)
        {
            builder.Report(new DataProblem(file, headerLine, e.Column, e.Value, e.Reason), e);
            return [];
        }

        return importer.Run(csv, options);
    }

    /// <summary>Parses the period forms IMF downloads use: 2016; 2016Q1 or 2016-Q1; 2016M1, 2016M01, 2016-M01 or 2016-01.</summary>
    internal static bool TryParsePeriod(ReadOnlySpan<char> text, out ReportingPeriod period)
    {
        period = default;
        if (text.Length < 4 || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear)
        {
            return false;
        }

        var rest = text[4..];
        if (rest.IsEmpty)
        {
            period = ReportingPeriod.Year(year);
            return true;
        }

        if (rest[0] == '-')
        {
            rest = rest[1..];
        }

        var kind = rest.IsEmpty ? ' ' : char.ToUpperInvariant(rest[0]);
        var digits = kind is 'Q' or 'M' ? rest[1..] : rest;
        if (digits.Length is < 1 or > 2 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        if (kind == 'Q' && number is >= 1 and <= 4)
        {
            period = ReportingPeriod.Quarter(year, number);
            return true;
        }

        if (kind != 'Q' && number is >= 1 and <= 12 && (kind == 'M' || digits.Length == 2))
        {
            period = ReportingPeriod.Month(year, number);
            return true;
        }

        return false;
    }

    private IReadOnlyList<SkippedRows> Run(CsvReader csv, ImportOptions options)
    {
        CsvRows.ReadAll(csv, file, builder, "row not read", new Rows(this, options));

        var publication = sdmx ? "IMF International Trade in Goods (IMTS)" : "IMF Direction of Trade Statistics";
        totals.AddFigures(builder, file, "imf", publication, $"{LayoutName(sdmx)} download '{file}'", "imports (CIF) from", "exports (FOB) to");
        return skipped.ToList(file);
    }

    private void Row(CsvReader csv, ImportOptions options)
    {
        var line = csv.Line;
        if (csv.FieldCount != fieldCount)
        {
            throw new RowException(null, null, string.Create(CultureInfo.InvariantCulture, $"it has {csv.FieldCount} field(s) but the header has {fieldCount}."));
        }

        if (!sdmx && !csv.Field(attribute).Trim().Equals("Value", StringComparison.OrdinalIgnoreCase))
        {
            Skip("attribute is not Value (for example Status): status flags, not figures", line);
            return;
        }

        if (Classify(csv.Field(indicator).Trim(), line) is not { } flow)
        {
            return;
        }

        var counterpartCode = csv.Field(counterpart).Trim();
        foreach (var world in WorldCodes)
        {
            if (counterpartCode.Equals(world, StringComparison.OrdinalIgnoreCase))
            {
                Skip(WorldReason, line);
                return;
            }
        }

        var reporter = Resolve(csv.Field(country).Trim());
        var partner = Resolve(counterpartCode);
        if (reporter is null || partner is null)
        {
            Skip(UnknownCountryReason, line);
            return;
        }

        if (PerspectiveRule.Orient(
            options.Perspective,
            reporter.Value,
            partner.Value,
            ref flow,
            out var pair,
            out var side,
            "neither reporter nor counterpart is the perspective country",
            "reporter and counterpart are the same country") is { } reason)
        {
            Skip(reason, line);
            return;
        }

        if (sdmx)
        {
            Observation(csv, line, (pair, flow, side));
        }
        else
        {
            PeriodColumns(csv, line, (pair, flow, side));
        }
    }

    /// <summary>Reads the one observation of an SDMX-CSV row.</summary>
    private void Observation(CsvReader csv, long line, (TradePair Pair, TradeFlow Flow, ReportingSide Side) key)
    {
        var obs = csv.Field(value).Trim();
        if (obs.IsEmpty)
        {
            Skip("OBS_VALUE is empty: no observation", line);
            return;
        }

        var periodText = csv.Field(timePeriod).Trim();
        if (!TryParsePeriod(periodText, out var period))
        {
            throw new RowException("TIME_PERIOD", periodText.ToString(), "expected a year (2016), a quarter (2016-Q1) or a month (2016-M01 or 2016-01).");
        }

        var scale = Scale(csv.Field(multiplier).Trim());
        Add((key.Pair, key.Flow, period, key.Side), Parse(obs, scale, "OBS_VALUE"), line, "OBS_VALUE");
    }

    /// <summary>Reads the values of a time-series row, one per period column; a bad value costs only its own period.</summary>
    private void PeriodColumns(CsvReader csv, long line, (TradePair Pair, TradeFlow Flow, ReportingSide Side) key)
    {
        var (pair, flow, side) = key;
        var unit = Unit(csv.Field(indicatorName).Trim());
        var added = 0;
        var repeats = 0;
        var bad = 0;
        foreach (var (index, name, period) in periods)
        {
            var cell = csv.Field(index).Trim();
            if (cell.IsEmpty)
            {
                continue; // no value for this period
            }

            try
            {
                if (totals.Add(pair, flow, period, side, Parse(cell, unit, name), line, name, "value"))
                {
                    added++;
                }
                else
                {
                    repeats++;
                }
            }
            catch (RowException e)
            {
                // One bad cell does not cost the row's other periods.
                builder.Report(new DataProblem(file, line, e.Column, e.Value, $"value not read: {e.Reason}"), e);
                bad++;
            }
        }

        // Skips are counted per row, like every other importer's: a row whose every value repeats one already read, or that has none.
        if (added == 0 && bad == 0)
        {
            Skip(repeats > 0 ? "repeats identical values" : "no value for any period", line);
        }
    }

    private TradeFlow? Classify(ReadOnlySpan<char> code, long line)
    {
        // The data portal's DOTS codes carry a leading T (TXG_FOB_USD); the IMTS codes do not (XG_FOB_USD).
        if (code.Equals("TXG_FOB_USD", StringComparison.OrdinalIgnoreCase) || code.Equals("XG_FOB_USD", StringComparison.OrdinalIgnoreCase))
        {
            return TradeFlow.Exports;
        }

        if (code.Equals("TMG_CIF_USD", StringComparison.OrdinalIgnoreCase) || code.Equals("MG_CIF_USD", StringComparison.OrdinalIgnoreCase))
        {
            return TradeFlow.Imports;
        }

        Skip(
            code.Equals("TMG_FOB_USD", StringComparison.OrdinalIgnoreCase) || code.Equals("MG_FOB_USD", StringComparison.OrdinalIgnoreCase)
                ? "imports valued FOB: only imports valued CIF become figures, so the two valuations are never mixed"
            : code.Equals("TBG_USD", StringComparison.OrdinalIgnoreCase) ? "trade balance: not a flow"
            : "indicator is neither goods exports FOB nor goods imports CIF in US dollars",
            line);
        return null;
    }

    private Country? Resolve(ReadOnlySpan<char> code)
    {
        var letters = code.Length is >= 2 and <= 3 && All(code, char.IsAsciiLetter);
        var digits = code.Length is >= 1 and <= 3 && All(code, char.IsAsciiDigit);
        if (!letters && !digits)
        {
            return null;
        }

        var text = code.ToString();
        if (!countries.TryGetValue(text, out var found))
        {
            Country c;
            found = letters
                // Only a code names a country here, not a name or alias that happens to be two or three letters long.
                ? CountryCatalog.TryFindCode(text, out c) ? c : null
                // Older IMF files use the IMF's own numeric country codes (913 Belarus), not ISO numeric codes.
                : Country.TryFromImfCode(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture), out c) ? c : null;
            countries[text] = found;
        }

        return found;
    }

    private static bool All(ReadOnlySpan<char> code, Func<char, bool> test)
    {
        foreach (var c in code)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Unit(ReadOnlySpan<char> name)
    {
        var at = name.IndexOf("US Dollars", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            throw new RowException("Indicator Name", name.ToString(), "the indicator's unit is not US dollars ('..., US Dollars' or '..., US Dollars, Millions'), so its values cannot become figures.");
        }

        var rest = name[(at + "US Dollars".Length)..].TrimStart(',').Trim();
        return rest switch
        {
            "" or "Units" => 1m,
            "Thousands" => 1_000m,
            "Millions" => 1_000_000m,
            "Billions" => 1_000_000_000m,
            _ => throw new RowException("Indicator Name", name.ToString(), $"unknown unit scale '{rest.ToString()}'; expected none, Thousands, Millions or Billions."),
        };
    }

    private static decimal Scale(ReadOnlySpan<char> text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var power) && power <= 12)
        {
            var factor = 1m;
            for (var i = 0; i < power; i++)
            {
                factor *= 10m;
            }

            return factor;
        }

        return text switch
        {
            "Units" => 1m,
            "Thousands" => 1_000m,
            "Millions" => 1_000_000m,
            "Billions" => 1_000_000_000m,
            _ => throw new RowException("UNIT_MULT", text.ToString(), "expected the power of ten of the values: 0 (units), 3 (thousands), 6 (millions) or 9 (billions)."),
        };
    }

    private static decimal Parse(ReadOnlySpan<char> text, decimal factor, string column)
    {
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            throw new RowException(column, text.ToString(), "expected a number of US dollars such as 123.45.");
        }

        if (RecordedAmount.Problem(number, text) is { } problem)
        {
            throw new RowException(column, text.ToString(), problem);
        }

        // The value itself is within the bound; scaled by its unit multiplier it must be too (compared before
        // multiplying, which could overflow).
        return number <= Amount.MaxRecordedValue / factor
            ? number * factor
            : throw new RowException(column, text.ToString(), "the value times its unit multiplier is too large.");
    }

    private void Add((TradePair Pair, TradeFlow Flow, ReportingPeriod Period, ReportingSide Side) key, decimal amount, long line, string column)
    {
        if (!totals.Add(key.Pair, key.Flow, key.Period, key.Side, amount, line, column, "value"))
        {
            Skip("repeats an identical value", line);
        }
    }

    private void Skip(string reason, long line) => skipped.Skip(reason, line);

    private readonly struct Rows(ImfImporter importer, ImportOptions options) : ICsvRowHandler
    {
        public void Row(CsvReader csv) => importer.Row(csv, options);
    }

    /// <summary>One of the two IMF layouts: how its header is recognised, and the importer reading it as that layout.</summary>
    private sealed class Format(bool sdmx, Func<IReadOnlyList<string>, bool> recognises) : ICsvFormat
    {
        public bool Recognises(IReadOnlyList<string> header) => recognises(header);

        public IReadOnlyList<SkippedRows> Read(CsvInput input) => Import(input, sdmx);
    }
}
