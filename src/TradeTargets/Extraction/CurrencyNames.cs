using System.Collections.Concurrent;

namespace TradeTargets.Extraction;

/// <summary>
/// Reads a currency written as a name after an amount: the ISO 4217 name ("Kuwaiti Dinar", "Indian Rupee"), the same
/// unit after another name of its country ("Pakistani rupees" for the Pakistan Rupee, "Sri Lankan rupees"), or a unit
/// alone ("rupees", "lira") by the unit's usual currency.
/// </summary>
/// <remarks>
/// The names come from the currency catalogue (Debian's iso-codes and the withdrawn codes kept beside it), so every
/// current ISO 4217 currency, and every withdrawn one rate sources still quote ("Lithuanian litas", "Bulgarian leva"),
/// is known by its name; only the units written without a country and the common names ISO does not use ("Chinese
/// yuan", "Russian roubles") are listed here.
/// </remarks>
internal static class CurrencyNames
{
    // A unit written without a country, by the currency people usually mean; "dinars" or "pesos" alone name none.
    private static readonly Dictionary<string, string> UnitAlone = new(StringComparer.Ordinal)
    {
        ["dollar"] = "USD", ["usd"] = "USD", ["euro"] = "EUR", ["pound"] = "GBP", ["pound sterling"] = "GBP", ["sterling"] = "GBP",
        ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rouble"] = "RUB", ["ruble"] = "RUB", ["lira"] = "TRY",
        ["dirham"] = "AED", ["zloty"] = "PLN", ["zlotie"] = "PLN", ["zł"] = "PLN", ["lek"] = "ALL", ["lekë"] = "ALL", ["franc"] = "CHF", ["tenge"] = "KZT", ["hryvnia"] = "UAH",
        ["ringgit"] = "MYR", ["rupiah"] = "IDR", ["baht"] = "THB", ["dong"] = "VND", ["won"] = "KRW", ["naira"] = "NGN",
        ["rand"] = "ZAR", ["real"] = "BRL", ["reai"] = "BRL", ["taka"] = "BDT", ["lari"] = "GEL", ["forint"] = "HUF",
        ["riyal"] = "SAR", ["manat"] = "AZN", ["som"] = "KGS", ["sum"] = "UZS", ["dram"] = "AMD", ["shekel"] = "ILS", ["sheqel"] = "ILS",
        ["lita"] = "LTL", ["lat"] = "LVL", ["kroon"] = "EEK", ["kuna"] = "HRK", ["tolar"] = "SIT",
        // Units only one current currency has, which people write without its country ("2 billion kwanzas"); not the
        // escudo, florin or guilder, whose older pages mean the Portuguese escudo and the Dutch guilder.
        ["metical"] = "MZN", ["afghani"] = "AFN", ["ariary"] = "MGA", ["balboa"] = "PAB", ["boliviano"] = "BOB", ["bolívar"] = "VES",
        ["bolivar"] = "VES", ["colón"] = "CRC", ["colon"] = "CRC", ["dalasi"] = "GMD", ["denar"] = "MKD", ["dobra"] = "STN",
        ["gourde"] = "HTG", ["guarani"] = "PYG", ["guaraní"] = "PYG", ["kina"] = "PGK", ["kip"] = "LAK", ["córdoba"] = "NIO", ["cordoba"] = "NIO",
        ["kwanza"] = "AOA", ["lempira"] = "HNL", ["leone"] = "SLE", ["lilangeni"] = "SZL", ["loti"] = "LSL", ["nakfa"] = "ERN",
        ["ngultrum"] = "BTN", ["ouguiya"] = "MRU", ["pataca"] = "MOP", ["pa'anga"] = "TOP", ["pula"] = "BWP", ["quetzal"] = "GTQ",
        ["rufiyaa"] = "MVR", ["sol"] = "PEN", ["somoni"] = "TJS", ["tala"] = "WST", ["vatu"] = "VUV",
        // Units of currencies the euro replaced that no other currency had. Marks alone (only the plural is read, never "the 30
        // billion mark", a threshold) are the German mark but in a passage on Bosnia, whose convertible mark its country gives.
        // "lire", the Italian plural, is never written for Turkish lira.
        ["schilling"] = "ATS", ["peseta"] = "ESP", ["drachma"] = "GRD", ["markka"] = "FIM", ["lire"] = "ITL", ["mark"] = "DEM",
    };

