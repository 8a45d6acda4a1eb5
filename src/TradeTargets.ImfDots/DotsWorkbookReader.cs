using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TradeTargets.ImfDots;

/// <summary>
/// Reads one workbook of the IMF's Direction of Trade Statistics Excel download (one reporter; a sheet
/// <c>Exports, FOB</c> and a sheet <c>Imports, CIF</c>; the reporter's name in B4, the unit in B5, the years from C7
/// on, one partner per row from row 8 with its name in column B). Values are millions of US dollars; a trailing
/// <c>e</c> marks the IMF's estimate. Partner names map through the country catalogue (<see cref="Country.TryParse"/>);
/// aggregates, unspecified areas and former countries are left out with their reason (<see cref="DotsWorkbook.Skipped"/>).
/// </summary>
public static partial class DotsWorkbookReader
{
    private const int TitleRow = 2;
    private const int ReporterRow = 4;
    private const int UnitRow = 5;
    private const int YearRow = 7;
    private const int NameColumn = 2;   // B
    private const int FirstYearColumn = 3; // C
    private const string Unit = "US Dollars, Millions";

    private static readonly (string Sheet, string Title, TradeFlow Flow)[] Sheets =
    [
        ("Exports, FOB", "Exports, FOB to Partner Countries", TradeFlow.Exports),
        ("Imports, CIF", "Imports, CIF from Partner Countries", TradeFlow.Imports),
    ];

