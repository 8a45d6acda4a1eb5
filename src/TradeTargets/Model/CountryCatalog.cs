namespace TradeTargets;

/// <summary>The built-in table of countries: codes, names and the aliases people write.</summary>
internal static class CountryCatalog
{
    // Columns: ISO alpha-3, ISO alpha-2, ISO numeric (UN M49), IMF (IFS) country code, name, aliases.
    // The IMF codes are those of the countrycode package's IMF dictionary (GitHub vincentarelbundock/countrycode,
    // dictionary/data_imf.csv), matched to each catalogue country by name; null where that table gives no code.
    private static readonly Entry[] Entries =
    [
        new("BLR", "BY", 112, 913, "Belarus", ["Republic of Belarus", "Belorussia"]),
        new("VNM", "VN", 704, 582, "Vietnam", ["Viet Nam", "Socialist Republic of Vietnam"]),
        new("PAK", "PK", 586, 564, "Pakistan", []),
        new("ARE", "AE", 784, 466, "United Arab Emirates", ["UAE", "Emirates", "U.A.E."]),
        new("SRB", "RS", 688, 942, "Serbia", []),
        new("POL", "PL", 616, 964, "Poland", []),
        new("LUX", "LU", 442, 137, "Luxembourg", []),
        new("CHN", "CN", 156, 924, "China", ["People's Republic of China", "PRC"]),
        new("AZE", "AZ", 31, 912, "Azerbaijan", []),
        new("TKM", "TM", 795, 925, "Turkmenistan", []),
        new("AUT", "AT", 40, 122, "Austria", []),
        new("SVK", "SK", 703, 936, "Slovakia", ["Slovak Republic"]),
        new("CZE", "CZ", 203, 935, "Czechia", ["Czech Republic"]),
        new("HUN", "HU", 348, 944, "Hungary", []),
        new("RUS", "RU", 643, 922, "Russia", ["Russian Federation"]),
        new("UKR", "UA", 804, 926, "Ukraine", []),
        new("QAT", "QA", 634, 453, "Qatar", []),
        new("ESP", "ES", 724, 184, "Spain", []),
        new("LVA", "LV", 428, 941, "Latvia", []),
        new("LTU", "LT", 440, 946, "Lithuania", []),
        new("EST", "EE", 233, 939, "Estonia", []),
        new("DEU", "DE", 276, 134, "Germany", []),
        new("NLD", "NL", 528, 138, "Netherlands", ["Holland"]),
        new("ITA", "IT", 380, 136, "Italy", []),
        new("IRL", "IE", 372, 178, "Ireland", []),
        new("SVN", "SI", 705, 961, "Slovenia", []),
        new("CHE", "CH", 756, 146, "Switzerland", []),
        new("USA", "US", 840, 111, "United States", ["United States of America", "U.S.", "America"]),
        new("AGO", "AO", 24, 614, "Angola", []),
        new("BRA", "BR", 76, 223, "Brazil", []),
        new("KHM", "KH", 116, 522, "Cambodia", []),
        new("CUB", "CU", 192, 928, "Cuba", []),
        new("IND", "IN", 356, 534, "India", []),
        new("LAO", "LA", 418, 544, "Laos", ["Lao PDR", "Lao People's Democratic Republic"]),
        new("KAZ", "KZ", 398, 916, "Kazakhstan", []),
        new("MDA", "MD", 498, 921, "Moldova", ["Republic of Moldova"]),
        new("IDN", "ID", 360, 536, "Indonesia", []),
        new("MYS", "MY", 458, 548, "Malaysia", []),
        new("JOR", "JO", 400, 439, "Jordan", []),
        new("SDN", "SD", 729, 732, "Sudan", []),
        new("ARG", "AR", 32, 213, "Argentina", []),
        new("CHL", "CL", 152, 228, "Chile", []),
        new("NAM", "NA", 516, 728, "Namibia", []),
        new("TUR", "TR", 792, 186, "Turkey", ["Turkiye", "Türkiye"]),
        new("BIH", "BA", 70, 963, "Bosnia and Herzegovina", ["Bosnia"]),
        new("DNK", "DK", 208, 128, "Denmark", []),
        new("FIN", "FI", 246, 172, "Finland", []),
        new("FRA", "FR", 250, 132, "France", []),
        new("SWE", "SE", 752, 144, "Sweden", []),
        new("NOR", "NO", 578, 142, "Norway", []),
        new("EGY", "EG", 818, 469, "Egypt", []),
        new("COL", "CO", 170, 233, "Colombia", ["Columbia"]),
        new("GBR", "GB", 826, 112, "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
        new("BEL", "BE", 56, 124, "Belgium", []),
        new("GRC", "GR", 300, 174, "Greece", []),
        new("PRT", "PT", 620, 182, "Portugal", []),
        new("ROU", "RO", 642, 968, "Romania", []),
        new("BGR", "BG", 100, 918, "Bulgaria", []),
        new("HRV", "HR", 191, 960, "Croatia", []),
        new("MNE", "ME", 499, 943, "Montenegro", []),
        new("MKD", "MK", 807, 962, "North Macedonia", ["Macedonia"]),
        new("ALB", "AL", 8, 914, "Albania", []),
        new("GEO", "GE", 268, 915, "Georgia", []),
        new("ARM", "AM", 51, 911, "Armenia", []),
        new("UZB", "UZ", 860, 927, "Uzbekistan", []),
        new("KGZ", "KG", 417, 917, "Kyrgyzstan", ["Kyrgyz Republic"]),
        new("TJK", "TJ", 762, 923, "Tajikistan", []),
        new("MNG", "MN", 496, 948, "Mongolia", []),
        new("IRN", "IR", 364, 429, "Iran", ["Islamic Republic of Iran"]),
        new("IRQ", "IQ", 368, 433, "Iraq", []),
        new("SYR", "SY", 760, 463, "Syria", ["Syrian Arab Republic"]),
        new("ISR", "IL", 376, 436, "Israel", []),
        new("SAU", "SA", 682, 456, "Saudi Arabia", []),
        new("OMN", "OM", 512, 449, "Oman", []),
        new("KWT", "KW", 414, 443, "Kuwait", []),
        new("BHR", "BH", 48, 419, "Bahrain", []),
        new("LBN", "LB", 422, 446, "Lebanon", []),
        new("AFG", "AF", 4, 512, "Afghanistan", []),
        new("BGD", "BD", 50, 513, "Bangladesh", []),
        new("LKA", "LK", 144, 524, "Sri Lanka", []),
        new("NPL", "NP", 524, 558, "Nepal", []),
        new("MMR", "MM", 104, 518, "Myanmar", ["Burma"]),
        new("THA", "TH", 764, 578, "Thailand", []),
        new("PHL", "PH", 608, 566, "Philippines", []),
        new("SGP", "SG", 702, 576, "Singapore", []),
        new("KOR", "KR", 410, 542, "South Korea", ["Republic of Korea", "Korea"]),
        new("PRK", "KP", 408, null, "North Korea", ["Democratic People's Republic of Korea"]),
        new("JPN", "JP", 392, 158, "Japan", []),
        new("AUS", "AU", 36, 193, "Australia", []),
        new("NZL", "NZ", 554, 196, "New Zealand", []),
        new("CAN", "CA", 124, 156, "Canada", []),
        new("MEX", "MX", 484, 273, "Mexico", []),
        new("VEN", "VE", 862, 299, "Venezuela", []),
        new("ECU", "EC", 218, 248, "Ecuador", []),
        new("PER", "PE", 604, 293, "Peru", []),
        new("BOL", "BO", 68, 218, "Bolivia", []),
        new("URY", "UY", 858, 298, "Uruguay", []),
        new("PRY", "PY", 600, 288, "Paraguay", []),
        new("NIC", "NI", 558, 278, "Nicaragua", []),
        new("ZAF", "ZA", 710, 199, "South Africa", []),
        new("NGA", "NG", 566, 694, "Nigeria", []),
        new("KEN", "KE", 404, 664, "Kenya", []),
        new("ETH", "ET", 231, 644, "Ethiopia", []),
        new("TZA", "TZ", 834, 738, "Tanzania", ["United Republic of Tanzania"]),
        new("UGA", "UG", 800, 746, "Uganda", []),
        new("ZWE", "ZW", 716, 698, "Zimbabwe", []),
        new("ZMB", "ZM", 894, 754, "Zambia", []),
        new("MOZ", "MZ", 508, 688, "Mozambique", []),
        new("GHA", "GH", 288, 652, "Ghana", []),
        new("CIV", "CI", 384, 662, "Cote d'Ivoire", ["Côte d'Ivoire", "Ivory Coast"]),
        new("SEN", "SN", 686, 722, "Senegal", []),
        new("MAR", "MA", 504, 686, "Morocco", []),
        new("DZA", "DZ", 12, 612, "Algeria", []),
        new("TUN", "TN", 788, 744, "Tunisia", []),
        new("LBY", "LY", 434, 672, "Libya", []),
        new("CYP", "CY", 196, 423, "Cyprus", []),
        new("MLT", "MT", 470, 181, "Malta", []),
        new("ISL", "IS", 352, 176, "Iceland", []),
    ];

    private static readonly Dictionary<string, Country> ByText = BuildTextIndex();

    private static readonly Dictionary<int, Country> ByNumber = Entries.ToDictionary(e => e.Numeric, e => e.ToCountry());

    private static readonly Dictionary<int, Country> ByImfCode = Entries.Where(e => e.Imf is not null).ToDictionary(e => e.Imf!.Value, e => e.ToCountry());

    public static IReadOnlyList<Country> All { get; } = [.. Entries.Select(e => e.ToCountry()).OrderBy(c => c.Code, StringComparer.Ordinal)];

    public static bool TryFind(string? text, out Country country)
    {
        country = default;
        return text is not null && ByText.TryGetValue(Normalise(text), out country);
    }

    /// <summary>Finds a country by its ISO alpha-3 or alpha-2 code only, never by a name or alias ("UK" is an alias, GB the code).</summary>
    public static bool TryFindCode(string text, out Country country)
    {
        country = default;
        var key = text.Trim().ToUpperInvariant();
        return ByCode.TryGetValue(key, out country);
    }

    private static readonly Dictionary<string, Country> ByCode = Entries
        .SelectMany(e => new[] { (e.Alpha3, e), (e.Alpha2, e) })
        .ToDictionary(p => p.Item1, p => p.e.ToCountry(), StringComparer.Ordinal);

    public static bool TryFind(int numericCode, out Country country) => ByNumber.TryGetValue(numericCode, out country);

    public static bool TryFindImf(int imfCode, out Country country) => ByImfCode.TryGetValue(imfCode, out country);

    private static Dictionary<string, Country> BuildTextIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            var country = entry.ToCountry();
            foreach (var key in entry.Aliases.Append(entry.Alpha3).Append(entry.Alpha2).Append(entry.Name))
            {
                index.Add(Normalise(key), country);
            }
        }

        return index;
    }

    // Case, surrounding spaces and a leading "the" do not change which country is meant.
    private static string Normalise(string text)
    {
        var key = text.Trim().ToUpperInvariant();
        return key.StartsWith("THE ", StringComparison.Ordinal) ? key[4..].TrimStart() : key;
    }

    private sealed record Entry(string Alpha3, string Alpha2, int Numeric, int? Imf, string Name, string[] Aliases)
    {
        public Country ToCountry() => Country.Create(Alpha3, Name, Numeric, Imf);
    }
}
