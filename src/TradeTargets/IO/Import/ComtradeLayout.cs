namespace TradeTargets.IO;

/// <summary>
/// One of UN Comtrade's CSV layouts: the current one of its data API and the legacy one of its older downloads. They
/// carry the same facts under other column names and flow codes, and the legacy layout writes the period as one code
/// (2016, 201601) where the current one has a frequency, a year and a month. A layout recognises its header by the
/// commodity, flow and value columns and is read by <see cref="ComtradeImporter"/>.
/// </summary>
internal sealed record ComtradeLayout : ICsvFormat
{
    /// <summary>The layout of the data API's downloads (<c>cmdCode</c>, <c>flowCode</c>, <c>primaryValue</c>).</summary>
    public static readonly ComtradeLayout Current = new()
    {
        Name = "UN Comtrade",
        Frequency = "freqCode",
        Year = "refYear",
        Month = "refMonth",
        Period = "period",
        PeriodIsCode = false,
        ReporterCode = "reporterCode",
        ReporterIso = "reporterISO",
        PartnerCode = "partnerCode",
        PartnerIso = "partnerISO",
        Flow = "flowCode",
        Commodity = "cmdCode",
        Value = "primaryValue",
        Partner2 = "partner2Code",
        Customs = "customsCode",
        Transport = "motCode",
        Exports = "X",
        Imports = "M",
        ReExports = "RX",
        ReImports = "RM",
    };

    /// <summary>The layout of the older downloads (<c>Commodity Code</c>, <c>Trade Flow Code</c>, <c>Trade Value (US$)</c>).</summary>
    public static readonly ComtradeLayout Legacy = new()
    {
        Name = "UN Comtrade legacy",
        Frequency = null,
        Year = "Year",
        Month = null,
        Period = "Period",
        PeriodIsCode = true,
        ReporterCode = "Reporter Code",
        ReporterIso = "Reporter ISO",
        PartnerCode = "Partner Code",
        PartnerIso = "Partner ISO",
        Flow = "Trade Flow Code",
        Commodity = "Commodity Code",
        Value = "Trade Value (US$)",
        Partner2 = "2nd Partner Code",
        Customs = "Customs Proc. Code",
        Transport = "Mode of Transport Code",
        Exports = "2",
        Imports = "1",
        ReExports = "3",
        ReImports = "4",
    };

    /// <summary>The layout's name in messages and in the figures' source.</summary>
    public required string Name { get; init; }

    /// <summary>The frequency column (A or M); null when the period is a code.</summary>
    public required string? Frequency { get; init; }

    /// <summary>The year column; required, read only when the period is not a code.</summary>
    public required string Year { get; init; }

    /// <summary>The month column; null when the period is a code.</summary>
    public required string? Month { get; init; }

    /// <summary>The period column: required and read when <see cref="PeriodIsCode"/>, otherwise optional and not read.</summary>
    public required string Period { get; init; }

    /// <summary>Whether the period is read from <see cref="Period"/> as a year (2016) or a year and month (201601).</summary>
    public required bool PeriodIsCode { get; init; }

    /// <summary>The reporter's Comtrade area code.</summary>
    public required string ReporterCode { get; init; }

    /// <summary>The reporter's ISO alpha-3 code; optional, and it decides when present.</summary>
    public required string ReporterIso { get; init; }

    /// <summary>The partner's Comtrade area code.</summary>
    public required string PartnerCode { get; init; }

    /// <summary>The partner's ISO alpha-3 code; optional, and it decides when present.</summary>
    public required string PartnerIso { get; init; }

    /// <summary>The flow code column.</summary>
    public required string Flow { get; init; }

    /// <summary>The commodity code column (TOTAL for all commodities).</summary>
    public required string Commodity { get; init; }

    /// <summary>The value in US dollars.</summary>
    public required string Value { get; init; }

    /// <summary>The second partner; optional, a total when blank or 0.</summary>
    public required string Partner2 { get; init; }

    /// <summary>The customs procedure; optional, a total when blank or C00.</summary>
    public required string Customs { get; init; }

    /// <summary>The mode of transport; optional, a total when blank or 0.</summary>
    public required string Transport { get; init; }

    /// <summary>The flow code of exports.</summary>
    public required string Exports { get; init; }

    /// <summary>The flow code of imports.</summary>
    public required string Imports { get; init; }

    /// <summary>The flow code of re-exports, which are kept apart from exports.</summary>
    public required string ReExports { get; init; }

    /// <summary>The flow code of re-imports, which are kept apart from imports.</summary>
    public required string ReImports { get; init; }

    /// <inheritdoc/>
    public bool Recognises(IReadOnlyList<string> header)
        => CsvHeader.Has(header, Commodity) && CsvHeader.Has(header, Flow) && CsvHeader.Has(header, Value);

    /// <inheritdoc/>
    public IReadOnlyList<SkippedRows> Read(CsvInput input) => ComtradeImporter.Import(input, this);
}
