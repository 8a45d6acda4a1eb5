namespace TradeTargets.Extraction;

/// <summary>A relative statement read from an article ("32% of the same period in 2015", "down 40% since 2012").</summary>
/// <param name="Reporter">The country whose trade is measured.</param>
/// <param name="Partner">The counterpart.</param>
/// <param name="Flow">Turnover, exports or imports.</param>
/// <param name="Period">The later period.</param>
/// <param name="ReferencePeriod">The period it is compared with.</param>
/// <param name="Ratio">Level of the period divided by level of the reference period: "32% of" is 0.32, "down 40%" is 0.6, "up 15%" is 1.15.</param>
/// <param name="Qualifier">How the percentage was qualified.</param>
/// <param name="Quote">The sentence.</param>
/// <param name="Inferred">What was inferred rather than read.</param>
/// <param name="Confidence">From 0 to 1.</param>
public sealed record StatementCandidate(
    Country Reporter,
    Country Partner,
    TradeFlow Flow,
    ReportingPeriod Period,
    ReportingPeriod ReferencePeriod,
    double Ratio,
    AmountQualifier Qualifier,
    TextQuote Quote,
    InferredParts Inferred,
    double Confidence);
