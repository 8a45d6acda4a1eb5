using System.Globalization;

namespace TradeTargets;

/// <summary>
/// Converts figures in another currency than a goal's at the average rate of each figure's own period, from a named
/// rate table; the evaluation records which conversion was in force.
/// </summary>
/// <remarks>
/// A calendar year is converted at the year's average, January–August at those months', a fiscal year at its twelve
/// months' (see <see cref="ExchangeRateTable.TryGetAverage"/>). The converted figure keeps the original amount, the
/// rate, its period and its source (<see cref="ReportedFigure.Conversion"/>). A period the table does not cover is
/// never guessed: the figure is passed over and the evaluation names the missing rate. Amounts stay nominal.
/// </remarks>
/// <example><code>
/// var options = EvaluationOptions.At(new DateOnly(2024, 12, 31)) with
/// {
///     Conversion = CurrencyConversion.AtAverageRates(ExchangeRateFile.Load("my-rates.csv")),
/// };
/// </code></example>
public sealed class CurrencyConversion
{
    private readonly Lazy<ExchangeRateTable> rates;
    private readonly string tableName;

    // The name is known without reading the table, so describing options never loads it.
    private CurrencyConversion(Lazy<ExchangeRateTable> rates, string tableName)
    {
        this.rates = rates;
        this.tableName = tableName;
    }

    /// <summary>Conversion at the bundled table's average rates (<see cref="ExchangeRateTable.Bundled"/>), read on first use.</summary>
    public static CurrencyConversion Default { get; } = new(new Lazy<ExchangeRateTable>(() => ExchangeRateTable.Bundled, LazyThreadSafetyMode.ExecutionAndPublication), "bundled");

    /// <summary>The table the rates come from.</summary>
    public ExchangeRateTable Rates => rates.Value;

    /// <summary>A short name shown with every result: "average rates of each figure's period (bundled)".</summary>
    public string Name => $"average rates of each figure's period ({tableName})";

    /// <summary>Conversion at the average rates of a table.</summary>
    /// <param name="rates">The table, for example one read with <c>TradeTargets.IO.ExchangeRateFile.Load</c>.</param>
    /// <returns>The conversion.</returns>
    public static CurrencyConversion AtAverageRates(ExchangeRateTable rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new(new Lazy<ExchangeRateTable>(rates), rates.Name);
    }

    /// <summary>Converts a figure into a currency, or says which rate is missing.</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="to">The goal's currency.</param>
    /// <param name="converted">The converted figure (the figure itself when already in <paramref name="to"/>), or null.</param>
    /// <param name="missingRate">When the table does not cover the figure's period, the rate that is missing, in words; otherwise null.</param>
    /// <returns>Whether the figure could be converted.</returns>
    public bool TryConvert(ReportedFigure figure, Currency to, out ReportedFigure? converted, out string? missingRate)
    {
        ArgumentNullException.ThrowIfNull(figure);
        missingRate = null;
        if (figure.Amount.Currency == to)
        {
            converted = figure;
            return true;
        }

        if (Rates.TryGetAverage(figure.Amount.Currency, to, figure.Period, out var rate))
        {
            converted = FigureDerivations.Converted(figure, rate);
            return true;
        }

        converted = null;
        missingRate = string.Create(CultureInfo.InvariantCulture, $"{figure.Amount.Currency} to {to} for {figure.Period.Describe()} (not in the {tableName} rate table)");
        return false;
    }
}
