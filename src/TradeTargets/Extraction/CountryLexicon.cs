using System.Buffers;

namespace TradeTargets.Extraction;

/// <summary>Finds countries in running text by name, alias, adjective or capital ("Minsk and Hanoi").</summary>
/// <remarks>
/// Names and aliases come from the country catalogue; adjectives and capitals are listed here because only the
/// extractor needs them. Matching is case-sensitive (a country is written with a capital letter), so "turkey" and
/// "china" (the goods) are not countries.
/// </remarks>
internal static class CountryLexicon
{
    // Code, then the adjectives and capitals people write for it (demonyms as adjectives: "Belarusian exports").
    private static readonly (string Code, string[] Words)[] Extra =
    [
        ("BLR", ["Belarusian", "Belarussian", "Belorussian", "Minsk"]),
        ("VNM", ["Vietnamese", "Hanoi", "Ha Noi"]),
        ("PAK", ["Pakistani", "Islamabad"]),
        ("ARE", ["Emirati", "Abu Dhabi", "U.A.E.", "U.A.E"]),
        // The union of 2003-2006 is read as Serbia, the state that continued its membership of the United Nations.
        ("SRB", ["Serbian", "Belgrade", "Serbia and Montenegro", "Serbia-Montenegro", "Serbia & Montenegro"]),
        ("POL", ["Polish", "Warsaw"]),
        ("LUX", ["Luxembourgish", "Luxembourger"]),
        ("CHN", ["Chinese", "Beijing"]),
        ("AZE", ["Azerbaijani", "Azeri", "Baku"]),
        ("TKM", ["Turkmen", "Ashgabat"]),
        ("AUT", ["Austrian", "Vienna"]),
        ("SVK", ["Slovak", "Bratislava"]),
        ("CZE", ["Czech", "Prague"]),
        ("HUN", ["Hungarian", "Budapest"]),
        ("RUS", ["Russian", "Moscow"]),
        ("UKR", ["Ukrainian", "Kyiv", "Kiev"]),
        ("QAT", ["Qatari", "Doha"]),
        ("ESP", ["Spanish", "Madrid"]),
        ("LVA", ["Latvian", "Riga"]),
        ("LTU", ["Lithuanian", "Vilnius"]),
        ("EST", ["Estonian", "Tallinn"]),
        ("DEU", ["German", "Berlin"]),
        ("NLD", ["Dutch", "Amsterdam", "The Hague"]),
        ("ITA", ["Italian", "Rome"]),
        ("IRL", ["Irish", "Dublin"]),
        ("SVN", ["Slovenian", "Ljubljana"]),
        ("CHE", ["Swiss", "Bern"]),
        ("USA", ["American", "Washington", "U.S.A.", "U.S.A"]),
        ("AGO", ["Angolan", "Luanda"]),
        ("BRA", ["Brazilian", "Brasilia"]),
        ("KHM", ["Cambodian", "Phnom Penh"]),
        ("CUB", ["Cuban", "Havana"]),
        ("IND", ["Indian", "New Delhi", "Delhi"]),
        ("LAO", ["Laotian", "Vientiane"]),
        ("KAZ", ["Kazakh", "Kazakhstani", "Astana"]),
        ("MDA", ["Moldovan", "Chisinau"]),
        ("IDN", ["Indonesian", "Jakarta"]),
        ("MYS", ["Malaysian", "Kuala Lumpur"]),
        ("JOR", ["Jordanian", "Amman"]),
        ("SDN", ["Sudanese", "Khartoum"]),
        ("ARG", ["Argentine", "Argentinian", "Buenos Aires"]),
        ("CHL", ["Chilean", "Santiago"]),
        ("NAM", ["Namibian", "Windhoek"]),
        ("TUR", ["Turkish", "Ankara"]),
        ("BIH", ["Bosnian", "Sarajevo", "Bosnia-Herzegovina"]),
        ("DNK", ["Danish", "Copenhagen"]),
        ("FIN", ["Finnish", "Helsinki"]),
        ("FRA", ["French", "Paris"]),
        ("SWE", ["Swedish", "Stockholm"]),
        ("NOR", ["Norwegian", "Oslo"]),
        ("EGY", ["Egyptian", "Cairo"]),
        ("COL", ["Colombian", "Bogota"]),
        ("GBR", ["British", "London"]),
        ("BEL", ["Belgian"]),
        ("GRC", ["Greek", "Athens"]),
        ("PRT", ["Portuguese", "Lisbon"]),
        ("ROU", ["Romanian", "Bucharest"]),
        ("BGR", ["Bulgarian"]),
        ("HRV", ["Croatian", "Zagreb"]),
        ("MNE", ["Montenegrin", "Podgorica"]),
        ("MKD", ["Macedonian", "Skopje"]),
        ("ALB", ["Albanian", "Tirana"]),
        ("GEO", ["Georgian", "Tbilisi"]),
        ("ARM", ["Armenian", "Yerevan"]),
        ("UZB", ["Uzbek", "Tashkent"]),
        ("KGZ", ["Kyrgyz", "Bishkek"]),
        ("TJK", ["Tajik", "Dushanbe"]),
        ("MNG", ["Mongolian", "Ulaanbaatar"]),
        ("IRN", ["Iranian", "Tehran"]),
        ("IRQ", ["Iraqi", "Baghdad"]),
        ("SYR", ["Syrian", "Damascus"]),
        ("ISR", ["Israeli"]),
        ("SAU", ["Saudi", "Riyadh"]),
        ("OMN", ["Omani", "Muscat"]),
        ("KWT", ["Kuwaiti"]),
        ("BHR", ["Bahraini", "Manama"]),
        ("LBN", ["Lebanese", "Beirut"]),
        ("AFG", ["Afghan", "Kabul"]),
        ("BGD", ["Bangladeshi", "Dhaka"]),
        ("LKA", ["Sri Lankan", "Colombo"]),
        ("NPL", ["Nepalese", "Nepali", "Kathmandu"]),
        ("MMR", ["Myanmar", "Naypyidaw"]),
        ("THA", ["Thai", "Bangkok"]),
        ("PHL", ["Philippine", "Filipino", "Manila"]),
        ("SGP", ["Singaporean"]),
        ("KOR", ["South Korean", "Korean", "Korea", "Seoul"]),
        ("PRK", ["North Korean", "Pyongyang"]),
        ("JPN", ["Japanese", "Tokyo"]),
        ("AUS", ["Australian", "Canberra"]),
        ("NZL", ["Wellington"]),
        ("CAN", ["Canadian", "Ottawa"]),
        ("MEX", ["Mexican", "Mexico City"]),
        ("VEN", ["Venezuelan", "Caracas"]),
        ("ECU", ["Ecuadorian", "Quito"]),
        ("PER", ["Peruvian", "Lima"]),
        ("BOL", ["Bolivian"]),
        ("URY", ["Uruguayan", "Montevideo"]),
        ("PRY", ["Paraguayan", "Asuncion"]),
        ("NIC", ["Nicaraguan", "Managua"]),
        ("ZAF", ["South African", "Pretoria"]),
        ("NGA", ["Nigerian", "Abuja"]),
        ("KEN", ["Kenyan", "Nairobi"]),
        ("ETH", ["Ethiopian", "Addis Ababa"]),
        ("TZA", ["Tanzanian", "Dodoma"]),
        ("UGA", ["Ugandan", "Kampala"]),
        ("ZWE", ["Zimbabwean", "Harare"]),
        ("ZMB", ["Zambian", "Lusaka"]),
        ("MOZ", ["Mozambican", "Maputo"]),
        ("GHA", ["Ghanaian", "Accra"]),
        ("SEN", ["Senegalese", "Dakar"]),
        ("MAR", ["Moroccan", "Rabat"]),
        ("DZA", ["Algerian", "Algiers"]),
        ("TUN", ["Tunisian", "Tunis"]),
        ("LBY", ["Libyan", "Tripoli"]),
        ("CYP", ["Cypriot", "Nicosia"]),
        ("MLT", ["Maltese", "Valletta"]),
        ("ISL", ["Icelandic", "Reykjavik"]),
        ("CPV", ["Cape Verde", "Cape Verdean", "Praia"]),
        ("COD", ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congolese", "Kinshasa"]),
        ("COG", ["Congo-Brazzaville", "Republic of Congo", "Republic of the Congo", "Brazzaville"]),
        ("SWZ", ["Swaziland", "Swazi"]),
        ("TLS", ["East Timor", "Timor-Leste", "Timorese", "Dili"]),
        ("GNB", ["Guinea-Bissau", "Bissau"]),
        ("PSE", ["Palestine", "Palestinian", "Ramallah"]),
        ("VAT", ["Vatican"]),
        ("BRN", ["Brunei", "Bruneian"]),
        ("STP", ["Sao Tome", "São Tomé", "Sao Tome and Principe", "São Tomé and Príncipe"]),
        ("CIV", ["Ivorian", "Abidjan", "Yamoussoukro"]),
        ("CMR", ["Cameroonian", "Yaounde", "Yaoundé"]),
        ("MLI", ["Malian", "Bamako"]),
        ("BFA", ["Burkinabe", "Ouagadougou"]),
        ("NER", ["Nigerien", "Niamey"]),
        ("TGO", ["Togolese", "Lome", "Lomé"]),
        ("BEN", ["Beninese", "Cotonou"]),
        ("GAB", ["Gabonese", "Libreville"]),
        ("RWA", ["Rwandan", "Kigali"]),
        ("BDI", ["Burundian", "Bujumbura"]),
        ("SOM", ["Somali", "Mogadishu"]),
        ("DJI", ["Djiboutian"]),
        ("ERI", ["Eritrean", "Asmara"]),
        ("MDG", ["Malagasy", "Antananarivo"]),
        ("MUS", ["Mauritian", "Port Louis"]),
        ("MWI", ["Malawian", "Lilongwe"]),
        ("BWA", ["Botswanan", "Gaborone"]),
        ("TCD", ["Chadian", "N'Djamena"]),
        ("GIN", ["Guinean", "Conakry"]),
        ("SLE", ["Sierra Leonean", "Freetown"]),
        ("LBR", ["Liberian", "Monrovia"]),
        ("GMB", ["Gambian", "Banjul"]),
        ("MRT", ["Mauritanian", "Nouakchott"]),
        ("SSD", ["South Sudanese", "Juba"]),
        ("YEM", ["Yemeni", "Sanaa"]),
        ("BTN", ["Bhutanese", "Thimphu"]),
        ("MDV", ["Maldivian"]),
        ("PAN", ["Panamanian"]),
        ("GTM", ["Guatemalan"]),
        ("HND", ["Honduran", "Tegucigalpa"]),
        ("SLV", ["Salvadoran", "Salvadorean"]),
        ("CRI", ["Costa Rican"]),
        ("TTO", ["Trinidadian", "Trinidad"]),
        ("FJI", ["Fijian", "Suva"]),
        ("PNG", ["Papua New Guinean", "Port Moresby"]),
    ];

    // Aliases the catalogue accepts as data but that read as ordinary words or other things in prose.
    private static readonly HashSet<string> NotInProse = new(StringComparer.Ordinal) { "America", "Columbia", "Holland" };

    private static readonly Dictionary<string, Country> Words = Build();

    // Regions written with a country's adjective ("the Central American country", "Latin American markets"): read as words
    // of their own, so that "American" in them is not the United States.
    private static readonly string[] RegionAdjectives = ["Central American", "Latin American", "South American", "North American"];

    // Names by their first word, longest first, so "South Africa" wins over a shorter name that starts the same way.
    private static readonly Dictionary<string, string[]> ByFirstWord = Words.Keys.Concat(RegionAdjectives)
        .GroupBy(FirstWord, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    // The same names looked up by a span of the text, so no word is copied out of it.
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWordSpan = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    // The characters names start with: a capitalised word that starts otherwise is no name, and is not looked up.
    private static readonly SearchValues<char> NameStarts = SearchValues.Create(string.Concat(ByFirstWord.Keys.Select(k => k[0]).Distinct()));

    // Every ASCII character but the capitals: no name starts at one, so the scan jumps over runs of them.
    private static readonly SearchValues<char> NotCapitals = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))));

    /// <summary>The country a whole name, alias, adjective or capital names ("Pakistani", "Sri Lanka"), or null.</summary>
    public static Country? Lookup(string name) => Words.TryGetValue(name, out var country) ? country : null;

    /// <summary>Every country mention in a piece of text, in order.</summary>
    /// <remarks>A hand-written scan rather than one large alternation: it looks only at capitalised words.</remarks>
    public static List<CountryMention> Find(string text, int start, int length)
    {
        var found = new List<CountryMention>();
        var end = start + length;
        var i = start;
        while (i < end)
        {
            // A name starts a word; after a hyphen only when a name ends there too ("India-Indonesia trade", not "Minsk-Mir").
            if (!char.IsUpper(text[i]) || (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '-' && (found.Count == 0 || found[^1].End != i - 1)))))
            {
                var next = text.AsSpan(i + 1, end - i - 1).IndexOfAnyExcept(NotCapitals);
                i = next < 0 ? end : i + 1 + next;
                continue;
            }

            var wordEnd = i + 1;
            while (wordEnd < end && (char.IsLetter(text[wordEnd]) || text[wordEnd] == '.'))
            {
                wordEnd++;
            }

            var matched = 0;
            if (CombiningForms.TryGetValue(text.AsSpan(i, wordEnd - i), out var combined) && JoinsName(text, wordEnd, end))
            {
                // "Sino-Russian", "Franco-German", "Indo-Pakistani": a country's combining form before another's name.
                found.Add(new CountryMention(combined, i, wordEnd - i));
                matched = wordEnd - i;
            }
            else if (NameStarts.Contains(text[i]) && ByFirstWordSpan.TryGetValue(text.AsSpan(i, wordEnd - i).TrimEnd('.'), out var names))
            {
                foreach (var name in names)
                {
                    if (i + name.Length <= end && string.CompareOrdinal(text, i, name, 0, name.Length) == 0 && (IsBoundary(text, i + name.Length, end) || JoinsName(text, i + name.Length, end)))
                    {
                        // "Kuwaiti dinars", "US dollars": a currency's name, not a country the sentence is about; a region
                        // ("Latin American") names none; "China, excluding Hong Kong" is not about Hong Kong.
                        if (Words.TryGetValue(name, out var country) && !NamesCurrency(text, i + name.Length, end) && !IsLeftOut(text, start, i))
                        {
                            found.Add(new CountryMention(country, i, name.Length));
                        }

                        matched = name.Length;
                        break;
                    }
                }
            }

            i = matched > 0 ? i + matched : wordEnd;
        }

        return found;
    }

    // The combining forms of country names, read only before a hyphen and another country's name ("Indo-Pacific" is none).
    private static readonly Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> CombiningForms = new Dictionary<string, Country>(StringComparer.Ordinal)
    {
        ["Sino"] = Country.Parse("CHN"), ["Franco"] = Country.Parse("FRA"), ["Anglo"] = Country.Parse("GBR"), ["Indo"] = Country.Parse("IND"),
        ["Russo"] = Country.Parse("RUS"), ["Turco"] = Country.Parse("TUR"), ["Italo"] = Country.Parse("ITA"), ["Hispano"] = Country.Parse("ESP"),
        ["Luso"] = Country.Parse("PRT"), ["Nippo"] = Country.Parse("JPN"), ["Germano"] = Country.Parse("DEU"), ["Austro"] = Country.Parse("AUT"),
        ["Belgo"] = Country.Parse("BEL"), ["Helleno"] = Country.Parse("GRC"), ["Irano"] = Country.Parse("IRN"),
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The words that leave a country out, and those that make its adjective a language ("translated from Spanish").
    private static readonly string[] LeavingOut = ["excluding ", "except ", "other than ", "not including ", "not counting ", "translated from ", "translation from "];

    // Whether the words just before a name leave it out ("excluding Hong Kong", "except the United States") or make it a
    // language, not a country ("Translated from Spanish").
    private static bool IsLeftOut(string text, int start, int at)
    {
        var from = Math.Max(start, at - 18);
        var before = text.AsSpan(from, at - from);
        if (before.EndsWith("the ", StringComparison.Ordinal))
        {
            before = before[..^4];
        }

        foreach (var words in LeavingOut)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // After a name: not more letters, not a hyphen ("Minsk-Mir"), not "$" ("US$", and after a short name "US $5m", "NZ $2bn";
    // "Zambia $314m" in a list of partners is the country), not "currency" or "dollar" ("US currency"), and after "US" not
    // an amount ("US 450 million dollars").
    private static bool IsBoundary(string text, int at, int end)
    {
        if (at >= end)
        {
            return true;
        }

        var c = text[at];
        if (char.IsLetter(c) || c == '-' || c == '$')
        {
            return false;
        }

        var rest = text.AsSpan(at, Math.Min(10, end - at)).TrimStart();
        return !rest.StartsWith("currency", StringComparison.Ordinal) && !rest.StartsWith("dollar", StringComparison.Ordinal) && !(rest.StartsWith('$') && IsShortName(text, at))
            && !IsUsBeforeAnAmount(text, at, rest);
    }

    // Whether the name ending at `at` is an abbreviation of two or three capitals ("US", "NZ", "HK", "U.S."), as dollar signs are written with.
    private static bool IsShortName(string text, int at)
    {
        if (EndsWithUsInitials(text, at))
        {
            return true;
        }

        var start = at;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return at - start is 2 or 3 && char.IsUpper(text[start]) && char.IsUpper(text[at - 1]);
    }

    // "U.S.", with its stops, ending at `at`.
    private static bool EndsWithUsInitials(string text, int at)
        => at >= 4 && text.AsSpan(at - 4, 4).SequenceEqual("U.S.");

    // "US 450 million dollars", "US one billion dollars", "U.S. 450 million dollars": "US" written before an amount is the
    // currency's, not the country.
    private static bool IsUsBeforeAnAmount(string text, int at, ReadOnlySpan<char> rest)
        => ((at >= 2 && text[at - 2] == 'U' && text[at - 1] == 'S') || EndsWithUsInitials(text, at)) && !rest.IsEmpty
            && (char.IsAsciiDigit(rest[0]) || rest.StartsWith("one ", StringComparison.Ordinal) || rest.StartsWith("half ", StringComparison.Ordinal) || rest.StartsWith("a billion", StringComparison.Ordinal));

    // Whether the word after a name is a currency unit ("Kuwaiti dinars").
    private static bool NamesCurrency(string text, int at, int end)
    {
        if (at >= end || text[at] != ' ')
        {
            return false;
        }

        var wordEnd = at + 1;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return CurrencyNames.IsUnit(text.AsSpan(at + 1, wordEnd - at - 1));
    }

    // A hyphen that joins two names: "Vietnam-Cuba", "China-Russia".
    private static bool JoinsName(string text, int at, int end)
    {
        if (at + 1 >= end || text[at] != '-' || !char.IsUpper(text[at + 1]))
        {
            return false;
        }

        var wordEnd = at + 2;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return ByFirstWordSpan.TryGetValue(text.AsSpan(at + 1, wordEnd - at - 1), out var names)
            && names.Any(n => at + 1 + n.Length <= end && string.CompareOrdinal(text, at + 1, n, 0, n.Length) == 0 && IsBoundary(text, at + 1 + n.Length, end) | (at + 1 + n.Length < end && text[at + 1 + n.Length] == '-'));
    }

    // The first word as the scan reads words: up to a space or a hyphen ("Guinea-Bissau" is found from "Guinea").
    private static string FirstWord(string name)
    {
        var end = name.AsSpan().IndexOfAny(' ', '-');
        return (end < 0 ? name : name[..end]).TrimEnd('.');
    }

    private static Dictionary<string, Country> Build()
    {
        var words = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in Country.All)
        {
            words.TryAdd(country.Name, country);
        }

        foreach (var (code, extra) in Extra)
        {
            var country = Country.Parse(code);
            foreach (var word in extra)
            {
                words.TryAdd(word, country);
            }
        }

        // Aliases the catalogue knows ("Emirates", "UAE", "Czech Republic", "Viet Nam"), found through its own parser. A long
        // form that goes on past the short name ("United States of America") must be one, or the words after the short name
        // stand between the country and what follows it ("the United States of America with N512.99 billion").
        string[] aliases =
        [
            "UAE", "Emirates", "Viet Nam", "Czech Republic", "Slovak Republic", "Russian Federation", "PRC", "Republic of Belarus",
            "Belorussia", "Turkiye", "Türkiye", "Bosnia", "Macedonia", "US", "U.S.", "USA", "UK", "U.K.", "Britain", "Great Britain",
            "Ivory Coast", "Côte d'Ivoire", "Burma", "Kyrgyz Republic", "Lao PDR", "Republic of Korea", "United States of America",
        ];
        foreach (var alias in aliases.Where(a => !NotInProse.Contains(a)))
        {
            if (Country.TryParse(alias, out var country))
            {
                words.TryAdd(alias, country);
            }
        }

        return words;
    }
}
