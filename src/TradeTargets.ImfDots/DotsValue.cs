namespace TradeTargets.ImfDots;

/// <summary>One annual figure of a DOTS workbook, as the reporting country published it.</summary>
/// <param name="Partner">The counterpart country.</param>
/// <param name="Flow">Exports (free on board) or imports (cost, insurance, freight), from the reporter's side.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Millions">The value in millions of US dollars, to the dollar (six decimals).</param>
/// <param name="Estimated">Whether the IMF marked the value as its estimate (a trailing "e").</param>
public readonly record struct DotsValue(Country Partner, TradeFlow Flow, int Year, decimal Millions, bool Estimated);
