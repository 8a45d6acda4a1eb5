using TradeTargets.IO;

namespace TradeTargets.Tests;

public class ComtradeImporterTests
{
    internal static readonly string[] CurrentHeader =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc",
        "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc",
        "classificationCode", "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf",
        "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated",
        "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
        "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ];

    internal static readonly string[] LegacyHeader =
    [
        "Classification", "Year", "Period", "Period Desc.", "Aggregate Level", "Is Leaf Code", "Trade Flow Code", "Trade Flow",
        "Reporter Code", "Reporter", "Reporter ISO", "Partner Code", "Partner", "Partner ISO", "2nd Partner Code", "2nd Partner",
        "2nd Partner ISO", "Customs Proc. Code", "Customs", "Mode of Transport Code", "Mode of Transport", "Commodity Code",
        "Commodity", "Qty Unit Code", "Qty Unit", "Qty", "Alt Qty Unit Code", "Alt Qty Unit", "Alt Qty", "Netweight (kg)",
        "Gross weight (kg)", "Trade Value (US$)", "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Flag",
    ];

    internal static string Current(string reporter, int reporterCode, string flow, string partner, int partnerCode, string value, int year = 2016, int month = 52, string cmd = "TOTAL", string partner2 = "0")
    {
        var annual = month == 52;
        var fields = new Dictionary<string, string>
        {
            ["typeCode"] = "C",
            ["freqCode"] = annual ? "A" : "M",
            ["refPeriodId"] = annual ? $"{year}0101" : $"{year}{month:00}01",
            ["refYear"] = $"{year}",
            ["refMonth"] = annual ? "52" : $"{month}",
            ["period"] = annual ? $"{year}" : $"{year}{month:00}",
            ["reporterCode"] = $"{reporterCode}",
            ["reporterISO"] = reporter,
            ["reporterDesc"] = "\"Reporter, name\"",
            ["flowCode"] = flow,
            ["flowDesc"] = flow,
            ["partnerCode"] = $"{partnerCode}",
            ["partnerISO"] = partner,
            ["partnerDesc"] = partner,
            ["partner2Code"] = partner2,
            ["partner2ISO"] = "W00",
            ["partner2Desc"] = "World",
            ["classificationCode"] = "HS",
            ["cmdCode"] = cmd,
            ["cmdDesc"] = "All Commodities",
            ["aggrLevel"] = "0",
            ["customsCode"] = "C00",
            ["motCode"] = "0",
            ["primaryValue"] = value,
            ["isReported"] = "True",
        };
        return string.Join(",", CurrentHeader.Select(h => fields.GetValueOrDefault(h, string.Empty)));
    }

    private static string Legacy(string period, string flowCode, string reporter, int reporterCode, string partner, int partnerCode, string value, string cmd = "TOTAL")
        => $"HS,{period[..4]},{period},{period},0,0,{flowCode},flow,{reporterCode},Reporter,{reporter},{partnerCode},Partner,{partner},,,,,,,,{cmd},All,,,,,,,,,{value},,,0";

    internal static string File(IEnumerable<string> header, params string[] rows) => string.Join(",", header) + "\n" + string.Join("\n", rows) + "\n";

    private static LoadResult Lenient(string text, ImportOptions? options = null) => TradeDataFile.LoadLenient(new StringReader(text), "comtrade.csv", options ?? ImportOptions.Default);

