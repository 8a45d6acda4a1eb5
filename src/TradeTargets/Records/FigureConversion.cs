namespace TradeTargets;

/// <summary>How a figure in another currency was converted: the amount as reported and the average rate applied.</summary>
/// <param name="Original">The amount as reported, in its own currency.</param>
/// <param name="Rate">The average rate of the figure's own period, with its period, method and source.</param>
public sealed record FigureConversion(Amount Original, AverageRate Rate);
