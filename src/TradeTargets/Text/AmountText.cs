using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets;

/// <summary>The text forms of <see cref="Amount"/>: one grammar for reading, one exact form for writing.</summary>
internal static partial class AmountText
{
    private static readonly (string Suffix, decimal Scale)[] WrittenScales =
    [
        ("tn", 1_000_000_000_000m),
        ("bn", 1_000_000_000m),
        ("m", 1_000_000m),
        ("k", 1_000m),
    ];

    public static Amount Parse(string text)
    {
        var trimmed = text.Trim();
        var words = WordsPattern().Match(trimmed);
        if (words.Success)
        {
            var fraction = words.Groups["fraction"].Value.ToLowerInvariant() switch
            {
                "half a" => 0.5m,
                "a quarter of a" => 0.25m,
                _ => 1m,
            };
            return Amount.FromUnits(fraction * Scale(words.Groups["unit"].Value, text), ParseCurrency(words.Groups["currency"].Value));
        }

        var match = NumberPattern().Match(trimmed);
        if (!match.Success)
        {
            throw new FormatException(
                $"'{Quote(text)}' is not an amount; expected forms such as '$121m', '$1bn', '$4 bn', 'US$ 18.7 million', 'EUR 5m' or 'half a billion'.");
        }

        var prefix = match.Groups["prefix"].Value;
        var postfix = match.Groups["postfix"].Value;
        if (prefix.Length > 0 && postfix.Length > 0)
        {
            throw new FormatException($"'{Quote(text)}' names its currency twice; write it once, before or after the number.");
        }

        var digits = match.Groups["number"].Value;
        if (!GroupedPattern().IsMatch(digits))
        {
            throw new FormatException(
                $"'{Quote(text)}' has a comma that does not separate thousands; write the decimal separator as a point ('12.5m', not '12,5m') and group thousands in threes ('1,500,000').");
        }

        var unit = match.Groups["unit"].Value;
        var scale = unit.Length == 0 ? 1m : Scale(unit, text);
        decimal value;
        try
        {
            value = decimal.Parse(digits, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture) * scale;
        }
        catch (OverflowException)
        {
            throw TooLarge(text);
        }

        // Text names a recorded amount (a figure, a target, a baseline), so it has the recorded bound, which keeps
        // every amount derived from it within decimal.
        if (RecordedAmount.IsTooLarge(value))
        {
            throw TooLarge(text);
        }

        return ExactOrRefused(value, digits, text, prefix.Length > 0 ? prefix : postfix);
    }

    private static FormatException TooLarge(string text)
        => new($"'{Quote(text)}' is too large for an amount; the largest is {RecordedAmount.LargestInWords} units.");

    /// <summary>Refuses a number that is not zero as written but rounds to zero (1e-30): loading it as $0 would change it silently.</summary>
    private static Amount ExactOrRefused(decimal value, string digits, string text, string currency)
    {
        if (value == 0 && HasNonZeroDigit(digits))
        {
            throw new FormatException($"'{Quote(text)}' is too small to record: it would be stored as zero. Amounts are kept to 28 decimal places.");
        }

        return Amount.FromUnits(value, ParseCurrency(currency));
    }

    /// <summary>Whether the mantissa of a written number (before any exponent) has a digit other than zero.</summary>
    public static bool HasNonZeroDigit(ReadOnlySpan<char> number)
    {
        foreach (var c in number)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text as quoted in a message: at most 200 characters, then an ellipsis.</summary>
    public static string Quote(string text) => text.Length <= MaxQuoted ? text : string.Concat(text.AsSpan(0, MaxQuoted), "…");

    /// <summary>How many characters of a value a message quotes.</summary>
    public const int MaxQuoted = 200;

    public static string FormatExact(Amount amount)
    {
        var value = amount.Value;
        foreach (var (suffix, scale) in WrittenScales)
        {
            if (value >= scale)
            {
                return Prefix(amount.Currency) + Plain(value / scale) + suffix;
            }
        }

        return Prefix(amount.Currency) + Plain(value);
    }

    public static string Prefix(Currency currency) => currency.IsUsd ? "$" : currency.Code + " ";

    // "G29" drops trailing zeros, so 18.70m prints as 18.7m; it is exact for any decimal.
    private static string Plain(decimal value) => value.ToString("G29", CultureInfo.InvariantCulture);

    private static decimal Scale(string unit, string text) => unit.ToLowerInvariant() switch
    {
        "k" or "thousand" or "thousands" => 1_000m,
        "m" or "mn" or "mln" or "million" or "millions" => 1_000_000m,
        "b" or "bn" or "bln" or "billion" or "billions" => 1_000_000_000m,
        "tn" or "trillion" or "trillions" => 1_000_000_000_000m,
        _ => throw new FormatException($"'{text}' has an unknown unit '{unit}'; expected k, m, bn or tn (or thousand, million, billion, trillion)."),
    };

    private static Currency ParseCurrency(string symbol)
    {
        var s = symbol.Trim();
        return s.Length == 0 || s is "$" || s.Equals("US$", StringComparison.OrdinalIgnoreCase)
            || s.Equals("dollars", StringComparison.OrdinalIgnoreCase)
            ? Currency.Usd
            : Known(s);
    }

    // An unknown code is a malformed amount, reported as such by every reader of amounts.
    private static Currency Known(string code)
    {
        try
        {
            return new Currency(code);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    // Digits with commas only as thousands separators (1,500,000), or none; then a fraction and an exponent.
    [GeneratedRegex(@"^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedPattern();

    [GeneratedRegex(@"^(?<prefix>\$|US\$|[A-Za-z]{3}(?=\s*[0-9.]))?\s*(?<number>[0-9][0-9,]*(\.[0-9]+)?([eE][-+]?[0-9]+)?)\s*(?<unit>[A-Za-z]+?)?\s*(?<postfix>(?<=\s)[A-Z]{3}|dollars)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<currency>\$|US\$)?\s*(?<fraction>half a|a quarter of a|a|one)\s+(?<unit>million|billion|trillion)(\s+(?<currency>dollars))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordsPattern();
}
