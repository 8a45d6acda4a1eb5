namespace TradeTargets.Extraction;

/// <summary>What a sentence's amounts are read against: the currency of an amount written without one, and the
/// countries whose currency a unit written without its country most likely is ("riyals" in a passage on Qatar and
/// Kuwait are Qatari, "CFA francs" in one on Senegal are the West African franc).</summary>
/// <param name="Fallback">The currency of an amount written without one.</param>
/// <param name="Countries">The countries to try, most likely first: the reporter, then the sentence's own countries.</param>
/// <param name="DotThousands">Whether the article writes numbers the continental way, a dot between thousands and a comma
/// before decimals ("US$ 3.200 million", "9,8%"): it writes decimal commas and no decimal point.</param>
/// <param name="DollarSign">What "$" alone stands for (see <see cref="CurrencyNames.DollarSign"/>).</param>
internal readonly record struct CurrencyHints(Currency Fallback, IReadOnlyList<Country> Countries, bool DotThousands, Currency DollarSign);
