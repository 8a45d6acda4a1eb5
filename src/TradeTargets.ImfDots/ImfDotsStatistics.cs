using System.Globalization;

namespace TradeTargets.ImfDots;

/// <summary>
/// The IMF's Direction of Trade Statistics as a table: for every pair of countries, each side's annual goods
/// exports FOB and imports CIF in US dollars. <see cref="Load()"/> reads the bundled 2022 vintage (1960-2020);
/// <see cref="FiguresFor"/> and <see cref="AddTo"/> turn the pairs asked about into reported figures, from the
/// reporter's own statistics and from the partner's (mirror), each dated by <see cref="PublishedOn"/>.
/// </summary>
public sealed class ImfDotsStatistics
{
    /// <summary>The publication the figures cite.</summary>
    public const string Publication = "IMF Direction of Trade Statistics (DOTS)";

    private const string ResourceName = "TradeTargets.ImfDots.dots-2022.bin.br";
    private static readonly Uri Address = new("https://data.imf.org/");

    private readonly DotsTable table;

    private ImfDotsStatistics(DotsTable table) => this.table = table;

    /// <summary>The vintage, origin and attribution of the table.</summary>
    public DotsProvenance Provenance => table.Provenance;

    /// <summary>Every country that appears as reporter or partner, ordered by code.</summary>
    public IReadOnlyList<Country> Countries => table.Countries;

    /// <summary>How many (reporter, partner) series the table holds.</summary>
    public int SeriesCount => table.PairCount;

    /// <summary>Every (reporter, partner) pair with a series, in table order.</summary>
    public IEnumerable<TradePair> Pairs => table.Pairs.Select(p => new TradePair(p.Reporter, p.Partner));

    /// <summary>Loads the table bundled with the package: the IMF's 2022 vintage.</summary>
    /// <returns>The statistics.</returns>
    public static ImfDotsStatistics Load()
    {
        using var stream = typeof(ImfDotsStatistics).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The DOTS table resource '{ResourceName}' is missing from {typeof(ImfDotsStatistics).Assembly.GetName().Name}.");
        return Load(stream);
    }

