using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TradeTargets.ImfDots;

/// <summary>One cell's text: a number as Excel stores it, or a string; <see cref="IsText"/> says which.</summary>
internal readonly record struct GridCell(int Column, string Text, bool IsText);

/// <summary>A worksheet's non-empty cells by row, as the Open XML SDK reads them.</summary>
internal sealed class Grid
{
    private readonly SortedDictionary<int, List<GridCell>> rows;

    private Grid(SortedDictionary<int, List<GridCell>> rows) => this.rows = rows;

    public static Grid Read(WorksheetPart part, string[] sharedStrings)
    {
        var rows = new SortedDictionary<int, List<GridCell>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = new List<GridCell>();
            var rowIndex = (int)(row.RowIndex?.Value ?? 0);
            foreach (var cell in row.Elements<Cell>())
            {
                var type = cell.DataType?.Value;
                string? text;
                bool isText;
                if (type == CellValues.SharedString)
                {
                    text = int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < sharedStrings.Length ? sharedStrings[index] : null;
                    isText = true;
                }
                else if (type == CellValues.InlineString)
                {
                    text = cell.InlineString?.InnerText;
                    isText = true;
                }
                else
                {
                    text = cell.CellValue?.Text;
                    isText = type == CellValues.String;
                }

                if (!string.IsNullOrEmpty(text) && cell.CellReference?.Value is { } reference)
                {
                    cells.Add(new GridCell(ColumnOf(reference), text, isText));
                    rowIndex = rowIndex == 0 ? RowOf(reference) : rowIndex;
                }
            }

            if (cells.Count > 0)
            {
                rows[rowIndex] = cells;
            }
        }

        return new Grid(rows);
    }

    public IReadOnlyList<GridCell> Row(int row) => rows.TryGetValue(row, out var cells) ? cells : [];

    public string Text(int row, int column) => Row(row).FirstOrDefault(c => c.Column == column).Text ?? string.Empty;

    public IEnumerable<(int Row, IReadOnlyList<GridCell> Cells)> RowsAfter(int row)
        => rows.Where(r => r.Key > row).Select(r => (r.Key, (IReadOnlyList<GridCell>)r.Value));

    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), CultureInfo.InvariantCulture);
}
