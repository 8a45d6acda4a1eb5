namespace TradeTargets;

/// <summary>The built-in table of countries: codes, names and the aliases people write.</summary>
internal static class CountryCatalog
{
    private static readonly Entry[] Entries =
    [
        new("BLR", "BY", 112, "Belarus", ["Republic of Belarus", "Belorussia"]),
        new("VNM", "VN", 704, "Vietnam", ["Viet Nam", "Socialist Republic of Vietnam"]),
        new("PAK", "PK", 586, "Pakistan", []),
        new("ARE", "AE", 784, "United Arab Emirates", ["UAE", "Emirates", "U.A.E."]),
        new("SRB", "RS", 688, "Serbia", []),
        new("POL", "PL", 616, "Poland", []),
        new("LUX", "LU", 442, "Luxembourg", []),
        new("CHN", "CN", 156, "China", ["People's Republic of China", "PRC"]),
        new("AZE", "AZ", 31, "Azerbaijan", []),
        new("TKM", "TM", 795, "Turkmenistan", []),
        new("AUT", "AT", 40, "Austria", []),
        new("SVK", "SK", 703, "Slovakia", ["Slovak Republic"]),
        new("CZE", "CZ", 203, "Czechia", ["Czech Republic"]),
        new("HUN", "HU", 348, "Hungary", []),
        new("RUS", "RU", 643, "Russia", ["Russian Federation"]),
        new("UKR", "UA", 804, "Ukraine", []),
        new("QAT", "QA", 634, "Qatar", []),
        new("ESP", "ES", 724, "Spain", []),
        new("LVA", "LV", 428, "Latvia", []),
        new("LTU", "LT", 440, "Lithuania", []),
        new("EST", "EE", 233, "Estonia", []),
        new("DEU", "DE", 276, "Germany", []),
        new("NLD", "NL", 528, "Netherlands", ["Holland"]),
        new("ITA", "IT", 380, "Italy", []),
        new("IRL", "IE", 372, "Ireland", []),
        new("SVN", "SI", 705, "Slovenia", []),
        new("CHE", "CH", 756, "Switzerland", []),
        new("USA", "US", 840, "United States", ["United States of America", "U.S.", "America"]),
        new("AGO", "AO", 24, "Angola", []),
        new("BRA", "BR", 76, "Brazil", []),
        new("KHM", "KH", 116, "Cambodia", []),
        new("CUB", "CU", 192, "Cuba", []),
        new("IND", "IN", 356, "India", []),
        new("LAO", "LA", 418, "Laos", ["Lao PDR", "Lao People's Democratic Republic"]),
        new("KAZ", "KZ", 398, "Kazakhstan", []),
        new("MDA", "MD", 498, "Moldova", ["Republic of Moldova"]),
        new("IDN", "ID", 360, "Indonesia", []),
        new("MYS", "MY", 458, "Malaysia", []),
        new("JOR", "JO", 400, "Jordan", []),
        new("SDN", "SD", 729, "Sudan", []),
        new("ARG", "AR", 32, "Argentina", []),
        new("CHL", "CL", 152, "Chile", []),
        new("NAM", "NA", 516, "Namibia", []),
        new("TUR", "TR", 792, "Turkey", ["Turkiye", "Türkiye"]),
        new("BIH", "BA", 70, "Bosnia and Herzegovina", ["Bosnia"]),
        new("DNK", "DK", 208, "Denmark", []),
        new("FIN", "FI", 246, "Finland", []),
        new("FRA", "FR", 250, "France", []),
        new("SWE", "SE", 752, "Sweden", []),
        new("NOR", "NO", 578, "Norway", []),
        new("EGY", "EG", 818, "Egypt", []),
        new("COL", "CO", 170, "Colombia", ["Columbia"]),
        new("GBR", "GB", 826, "United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"]),
        new("BEL", "BE", 56, "Belgium", []),
        new("GRC", "GR", 300, "Greece", []),
        new("PRT", "PT", 620, "Portugal", []),
        new("ROU", "RO", 642, "Romania", []),
        new("BGR", "BG", 100, "Bulgaria", []),
        new("HRV", "HR", 191, "Croatia", []),
        new("MNE", "ME", 499, "Montenegro", []),
        new("MKD", "MK", 807, "North Macedonia", ["Macedonia"]),
        new("ALB", "AL", 8, "Albania", []),
        new("GEO", "GE", 268, "Georgia", []),
        new("ARM", "AM", 51, "Armenia", []),
        new("UZB", "UZ", 860, "Uzbekistan", []),
        new("KGZ", "KG", 417, "Kyrgyzstan", ["Kyrgyz Republic"]),
        new("TJK", "TJ", 762, "Tajikistan", []),
        new("MNG", "MN", 496, "Mongolia", []),
        new("IRN", "IR", 364, "Iran", ["Islamic Republic of Iran"]),
        new("IRQ", "IQ", 368, "Iraq", []),
        new("SYR", "SY", 760, "Syria", ["Syrian Arab Republic"]),
        new("ISR", "IL", 376, "Israel", []),
        new("SAU", "SA", 682, "Saudi Arabia", []),
        new("OMN", "OM", 512, "Oman", []),
        new("KWT", "KW", 414, "Kuwait", []),
        new("BHR", "BH", 48, "Bahrain", []),
        new("LBN", "LB", 422, "Lebanon", []),
        new("AFG", "AF", 4, "Afghanistan", []),
        new("BGD", "BD", 50, "Bangladesh", []),
        new("LKA", "LK", 144, "Sri Lanka", []),
        new("NPL", "NP", 524, "Nepal", []),
        new("MMR", "MM", 104, "Myanmar", ["Burma"]),
        new("THA", "TH", 764, "Thailand", []),
        new("PHL", "PH", 608, "Philippines", []),
        new("SGP", "SG", 702, "Singapore", []),
        new("KOR", "KR", 410, "South Korea", ["Republic of Korea", "Korea"]),
        new("PRK", "KP", 408, "North Korea", ["Democratic People's Republic of Korea"]),
        new("JPN", "JP", 392, "Japan", []),
        new("AUS", "AU", 36, "Australia", []),
        new("NZL", "NZ", 554, "New Zealand", []),
        new("CAN", "CA", 124, "Canada", []),
        new("MEX", "MX", 484, "Mexico", []),
        new("VEN", "VE", 862, "Venezuela", []),
        new("ECU", "EC", 218, "Ecuador", []),
        new("PER", "PE", 604, "Peru", []),
        new("BOL", "BO", 68, "Bolivia", []),
        new("URY", "UY", 858, "Uruguay", []),
        new("PRY", "PY", 600, "Paraguay", []),
        new("NIC", "NI", 558, "Nicaragua", []),
        new("ZAF", "ZA", 710, "South Africa", []),
        new("NGA", "NG", 566, "Nigeria", []),
        new("KEN", "KE", 404, "Kenya", []),
        new("ETH", "ET", 231, "Ethiopia", []),
        new("TZA", "TZ", 834, "Tanzania", ["United Republic of Tanzania"]),
        new("UGA", "UG", 800, "Uganda", []),
        new("ZWE", "ZW", 716, "Zimbabwe", []),
        new("ZMB", "ZM", 894, "Zambia", []),
        new("MOZ", "MZ", 508, "Mozambique", []),
        new("GHA", "GH", 288, "Ghana", []),
        new("CIV", "CI", 384, "Cote d'Ivoire", ["Côte d'Ivoire", "Ivory Coast"]),
        new("SEN", "SN", 686, "Senegal", []),
        new("MAR", "MA", 504, "Morocco", []),
        new("DZA", "DZ", 12, "Algeria", []),
        new("TUN", "TN", 788, "Tunisia", []),
        new("LBY", "LY", 434, "Libya", []),
        new("CYP", "CY", 196, "Cyprus", []),
        new("MLT", "MT", 470, "Malta", []),
        new("ISL", "IS", 352, "Iceland", []),
    ];

    private static readonly Dictionary<string, Country> ByText = BuildTextIndex();

    private static readonly Dictionary<int, Country> ByNumber = Entries.ToDictionary(e => e.Numeric, e => e.ToCountry());

    public static IReadOnlyList<Country> All { get; } = [.. Entries.Select(e => e.ToCountry()).OrderBy(c => c.Code, StringComparer.Ordinal)];

    public static bool TryFind(string? text, out Country country)
    {
        country = default;
        return text is not null && ByText.TryGetValue(Normalise(text), out country);
    }

    public static bool TryFind(int numericCode, out Country country) => ByNumber.TryGetValue(numericCode, out country);

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

    private sealed record Entry(string Alpha3, string Alpha2, int Numeric, string Name, string[] Aliases)
    {
        public Country ToCountry() => Country.Create(Alpha3, Name, Numeric);
    }
}
