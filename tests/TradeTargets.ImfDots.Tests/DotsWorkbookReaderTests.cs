using DocumentFormat.OpenXml.Spreadsheet;

namespace TradeTargets.ImfDots.Tests;

public class DotsWorkbookReaderTests
{
    private static readonly Country Belarus = Country.Parse("BLR");
    private static readonly Country Poland = Country.Parse("POL");

    [Fact]
    public void Read_BelarusWorkbook_MapsTheImfNamesThroughTheCatalogue()
    {
        var workbook = DotsWorkbookReader.Read(Workbooks.Belarus);

        workbook.ReporterName.Should().Be("Belarus, Rep. of");
        workbook.Reporter.Should().Be(Belarus);
        workbook.Problems.Should().BeEmpty();
        workbook.Values.Select(v => v.Partner.Code).Should().Contain(["POL", "KAZ", "CHN", "VNM", "PAK", "NLD"]);
    }

    [Fact]
    public void Read_BelarusWorkbook_KeepsExportsFobAndImportsCifInMillionsOfDollars()
    {
        var values = DotsWorkbookReader.Read(Workbooks.Belarus).Values;

        var exports = values.Single(v => v.Partner == Poland && v.Flow == TradeFlow.Exports && v.Year == 2020);
        var imports = values.Single(v => v.Partner == Poland && v.Flow == TradeFlow.Imports && v.Year == 2020);

        exports.Millions.Should().Be(1250.7908m);
        exports.Estimated.Should().BeFalse();
        Math.Round(imports.Millions, 1).Should().Be(1240.1m);
    }

    [Fact]
    public void Read_BelarusWorkbook_SkipsAggregatesWithTheirReason()
    {
        var skipped = DotsWorkbookReader.Read(Workbooks.Belarus).Skipped;

        skipped.Should().ContainSingle(n => n.Sheet == "Exports, FOB" && n.Text == "World" && n.Cell == "B9")
            .Which.Reason.Should().Be("an aggregate (World)");
        skipped.Should().Contain(n => n.Text == "European Union" && n.Reason == "an aggregate (a union)");
        skipped.Should().Contain(n => n.Text == "Sub-Saharan Africa" && n.Reason == "an aggregate (a region)");
        skipped.Should().Contain(n => n.Text == "Advanced Economies" && n.Reason == "an aggregate (a group of economies)");
        skipped.Should().Contain(n => n.Text == "Memorandum Items" && n.Cell == "B221" && n.Reason == "a heading");
        skipped.Should().Contain(n => n.Text == "Australia" && n.Cell == "B32" && n.Reason == "repeats row 8 with the same values");
        skipped.Should().NotContain(n => n.Text == "Poland, Rep. of");
    }

    [Fact]
    public void Read_SintMaartenWorkbook_FlagsTheImfEstimates()
    {
        var workbook = DotsWorkbookReader.Read(Workbooks.SintMaarten);

        workbook.Reporter.Should().Be(Country.Parse("SXM"));
        var belgium2013 = workbook.Values.Single(v => v.Partner == Country.Parse("BEL") && v.Flow == TradeFlow.Exports && v.Year == 2013);
        belgium2013.Millions.Should().Be(4.14m);
        belgium2013.Estimated.Should().BeTrue();
        DotsWorkbookReader.Read(Workbooks.Belarus).Values.Single(v => v.Partner == Country.Parse("POL") && v.Flow == TradeFlow.Exports && v.Year == 2020).Estimated.Should().BeFalse();
    }

    [Fact]
    public void Read_WorkbookOfAnAggregate_IsLeftOutWithTheReason()
    {
        using var world = Workbooks.Edited(Workbooks.SintMaarten, d =>
        {
            Workbooks.SetCell(d, "Exports, FOB", "B4", "World");
            Workbooks.SetCell(d, "Imports, CIF", "B4", "World");
        });

        var workbook = DotsWorkbookReader.Read(world, "world.xlsx");

        workbook.Reporter.Should().BeNull();
        workbook.Values.Should().BeEmpty();
        workbook.SkipReason.Should().Be("the reporter 'World' is an aggregate (World)");
    }

    [Fact]
    public void Read_AnotherLayout_IsRefusedNamingTheSheet()
    {
        using var renamed = Workbooks.Edited(Workbooks.SintMaarten, d =>
            d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == "Imports, CIF").Name = "Imports");

        var read = () => DotsWorkbookReader.Read(renamed, "renamed.xlsx");

        read.Should().Throw<DotsFormatException>()
            .Which.Problem.Should().Match<DotsNote>(n => n.Workbook == "renamed.xlsx" && n.Sheet == "Imports, CIF" && n.Reason.StartsWith("the sheet 'Imports, CIF' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_AnotherTitle_IsRefusedAtTheTitleCell()
    {
        using var retitled = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "B2", "Exports by Partner"));

        var read = () => DotsWorkbookReader.Read(retitled, "retitled.xlsx");

        read.Should().Throw<DotsFormatException>().WithMessage("retitled.xlsx, sheet 'Exports, FOB', cell B2 ('Exports by Partner'): not the DOTS layout*");
    }