    [Fact]
    public void Load_CurrentLayout_KeepsOnlyBilateralTotalsOfExportsAndImports()
    {
        var text = File(
            CurrentHeader,
            Current("BLR", 112, "X", "VNM", 704, "100000000"),
            Current("BLR", 112, "M", "VNM", 704, "21000000.5"),
            Current("BLR", 112, "X", "W00", 0, "23500000000"),
            Current("BLR", 112, "RX", "VNM", 704, "5000"),
            Current("BLR", 112, "RM", "VNM", 704, "7000"),
            Current("BLR", 112, "X", "VNM", 704, "40000000", cmd: "84"),
            Current("BLR", 112, "X", "VNM", 704, "90000000", partner2: "156"),
            Current("BLR", 112, "X", "XX1", 899, "1000"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Data.Figures.Should().HaveCount(2);
        var exports = result.Data.Figures.Single(f => f.Flow == TradeFlow.Exports);
        exports.Amount.Should().Be(Amount.FromMillions(100));
        exports.Basis.Should().Be(new Basis(Coverage.Goods, ReportingSide.Reporter));
        exports.Period.Should().Be(ReportingPeriod.Year(2016));
        exports.Sources.Single().Publication.Should().Be("UN Comtrade");
        result.Data.AllFigures.Single(f => f.Flow == TradeFlow.Turnover).Amount.Should().Be(Amount.FromUnits(121_000_000.5m));
        result.Skipped.Select(s => (s.Count, s.FirstLine)).Should().Equal((1L, 4L), (1L, 5L), (1L, 6L), (1L, 7L), (1L, 8L), (1L, 9L));
        result.Skipped.Should().Contain(s => s.Reason.Contains("World")).And.Contain(s => s.Reason.StartsWith("re-exports")).And.Contain(s => s.Reason.StartsWith("re-imports"))
            .And.Contain(s => s.Reason.Contains("not TOTAL")).And.Contain(s => s.Reason.Contains("breakdown")).And.Contain(s => s.Reason.Contains("catalogue"));
    }

    [Fact]
    public void Load_OwnAndPartnerReports_GivesOwnAndMirrorFiguresForOnePair()
    {
        var text = File(
            CurrentHeader,
            Current("BLR", 112, "X", "VNM", 704, "100000000"),
            Current("VNM", 704, "M", "BLR", 112, "130000000"),
            Current("VNM", 704, "X", "BLR", 112, "20000000"),
            Current("VNM", 704, "X", "CHN", 156, "1"));

        var result = Lenient(text, ImportOptions.From(Country.Parse("BLR")));

        result.Problems.Should().BeEmpty();
        var figures = result.Data.Figures;
        figures.Should().OnlyContain(f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM");
        figures.Single(f => f.Basis.Side == ReportingSide.Reporter).Amount.Should().Be(Amount.FromMillions(100));
        var mirrorExports = figures.Single(f => f.Basis.Side == ReportingSide.PartnerMirror && f.Flow == TradeFlow.Exports);
        mirrorExports.Amount.Should().Be(Amount.FromMillions(130), "Vietnam's imports from Belarus are Belarus's exports in mirror");
        figures.Single(f => f.Basis.Side == ReportingSide.PartnerMirror && f.Flow == TradeFlow.Imports).Amount.Should().Be(Amount.FromMillions(20));
        result.Data.AllFigures.Single(f => f.Flow == TradeFlow.Turnover).Basis.Side.Should().Be(ReportingSide.PartnerMirror, "turnover only combines parts of one basis");
        result.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("perspective");
    }

    [Fact]
    public void Load_MonthlyRows_GiveMonthPeriods()
    {
        var text = File(CurrentHeader, Current("BLR", 112, "X", "ARE", 784, "1500000", year: 2016, month: 3));

        var figure = TradeDataFile.Load(new StringReader(text), "monthly.csv").Figures.Single();

        figure.Period.Should().Be(ReportingPeriod.Month(2016, 3));
    }

    [Fact]
    public void Load_MalformedValue_NamesItsLine()
    {
        var text = File(
            CurrentHeader,
            Current("BLR", 112, "X", "VNM", 704, "100000000"),
            Current("BLR", 112, "M", "VNM", 704, "12x5"),
            Current("BLR", 112, "M", "ARE", 784, "-5"));

        var act = () => TradeDataFile.Load(new StringReader(text), "comtrade.csv");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Column == "primaryValue" && e.Value == "12x5");
        var result = Lenient(text);
        result.Problems.Select(p => p.Line).Should().Equal(3, 4);
        result.Data.Figures.Should().ContainSingle();
    }

    [Fact]
    public void Load_ConflictingTotals_AreAProblem()
    {
        var text = File(CurrentHeader, Current("BLR", 112, "X", "VNM", 704, "1"), Current("BLR", 112, "X", "VNM", 704, "2"));

        Lenient(text).Problems.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Load_LegacyLayout_AppliesTheSameRules()
    {
        var text = File(
            LegacyHeader,
            Legacy("2015", "2", "BLR", 112, "PAK", 586, "45000000"),
            Legacy("2015", "1", "BLR", 112, "PAK", 586, "5000000"),
            Legacy("2015", "3", "BLR", 112, "PAK", 586, "1"),
            Legacy("2015", "4", "BLR", 112, "PAK", 586, "1"),
            Legacy("2015", "2", "BLR", 112, "WLD", 0, "1"),
            Legacy("2015", "2", "BLR", 112, "PAK", 586, "1", cmd: "01"),
            Legacy("201602", "2", "BLR", 112, "PAK", 586, "3000000"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Data.Figures.Should().HaveCount(3);
        result.Data.AllFigures.Single(f => f.Flow == TradeFlow.Turnover).Amount.Should().Be(Amount.FromMillions(50));
        result.Data.Figures.Should().Contain(f => f.Period == ReportingPeriod.Month(2016, 2));
        result.Skipped.Should().HaveCount(4);
    }

    [Fact]
    public void Load_CountriesOutsideTheOldHandWrittenList_BecomeFigures()
    {
        var text = File(
            CurrentHeader,
            Current("CMR", 120, "X", "PAN", 591, "2500000"),
            Current("JAM", 388, "M", "CMR", 120, "750000"),
            Current("PAN", 591, "X", "JAM", 388, "125000.5"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Skipped.Should().BeEmpty();
        result.Data.Figures.Select(f => (f.Reporter.Code, f.Partner.Code, f.Flow, f.Amount)).Should().BeEquivalentTo(
        [
            ("CMR", "PAN", TradeFlow.Exports, Amount.FromUnits(2_500_000m)),
            ("JAM", "CMR", TradeFlow.Imports, Amount.FromUnits(750_000m)),
            ("PAN", "JAM", TradeFlow.Exports, Amount.FromUnits(125_000.5m)),
        ]);
    }

    [Fact]
    public void Load_ComtradeOwnCodesWithoutIsoColumn_FindTheCountries()
    {
        // Legacy rows with the ISO columns left empty: only Comtrade's numeric codes say who is meant.
        var text = File(
            LegacyHeader,
            Legacy("2015", "2", "", 842, "", 251, "1000"),
            Legacy("2015", "2", "", 757, "", 699, "2000"),
            Legacy("2015", "1", "", 112, "", 842, "3000"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Skipped.Should().BeEmpty();
        result.Data.Figures.Select(f => (f.Reporter.Code, f.Partner.Code)).Should().BeEquivalentTo([("USA", "FRA"), ("CHE", "IND"), ("BLR", "USA")]);
    }

    [Fact]
    public void Load_AggregatesAndFormerCountries_AreCountedSkipsNotProblems()
    {
        var text = File(
            CurrentHeader,
            Current("BLR", 112, "X", "W00", 0, "9000"),
            Current("BLR", 112, "X", "EUR", 97, "100"),
            Current("BLR", 112, "X", "_X ", 899, "200"),
            Current("BLR", 112, "X", "S19", 490, "300"),
            Current("BLR", 112, "X", "X1 ", 837, "400"),
            Current("EUR", 97, "M", "BLR", 112, "500"),
            Current("BLR", 112, "X", "", 810, "600"),
            Current("BLR", 112, "X", "ZZZ", 998, "700"),
            Current("BLR", 112, "X", "VNM", 704, "800"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Data.Figures.Should().ContainSingle().Which.Partner.Code.Should().Be("VNM");
        result.Skipped.Select(s => (s.Count, s.FirstLine)).Should().Equal((1L, 2L), (6L, 3L), (1L, 9L));
        result.Skipped[0].Reason.Should().Contain("World");
        result.Skipped[1].Reason.Should().Contain("Comtrade area").And.Contain("Areas, nes");
        result.Skipped[2].Reason.Should().Contain("unknown code");
        TradeDataFile.Load(new StringReader(text), "comtrade.csv").Figures.Should().ContainSingle("strict loading skips areas too, never fails on them");
    }
}
