namespace TradeTargets;

/// <summary>An ISO 4217 currency code such as <c>USD</c>.</summary>
[Meziantou.Analyzer.Annotations.CultureInsensitiveType]
public readonly record struct Currency : ISpanParsable<Currency>, IFormattable
{
    /// <summary>Creates a currency from its three-letter ISO 4217 code.</summary>
    /// <param name="code">Three ASCII letters, for example <c>EUR</c>; case is ignored.</param>
    /// <exception cref="ArgumentException">The code is not three ASCII letters, or not an ISO 4217 code (current, or withdrawn since 1995).</exception>
    public Currency(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length != 3 || !code.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{code}' is not a currency code; expected three letters such as 'USD'.", nameof(code));
        }

        var upper = code.ToUpperInvariant();
        if (!CurrencyCatalog.IsKnown(upper))
        {
            throw new ArgumentException($"'{code}' is not an ISO 4217 currency code; expected a code such as 'USD' or 'EUR'.", nameof(code));
        }

        Code = upper;
    }

    /// <summary>The upper-case three-letter code.</summary>
    public string Code { get; }

    /// <summary>United States dollars, the currency of every seed figure.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Whether this is the US dollar, written with a leading <c>$</c>.</summary>
    public bool IsUsd => Code == "USD";

    /// <summary>Reads a currency code.</summary>
    /// <param name="text">Three ASCII letters naming an ISO 4217 currency, for example <c>EUR</c>; case is ignored.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentException">The text is not three letters, or not an ISO 4217 code (current, or withdrawn since 1995).</exception>
    public static Currency Parse(string text) => new(text);

    /// <summary>Reads a currency code without throwing.</summary>
    /// <param name="text">The code.</param>
    /// <param name="currency">The currency read, or default.</param>
    /// <returns>Whether the text was a known ISO 4217 code.</returns>
    public static bool TryParse(string? text, out Currency currency)
    {
        var known = text is { Length: 3 } && text.All(char.IsAsciiLetter) && CurrencyCatalog.IsKnown(text.ToUpperInvariant());
        currency = known ? new(text!) : default;
        return known;
    }

    /// <summary>Writes the code; the provider is ignored.</summary>
    /// <param name="format">Null, empty or <c>G</c>: the three-letter code.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The format is none of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
        => FormatString.IsGeneral(format) ? ToString() : throw FormatString.Unknown(format, nameof(Currency), "'G'");

    /// <inheritdoc cref="Parse(string)"/>
    static Currency IParsable<Currency>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Currency)"/>
    static bool IParsable<Currency>.TryParse(string? s, IFormatProvider? provider, out Currency result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    static Currency ISpanParsable<Currency>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out Currency)"/>
    static bool ISpanParsable<Currency>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) => TryParse(s.ToString(), out result);

    /// <summary>Returns the code.</summary>
    /// <returns>The three-letter code.</returns>
    public override string ToString() => Code ?? string.Empty;
}
