using System.Globalization;

namespace TradeTargets;

/// <summary>
/// A statement that relates the level of one period to the level of an earlier one: "exports were 32% of
/// the same period a year earlier", "turnover is down 40% since 2012".
/// </summary>
/// <remarks>
/// On its own it pins no number. Together with a reported level for either period it yields the other
/// through <see cref="Derive"/>, as a figure marked derived that cites both sources.
/// </remarks>
public sealed record RelativeStatement : TradeRecord
{
    /// <summary>Creates a statement.</summary>
    /// <param name="id">A unique identifier.</param>
    /// <param name="reporter">The reporter.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="flow">The flow.</param>
    /// <param name="period">The later period, whose level is stated relative to the reference.</param>
    /// <param name="referencePeriod">The earlier period the level is compared with.</param>
    /// <param name="ratio">Level of <paramref name="period"/> divided by level of <paramref name="referencePeriod"/>: 0.32 for "32% of", 0.6 for "down 40%".</param>
    /// <param name="source">Where it was said.</param>
    /// <param name="qualifier">How the source qualified the ratio.</param>
    /// <param name="note">The editor's remark.</param>
    /// <exception cref="ArgumentException">An argument is missing, reporter and partner are the same, the two periods differ in length, the reference period does not come first, or the source is dated on or before the last day of the later period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is not a finite number between <see cref="MinRatio"/> and <see cref="MaxRatio"/>.</exception>
    public RelativeStatement(
        string id,
        Country reporter,
        Country partner,
        TradeFlow flow,
        ReportingPeriod period,
        ReportingPeriod referencePeriod,
        double ratio,
        Source source,
        AmountQualifier qualifier = AmountQualifier.Exact,
        string? note = null)
        : base(id, new TradePair(reporter, partner), flow, note)
    {
        Preconditions.Period(period);
        Preconditions.Period(referencePeriod);
        if (period.MonthCount != referencePeriod.MonthCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The two periods must have the same length, so that their levels compare; {period} covers {period.MonthCount} month(s) and {referencePeriod} {referencePeriod.MonthCount}."),
                nameof(referencePeriod));
        }

        if (referencePeriod >= period)
        {
            throw new ArgumentException($"The reference period {referencePeriod} must come before the period {period} it is compared with.", nameof(referencePeriod));
        }

        Period = period;
        ReferencePeriod = referencePeriod;
        Ratio = Preconditions.Positive(ratio) is >= MinRatio and <= MaxRatio
            ? ratio
            : throw new ArgumentOutOfRangeException(nameof(ratio), ratio, string.Create(CultureInfo.InvariantCulture, $"ratio must be between {MinRatio:R} and {MaxRatio:R} (a level a million times smaller or larger than the other at most); it was {ratio:R}."));
        Source = Preconditions.NotNull(source);
        TimeOrder.CheckPublishedAfter(period, source, ReportingSide.Unstated, nameof(source));
        Qualifier = Preconditions.Defined(qualifier);
    }

    /// <summary>The later period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The earlier period.</summary>
    public ReportingPeriod ReferencePeriod { get; }

    /// <summary>The smallest ratio a statement may state: one millionth.</summary>
    /// <remarks>With <see cref="MaxRatio"/> it keeps a level derived from any recorded figure within <see cref="decimal"/>.</remarks>
    public const double MinRatio = 1e-6;

    /// <summary>The largest ratio a statement may state: a million.</summary>
    public const double MaxRatio = 1e6;

    /// <summary>Level of <see cref="Period"/> over level of <see cref="ReferencePeriod"/>.</summary>
    public double Ratio { get; }

    /// <summary>Where it was said.</summary>
    public Source Source { get; }

    /// <summary>How the ratio was qualified.</summary>
    public AmountQualifier Qualifier { get; }


    /// <summary>Whether the statement relates to the figure: same pair and flow, and the figure covers one of its two periods.</summary>
    /// <param name="figure">A reported figure.</param>
    /// <returns>Whether <see cref="Derive"/> applies.</returns>
    public bool AppliesTo(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Pair == Pair && figure.Flow == Flow
            && (figure.Period == Period || figure.Period == ReferencePeriod);
    }

    /// <summary>Computes the level of the other period from a reported level of one of the two.</summary>
    /// <param name="known">A figure for <see cref="Period"/> or <see cref="ReferencePeriod"/> of the same pair and flow.</param>
    /// <returns>The derived figure, citing both sources, marked derived and qualified "about" unless both inputs are exact.</returns>
    /// <exception cref="ArgumentException">The figure is not for this pair, flow or either period.</exception>
    public ReportedFigure Derive(ReportedFigure known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (!AppliesTo(known))
        {
            throw new ArgumentException($"Figure {known.Id} ({known}) is not for the pair, flow or periods of statement {Id}.", nameof(known));
        }

        var forward = known.Period == ReferencePeriod;
        var value = forward ? known.Amount.Value * (decimal)Ratio : known.Amount.Value / (decimal)Ratio;
        var target = forward ? Period : ReferencePeriod;
        var ratioText = Ratio.ToString("0.####", CultureInfo.InvariantCulture);
        var formula = forward
            ? $"{known.Amount} ({known.Period}) × {ratioText}"
            : $"{known.Amount} ({known.Period}) ÷ {ratioText}";
        var exact = known.Qualifier == AmountQualifier.Exact && Qualifier == AmountQualifier.Exact;
        return new ReportedFigure(
            $"{known.Id}~{Id}",
            Pair,
            Flow,
            target,
            Amount.FromUnits(decimal.Round(value, 0), known.Amount.Currency),
            known.Basis,
            known.Sources.Append(Source),
            exact ? AmountQualifier.Exact : AmountQualifier.About,
            $"Derived from statement {Id}.",
            new FigureDerivation(DerivationMethod.RelativeStatement, new ValueList<string>([known.Id, Id]), formula));
    }

    /// <inheritdoc/>
    internal override string KindName => "statement";
}
