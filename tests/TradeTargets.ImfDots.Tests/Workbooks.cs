using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TradeTargets.ImfDots.Tests;

/// <summary>The real DOTS workbooks committed for the tests, and copies of them changed in one place.</summary>
internal static class Workbooks
{
    public static string Belarus => Path.Combine(AppContext.BaseDirectory, "Workbooks", "belarus.xlsx");

    public static string SintMaarten => Path.Combine(AppContext.BaseDirectory, "Workbooks", "sint-maarten.xlsx");

    /// <summary>Returns a copy of a workbook in memory after <paramref name="change"/> has edited it.</summary>
    public static MemoryStream Edited(string path, Action<SpreadsheetDocument> change)
    {
        var copy = new MemoryStream();
        using (var file = File.OpenRead(path))
        {
            file.CopyTo(copy);
        }

        using (var document = SpreadsheetDocument.Open(copy, true))
        {
            change(document);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Sets a cell of a sheet to a text, or removes its value when the text is null.</summary>
    public static void SetCell(SpreadsheetDocument document, string sheetName, string reference, string? text)
    {
        var cell = Cells(document, sheetName).Single(c => c.CellReference?.Value == reference);
        if (text is null)
        {
            cell.CellValue = null;
            cell.DataType = null;
        }
        else
        {
            cell.DataType = CellValues.String;
            cell.CellValue = new CellValue(text);
        }
    }

    public static void ClearRow(SpreadsheetDocument document, string sheetName, int row)
    {
        foreach (var cell in Cells(document, sheetName).Where(c => c.Parent is Row r && r.RowIndex?.Value == (uint)row))
        {
            cell.CellValue = null;
            cell.DataType = null;
        }
    }

    private static List<Cell> Cells(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name?.Value == sheetName);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Cell>().ToList();
    }
}
