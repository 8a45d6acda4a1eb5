namespace TradeTargets.Extraction;

/// <summary>A reported trade level read from an article, for a person to confirm.</summary>
/// <param name="Reporter">The country whose trade is measured.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Flow">Turnover, exports or imports, from the reporter's side.</param>
/// <param name="Period">The period, partial periods kept partial.</param>
/// <param name="Amount">The level, in the currency the article uses.</param>
/// <param name="Qualifier">"About", "over", "almost" (also "up to", "under"), or exact.</param>
/// <param name="Side">Who stated it: <see cref="ReportingSide.OfficialClaim"/> for the baseline of an announced goal, otherwise unstated.</param>
/// <param name="Quote">The sentence.</param>
/// <param name="Inferred">What was inferred rather than read.</param>
/// <param name="Confidence">From 0 to 1.</param>
public sealed record FigureCandidate(
    Country Reporter,
    Country Partner,
    TradeFlow Flow,
    ReportingPeriod Period,
    Amount Amount,
    AmountQualifier Qualifier,
    ReportingSide Side,
    TextQuote Quote,
    InferredParts Inferred,
    double Confidence);
