using TradeTargets.IO;

namespace TradeTargets.Tests;

public class ImfImporterTests
{
    private const string Exports = "\"Goods, Value of Exports, Free on board (FOB), US Dollars\",\"TXG_FOB_USD\"";
    private const string ImportsMillions = "\"Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars, Millions\",\"TMG_CIF_USD\"";
    private const string Imports = "\"Goods, Value of Imports, Cost, Insurance, Freight (CIF), US Dollars\",\"TMG_CIF_USD\"";

    // The data portal's time-series CSV: quoted fields and a trailing comma on every line.
    private const string TimeSeriesHeader =
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"Counterpart Country Name\",\"Counterpart Country Code\",\"Attribute\",\"2015\",\"2016\",\"2016M1\",\"2016M02\",";

    private const string SdmxHeader = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,UNIT_MULT";

    private static string TimeSeries(params string[] rows) => TimeSeriesHeader + "\n" + string.Join("\n", rows) + "\n";

    private static string Sdmx(params string[] rows) => SdmxHeader + "\n" + string.Join("\n", rows) + "\n";

    private static string Obs(string country, string indicator, string counterpart, string frequency, string period, string value, string multiplier = "6")
        => $"dataflow,IMF.STA:IMTS(1.0.0),I,{country},{indicator},{counterpart},{frequency},{period},{value},{multiplier}";

    private static LoadResult Lenient(string text, ImportOptions? options = null) => TradeDataFile.LoadLenient(new StringReader(text), "dots.csv", options ?? ImportOptions.Default);

    [Fact]
    public void Load_TimeSeriesLayout_GivesAnnualAndMonthlyFiguresScaledByTheIndicatorUnit()
    {
        var text = TimeSeries(
            $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Value\",\"100000000\",\"120500000.5\",\"10000000\",\"11000000\",",
            $"\"Belarus\",\"BY\",{ImportsMillions},\"Vietnam\",\"VN\",\"Value\",\"21.25\",\"\",\"\",\"\",");

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        var figures = result.Data.Figures;
        figures.Should().HaveCount(5).And.OnlyContain(f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM"
            && f.Basis == new Basis(Coverage.Goods, ReportingSide.Reporter));
        var exports = figures.Where(f => f.Flow == TradeFlow.Exports).ToDictionary(f => f.Period, f => f.Amount);
        exports.Should().BeEquivalentTo(new Dictionary<ReportingPeriod, Amount>
        {
            [ReportingPeriod.Year(2015)] = Amount.FromMillions(100),
            [ReportingPeriod.Year(2016)] = Amount.FromUnits(120_500_000.5m),
            [ReportingPeriod.Month(2016, 1)] = Amount.FromMillions(10),
            [ReportingPeriod.Month(2016, 2)] = Amount.FromMillions(11),
        });
        figures.Single(f => f.Flow == TradeFlow.Imports).Amount.Should().Be(Amount.FromUnits(21_250_000m), "the indicator says US Dollars, Millions");
        figures[0].Sources.Single().Publication.Should().Be("IMF Direction of Trade Statistics");
        result.Data.AllFigures.Single(f => f.Flow == TradeFlow.Turnover).Amount.Should().Be(Amount.FromUnits(121_250_000m));
    }

