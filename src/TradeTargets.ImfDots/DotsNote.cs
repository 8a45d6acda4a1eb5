using System.Globalization;

namespace TradeTargets.ImfDots;

/// <summary>A cell of a DOTS workbook that was left out or could not be read, with where it is and why.</summary>
/// <param name="Workbook">The workbook's name (its file name).</param>
/// <param name="Sheet">The sheet, for example <c>Exports, FOB</c>.</param>
/// <param name="Cell">The cell reference, for example <c>B9</c>.</param>
/// <param name="Text">The cell's text, for example <c>World</c>.</param>
/// <param name="Reason">Why it was left out or refused, for example <c>an aggregate (World)</c>.</param>
public sealed record DotsNote(string Workbook, string Sheet, string Cell, string Text, string Reason)
{
    /// <summary>Returns "workbook, sheet 'Exports, FOB', cell B9 ('World'): reason".</summary>
    /// <returns>The note in one line.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Workbook}, sheet '{Sheet}', cell {Cell} ('{Text}'): {Reason}");
}
