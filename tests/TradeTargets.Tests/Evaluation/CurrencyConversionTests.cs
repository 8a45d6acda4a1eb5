using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

public class CurrencyConversionTests
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    private static ReportedFigure InCurrency(string id, ReportingPeriod period, decimal millions, Currency currency, Source? source = null)
        => new(id, Belarus, Country.Parse("POL"), TradeFlow.Turnover, period, Amount.FromMillions(millions, currency), Basis.Unstated, source ?? SourceFor(period));

    private static Goal GoalIn(Currency currency, decimal millions)
        => new("goal", Belarus, Country.Parse("POL"), TradeFlow.Turnover, Amount.FromMillions(millions, currency), new FixedDeadline(2023), new DateOnly(2018, 1, 15), "Government", PublishedOn(2018, 1, 15));

    [Fact]
    public void Evaluate_DollarGoalOnEuroFigure_ConvertsAtTheYearsAverageAndSaysSo()
    {
        var data = Figures([InCurrency("eur-2019", ReportingPeriod.Year(2019), 1000m, Currency.Eur)]);

        var evaluation = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf));

        var chosen = evaluation.Observations.Single().Chosen;
        chosen.Amount.Currency.Should().Be(Currency.Usd);
        chosen.Amount.Millions.Should().BeApproximately(1119.5, 0.1);
        chosen.Conversion!.Original.Should().Be(Amount.FromMillions(1000m, Currency.Eur));
        chosen.Conversion.Rate.Period.Should().Be(ReportingPeriod.Year(2019));
        chosen.Conversion.Rate.SourceKeys.Should().Be("ECB");
        evaluation.Caveats.Should().Contain(c => c.Contains("converted to USD at the average rate of their own period") && c.Contains("EUR 1bn"));
    }

    [Fact]
    public void Evaluate_EuroGoalOnDollarFigures_ScoresInEuros()
    {
        var data = Figures([InCurrency("usd-2023", ReportingPeriod.Year(2023), 1081.3m, Currency.Usd)]);

        var evaluation = GoalEvaluator.Evaluate(GoalIn(Currency.Eur, 2000m), data, EvaluationOptions.At(AsOf));

        evaluation.Level!.Value.Should().BeApproximately(1081.3e6 * 0.92505, 1e5);
        evaluation.Explanation.Should().Contain("EUR");
    }

    [Fact]
    public void Evaluate_ConversionOff_PassesOverAsBefore()
    {
        var data = Figures([InCurrency("eur-2019", ReportingPeriod.Year(2019), 1000m, Currency.Eur)]);

        var evaluation = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf) with { Conversion = null });

        evaluation.Observations.Should().BeEmpty();
        evaluation.InOtherCurrencies.Select(f => f.Id).Should().Equal("eur-2019");
        evaluation.Caveats.Should().Contain(c => c.Contains("no exchange rates are applied"));
    }

    [Fact]
    public void Evaluate_SamePeriodAndBasis_PrefersTheUnconvertedFigureAndListsBoth()
    {
        var data = Figures([
            InCurrency("eur-2019", ReportingPeriod.Year(2019), 1000m, Currency.Eur),
            InCurrency("usd-2019", ReportingPeriod.Year(2019), 1100m, Currency.Usd, PublishedOn(2020, 3, 1)),
        ]);

        var observation = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf)).Observations.Single();

        observation.Chosen.Id.Should().Be("usd-2019");
        observation.Alternatives.Select(f => f.Id).Should().Equal("eur-2019@USD");
    }

    [Fact]
    public void Evaluate_PeriodWithoutRate_IsPassedOverWithTheMissingRateNamed()
    {
        var data = Figures([InCurrency("rub-2023", ReportingPeriod.Year(2023), 1000m, new Currency("RUB"))]);

        var evaluation = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf));

        evaluation.Observations.Should().BeEmpty();
        evaluation.Caveats.Should().Contain(c => c.Contains("never guessed") && c.Contains("RUB to USD for 2023"));
    }

    [Fact]
    public void Evaluate_PartYearEuroFigure_ConvertsAtThoseMonthsAverage()
    {
        var data = Figures([InCurrency("eur-2019-h", ReportingPeriod.Months(2019, 1, 8), 1000m, Currency.Eur)]);

        var chosen = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf)).Observations.Single().Chosen;

        chosen.Amount.Millions.Should().BeApproximately(1126.5, 0.1);
    }

    [Fact]
    public void Evaluate_EuroExportsAndDollarImports_GiveAConvertedTurnover()
    {
        ReportedFigure Part(string id, TradeFlow flow, decimal millions, Currency currency)
            => new(id, Belarus, Country.Parse("POL"), flow, ReportingPeriod.Year(2023), Amount.FromMillions(millions, currency), Basis.ReporterGoods, SourceFor(ReportingPeriod.Year(2023)));
        var data = Figures([Part("x", TradeFlow.Exports, 1000m, Currency.Eur), Part("m", TradeFlow.Imports, 500m, Currency.Usd)]);

        var chosen = GoalEvaluator.Evaluate(GoalIn(Currency.Usd, 2000m), data, EvaluationOptions.At(AsOf)).Observations.Single().Chosen;

        chosen.Id.Should().Be("x@USD+m");
        chosen.Amount.Millions.Should().BeApproximately(1581.3, 0.1);
        chosen.IsConverted.Should().BeTrue();
    }
}