    /// <summary>Reads a workbook file.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="strict">True (the default) to throw at the first bad cell; false to collect bad cells in <see cref="DotsWorkbook.Problems"/>.</param>
    /// <returns>The workbook's values and what was left out.</returns>
    /// <exception cref="DotsFormatException">The file is not a DOTS workbook (another layout, a missing year row), or, strictly, a cell is bad.</exception>
    public static DotsWorkbook Read(string path, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), strict);
    }

    /// <summary>Reads a workbook from a stream.</summary>
    /// <param name="stream">The .xlsx content (seekable).</param>
    /// <param name="name">The name problems cite, usually the file name.</param>
    /// <param name="strict">True (the default) to throw at the first bad cell; false to collect bad cells in <see cref="DotsWorkbook.Problems"/>.</param>
    /// <returns>The workbook's values and what was left out.</returns>
    /// <exception cref="DotsFormatException">The content is not a DOTS workbook, or, strictly, a cell is bad.</exception>
    public static DotsWorkbook Read(Stream stream, string name, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        var grids = OpenSheets(stream, name);
        var notes = new Notes(name, strict);
        var reporterName = ReadReporterName(grids, notes);
        Country? reporter = null;
        string? skipReason = null;
        if (ImfAreas.TryGetReason(reporterName, out var areaReason))
        {
            skipReason = $"the reporter '{reporterName}' is {areaReason}";
        }
        else if (Country.TryParse(reporterName, out var country))
        {
            reporter = country;
        }
        else
        {
            notes.Problem(Sheets[0].Sheet, Cell(NameColumn, ReporterRow), reporterName, "the country catalogue cannot map the reporter's name");
        }

        var values = new List<DotsValue>();
        if (reporter is { } known)
        {
            for (var i = 0; i < Sheets.Length; i++)
            {
                ReadValues(grids[i], Sheets[i].Sheet, Sheets[i].Flow, known, notes, values);
            }
        }

        return new DotsWorkbook(name, reporterName, reporter, skipReason, values, notes.Skipped, notes.Problems);
    }

    private static Grid[] OpenSheets(Stream stream, string name)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            throw new DotsFormatException(new DotsNote(name, string.Empty, string.Empty, string.Empty, $"not an Excel workbook (.xlsx): {e.Message}"));
        }

        using (document)
        {
            var workbook = document.WorkbookPart
                ?? throw new DotsFormatException(new DotsNote(name, string.Empty, string.Empty, string.Empty, "the workbook has no sheets"));
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var grids = new Grid[Sheets.Length];
            for (var i = 0; i < Sheets.Length; i++)
            {
                var (sheetName, title, _) = Sheets[i];
                var sheet = sheets.FirstOrDefault(s => s.Name?.Value == sheetName)
                    ?? throw Layout(name, sheetName, string.Empty, string.Empty, $"the sheet '{sheetName}' is missing: not the DOTS layout (expected sheets '{Sheets[0].Sheet}' and '{Sheets[1].Sheet}'; found {string.Join(", ", sheets.Select(s => $"'{s.Name?.Value}'"))})");
                var grid = Grid.Read((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!), strings);
                var titleText = grid.Text(TitleRow, NameColumn);
                if (titleText != title)
                {
                    throw Layout(name, sheetName, Cell(NameColumn, TitleRow), titleText, $"not the DOTS layout: expected the title '{title}'");
                }

                var unit = grid.Text(UnitRow, NameColumn);
                if (unit != Unit)
                {
                    throw Layout(name, sheetName, Cell(NameColumn, UnitRow), unit, $"expected the unit '{Unit}'");
                }

                grids[i] = grid;
            }

            return grids;
        }
    }

    private static string ReadReporterName(Grid[] grids, Notes notes)
    {
        var names = grids.Select(g => g.Text(ReporterRow, NameColumn).Trim()).ToArray();
        if (names[0].Length == 0)
        {
            throw Layout(notes.Workbook, Sheets[0].Sheet, Cell(NameColumn, ReporterRow), string.Empty, "the reporter's name is missing");
        }

        if (names.Any(n => n != names[0]))
        {
            throw Layout(notes.Workbook, Sheets[1].Sheet, Cell(NameColumn, ReporterRow), names[1], $"the sheets name different reporters ('{names[0]}' on '{Sheets[0].Sheet}')");
        }

        return names[0];
    }

    private static void ReadValues(Grid grid, string sheet, TradeFlow flow, Country reporter, Notes notes, List<DotsValue> values)
    {
        var years = ReadYears(grid, sheet, notes.Workbook);
        var seen = new Dictionary<Country, (int Row, Dictionary<int, (decimal, bool)> Values)>();
        foreach (var (row, cells) in grid.RowsAfter(YearRow))
        {
            var name = cells.FirstOrDefault(c => c.Column == NameColumn).Text?.Trim() ?? string.Empty;
            var valueCells = cells.Where(c => c.Column != NameColumn && c.Text.Length > 0).ToList();
            if (name.Length == 0)
            {
                foreach (var cell in valueCells)
                {
                    notes.Problem(sheet, Cell(cell.Column, row), cell.Text, "a value without a partner name in column B");
                }

                continue;
            }

            var nameCell = Cell(NameColumn, row);
            if (ImfAreas.TryGetReason(name, out var reason))
            {
                notes.Skip(sheet, nameCell, name, reason);
                continue;
            }

            if (!Country.TryParse(name, out var partner))
            {
                notes.Problem(sheet, nameCell, name, "the country catalogue cannot map the partner's name");
                continue;
            }

            if (partner == reporter)
            {
                notes.Problem(sheet, nameCell, name, "the partner is the reporter itself");
                continue;
            }

            var rowValues = new Dictionary<int, (decimal, bool)>();
            foreach (var cell in valueCells)
            {
                var reference = Cell(cell.Column, row);
                var index = cell.Column - FirstYearColumn;
                if (index < 0 || index >= years.Length)
                {
                    notes.Problem(sheet, reference, cell.Text, "a value outside the year columns");
                }
                else if (ParseValue(cell, out var millions, out var estimated) is { } problem)
                {
                    notes.Problem(sheet, reference, cell.Text, problem);
                }
                else
                {
                    rowValues[years[index]] = (millions, estimated);
                }
            }

            if (seen.TryGetValue(partner, out var earlier))
            {
                if (SameValues(earlier.Values, rowValues))
                {
                    notes.Skip(sheet, nameCell, name, string.Create(CultureInfo.InvariantCulture, $"repeats row {earlier.Row} with the same values"));
                }
                else
                {
                    notes.Problem(sheet, nameCell, name, string.Create(CultureInfo.InvariantCulture, $"the partner {partner} appears again with other values than in row {earlier.Row}"));
                }

                continue;
            }

            seen[partner] = (row, rowValues);
            foreach (var (year, (millions, estimated)) in rowValues.OrderBy(v => v.Key))
            {
                values.Add(new DotsValue(partner, flow, year, millions, estimated));
            }
        }
    }

    private static bool SameValues(Dictionary<int, (decimal, bool)> a, Dictionary<int, (decimal, bool)> b)
        => a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);

    private static int[] ReadYears(Grid grid, string sheet, string workbook)
    {
        var cells = grid.Row(YearRow).Where(c => c.Column >= FirstYearColumn && c.Text.Length > 0).ToList();
        if (cells.Count == 0 || cells[0].Column != FirstYearColumn)
        {
            throw Layout(workbook, sheet, Cell(FirstYearColumn, YearRow), cells.Count == 0 ? string.Empty : cells[0].Text, "the year row is missing: expected years from C7 on");
        }

        var years = new int[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!int.TryParse(cell.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100
                || cell.Column != FirstYearColumn + i || (i > 0 && year <= years[i - 1]))
            {
                throw Layout(workbook, sheet, Cell(cell.Column, YearRow), cell.Text, "the year row is broken: expected a year in every column from C7 on, each later than the one before (a year without data may be left out)");
            }

            years[i] = year;
        }

        return years;
    }

    /// <summary>Reads a number, or a number written as text with the estimate mark ("1,254.40 e"); returns the problem or null.</summary>
    internal static string? ParseValue(GridCell cell, out decimal millions, out bool estimated)
    {
        millions = 0;
        estimated = false;
        var text = cell.Text.Trim();
        if (cell.IsText)
        {
            var match = TextValue().Match(text);
            if (!match.Success)
            {
                return "neither a number nor a number with the estimate mark 'e'";
            }

            estimated = match.Groups["e"].Success;
            text = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out millions))
        {
            return "neither a number nor a number with the estimate mark 'e'";
        }

        if (millions < 0)
        {
            return "a negative value";
        }

        // The IMF's figures are kept to the dollar; the digits beyond are binary floating-point noise.
        millions = Math.Round(millions, 6, MidpointRounding.AwayFromZero);
        return null;
    }

    private static DotsFormatException Layout(string workbook, string sheet, string cell, string text, string reason)
        => new(new DotsNote(workbook, sheet, cell, text, reason));

    internal static string Cell(int column, int row)
    {
        var letters = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{letters}{row}");
    }

    [GeneratedRegex(@"^(?<number>([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?)(\s*(?<e>e))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TextValue();

    private sealed class Notes(string workbook, bool strict)
    {
        public string Workbook { get; } = workbook;

        public List<DotsNote> Skipped { get; } = [];

        public List<DotsNote> Problems { get; } = [];

        public void Skip(string sheet, string cell, string text, string reason) => Skipped.Add(new DotsNote(Workbook, sheet, cell, text, reason));

        public void Problem(string sheet, string cell, string text, string reason)
        {
            var note = new DotsNote(Workbook, sheet, cell, text, reason);
            if (strict)
            {
                throw new DotsFormatException(note);
            }

            Problems.Add(note);
        }
    }
}
