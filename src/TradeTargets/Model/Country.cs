namespace TradeTargets;

/// <summary>A country identified by its ISO 3166-1 alpha-3 code.</summary>
/// <remarks>
/// Only countries in the built-in catalogue exist: <see cref="Parse"/> accepts codes, English names and
/// common aliases ("UAE", "Emirates", "Czechia") and rejects anything else, so a typo never becomes a
/// new country. <see cref="All"/> lists the catalogue: every country and territory of ISO 3166-1, with the
/// codes UN Comtrade and the IMF give them and the UN M49 region. The catalogue is generated from maintained sources
/// (Debian's iso-codes, UN Comtrade's reference tables, the countrycode package's IMF codes and M49 regions), not typed
/// by hand.
/// </remarks>
[Meziantou.Analyzer.Annotations.CultureInsensitiveType]
public readonly record struct Country : ISpanParsable<Country>, IFormattable
{
    private Country(string code, string name, int numericCode, int? imfCode, string? region)
    {
        Code = code;
        Name = name;
        NumericCode = numericCode;
        ImfCode = imfCode;
        Region = region;
    }

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>BLR</c>.</summary>
    public string Code { get; }

    /// <summary>The short English name, for example <c>Belarus</c>.</summary>
    public string Name { get; }

    /// <summary>The ISO 3166-1 numeric code (the UN M49 code), for example 112 for Belarus.</summary>
    public int NumericCode { get; }

    /// <summary>
    /// The IMF (IFS) numeric country code that older IMF statistics downloads use, for example 913 for Belarus;
    /// null when the catalogue has none for the country.
    /// </summary>
    public int? ImfCode { get; }

    /// <summary>
    /// The UN M49 region (Africa, Americas, Asia, Europe or Oceania), for example <c>Europe</c> for Belarus; null
    /// where M49 gives none (Antarctica, Taiwan).
    /// </summary>
    public string? Region { get; }

    /// <summary>Every country in the catalogue, ordered by code.</summary>
    public static IReadOnlyList<Country> All => CountryCatalog.All;

    /// <summary>Finds a country by alpha-3 code, alpha-2 code, English name or common alias, ignoring case.</summary>
    /// <param name="text">The code or name, for example <c>VNM</c>, <c>Vietnam</c> or <c>Emirates</c>.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentException">The text names no country in the catalogue.</exception>
    public static Country Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var country)
            ? country
            : throw new ArgumentException(
                $"'{text}' is not a known country code, name or alias; expected an ISO 3166-1 code such as 'BLR' or a name such as 'Belarus'.",
                nameof(text));
    }

    /// <summary>Finds a country by code, name or alias without throwing.</summary>
    /// <param name="text">The code or name.</param>
    /// <param name="country">The country found, or default.</param>
    /// <returns>Whether the text named a known country.</returns>
    public static bool TryParse(string? text, out Country country) => CountryCatalog.TryFind(text, out country);

    /// <summary>Finds a country by its ISO 3166-1 numeric (UN M49) code.</summary>
    /// <param name="numericCode">The numeric code, for example 704 for Vietnam.</param>
    /// <param name="country">The country found, or default.</param>
    /// <returns>Whether the code is in the catalogue.</returns>
    public static bool TryFromNumericCode(int numericCode, out Country country) => CountryCatalog.TryFind(numericCode, out country);

    /// <summary>Finds a country by a numeric area code as UN Comtrade uses it.</summary>
    /// <param name="comtradeCode">
    /// The Comtrade reporter or partner code: Comtrade's own code where it differs from ISO (842 United States,
    /// 251 France, 757 Switzerland, 699 India, 579 Norway), otherwise the ISO 3166-1 numeric code (112 Belarus).
    /// </param>
    /// <param name="country">The country found, or default.</param>
    /// <returns>
    /// Whether the code names a country; false for areas and groups (0 World, 97 European Union, 490 "Other Asia,
    /// nes", 899 "Areas, nes"), former countries (810 USSR) and unknown codes.
    /// </returns>
    public static bool TryFromComtradeCode(int comtradeCode, out Country country) => CountryCatalog.TryFindComtrade(comtradeCode, out country);

    /// <summary>Finds a country by its IMF (IFS) numeric country code.</summary>
    /// <param name="imfCode">The IMF code, for example 913 for Belarus or 111 for the United States.</param>
    /// <param name="country">The country found, or default.</param>
    /// <returns>
    /// Whether the code belongs to a catalogue country; false for areas and groups (001 World) and for codes
    /// of countries outside the catalogue.
    /// </returns>
    public static bool TryFromImfCode(int imfCode, out Country country) => CountryCatalog.TryFindImf(imfCode, out country);

    internal static Country Create(string code, string name, int numericCode, int? imfCode, string? region) => new(code, name, numericCode, imfCode, region);

    /// <summary>Writes the code or the name; the provider is ignored (names are English in every culture).</summary>
    /// <param name="format">Null, empty, <c>G</c> or <c>C</c>: the alpha-3 code; <c>N</c>: the short English name.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of these.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        _ when FormatString.IsGeneral(format) || format == "C" => ToString(),
        "N" => Name ?? string.Empty,
        _ => throw FormatString.Unknown(format, nameof(Country), "'G', 'C' or 'N'"),
    };

    /// <inheritdoc cref="Parse(string)"/>
    static Country IParsable<Country>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Country)"/>
    static bool IParsable<Country>.TryParse(string? s, IFormatProvider? provider, out Country result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(string)"/>
    static Country ISpanParsable<Country>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <inheritdoc cref="TryParse(string?, out Country)"/>
    static bool ISpanParsable<Country>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Country result) => TryParse(s.ToString(), out result);

    /// <summary>Returns the alpha-3 code.</summary>
    /// <returns>The code, for example <c>BLR</c>.</returns>
    public override string ToString() => Code ?? string.Empty;
}
