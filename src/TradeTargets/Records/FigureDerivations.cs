using System.Globalization;

namespace TradeTargets;

/// <summary>Builds derived figures: turnover from its parts, and levels pinned by relative statements.</summary>
public static class FigureDerivations
{
    /// <summary>Turnover as exports plus imports of the same pair, period, basis and currency.</summary>
    /// <param name="exports">An exports figure.</param>
    /// <param name="imports">An imports figure of the same pair, period and basis.</param>
    /// <returns>A turnover figure marked derived, citing both sources.</returns>
    /// <exception cref="ArgumentException">The flows are wrong, or the two differ in pair, period, basis or currency; the message names the difference.</exception>
    public static ReportedFigure TurnoverFromParts(ReportedFigure exports, ReportedFigure imports)
    {
        ArgumentNullException.ThrowIfNull(exports);
        ArgumentNullException.ThrowIfNull(imports);
        Require(exports.Flow == TradeFlow.Exports, nameof(exports), $"{exports.Id} must be an exports figure; it is {EnumText.Format(exports.Flow)}.");
        Require(imports.Flow == TradeFlow.Imports, nameof(imports), $"{imports.Id} must be an imports figure; it is {EnumText.Format(imports.Flow)}.");
        Require(exports.Pair == imports.Pair, nameof(imports), $"{imports.Id} is for {imports.Pair} but {exports.Id} is for {exports.Pair}; turnover needs one pair.");
        Require(exports.Period == imports.Period, nameof(imports), $"{imports.Id} covers {imports.Period} but {exports.Id} covers {exports.Period}; turnover needs the same period.");
        Require(exports.Basis == imports.Basis, nameof(imports), $"{imports.Id} has basis {imports.Basis} but {exports.Id} has basis {exports.Basis}; exports and imports of different bases cannot be combined.");
        Require(exports.Amount.Currency == imports.Amount.Currency, nameof(imports), $"{imports.Id} is in {imports.Amount.Currency} but {exports.Id} is in {exports.Amount.Currency}.");
        var exact = exports.Qualifier == AmountQualifier.Exact && imports.Qualifier == AmountQualifier.Exact;
        return new ReportedFigure(
            $"{exports.Id}+{imports.Id}",
            exports.Pair,
            TradeFlow.Turnover,
            exports.Period,
            exports.Amount + imports.Amount,
            exports.Basis,
            exports.Sources.Concat(imports.Sources),
            exact ? AmountQualifier.Exact : AmountQualifier.About,
            "Derived: exports plus imports.",
            new FigureDerivation(
                DerivationMethod.SumOfExportsAndImports,
                new ValueList<string>([exports.Id, imports.Id]),
                $"exports {exports.Amount} + imports {imports.Amount}")
            {
                // A sum resting on a converted part is itself a converted figure: the reader must see the rate.
                Conversion = exports.Conversion ?? imports.Conversion,
            });
    }

