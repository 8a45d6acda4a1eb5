using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeTargets;

/// <summary>Argument checks shared by every constructor, so each rule is worded once.</summary>
internal static class Preconditions
{
    public static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{Subject(paramName)} must be a non-empty text; it was {Describe(value)}.", paramName);
        }

        return value.Trim();
    }

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{Subject(paramName)} must be a finite number; it was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public static double Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        Finite(value, paramName);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{Subject(paramName)} must be greater than zero; it was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Checks that an amount may be recorded: at most <see cref="Amount.MaxRecordedValue"/>.</summary>
    public static Amount Recorded(Amount value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (RecordedAmount.IsTooLarge(value.Value))
        {
            throw new ArgumentOutOfRangeException(paramName, value.Value, string.Create(CultureInfo.InvariantCulture, $"{Subject(paramName)} must be at most {RecordedAmount.LargestInWords} currency units (Amount.MaxRecordedValue); it was {value.Value:0.###E+0}."));
        }

        return value;
    }

    public static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{Subject(paramName)} must be zero or more; it was {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    public static int InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{Subject(paramName)} must be between {min} and {max}; it was {value}."));
        }

        return value;
    }

    public static Country Country(Country country, [CallerArgumentExpression(nameof(country))] string? paramName = null)
        => country.Code is null ? throw new ArgumentException($"{Subject(paramName)} is required; it was not set.", paramName) : country;

    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum
        => Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"{Subject(paramName)} must be one of {string.Join(", ", Enum.GetNames<T>())}; it was {value}.");

    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName, $"{Subject(paramName)} is required.");

    /// <summary>Checks a list and each of its elements, naming the first missing element by its index.</summary>
    public static T NoNullElements<T>(T? values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
        where T : class, System.Collections.IEnumerable
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        var index = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{paramName} must not contain null; element {index} is null."), paramName);
            }

            index++;
        }

        return values;
    }

    /// <summary>Checks that a period was built through a factory: <c>default(ReportingPeriod)</c> covers no month.</summary>
    public static ReportingPeriod Period(ReportingPeriod period, [CallerArgumentExpression(nameof(period))] string? paramName = null)
        => period.MonthCount == 0 ? throw new ArgumentException("The period is required; it was default(ReportingPeriod), which covers no month.", paramName) : period;

    public static string Describe(string? value) => value is null ? "null" : $"'{value}'";

    /// <summary>
    /// The subject of a message in words, "The first month" for <c>firstMonth</c>: these messages reach people through
    /// loaders and the console, who never saw the parameter, so no message starts with an identifier.
    /// </summary>
    public static string Subject(string? paramName)
    {
        var name = paramName?[(paramName.LastIndexOf('.') + 1)..] ?? string.Empty;
        if (name.Length == 0 || !name.All(char.IsAsciiLetterOrDigit))
        {
            return "The value";
        }

        return "The " + string.Concat(name.Select((c, i) => char.IsAsciiLetterUpper(c) ? (i > 0 ? " " : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
    }
}
