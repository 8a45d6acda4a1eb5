namespace TradeTargets.ImfDots.Tests;

public class ImfDotsStatisticsTests
{
    private static readonly Lazy<ImfDotsStatistics> Bundled = new(ImfDotsStatistics.Load);
    private static readonly Country Belarus = Country.Parse("BLR");

    [Theory]
    [InlineData("POL", 2020, 1250.8, 1240.1)]
    [InlineData("VNM", 2017, 76.3, 59.0)]
    [InlineData("PAK", 2020, 36.7, 15.5)]
    public void Series_SpotChecksAgainstTheSeedSources_Hold(string partner, int year, decimal exports, decimal imports)
    {
        var series = Bundled.Value.Series(Belarus, Country.Parse(partner))!;

        Math.Round(series.Find(TradeFlow.Exports, year)!.Value.Millions, 1).Should().Be(exports);
        Math.Round(series.Find(TradeFlow.Imports, year)!.Value.Millions, 1).Should().Be(imports);
    }

    [Fact]
    public void Load_BundledTable_CoversEveryYearFrom1995To2020FromBothSides()
    {
        var statistics = Bundled.Value;
        var poland = Country.Parse("POL");

        statistics.Provenance.Vintage.Should().Be(2022);
        statistics.Provenance.Attribution.Should().Contain("International Monetary Fund, Direction of Trade Statistics");
        statistics.SeriesCount.Should().BeGreaterThan(30_000);
        foreach (var (reporter, partner) in new[] { (Belarus, poland), (poland, Belarus) })
        {
            var years = statistics.Series(reporter, partner)!.Values.GroupBy(v => v.Flow).ToDictionary(g => g.Key, g => g.Select(v => v.Year).ToHashSet());
            years[TradeFlow.Exports].Should().Contain(Enumerable.Range(1995, 26));
            years[TradeFlow.Imports].Should().Contain(Enumerable.Range(1995, 26));
        }
    }

    [Fact]
    public void FiguresFor_APair_GivesOwnSideAndMirrorDatedTheJuneAfter()
    {
        var pair = new TradePair(Belarus, Country.Parse("POL"));

        var figures = Bundled.Value.FiguresFor([pair, pair]).Where(f => f.Period == ReportingPeriod.Year(2020)).ToList();

        var own = figures.Single(f => f.Basis == new Basis(Coverage.Goods, ReportingSide.Reporter) && f.Flow == TradeFlow.Exports);
        own.Pair.Should().Be(pair);
        own.Amount.Should().Be(Amount.FromMillions(1250.7908m));
        own.PublishedOn.Should().Be(new DateOnly(2021, 6, 30));
        own.Sources.Single().Publication.Should().Be("IMF Direction of Trade Statistics (DOTS)");
        own.Sources.Single().Title.Should().Be("DOTS 2022 vintage: Belarus, exports FOB to Poland, 2020");
        var mirror = figures.Single(f => f.Basis == new Basis(Coverage.Goods, ReportingSide.PartnerMirror) && f.Flow == TradeFlow.Exports);
        mirror.Pair.Should().Be(pair);
        mirror.Amount.Should().Be(Amount.FromMillions(Bundled.Value.Series(Country.Parse("POL"), Belarus)!.Find(TradeFlow.Imports, 2020)!.Value.Millions));
        mirror.Sources.Single().Title.Should().Be("DOTS 2022 vintage: Poland, imports CIF from Belarus, 2020");
        figures.Should().HaveCount(4);
    }

    [Fact]
    public void FiguresFor_AnImfEstimate_IsQualifiedAndSaysSo()
    {
        var estimate = Bundled.Value.FiguresFor([new TradePair(Country.Parse("SXM"), Country.Parse("BEL"))])
            .Single(f => f.Basis.Side == ReportingSide.Reporter && f.Flow == TradeFlow.Exports && f.Period == ReportingPeriod.Year(2013));

        estimate.Amount.Should().Be(Amount.FromMillions(4.14m));
        estimate.Qualifier.Should().Be(AmountQualifier.About);
        estimate.Note.Should().Be("IMF estimate ('e' in DOTS)");
    }

    [Fact]
    public void AddTo_SeedData_AddsFiguresOnlyForThePairsTheGoalsName()
    {
        var seed = SeedData.Load();

        var merged = Bundled.Value.AddTo(seed);

        var added = merged.Figures.Skip(seed.Figures.Count).ToList();
        added.Should().NotBeEmpty();
        added.Select(f => f.Pair).Distinct().Should().BeSubsetOf(seed.Goals.Select(g => g.Pair));
        added.Should().Contain(f => f.Basis.Side == ReportingSide.PartnerMirror);
    }

    [Fact]
    public void PublishedOn_IsThe30thOfJuneOfTheNextYear()
        => ImfDotsStatistics.PublishedOn(2017).Should().Be(new DateOnly(2018, 6, 30));

    [Fact]
    public void BuildSaveLoad_TestWorkbooks_RoundTripsEveryValue()
    {
        var workbooks = new[] { DotsWorkbookReader.Read(Workbooks.Belarus), DotsWorkbookReader.Read(Workbooks.SintMaarten) };
        var built = ImfDotsStatistics.Build(workbooks, new DotsProvenance(2022, "test workbooks", DotsProvenance.ImfAttribution));
        using var stream = new MemoryStream();
        built.Save(stream);
        stream.Position = 0;

        var loaded = ImfDotsStatistics.Load(stream);

        loaded.Provenance.Should().Be(new DotsProvenance(2022, "test workbooks", DotsProvenance.ImfAttribution));
        foreach (var workbook in workbooks)
        {
            var fromTable = workbook.Values.Select(v => v.Partner).Distinct()
                .SelectMany(p => loaded.Series(workbook.Reporter!.Value, p)!.Values);
            // Ordered and compared by value: an unordered equivalence check is quadratic in the 8,000 values.
            static IEnumerable<DotsValue> Ordered(IEnumerable<DotsValue> values) => values.OrderBy(v => v.Partner.Code, StringComparer.Ordinal).ThenBy(v => v.Flow).ThenBy(v => v.Year);
            Ordered(fromTable).Should().Equal(Ordered(workbook.Values));
        }

        loaded.SeriesCount.Should().Be(workbooks.Sum(w => w.Values.Select(v => v.Partner).Distinct().Count()));
        loaded.Series(Country.Parse("POL"), Belarus).Should().BeNull();
    }

    [Fact]
    public void Build_TwoWorkbooksOfOneReporterThatDisagree_IsRefused()
    {
        var original = DotsWorkbookReader.Read(Workbooks.SintMaarten);
        using var changed = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "F12", "4.15 e"));

        var build = () => ImfDotsStatistics.Build([original, DotsWorkbookReader.Read(changed, "changed.xlsx")], new DotsProvenance(2022, "test", DotsProvenance.ImfAttribution));

        build.Should().Throw<DotsFormatException>().WithMessage("changed.xlsx and sint-maarten.xlsx both report SXM's Exports with BEL in 2013, with different values");
    }

    [Fact]
    public void Load_NotATable_IsRefused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);

        var load = () => ImfDotsStatistics.Load(stream);

        load.Should().Throw<InvalidDataException>().WithMessage("The DOTS table cannot be read*");
    }
}