    [Fact]
    public void Read_MissingYearRow_IsRefusedAtC7()
    {
        using var noYears = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.ClearRow(d, "Imports, CIF", 7));

        var read = () => DotsWorkbookReader.Read(noYears, "no-years.xlsx");

        read.Should().Throw<DotsFormatException>()
            .Which.Problem.Should().Be(new DotsNote("no-years.xlsx", "Imports, CIF", "C7", string.Empty, "the year row is missing: expected years from C7 on"));
    }

    [Theory]
    [InlineData("2011")]
    [InlineData("2009")]
    [InlineData("20x1")]
    public void Read_BrokenYearRow_IsRefusedAtTheCell(string year)
    {
        using var broken = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "E7", year));

        var read = () => DotsWorkbookReader.Read(broken, "broken.xlsx");

        read.Should().Throw<DotsFormatException>().Which.Problem.Cell.Should().Be("E7");
    }

    [Theory]
    [InlineData("12.3x")]
    [InlineData("e")]
    [InlineData("1,2345.0 e")]
    [InlineData("-4.14")]
    [InlineData("4.14 ee")]
    public void Read_ValueNeitherNumberNorEstimate_StrictlyRefusedAtTheCell(string text)
    {
        using var bad = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "F12", text));

        var read = () => DotsWorkbookReader.Read(bad, "bad.xlsx");

        read.Should().Throw<DotsFormatException>()
            .Which.Problem.Should().Match<DotsNote>(n => n.Sheet == "Exports, FOB" && n.Cell == "F12" && n.Text == text);
    }

    [Fact]
    public void Read_BadValueLeniently_ReportsItAndKeepsTheRest()
    {
        using var bad = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "F12", "n/a"));

        var workbook = DotsWorkbookReader.Read(bad, "bad.xlsx", strict: false);

        workbook.Problems.Should().ContainSingle().Which.Should().Be(
            new DotsNote("bad.xlsx", "Exports, FOB", "F12", "n/a", "neither a number nor a number with the estimate mark 'e'"));
        workbook.Values.Should().NotContain(v => v.Partner == Country.Parse("BEL") && v.Flow == TradeFlow.Exports && v.Year == 2013);
        workbook.Values.Should().Contain(v => v.Partner == Country.Parse("BEL") && v.Flow == TradeFlow.Exports && v.Year == 2014);
    }

    [Fact]
    public void Read_ThousandsSeparatorInAnEstimate_IsANumber()
    {
        using var big = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Exports, FOB", "F12", "2,528.04 e"));

        var value = DotsWorkbookReader.Read(big, "big.xlsx").Values.Single(v => v.Partner == Country.Parse("BEL") && v.Flow == TradeFlow.Exports && v.Year == 2013);

        value.Should().Be(new DotsValue(Country.Parse("BEL"), TradeFlow.Exports, 2013, 2528.04m, true));
    }

    [Fact]
    public void Read_UnmappablePartnerName_IsAProblemAtItsCell()
    {
        using var unknown = Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Imports, CIF", "B12", "Atlantis, Rep. of"));

        var workbook = DotsWorkbookReader.Read(unknown, "unknown.xlsx", strict: false);
        var strict = () => DotsWorkbookReader.Read(Workbooks.Edited(Workbooks.SintMaarten, d => Workbooks.SetCell(d, "Imports, CIF", "B12", "Atlantis, Rep. of")), "unknown.xlsx");

        workbook.Problems.Should().ContainSingle().Which.Should().Be(
            new DotsNote("unknown.xlsx", "Imports, CIF", "B12", "Atlantis, Rep. of", "the country catalogue cannot map the partner's name"));
        strict.Should().Throw<DotsFormatException>().WithMessage("unknown.xlsx, sheet 'Imports, CIF', cell B12 ('Atlantis, Rep. of'): the country catalogue cannot map the partner's name");
    }

    [Fact]
    public void Read_RepeatedPartnerWithOtherValues_IsAProblem()
    {
        using var changed = Workbooks.Edited(Workbooks.Belarus, d => Workbooks.SetCell(d, "Exports, FOB", "AE32", "99"));

        var workbook = DotsWorkbookReader.Read(changed, "changed.xlsx", strict: false);

        workbook.Problems.Should().ContainSingle().Which.Should().Match<DotsNote>(n => n.Cell == "B32" && n.Reason == "the partner AUS appears again with other values than in row 8");
    }

    [Fact]
    public void Read_NotAWorkbook_IsRefused()
    {
        using var text = new MemoryStream("Country,Partner\n"u8.ToArray());

        var read = () => DotsWorkbookReader.Read(text, "dots.csv");

        read.Should().Throw<DotsFormatException>().WithMessage("dots.csv, *not an Excel workbook (.xlsx)*");
    }
}
