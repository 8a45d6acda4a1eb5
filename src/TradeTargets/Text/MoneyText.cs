using System.Globalization;

namespace TradeTargets;

/// <summary>Writes a computed money value rounded for prose and axis labels: <c>$371m</c>, <c>$1.2bn</c>, <c>$950k</c>.</summary>
public static class MoneyText
{
    /// <summary>Formats a value in whole currency units with a scale suffix and a number of significant digits.</summary>
    /// <param name="value">The value in whole units; negative values get a leading minus.</param>
    /// <param name="currency">The currency; US dollars print as <c>$</c>.</param>
    /// <param name="significantDigits">From 1 to 15.</param>
    /// <returns>The text, for example <c>$29.7m</c>; <c>n/a</c> for NaN or infinity.</returns>
    public static string Format(double value, Currency currency, int significantDigits = 3)
    {
        Preconditions.InRange(significantDigits, 1, 15);
        if (!double.IsFinite(value))
        {
            return "n/a";
        }

        var sign = value < 0 ? "-" : string.Empty;
        var magnitude = RoundToSignificant(Math.Abs(value), significantDigits);
        var (scale, suffix) = magnitude switch
        {
            >= 1e12 => (1e12, "tn"),
            >= 1e9 => (1e9, "bn"),
            >= 1e6 => (1e6, "m"),
            >= 1e3 => (1e3, "k"),
            _ => (1d, string.Empty),
        };
        var number = (magnitude / scale).ToString("0.############", CultureInfo.InvariantCulture);
        return sign + AmountText.Prefix(currency) + number + suffix;
    }

    /// <summary>Formats a value in US dollars; see <see cref="Format(double, Currency, int)"/>.</summary>
    /// <param name="value">The value in whole dollars.</param>
    /// <param name="significantDigits">From 1 to 15.</param>
    /// <returns>The text, for example <c>$500m</c>.</returns>
    public static string FormatUsd(double value, int significantDigits = 3) => Format(value, Currency.Usd, significantDigits);

    private static double RoundToSignificant(double value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var exponent = (int)Math.Floor(Math.Log10(value)) + 1 - digits;
        var factor = Math.Pow(10, exponent);
        return Math.Round(value / factor) * factor;
    }
}