    [Fact]
    public void Load_TimeSeriesLayout_CountsRowsKeptOutByReason()
    {
        var text = TimeSeries(
            $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Value\",\"100\",\"\",\"\",\"\",",
            $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Status\",\"e\",\"\",\"\",\"\",",
            $"\"Belarus\",\"BY\",{Exports},\"World\",\"001\",\"Value\",\"5000\",\"\",\"\",\"\",",
            $"\"Belarus\",\"BY\",{Exports},\"World\",\"W00\",\"Value\",\"5000\",\"\",\"\",\"\",",
            "\"Belarus\",\"BY\",\"Goods, Value of Trade Balance, US Dollars\",\"TBG_USD\",\"Vietnam\",\"VN\",\"Value\",\"1\",\"\",\"\",\"\",",
            $"\"Belarus\",\"913\",{Exports},\"Not in the catalogue\",\"999\",\"Value\",\"100\",\"\",\"\",\"\",",
            $"\"Belarus\",\"BY\",{Exports},\"Advanced Economies\",\"110\",\"Value\",\"7\",\"\",\"\",\"\",");

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Data.Figures.Should().ContainSingle();
        result.Skipped.Select(s => (s.Count, s.FirstLine)).Should().Equal((1L, 3L), (2L, 4L), (1L, 6L), (2L, 7L));
        result.Skipped[0].Reason.Should().Contain("Status");
        result.Skipped[1].Reason.Should().StartWith("counterpart is World");
        result.Skipped[2].Reason.Should().Contain("trade balance");
        result.Skipped[3].Reason.Should().Contain("not a catalogue country").And.Contain("unknown code");
    }

    [Fact]
    public void Load_TimeSeriesWithImfNumericCodes_MapsThemThroughTheCatalogue()
    {
        // Older portal files name countries by IMF (IFS) codes: 913 Belarus, 582 Vietnam, 111 United States.
        var text = TimeSeries(
            $"\"Belarus\",\"913\",{Exports},\"Vietnam\",\"582\",\"Value\",\"100000000\",\"120500000\",\"\",\"\",",
            $"\"Belarus\",\"913\",{ImportsMillions},\"United States\",\"111\",\"Value\",\"21.25\",\"\",\"\",\"\",",
            $"\"Belarus\",\"913\",{Exports},\"World\",\"001\",\"Value\",\"5000\",\"\",\"\",\"\",",
            $"\"Belarus\",\"913\",{Exports},\"Not in the catalogue\",\"999\",\"Value\",\"7\",\"\",\"\",\"\",");

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        var figures = result.Data.Figures;
        figures.Should().HaveCount(3).And.OnlyContain(f => f.Reporter.Code == "BLR");
        figures.Where(f => f.Partner.Code == "VNM" && f.Flow == TradeFlow.Exports).ToDictionary(f => f.Period, f => f.Amount)
            .Should().BeEquivalentTo(new Dictionary<ReportingPeriod, Amount>
            {
                [ReportingPeriod.Year(2015)] = Amount.FromMillions(100),
                [ReportingPeriod.Year(2016)] = Amount.FromUnits(120_500_000m),
            });
        figures.Single(f => f.Partner.Code == "USA").Should().Match<ReportedFigure>(f => f.Flow == TradeFlow.Imports && f.Amount == Amount.FromUnits(21_250_000m));
        result.Skipped.Select(s => (s.Count, s.FirstLine)).Should().Equal((1L, 4L), (1L, 5L));
        result.Skipped[0].Reason.Should().StartWith("counterpart is World");
        result.Skipped[1].Reason.Should().Contain("not a catalogue country");
    }