    // Common names ISO writes otherwise.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["nz dollar"] = "NZD", ["aussie dollar"] = "AUD", ["chinese yuan"] = "CNY", ["yuan renminbi"] = "CNY", ["russian rouble"] = "RUB", ["russian ruble"] = "RUB",
        ["kazakh tenge"] = "KZT", ["nigerian naira"] = "NGN", ["south african rand"] = "ZAR", ["brazilian reai"] = "BRL",
        ["thai baht"] = "THB", ["vietnamese dong"] = "VND", ["south korean won"] = "KRW", ["korean won"] = "KRW",
        ["japanese yen"] = "JPY", ["bangladeshi taka"] = "BDT", ["indonesian rupiah"] = "IDR", ["polish zloty"] = "PLN",
        ["hungarian forint"] = "HUF", ["ukrainian hryvnia"] = "UAH", ["georgian lari"] = "GEL", ["emirati dirham"] = "AED",
        ["uzbek sum"] = "UZS", ["israeli shekel"] = "ILS", ["new israeli shekel"] = "ILS",
        // ISO writes these unit first or with words people leave out ("Peso Uruguayo", "Turkmenistan New Manat").
        ["uruguayan peso"] = "UYU", ["turkmen manat"] = "TMT", ["turkmenistan manat"] = "TMT", ["nicaraguan córdoba"] = "NIO",
        ["nicaraguan cordoba"] = "NIO", ["convertible mark"] = "BAM",
        ["austrian schilling"] = "ATS", ["german mark"] = "DEM", ["finnish markka"] = "FIM", ["greek drachma"] = "GRD", ["dutch guilder"] = "NLG", ["italian lire"] = "ITL",
    };

    // The units a currency's name ends in, as written after a country's name ("Kuwaiti dinars").
    private static readonly string[] Units =
    [
        "dollar", "rupee", "dinar", "riyal", "rial", "peso", "pound", "lira", "yuan", "rouble", "ruble", "franc", "real", "won", "yen",
        "dirham", "tenge", "naira", "rand", "taka", "lari", "baht", "dong", "ringgit", "rupiah", "zloty", "forint", "hryvnia", "shilling",
        "krone", "krona", "kronor", "kroner", "manat", "som", "sum", "dram", "shekel", "sheqel", "birr", "cedi", "kwacha", "leu", "lei", "lev",
        "litas", "lats", "kroon", "kuna", "tolar", "koruna", "crown", "markka", "schilling", "peseta", "drachma", "lire", "afghani", "ariary", "balboa", "boliviano", "bolívar", "bolivar", "colon", "colón",
        "córdoba", "cordoba", "dalasi", "denar", "dobra", "escudo", "florin", "gourde", "guarani", "guaraní", "guilder", "kina", "kip", "kwanza",
        "lempira", "leone", "lilangeni", "loti", "metical", "nakfa", "ngultrum", "ouguiya", "pataca", "pa'anga", "pula", "quetzal", "rufiyaa",
        "sol", "somoni", "tala", "vatu",
    ];

    // The countries whose own press writes their currency as "$": their dollars, and Samoa's tala and Tonga's pa'anga,
    // which the Samoan and Tongan press also write "$". Taiwan is left out: its English press writes "NT$" for its own
    // dollar and "$" for the US dollar as often as not.
    private static readonly Dictionary<string, string> OwnDollar = new(StringComparer.Ordinal)
    {
        ["AUS"] = "AUD", ["NZL"] = "NZD", ["CAN"] = "CAD", ["SGP"] = "SGD", ["HKG"] = "HKD", ["FJI"] = "FJD",
        ["WSM"] = "WST", ["TON"] = "TOP", ["SLB"] = "SBD", ["TTO"] = "TTD", ["JAM"] = "JMD", ["BRB"] = "BBD",
        ["BHS"] = "BSD", ["BLZ"] = "BZD", ["GUY"] = "GYD", ["NAM"] = "NAD", ["BRN"] = "BND",
    };

    /// <summary>What "$" alone stands for in a passage on the reporter's trade: its own dollar when it pays in one
    /// (an Australian paper's "$" is the Australian dollar; it writes "US$" for the other), else the US dollar.</summary>
    public static Currency DollarSign(Country reporter) => OwnDollar.TryGetValue(reporter.Code, out var code) ? new Currency(code) : Currency.Usd;

    /// <summary>Whether a word is a currency unit, singular or plural ("dinars", "lira", "reais").</summary>
    public static bool IsUnit(ReadOnlySpan<char> word)
    {
        foreach (var unit in Units)
        {
            // The unit or its plural in "s": "sol" and "soles", never "sold".
            if (word.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (word.Length == unit.Length || (word.Length == unit.Length + 1 && (word[^1] | 0x20) == 's')))
            {
                return true;
            }
        }

        // The plurals that are no unit and a letter ("reais", "meticais", "soles", "quetzales").
        return word.Equals("reais", StringComparison.OrdinalIgnoreCase)
            || (IrregularPluralsBySpan.TryGetValue(word, out var singular) && Units.Contains(singular));
    }

    private static readonly Lazy<(Dictionary<string, string> ByName, Dictionary<(Country, string), string> ByCountryAndUnit)> Catalogue = new(Build);

    // The two CFA francs are named after their central banks, not a country: the members of each union.
    private static readonly (string Code, string[] Members)[] CfaFrancs =
    [
        ("XOF", ["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"]),
        ("XAF", ["CMR", "CAF", "TCD", "COG", "GNQ", "GAB"]),
    ];

    // Units whose usual currency is read whatever the passage's countries: "dollars" in a passage on Singapore are
    // still US dollars unless the writer says otherwise.
    private static readonly HashSet<string> UnitsNeverReadByCountry = new(StringComparer.Ordinal) { "dollar", "usd", "euro", "sterling", "pound sterling" };

    /// <summary>The currency a name names, or null ("Kuwaiti dinars" is KWD, "dinars" alone none).</summary>
    /// <param name="name">The words after the amount, as matched: "Indian rupees", "Pound Sterling", "dollars", "CFA francs".</param>
    /// <param name="countries">The countries whose currency a unit written without its country is taken to be, most likely
    /// first: "riyals" with Qatar among them are Qatari riyals, "shillings" with Tanzania Tanzanian shillings.</param>
    public static Currency? Read(string name, IReadOnlyList<Country> countries)
    {
        var (words, byName, country) = Parsed(name);
        if (byName is { } wholeName)
        {
            return new Currency(wholeName);
        }

        var unit = UnitKey(words[^1]);
        var cfa = (words.Length > 1 && words[^2] is "cfa" or "fcfa") || unit is "fcfa" or "cfa";
        string? code;
        var localUnits = unit == "crown" ? Crowns : [cfa ? "franc" : unit];
        if (!cfa && country is { } namedBefore && LocalCurrency(namedBefore, localUnits) is { } ofCountryNamed)
        {
            return ofCountryNamed;
        }

        var alone = words.Length > 1 && words[^2] == "pound" && unit == "sterling" ? "pound sterling" : words[^1];
        if (cfa || !UnitsNeverReadByCountry.Contains(alone))
        {
            foreach (var candidate in countries)
            {
                if (LocalCurrency(candidate, localUnits) is { } local && (!cfa || local.Code[0] == 'X'))
                {
                    return local;
                }
            }
        }

        // A unit after a word that names no country of its own ("US dollars", "Pound Sterling" handled above): the unit's.
        return cfa ? new Currency("XOF") : UnitAlone.TryGetValue(alone, out code) ? new Currency(code) : null;
    }

    // "Crowns", as English writes the Czech and Slovak koruna, the Swedish and Icelandic krona, the Danish and Norwegian
    // krone and the Estonian kroon: whichever of them a country of the passage paid in; none alone.
    private static readonly string[] Crowns = ["koruna", "krona", "krone", "kroon"];

    private static Currency? LocalCurrency(Country country, string[] units)
    {
        foreach (var unit in units)
        {
            if (Catalogue.Value.ByCountryAndUnit.TryGetValue((country, unit), out var code))
            {
                return new Currency(code);
            }
        }

        return null;
    }

    // A name's words (lower case, singular, in English), the code its whole name is (ISO's or a common one), and the
    // country named before its unit. Articles write the same few names again and again: each is parsed once, and at
    // most MostNamesKept are kept, so that a hostile text of made-up names cannot grow the cache without end.
    private static (string[] Words, string? ByName, Country? Country) Parsed(string name)
    {
        if (ParsedNames.TryGetValue(name, out var parsed))
        {
            return parsed;
        }

        var words = name.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w == "de").Select(WithoutElidedDe).Select(English).Select(Singular).ToArray();
        var key = string.Join(' ', words);
        var byName = Catalogue.Value.ByName.TryGetValue(key, out var code) || Aliases.TryGetValue(key, out code) ? code : null;
        var country = words.Length > 1 ? CountryLexicon.Lookup(name[..name.LastIndexOf(' ')].Trim()) : null;
        parsed = (words, byName, country);
        if (ParsedNames.Count < MostNamesKept)
        {
            ParsedNames.TryAdd(name, parsed);
        }

        return parsed;
    }

    /// <summary>The most names whose parse is kept.</summary>
    internal const int MostNamesKept = 4096;

    /// <summary>How many names' parses are kept now.</summary>
    internal static int NamesKept => ParsedNames.Count;

    private static readonly ConcurrentDictionary<string, (string[] Words, string? ByName, Country? Country)> ParsedNames = new(StringComparer.Ordinal);

    // "d'euros", as French writes "de" before a vowel: the unit alone.
    private static string WithoutElidedDe(string word) => word.StartsWith("d'", StringComparison.Ordinal) ? word[2..] : word;

    // A unit as Spanish, Portuguese, Italian, Russian and Ukrainian write it, which translated pages keep ("millones de
    // dólares", "milhões de dinares", "milioni di dollari", "млрд долларов"), in English.
    private static string English(string word) => word switch
    {
        "dólares" or "dolares" or "dólar" or "dolar" or "dolara" or "dolarów" or "dollari" => "dollars",
        "dinares" or "dinari" => "dinars",
        "riales" => "rials",
        "riyales" => "riyals",
        "rublos" or "rubli" => "rubles",
        "rupias" or "rupie" => "rupees",
        "yuanes" => "yuan",
        _ when word.StartsWith("долл", StringComparison.Ordinal) || word.StartsWith("долар", StringComparison.Ordinal) => "dollars",
        _ when word.StartsWith("рубл", StringComparison.Ordinal) => "rubles",
        "евро" => "euros",
        _ when word.StartsWith("юан", StringComparison.Ordinal) => "yuan",
        "тенге" => "tenge",
        _ when word.StartsWith("сом", StringComparison.Ordinal) => "soms",
        _ when word.StartsWith("грив", StringComparison.Ordinal) => "hryvnias",
        _ when word.StartsWith("манат", StringComparison.Ordinal) => "manats",
        "دولار" => "dollars",
        "دينار" => "dinars",
        "ريال" => "riyals",
        "درهم" => "dirhams",
        "جنيه" => "pounds",
        "ليرة" => "liras",
        "يورو" or "أورو" => "euros",
        _ => word,
    };

    // "riyal" and "rial" are one unit spelt two ways (ISO writes the Saudi Riyal and the Qatari Rial).
    private static string UnitKey(string unit) => unit == "riyal" ? "rial" : unit;

    // "leva" is the plural of the Bulgarian "lev", "krooni" of the Estonian "kroon", "koruny" of the Czech and Slovak "koruna";
    // Spanish and Portuguese plurals add "es" or "is" ("soles", "colones", "meticais"), and Sesotho and siSwati a prefix.
    private static string Singular(string word)
        => IrregularPlurals.TryGetValue(word, out var singular) ? singular : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith('s') && word.Length > 3 && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static readonly Dictionary<string, string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["leva"] = "lev", ["krooni"] = "kroon", ["koruny"] = "koruna", ["meticais"] = "metical", ["soles"] = "sol", ["colones"] = "colon",
        ["quetzales"] = "quetzal", ["bolívares"] = "bolívar", ["bolivares"] = "bolivar", ["guaraníes"] = "guaraní",
        ["guaranies"] = "guarani", ["maloti"] = "loti", ["emalangeni"] = "lilangeni", ["drachmae"] = "drachma",
        ["korun"] = "koruna", ["złotych"] = "zloty", ["złote"] = "zloty", ["złoty"] = "zloty",
    };

    // The same plurals looked up by a span of the text, as written, without copying it. Declared after them: static
    // fields are set in the order they are written.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularPluralsBySpan = IrregularPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static (Dictionary<string, string>, Dictionary<(Country, string), string>) Build()
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        var byCountryAndUnit = new Dictionary<(Country, string), string>();
        foreach (var (code, name, withdrawn) in CurrencyCatalog.Names())
        {
            var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            byName.TryAdd(string.Join(' ', words.Select(Singular)), code);

            // A withdrawn currency whose unit people still mean another by ("pounds" in a Cypriot paper are sterling,
            // "lira" in a Maltese one Turkish) is read only by its whole name ("Cyprus pounds").
            if (withdrawn && UnitAlone.ContainsKey(Singular(words[^1])))
            {
                continue;
            }

            if (words.Length > 1 && CountryLexicon.Lookup(name[..name.LastIndexOf(' ')]) is { } country)
            {
                byCountryAndUnit.TryAdd((country, UnitKey(Singular(words[^1]))), code);
            }
            else if (words.Length == 2 && Units.Contains(words[0]) && CountryLexicon.Lookup(name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]) is { } after)
            {
                // ISO writes a few with the unit first ("Rial Omani"); people write "Omani rials".
                byCountryAndUnit.TryAdd((after, UnitKey(words[0])), code);
                byName.TryAdd($"{words[1]} {words[0]}", code);
            }
        }

        foreach (var (code, members) in CfaFrancs)
        {
            foreach (var member in members)
            {
                byCountryAndUnit.TryAdd((Country.Parse(member), "franc"), code);
            }
        }

        byCountryAndUnit.TryAdd((Country.Parse("GBR"), "pound"), "GBP");

        // ISO names Bosnia's currency the "Convertible Mark", without its country; "marks" in a Bosnian passage are it.
        byCountryAndUnit.TryAdd((Country.Parse("BIH"), "mark"), "BAM");

        // ISO names the Estonian kroon without its country; "crowns" in an Estonian passage are kroons.
        byCountryAndUnit.TryAdd((Country.Parse("EST"), "kroon"), "EEK");
        return (byName, byCountryAndUnit);
    }
}
