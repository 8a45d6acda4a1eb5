using System.Globalization;

namespace TradeTargets;

/// <summary>A non-negative money value in one currency, stored exactly.</summary>
/// <remarks>
/// The value is a <see cref="decimal"/> so that "$18.7m" stays 18 700 000 exactly through reading,
/// writing and comparing; the maths that needs logarithms converts to <see cref="double"/> through
/// <see cref="ToDouble"/>. <see cref="Parse"/> reads the forms people write ("$121m", "$4 bn",
/// "US$ 18.7 million", "half a billion") and <see cref="ToString()"/> writes a compact exact form
/// that <see cref="Parse"/> reads back to the same value.
/// <c>default(Amount)</c> is zero US dollars, equal to <see cref="Zero"/>. Values beyond what <see cref="decimal"/>
/// holds are refused with an <see cref="ArgumentOutOfRangeException"/>, never an <see cref="OverflowException"/>.
/// </remarks>
/// <example><code>
/// var goal = Amount.Parse("half a billion");   // $500m
/// var level = Amount.FromMillions(121);         // $121m
/// </code></example>
[Meziantou.Analyzer.Annotations.CultureInsensitiveType]
public readonly record struct Amount : IComparable<Amount>, ISpanParsable<Amount>, IFormattable
{
    // US dollars are stored as default(Currency), so that default(Amount) is a valid amount, zero dollars, equal to Zero.
    private readonly Currency currency;

    private Amount(decimal value, Currency currency)
    {
        Value = Preconditions.NonNegative(value, nameof(value));
        this.currency = currency.Code is null || currency.IsUsd ? default : currency;
    }

    /// <summary>
    /// The largest value a recorded amount (a reported figure, a goal's target or baseline) may have: 1e20 units, a
    /// hundred quintillion, far above any country's trade in any currency.
    /// </summary>
    /// <remarks>
    /// Derived amounts (a sum of exports and imports, a level scaled by a relative statement's ratio or a goal's multiplier)
    /// are computed from recorded ones; the bound keeps every such result within <see cref="decimal"/>, so no derivation
    /// can overflow.
    /// </remarks>
    public const decimal MaxRecordedValue = 100_000_000_000_000_000_000m;

    /// <summary>The value in whole currency units (dollars, not millions).</summary>
    public decimal Value { get; }

    /// <summary>The currency.</summary>
    public Currency Currency => currency.Code is null ? Currency.Usd : currency;

    /// <summary>Zero US dollars.</summary>
    public static Amount Zero => new(0m, Currency.Usd);

    /// <summary>Creates an amount from a value in currency units.</summary>
    /// <param name="value">Zero or more, in whole units.</param>
    /// <param name="currency">The currency; US dollars when omitted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static Amount FromUnits(decimal value, Currency? currency = null) => new(value, currency ?? Currency.Usd);

    /// <summary>Creates an amount from a value in millions.</summary>
    /// <param name="millions">Zero or more, in millions of units.</param>
    /// <param name="currency">The currency; US dollars when omitted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or too large for <see cref="decimal"/> once in units.</exception>
    public static Amount FromMillions(decimal millions, Currency? currency = null) => new(Scaled(millions, 1_000_000m, nameof(millions)), currency ?? Currency.Usd);

    /// <summary>Creates an amount from a value in billions.</summary>
    /// <param name="billions">Zero or more, in billions of units.</param>
    /// <param name="currency">The currency; US dollars when omitted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or too large for <see cref="decimal"/> once in units.</exception>
    public static Amount FromBillions(decimal billions, Currency? currency = null) => new(Scaled(billions, 1_000_000_000m, nameof(billions)), currency ?? Currency.Usd);

    /// <summary>Creates an amount from a double, as computed by a model, rounded to whole units.</summary>
    /// <param name="value">A finite value of zero or more.</param>
    /// <param name="currency">The currency; US dollars when omitted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN, infinite or beyond what <see cref="decimal"/> holds (about 7.9e28).</exception>
    public static Amount FromDouble(double value, Currency? currency = null)
    {
        Preconditions.Finite(value, nameof(value));
        // (double)decimal.MaxValue rounds up past decimal.MaxValue, so the bound is exclusive.
        if (Math.Abs(value) >= (double)decimal.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"value must be below {(double)decimal.MaxValue:0.###E+0}, the largest amount a decimal holds; it was {value:0.###E+0}."));
        }

        return new((decimal)Math.Round(value), currency ?? Currency.Usd);
    }

    private static decimal Scaled(decimal value, decimal unit, string paramName)
    {
        if (Math.Abs(value) > decimal.MaxValue / unit)
        {
            throw new ArgumentOutOfRangeException(paramName, value, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at most {decimal.MaxValue / unit:0.###E+0} so that the amount in units fits a decimal; it was {value:0.###E+0}."));
        }

        return value * unit;
    }

    /// <summary>The value in millions, for display and for the maths.</summary>
    public double Millions => (double)(Value / 1_000_000m);

    /// <summary>The value as a double in whole units.</summary>
    /// <returns>The value.</returns>
    public double ToDouble() => (double)Value;

    /// <summary>Reads an amount in one of the forms people write.</summary>
    /// <param name="text">For example <c>$121m</c>, <c>$1bn</c>, <c>$4 bn</c>, <c>US$ 18.7 million</c>, <c>EUR 5m</c> or <c>half a billion</c>.</param>
    /// <returns>The amount; US dollars unless the text names another currency.</returns>
    /// <exception cref="FormatException">The text is not an amount; the message quotes it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Amount Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AmountText.Parse(text);
    }

    /// <summary>Reads an amount without throwing.</summary>
    /// <param name="text">The text form.</param>
    /// <param name="amount">The amount read, or default.</param>
    /// <returns>Whether the text was a valid non-negative amount.</returns>
    public static bool TryParse(string? text, out Amount amount)
    {
        amount = default;
        if (text is null)
        {
            return false;
        }

        try
        {
            amount = AmountText.Parse(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>Writes the exact value compactly, for example <c>$18.7m</c>, <c>$1bn</c> or <c>EUR 950k</c>.</summary>
    /// <returns>Text that <see cref="Parse"/> reads back to an equal amount.</returns>
    public override string ToString() => AmountText.FormatExact(this);

    /// <summary>Writes the amount in a named form; amounts are written the same in every culture, so the provider is ignored.</summary>
    /// <param name="format">Null, empty or <c>G</c>: the exact form of <see cref="ToString()"/>; <c>S1</c> to <c>S15</c>: rounded to that many significant digits (<see cref="ToRoundedString"/>).</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (FormatString.IsGeneral(format))
        {
            return ToString();
        }

        return format![0] == 'S' && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits is >= 1 and <= 15
            ? ToRoundedString(digits)
            : throw FormatString.Unknown(format, nameof(Amount), "'G' or 'S1' to 'S15'");
    }

    /// <inheritdoc cref="Parse(string)"/>
    static Amount IParsable<Amount>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Amount)"/>
    static bool IParsable<Amount>.TryParse(string? s, IFormatProvider? provider, out Amount result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    static Amount ISpanParsable<Amount>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out Amount)"/>
    static bool ISpanParsable<Amount>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Amount result) => TryParse(s.ToString(), out result);

    /// <summary>Writes the value rounded to a number of significant digits, for prose and charts.</summary>
    /// <param name="significantDigits">From 1 to 15; 3 gives <c>$371m</c>.</param>
    /// <returns>The rounded text.</returns>
    public string ToRoundedString(int significantDigits = 3) => MoneyText.Format(ToDouble(), Currency, significantDigits);

    /// <summary>Compares values; amounts in different currencies are not comparable.</summary>
    /// <param name="other">An amount in the same currency.</param>
    /// <returns>The order of the values.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Amount other)
    {
        RequireSameCurrency(other);
        return Value.CompareTo(other.Value);
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond what <see cref="decimal"/> holds.</exception>
    public static Amount operator +(Amount left, Amount right)
    {
        left.RequireSameCurrency(right);
        return left.Value <= decimal.MaxValue - right.Value
            ? new(left.Value + right.Value, left.Currency)
            : throw new ArgumentOutOfRangeException(nameof(right), right, string.Create(CultureInfo.InvariantCulture, $"The sum of {left} and {right} is beyond the largest amount a decimal holds."));
    }

    /// <summary>Whether the left amount is smaller.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Whether the left amount is larger.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Whether the left amount is smaller or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether the left amount is larger or equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount, in the same currency.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    private void RequireSameCurrency(Amount other)
    {
        if (Currency != other.Currency)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot combine {this} with {other}: the currencies differ and no exchange rate is applied."),
                nameof(other));
        }
    }
}
