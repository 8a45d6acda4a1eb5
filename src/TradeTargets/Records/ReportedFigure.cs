using System.Globalization;

namespace TradeTargets;

/// <summary>One reported trade level: who traded what with whom, over which period, how much, on which basis, and where it was said.</summary>
/// <remarks>
/// Several figures for the same pair, flow and period may coexist (statistics offices and officials
/// disagree); an <see cref="IFigureSelectionPolicy"/> picks one for scoring and the others stay visible.
/// A derived figure (<see cref="Derivation"/> set) carries the sources of every figure it came from.
/// </remarks>
public sealed record ReportedFigure : TradeRecord
{
    /// <summary>Creates a figure as reported by one source.</summary>
    /// <param name="id">A unique identifier, for example <c>blr-are-2015</c>.</param>
    /// <param name="reporter">The country whose trade is measured.</param>
    /// <param name="partner">The counterpart, different from the reporter.</param>
    /// <param name="flow">Turnover, exports or imports, from the reporter's side.</param>
    /// <param name="period">The months covered.</param>
    /// <param name="amount">The level.</param>
    /// <param name="basis">What the figure covers and who reported it.</param>
    /// <param name="source">Where it was published.</param>
    /// <param name="qualifier">How the source qualified the number.</param>
    /// <param name="note">A remark in the editor's words, if any.</param>
    /// <exception cref="ArgumentException">The id is blank, a country is missing, reporter and partner are the same, or the source is dated on or before the last day of the period (a level cannot be known before its period is over).</exception>
    public ReportedFigure(
        string id,
        Country reporter,
        Country partner,
        TradeFlow flow,
        ReportingPeriod period,
        Amount amount,
        Basis basis,
        Source source,
        AmountQualifier qualifier = AmountQualifier.Exact,
        string? note = null)
        : this(id, new TradePair(reporter, partner), flow, period, amount, basis, [Preconditions.NotNull(source)], qualifier, note, null)
    {
    }

    internal ReportedFigure(
        string id,
        TradePair pair,
        TradeFlow flow,
        ReportingPeriod period,
        Amount amount,
        Basis basis,
        IEnumerable<Source> sources,
        AmountQualifier qualifier,
        string? note,
        FigureDerivation? derivation)
        : base(id, pair, flow, note)
    {

        Period = Preconditions.Period(period);
        // Derived figures come from recorded ones and stay within decimal by construction; recorded ones are bounded.
        Amount = derivation is null ? Preconditions.Recorded(amount) : amount;
        Basis = basis;
        Sources = new ValueList<Source>(sources.Distinct());
        Qualifier = Preconditions.Defined(qualifier);
        Derivation = derivation;
        if (derivation is null)
        {
            // Derived figures inherit their inputs' sources, which passed this rule when the inputs were built.
            foreach (var source in Sources)
            {
                TimeOrder.CheckPublishedAfter(Period, source, basis.Side, nameof(source));
            }
        }
    }

    /// <summary>The months covered.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The level.</summary>
    public Amount Amount { get; }

    /// <summary>What the figure covers and who reported it.</summary>
    public Basis Basis { get; }

    /// <summary>How the source qualified the number.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Every source the figure rests on: one for a reported figure, all inputs' sources for a derived one.</summary>
    public ValueList<Source> Sources { get; }

    /// <summary>How the figure was derived, or null when it was reported as it stands.</summary>
    public FigureDerivation? Derivation { get; }

    /// <summary>
    /// How the figure was converted from another currency (original amount, rate, period, source), or null when it is
    /// in the currency it was reported in. A turnover summed from a converted part carries its part's conversion.
    /// </summary>
    public FigureConversion? Conversion => Derivation?.Conversion;

    /// <summary>Whether the figure was converted from another currency.</summary>
    public bool IsConverted => Conversion is not null;

    /// <summary>Whether the figure was computed from other figures rather than reported.</summary>
    public bool IsDerived => Derivation is not null;

    /// <summary>The date from which the figure could be known: the latest publication date of its sources.</summary>
    public DateOnly PublishedOn => Sources.Max(s => s.Published);

    /// <summary>Describes the figure in one line: "$29.7m turnover BLR–ARE 2015 (unstated/unstated)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Amount} {EnumText.Format(Flow)} {Pair} {Period} ({Basis}){(IsDerived ? " derived" : string.Empty)}");

    /// <inheritdoc/>
    internal override string KindName => "figure";
}
