namespace TradeTargets.Extraction;

/// <summary>The first month of a country's fiscal year, for the countries whose year is not the calendar year.</summary>
internal static class FiscalYears
{
    // Iran's year starts on 20 or 21 March (Nepal's in mid-July): the first whole month of it is April, as the corpus
    // annotates; Nepal's July is the month most of its first weeks fall in. Myanmar's year ran from April to March
    // before 2018 and again from 2022; the years from October 2018 to September 2022 are read as April to March too.
    private static readonly Dictionary<string, int> FirstMonth = new(StringComparer.Ordinal)
    {
        ["PAK"] = 7, ["EGY"] = 7, ["AUS"] = 7, ["NZL"] = 7, ["BGD"] = 7, ["KEN"] = 7, ["UGA"] = 7, ["TZA"] = 7, ["NPL"] = 7, ["ETH"] = 7,
        ["IND"] = 4, ["JPN"] = 4, ["GBR"] = 4, ["CAN"] = 4, ["USA"] = 10, ["IRN"] = 4, ["MMR"] = 4,
    };

    /// <summary>The first month of the country's own fiscal year: 1 when it keeps the calendar year.</summary>
    public static int OwnStartMonth(Country country) => FirstMonth.GetValueOrDefault(country.Code, 1);

    // The countries whose press names a fiscal year by the calendar year it starts in ("fiscal 2017" is April 2017 to March
    // 2018 in Japan); elsewhere one year names the year a fiscal year ends in ("FY2017" is April 2016 to March 2017 in India).
    private static readonly HashSet<string> NamedByStart = new(StringComparer.Ordinal) { "JPN" };

    /// <summary>Whether a fiscal year named by one year is named by the year it starts in: for the country whose fiscal
    /// year is read (the reporter's if it keeps one, else the partner's).</summary>
    public static bool NamesByStartYear(Country partner, Country reporter)
        => NamedByStart.Contains(FiscalCountry(partner, reporter).Code);

    /// <summary>The reporter's fiscal year if it has one, else the partner's, else July (the commonest non-calendar start).</summary>
    /// <remarks>A country's press and ministries write its own fiscal years ("2021-22" in India is April to March, in
    /// Bangladesh July to June); a reporter without one quotes the partner's.</remarks>
    public static int StartMonth(Country partner, Country reporter)
        => FirstMonth.GetValueOrDefault(FiscalCountry(partner, reporter).Code, 7);

    // The country whose fiscal year a text about the pair reads: the reporter's if it keeps one, else the partner's.
    private static Country FiscalCountry(Country partner, Country reporter)
        => FirstMonth.ContainsKey(reporter.Code) ? reporter : partner;
}