    [Fact]
    public void Load_SdmxWithImfNumericCodes_MapsThemThroughTheCatalogue()
    {
        var text = Sdmx(
            Obs("913", "XG_FOB_USD", "582", "A", "2016", "120.5"),
            Obs("913", "XG_FOB_USD", "999", "A", "2016", "1"));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        result.Data.Figures.Should().ContainSingle().Which.Should().Match<ReportedFigure>(
            f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM" && f.Amount == Amount.FromMillions(120.5m));
        result.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("not a catalogue country");
    }

    [Fact]
    public void Load_TimeSeriesWithPerspective_GivesOwnAndMirrorFigures()
    {
        var text = TimeSeries(
            $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Value\",\"100\",\"\",\"\",\"\",",
            $"\"Vietnam\",\"VN\",{Imports},\"Belarus\",\"BY\",\"Value\",\"130\",\"\",\"\",\"\",",
            $"\"Vietnam\",\"VN\",{Exports},\"China\",\"CN\",\"Value\",\"1\",\"\",\"\",\"\",");

        var result = Lenient(text, ImportOptions.From(Country.Parse("BLR")));

        result.Problems.Should().BeEmpty();
        var figures = result.Data.Figures;
        figures.Should().HaveCount(2).And.OnlyContain(f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM" && f.Flow == TradeFlow.Exports);
        figures.Single(f => f.Basis.Side == ReportingSide.Reporter).Amount.Should().Be(Amount.FromUnits(100));
        var mirror = figures.Single(f => f.Basis.Side == ReportingSide.PartnerMirror);
        mirror.Amount.Should().Be(Amount.FromUnits(130), "Vietnam's imports from Belarus are Belarus's exports in mirror");
        mirror.Note.Should().Contain("VNM reported imports (CIF) from BLR");
        result.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("perspective");
    }

    [Fact]
    public void Load_TimeSeriesMalformedValue_StrictThrowsNamingLineAndPeriodLenientReportsAndKeepsTheRest()
    {
        var text = TimeSeries(
            $"\"Belarus\",\"BY\",{Exports},\"Vietnam\",\"VN\",\"Value\",\"100\",\"\",\"\",\"\",",
            $"\"Belarus\",\"BY\",{Imports},\"Vietnam\",\"VN\",\"Value\",\"50\",\"12x5\",\"\",\"\",");

        var strict = () => TradeDataFile.Load(new StringReader(text), "dots.csv");
        var lenient = Lenient(text);

        strict.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Column == "2016" && e.Value == "12x5" && e.Message.Contains("dots.csv line 3"));
        lenient.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 3 && p.Column == "2016" && p.Value == "12x5");
        lenient.Data.Figures.Should().HaveCount(2, "the row's other periods and the other rows still load");
    }

    [Fact]
    public void Load_TimeSeriesWithoutDollarUnit_ReportsTheRow()
    {
        var text = TimeSeries("\"Belarus\",\"BY\",\"Goods, Value of Exports, Free on board (FOB), National Currency\",\"TXG_FOB_USD\",\"Vietnam\",\"VN\",\"Value\",\"1\",\"\",\"\",\"\",");

        var result = Lenient(text);

        result.Problems.Should().ContainSingle().Which.Should().Match<DataProblem>(p => p.Line == 2 && p.Column == "Indicator Name");
        result.Data.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Load_SdmxLayout_GivesAnnualAndMonthlyFiguresScaledByTheUnitMultiplier()
    {
        var text = Sdmx(
            Obs("BLR", "XG_FOB_USD", "VNM", "A", "2016", "120.5"),
            Obs("BLR", "XG_FOB_USD", "VNM", "M", "2016-M01", "10.25"),
            Obs("BY", "MG_CIF_USD", "VN", "A", "2016", "21000000", multiplier: "0"),
            Obs("BLR", "XG_FOB_USD", "G001", "A", "2016", "23000"),
            Obs("BLR", "MG_FOB_USD", "VNM", "A", "2016", "20"),
            Obs("BLR", "XG_FOB_USD", "VNM", "A", "2017", ""));

        var result = Lenient(text);

        result.Problems.Should().BeEmpty();
        var figures = result.Data.Figures;
        figures.Should().HaveCount(3).And.OnlyContain(f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM" && f.Basis.Side == ReportingSide.Reporter);
        figures.Single(f => f.Period == ReportingPeriod.Year(2016) && f.Flow == TradeFlow.Exports).Amount.Should().Be(Amount.FromUnits(120_500_000m));
        figures.Single(f => f.Period == ReportingPeriod.Month(2016, 1)).Amount.Should().Be(Amount.FromUnits(10_250_000m));
        figures.Single(f => f.Flow == TradeFlow.Imports).Amount.Should().Be(Amount.FromMillions(21));
        figures[0].Sources.Single().Publication.Should().Be("IMF International Trade in Goods (IMTS)");
        result.Skipped.Select(s => (s.Count, s.FirstLine)).Should().Equal((1L, 5L), (1L, 6L), (1L, 7L));
        result.Skipped[0].Reason.Should().StartWith("counterpart is World");
        result.Skipped[1].Reason.Should().Contain("FOB");
        result.Skipped[2].Reason.Should().Contain("OBS_VALUE is empty");
    }

    [Fact]
    public void Load_SdmxWithPerspective_GivesMirrorFiguresFromThePartnersReports()
    {
        var text = Sdmx(
            Obs("VNM", "MG_CIF_USD", "BLR", "A", "2016", "130"),
            Obs("VNM", "XG_FOB_USD", "BLR", "A", "2016", "20"));

        var figures = TradeDataFile.Load(new StringReader(text), "imts.csv", ImportOptions.From(Country.Parse("Belarus"))).Figures;

        figures.Should().HaveCount(2).And.OnlyContain(f => f.Reporter.Code == "BLR" && f.Partner.Code == "VNM" && f.Basis.Side == ReportingSide.PartnerMirror);
        figures.Single(f => f.Flow == TradeFlow.Exports).Amount.Should().Be(Amount.FromMillions(130));
        figures.Single(f => f.Flow == TradeFlow.Imports).Amount.Should().Be(Amount.FromMillions(20));
    }

    [Fact]
    public void Load_SdmxMalformedValue_StrictThrowsNamingLineLenientReports()
    {
        var text = Sdmx(
            Obs("BLR", "XG_FOB_USD", "VNM", "A", "2016", "120.5"),
            Obs("BLR", "MG_CIF_USD", "VNM", "A", "2016", "1;5"),
            Obs("BLR", "MG_CIF_USD", "VNM", "A", "2015", "3", multiplier: "x"));

        var strict = () => TradeDataFile.Load(new StringReader(text), "imts.csv");
        var lenient = TradeDataFile.LoadLenient(new StringReader(text), "imts.csv");

        strict.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Column == "OBS_VALUE" && e.Value == "1;5");
        lenient.Problems.Select(p => (p.Line, p.Column)).Should().Equal((3L, "OBS_VALUE"), (4L, "UNIT_MULT"));
        lenient.Data.Figures.Should().ContainSingle();
    }

    [Fact]
    public void Load_SdmxWithoutUnitMultiplier_IsRejectedAtTheHeader()
    {
        var text = "COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\nBLR,XG_FOB_USD,VNM,A,2016,120.5\n";

        var act = () => TradeDataFile.Load(new StringReader(text), "imts.csv");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 1 && e.Reason.Contains("UNIT_MULT") && e.Reason.Contains("SCALE"));
    }

