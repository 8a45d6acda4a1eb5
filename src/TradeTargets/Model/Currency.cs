namespace TradeTargets;

/// <summary>An ISO 4217 currency code such as <c>USD</c>.</summary>
public readonly record struct Currency
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

    /// <summary>Returns the code.</summary>
    /// <returns>The three-letter code.</returns>
    public override string ToString() => Code ?? string.Empty;
}
