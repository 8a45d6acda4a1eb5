using System.Globalization;

namespace TradeTargets;

/// <summary>The figures of a goal's pair and flow in the goal's currency: as reported, or converted by the options' policy.</summary>
/// <param name="Figures">Figures in the goal's currency, reported and converted.</param>
/// <param name="PassedOver">Figures in another currency that were not converted (conversion off, or no rate), by id.</param>
/// <param name="MissingRates">For each figure passed over for want of a rate, the rate that is missing, in words.</param>
internal sealed record GoalSeries(List<ReportedFigure> Figures, List<ReportedFigure> PassedOver, List<string> MissingRates)
{
    public static GoalSeries Of(Goal goal, TradeDataSet data, CurrencyConversion? conversion)
    {
        var currency = goal.Target.Currency;
        var series = data.FiguresOf(goal.Pair, goal.Flow);
        var figures = new List<ReportedFigure>();
        var passedOver = new List<ReportedFigure>();
        var missing = new List<string>();
        foreach (var figure in series)
        {
            if (figure.Amount.Currency == currency)
            {
                figures.Add(figure);
            }
            else if (conversion is not null && conversion.TryConvert(figure, currency, out var converted, out _))
            {
                figures.Add(converted!);
            }
            else
            {
                passedOver.Add(figure);
            }
        }

        // Parts are only worth a look when the data holds another currency: a one-currency data set (the usual large
        // import) pays nothing for conversion.
        if (conversion is not null && goal.Flow == TradeFlow.Turnover && data.Currencies.Any(c => c != currency))
        {
            figures.AddRange(TurnoverFromConvertedParts(goal, data, conversion));
        }

        foreach (var figure in passedOver)
        {
            if (conversion is not null && !conversion.TryConvert(figure, currency, out _, out var why))
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"{figure.Amount} in {figure.Period.Describe()} ({figure.Id}): no rate {why}"));
            }
        }

        return new GoalSeries(figures, [.. passedOver.OrderBy(f => f.Id, StringComparer.Ordinal)], missing);
    }

    // The data set sums exports and imports of one currency only; once the parts are in the goal's currency, a period
    // whose exports or imports had to be converted gets its turnover here, through the same derivation.
    private static List<ReportedFigure> TurnoverFromConvertedParts(Goal goal, TradeDataSet data, CurrencyConversion conversion)
    {
        var currency = goal.Target.Currency;
        List<ReportedFigure> InGoalCurrency(TradeFlow flow) => [.. data.FiguresOf(goal.Pair, flow)
            .Where(f => f.Flow == flow && !(f.Derivation?.Method == DerivationMethod.SumOfExportsAndImports))
            .Select(f => conversion.TryConvert(f, currency, out var c, out _) ? c : null)
            .OfType<ReportedFigure>()];

        var exports = InGoalCurrency(TradeFlow.Exports);
        if (!exports.Any(f => f.IsConverted) && !data.FiguresOf(goal.Pair, TradeFlow.Imports).Any(f => f.Amount.Currency != currency))
        {
            return [];
        }

        var imports = InGoalCurrency(TradeFlow.Imports).ToLookup(f => (f.Period, f.Basis));
        return exports
            .SelectMany(e => imports[(e.Period, e.Basis)].Where(i => e.IsConverted || i.IsConverted).Select(i => FigureDerivations.TurnoverFromParts(e, i)))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }
}