    [Fact]
    public void Load_SdmxWithScaleColumn_ReadsTheMultiplierFromIt()
    {
        var text = "COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE\nBLR,XG_FOB_USD,VNM,Q,2016-Q2,1.5,9\n";

        var figure = TradeDataFile.Load(new StringReader(text), "imts.csv").Figures.Single();

        figure.Amount.Should().Be(Amount.FromBillions(1.5m));
        figure.Period.Should().Be(ReportingPeriod.Quarter(2016, 2));
    }

    [Theory]
    [InlineData("2016", 2016, 1, 12)]
    [InlineData("2016M1", 2016, 1, 1)]
    [InlineData("2016M01", 2016, 1, 1)]
    [InlineData("2016M12", 2016, 12, 12)]
    [InlineData("2016-M03", 2016, 3, 3)]
    [InlineData("2016-03", 2016, 3, 3)]
    [InlineData("2016Q3", 2016, 7, 9)]
    [InlineData("2016-Q4", 2016, 10, 12)]
    public void TryParsePeriod_ImfForms_GiveThePeriod(string text, int year, int firstMonth, int lastMonth)
    {
        ImfImporter.TryParsePeriod(text, out var period).Should().BeTrue();

        period.Should().Be(ReportingPeriod.Months(year, firstMonth, lastMonth));
    }

    [Theory]
    [InlineData("2016M13")]
    [InlineData("2016M0")]
    [InlineData("2016Q5")]
    [InlineData("2016-3")]
    [InlineData("2016-M001")]
    [InlineData("201")]
    [InlineData("2016X1")]
    public void TryParsePeriod_OtherText_IsRejected(string text)
    {
        ImfImporter.TryParsePeriod(text, out _).Should().BeFalse();
    }
}