    /// <summary>A figure converted into another currency at an average rate of its own period.</summary>
    /// <param name="figure">The figure, reported or derived.</param>
    /// <param name="rate">The average rate from the figure's currency to the target currency over the figure's period.</param>
    /// <returns>
    /// The same figure (pair, flow, period, basis, sources, qualifier) in <see cref="AverageRate.To"/>, rounded to whole
    /// units, marked derived with <see cref="DerivationMethod.CurrencyConversion"/>, the id <c>original@CODE</c>, and
    /// the original amount and the rate in <see cref="ReportedFigure.Conversion"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The rate is not from the figure's currency, or not for its period.</exception>
    public static ReportedFigure Converted(ReportedFigure figure, AverageRate rate)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(rate);
        Require(rate.From == figure.Amount.Currency, nameof(rate), $"The rate converts from {rate.From} but {figure.Id} is in {figure.Amount.Currency}.");
        Require(rate.Period == figure.Period, nameof(rate), $"The rate is for {rate.Period} but {figure.Id} covers {figure.Period}; a figure is converted at its own period's rate.");
        var amount = Amount.FromDouble(figure.Amount.ToDouble() * rate.Rate, rate.To);
        return new ReportedFigure(
            $"{figure.Id}@{rate.To}",
            figure.Pair,
            figure.Flow,
            figure.Period,
            amount,
            figure.Basis,
            figure.Sources,
            figure.Qualifier,
            $"Converted: {figure.Amount} at {rate}.",
            new FigureDerivation(
                DerivationMethod.CurrencyConversion,
                new ValueList<string>([figure.Id]),
                string.Create(CultureInfo.InvariantCulture, $"{figure.Amount} × {rate.Rate:0.######} {rate.To} per {rate.From} = {amount}"))
            {
                Conversion = new FigureConversion(figure.Amount, rate),
            });
    }

    /// <summary>The partner's figure seen from the other side, as mirror statistics.</summary>
    /// <param name="figure">A figure of the partner's trade with the reporter, reported or derived.</param>
    /// <returns>
    /// A figure of the reversed pair with the flow mirrored (the partner's imports are the reporter's exports), the
    /// same amount, period, coverage and sources; the side becomes <see cref="ReportingSide.PartnerMirror"/> for the
    /// partner's own statistics (and <see cref="ReportingSide.Reporter"/> for a mirror of a mirror); marked derived
    /// with <see cref="DerivationMethod.Mirror"/> and the id <c>original~mirror</c>.
    /// </returns>
    /// <remarks>
    /// Mirror figures differ from own figures by design: imports are valued CIF and exports FOB, and the two sides
    /// record a shipment at different times, so the evaluation notes a series that mixes them.
    /// </remarks>
    public static ReportedFigure Mirror(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var seen = new ReportedFlow(figure.Pair, figure.Flow, figure.Basis.Side).Mirrored;
        return new ReportedFigure(
            $"{figure.Id}~mirror",
            seen.Pair,
            seen.Flow,
            figure.Period,
            figure.Amount,
            figure.Basis with { Side = seen.Side },
            figure.Sources,
            figure.Qualifier,
            $"Mirror: {figure.Reporter.Code} reported {EnumText.Format(figure.Flow)} with {figure.Partner.Code} of {figure.Amount}.",
            new FigureDerivation(
                DerivationMethod.Mirror,
                new ValueList<string>([figure.Id]),
                $"{figure.Pair} {EnumText.Format(figure.Flow)} {figure.Amount} read as {seen.Pair} {EnumText.Format(seen.Flow)}"));
    }

    /// <summary>
    /// Every figure that can be derived from a set: turnover wherever exports and imports of one pair,
    /// period and basis are both present, and the other period of each relative statement that matches a reported figure.
    /// </summary>
    /// <param name="figures">Reported figures.</param>
    /// <param name="statements">Relative statements.</param>
    /// <returns>The derived figures only, in a stable order; the inputs are not repeated.</returns>
    public static IReadOnlyList<ReportedFigure> DeriveAll(IEnumerable<ReportedFigure> figures, IEnumerable<RelativeStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(statements);
        var reported = figures.Where(f => !f.IsDerived).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var derived = new List<ReportedFigure>();

        // Indexed once, so each exports figure and each statement finds its partners directly: the cost grows with
        // the number of figures, not with its square.
        var importsByKey = reported.Where(f => f.Flow == TradeFlow.Imports).ToLookup(ComponentKey);
        foreach (var exports in reported.Where(f => f.Flow == TradeFlow.Exports))
        {
            derived.AddRange(importsByKey[ComponentKey(exports)].Select(imports => TurnoverFromParts(exports, imports)));
        }

        var byPeriod = reported.ToLookup(f => (f.Pair, f.Flow, f.Period));
        foreach (var statement in statements.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var known = byPeriod[(statement.Pair, statement.Flow, statement.ReferencePeriod)]
                .Concat(byPeriod[(statement.Pair, statement.Flow, statement.Period)])
                .OrderBy(f => f.Id, StringComparer.Ordinal);
            derived.AddRange(known.Select(statement.Derive));
        }

        return derived;
    }

    private static (TradePair, ReportingPeriod, Basis, Currency) ComponentKey(ReportedFigure figure)
        => (figure.Pair, figure.Period, figure.Basis, figure.Amount.Currency);

    private static void Require(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
