namespace TradeTargets;

/// <summary>One average rate of a rates table: units of a quote currency per unit of a base currency over a month or a year.</summary>
/// <param name="Base">The currency one unit of which is priced.</param>
/// <param name="Quote">The currency the price is in.</param>
/// <param name="Period">A month, or a calendar year where the source gives only annual averages.</param>
/// <param name="Rate">Units of <paramref name="Quote"/> per unit of <paramref name="Base"/>, the arithmetic mean over the period.</param>
/// <param name="Days">How many daily rates were averaged, or null when the source does not say.</param>
/// <param name="Source">The source.</param>
public sealed record ExchangeRate(Currency Base, Currency Quote, ReportingPeriod Period, double Rate, int? Days, RateSource Source);