    /// <summary>Loads a table written by <see cref="Save"/>.</summary>
    /// <param name="stream">The compressed table.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="InvalidDataException">The stream is not such a table.</exception>
    public static ImfDotsStatistics Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new ImfDotsStatistics(DotsTable.Load(stream));
    }

    /// <summary>Builds a table from workbooks read by <see cref="DotsWorkbookReader"/>; workbooks whose reporter is an aggregate are passed over.</summary>
    /// <param name="workbooks">The workbooks, one per reporter (a reporter's second workbook must agree with its first).</param>
    /// <param name="provenance">The vintage, origin and attribution to record.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="DotsFormatException">A workbook has problems, or two workbooks of one reporter disagree.</exception>
    public static ImfDotsStatistics Build(IEnumerable<DotsWorkbook> workbooks, DotsProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(workbooks);
        ArgumentNullException.ThrowIfNull(provenance);
        var series = new Dictionary<(Country, Country), List<DotsValue>>();
        var origin = new Dictionary<(Country, Country, TradeFlow, int), (DotsValue Value, string Workbook)>();
        foreach (var workbook in workbooks)
        {
            if (workbook.Problems.Count > 0)
            {
                throw new DotsFormatException(workbook.Problems[0]);
            }

            if (workbook.Reporter is not { } reporter)
            {
                continue;
            }

            foreach (var value in workbook.Values)
            {
                var key = (reporter, value.Partner, value.Flow, value.Year);
                if (origin.TryGetValue(key, out var earlier))
                {
                    if (earlier.Value != value)
                    {
                        throw new DotsFormatException(string.Create(CultureInfo.InvariantCulture, $"{workbook.Name} and {earlier.Workbook} both report {reporter}'s {value.Flow} with {value.Partner} in {value.Year}, with different values"));
                    }

                    continue;
                }

                origin[key] = (value, workbook.Name);
                if (!series.TryGetValue((reporter, value.Partner), out var list))
                {
                    series[(reporter, value.Partner)] = list = [];
                }

                list.Add(value);
            }
        }

        return new ImfDotsStatistics(DotsTable.Create(provenance, series));
    }

    /// <summary>Writes the table, compressed, in the form <see cref="Load(Stream)"/> reads.</summary>
    /// <param name="stream">Where to write.</param>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        table.Save(stream);
    }

    /// <summary>
    /// The date a DOTS figure for a year counts as published: 30 June of the next year, when the IMF's annual
    /// figures for a year are complete (see the package README for the rule and its source).
    /// </summary>
    /// <param name="year">The figure's year.</param>
    /// <returns>30 June of <paramref name="year"/> + 1.</returns>
    public static DateOnly PublishedOn(int year) => new(year + 1, 6, 30);

    /// <summary>One side's series: what <paramref name="reporter"/> published about its trade with <paramref name="partner"/>.</summary>
    /// <param name="reporter">The reporting country.</param>
    /// <param name="partner">The counterpart.</param>
    /// <returns>The series, or null when the reporter published nothing for the partner.</returns>
    public DotsSeries? Series(Country reporter, Country partner) => table.Series(reporter, partner);

    /// <summary>
    /// The reported figures of the pairs asked about, from both sides: the reporter's own exports and imports
    /// (side <see cref="ReportingSide.Reporter"/>) and the partner's imports and exports turned round (side
    /// <see cref="ReportingSide.PartnerMirror"/>), coverage goods, each dated by <see cref="PublishedOn"/>; the IMF's
    /// estimates carry the qualifier <see cref="AmountQualifier.About"/> and say so in their note.
    /// </summary>
    /// <param name="pairs">The pairs; repeats are read once.</param>
    /// <returns>The figures, pair by pair, own side first.</returns>
    public IReadOnlyList<ReportedFigure> FiguresFor(IEnumerable<TradePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var figures = new List<ReportedFigure>();
        foreach (var pair in pairs.Distinct())
        {
            AddFigures(figures, Series(pair.Reporter, pair.Partner), mirrored: false);
            AddFigures(figures, Series(pair.Partner, pair.Reporter), mirrored: true);
        }

        return figures;
    }

    /// <summary>Adds to a data set the figures of every pair its goals name (<see cref="FiguresFor"/>).</summary>
    /// <param name="data">The data set, for example the seed data.</param>
    /// <returns>The data set with the statistics merged in after its own records.</returns>
    public TradeDataSet AddTo(TradeDataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var figures = FiguresFor(data.Goals.Select(g => g.Pair));
        return data.Merge(new TradeDataSet([], figures, []));
    }

    // A series as its reporter published it, or (mirrored) turned round to the partner's side by the mirror rule.
    private void AddFigures(List<ReportedFigure> figures, DotsSeries? series, bool mirrored)
    {
        if (series is null)
        {
            return;
        }

        var vintage = Provenance.Vintage;
        var published = new TradePair(series.Reporter, series.Partner);
        foreach (var value in series.Values)
        {
            var asPublishedFlow = new ReportedFlow(published, value.Flow, ReportingSide.Reporter);
            var (pair, flow, side) = mirrored ? asPublishedFlow.Mirrored : asPublishedFlow;
            var asPublished = string.Create(CultureInfo.InvariantCulture, $"{series.Reporter.Name}, {(value.Flow == TradeFlow.Exports ? "exports FOB to" : "imports CIF from")} {series.Partner.Name}");
            var source = new Source(
                Publication,
                string.Create(CultureInfo.InvariantCulture, $"DOTS {vintage} vintage: {asPublished}, {value.Year}"),
                PublishedOn(value.Year),
                Address);
            var id = string.Create(CultureInfo.InvariantCulture, $"imf-dots-{vintage}-{pair.Reporter.Code}-{pair.Partner.Code}-{value.Year}-{EnumText(flow)}-{(side == ReportingSide.Reporter ? "own" : "mirror")}").ToLowerInvariant();
            figures.Add(new ReportedFigure(
                id,
                pair.Reporter,
                pair.Partner,
                flow,
                ReportingPeriod.Year(value.Year),
                Amount.FromMillions(value.Millions),
                new Basis(Coverage.Goods, side),
                source,
                value.Estimated ? AmountQualifier.About : AmountQualifier.Exact,
                value.Estimated ? "IMF estimate ('e' in DOTS)" : null));
        }
    }

    private static string EnumText(TradeFlow flow) => flow == TradeFlow.Exports ? "exports" : "imports";
}
