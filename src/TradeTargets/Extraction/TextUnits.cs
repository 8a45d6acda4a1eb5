using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>A sentence of the article: where it is and which paragraph holds it.</summary>
internal readonly record struct Sentence(int Start, int Length, int Paragraph)
{
    public int End => Start + Length;
}

/// <summary>An amount of money in the text.</summary>
internal readonly record struct MoneyMention(int Start, int Length, Amount Amount, bool CurrencyInferred, bool IsRange)
{
    public int End => Start + Length;
}

/// <summary>A period in the text; fiscal years keep their first calendar year until the country fixes the first month.</summary>
internal readonly record struct PeriodMention(int Start, int Length, ReportingPeriod Period, bool YearInferred, int? FiscalStartYear)
{
    public int End => Start + Length;

    /// <summary>The period, with a fiscal year starting in the month the country's fiscal year starts.</summary>
    public ReportingPeriod Resolve(Country reporter, Country partner)
        => FiscalStartYear is { } year ? ReportingPeriod.FiscalYear(year, FiscalYears.StartMonth(partner, reporter)) : Period;
}

/// <summary>The first month of a country's fiscal year, for the countries whose year is not the calendar year.</summary>
internal static class FiscalYears
{
    private static readonly Dictionary<string, int> FirstMonth = new(StringComparer.Ordinal)
    {
        ["PAK"] = 7, ["EGY"] = 7, ["AUS"] = 7, ["NZL"] = 7, ["BGD"] = 7, ["KEN"] = 7, ["UGA"] = 7, ["TZA"] = 7, ["NPL"] = 7,
        ["IND"] = 4, ["JPN"] = 4, ["GBR"] = 4, ["CAN"] = 4, ["USA"] = 10, ["IRN"] = 3,
    };

    /// <summary>The partner's fiscal year if it has one, else the reporter's, else July (the commonest non-calendar start).</summary>
    public static int StartMonth(Country partner, Country reporter)
        => FirstMonth.TryGetValue(partner.Code, out var month) ? month : FirstMonth.TryGetValue(reporter.Code, out month) ? month : 7;
}

/// <summary>Splits text into paragraphs and sentences, keeping offsets.</summary>
/// <remarks>
/// A sentence longer than <see cref="MaxSentenceLength"/> characters (text without full stops, a table pasted as one
/// line) is read in pieces cut at a space, with a note saying where: the rules look around each number within its
/// sentence, so an unbounded sentence would make extraction quadratic in its length.
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>The longest sentence read whole; real sentences stay far below it.</summary>
    public const int MaxSentenceLength = 2_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "e.g", "i.e", "etc", "approx", "Gen", "Col", "Prof", "Inc", "Ltd", "Co", "Corp", "Gov", "Amb",
    };

    public static List<Sentence> Split(string text, List<string> notes)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitLine(text, lineStart, lineEnd, paragraph, sentences, notes))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static bool SplitLine(string text, int start, int end, int paragraph, List<Sentence> sentences, List<string> notes)
    {
        var count = sentences.Count;
        var sentenceStart = SkipSpace(text, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var after = i + 1;
            while (after < end && text[after] is '"' or '\'' or '’' or '”' or ')' or ']')
            {
                after++;
            }

            if (after < end && !char.IsWhiteSpace(text[after]))
            {
                continue;
            }

            var next = SkipSpace(text, after, end);
            if (next < end && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '“' or '‘' or '\'' or '$' or '€' or '£' or '('))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, sentenceStart, i))
            {
                continue;
            }

            Add(text, sentenceStart, after, paragraph, sentences, notes);
            sentenceStart = next;
            i = next - 1;
        }

        Add(text, sentenceStart, end, paragraph, sentences, notes);
        return sentences.Count > count;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 4);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences, List<string> notes)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start > MaxSentenceLength)
        {
            var pieces = 0;
            var pieceStart = start;
            while (end - pieceStart > MaxSentenceLength)
            {
                var cut = text.LastIndexOf(' ', pieceStart + MaxSentenceLength - 1, MaxSentenceLength / 2);
                cut = cut <= pieceStart ? pieceStart + MaxSentenceLength : cut;
                sentences.Add(new Sentence(pieceStart, cut - pieceStart, paragraph));
                pieces++;
                pieceStart = SkipSpace(text, cut, end);
            }

            sentences.Add(new Sentence(pieceStart, end - pieceStart, paragraph));
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"The sentence at characters {start} to {end} is {end - start:N0} characters long, more than the {MaxSentenceLength:N0} read whole; it was read in {pieces + 1} pieces cut at spaces, so a goal or figure spanning a cut may be missed."));
        }
        else if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, paragraph));
        }
    }

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}

/// <summary>Reads amounts and periods out of a sentence.</summary>
internal static class MentionReader
{
    public static List<MoneyMention> Money(string text, Sentence sentence, Currency fallback)
    {
        var found = new List<MoneyMention>();
        for (var m = TextPatterns.Money().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var unit = m.Groups["unit"].Value;
            var scale = unit.Length == 0 ? 1m : Scale(unit);
            decimal value;
            if (m.Groups["frac"].Success)
            {
                value = m.Groups["frac"].Value.ToLowerInvariant() switch
                {
                    "half a" => 0.5m,
                    "a quarter of a" => 0.25m,
                    _ => 1m,
                } * scale;
            }
            else
            {
                var number = decimal.Parse(m.Groups["num"].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
                value = number * scale;
            }

            // A number without a scale is only money when it is large ("$5,000"); "$5" in prose is rare and never a trade level.
            if (value < 1000m)
            {
                continue;
            }

            var symbol = m.Groups["pre"].Success ? m.Groups["pre"].Value : m.Groups["post"].Value;
            if (IsUnknownCode(symbol))
            {
                continue;
            }

            var inferred = symbol.Length == 0;
            var currency = inferred ? fallback : CurrencyOf(symbol, text, m.Index);
            found.Add(new MoneyMention(m.Index, m.Length, Amount.FromUnits(value, currency), inferred, m.Groups["num2"].Success));
        }

        return found;
    }

    // Rupees are Pakistani when Pakistan is named just before, Indian otherwise.
    private static Currency RupeeOf(string text, int at)
        => text.AsSpan(Math.Max(0, at - 20), Math.Min(20, at)).Contains("Pakistan", StringComparison.Ordinal) ? new Currency("PKR") : new Currency("INR");

    // Three capitals that are no ISO 4217 code ("GDP", "FTA") do not make a number money.
    private static bool IsUnknownCode(string symbol)
        => symbol.Length == 3 && symbol.All(char.IsAsciiLetterUpper) && symbol != "RMB" && !Currency.TryParse(symbol, out _);

    public static Currency CurrencyOf(string symbol, string text, int at) => symbol.ToUpperInvariant() switch
    {
        "NZ$" => new Currency("NZD"),
        "A$" or "AU$" => new Currency("AUD"),
        "S$" => new Currency("SGD"),
        "HK$" => new Currency("HKD"),
        "C$" or "CA$" => new Currency("CAD"),
        "R$" => new Currency("BRL"),
        "RM" or "RINGGIT" => new Currency("MYR"),
        "RP" => new Currency("IDR"),
        "RS" or "RS." => RupeeOf(text, at),
        "RUPIAH" => new Currency("IDR"),
        "BAHT" => new Currency("THB"),
        "DONG" => new Currency("VND"),
        "WON" => new Currency("KRW"),
        "NAIRA" => new Currency("NGN"),
        "RAND" => new Currency("ZAR"),
        "REAIS" => new Currency("BRL"),
        "TAKA" => new Currency("BDT"),
        "LARI" => new Currency("GEL"),
        "$" or "US$" or "USD" or "DOLLARS" => Currency.Usd,
        "€" or "EUR" or "EURO" or "EUROS" => new Currency("EUR"),
        "£" or "GBP" or "POUNDS" or "POUNDS STERLING" => new Currency("GBP"),
        "¥" or "JPY" or "YEN" => new Currency("JPY"),
        "YUAN" or "RENMINBI" or "RMB" or "CNY" => new Currency("CNY"),
        "ROUBLES" or "RUBLES" or "RUB" => new Currency("RUB"),
        "RUPEES" => RupeeOf(text, at),
        "₹" or "INR" => new Currency("INR"),
        "DIRHAM" or "DIRHAMS" or "AED" => new Currency("AED"),
        "ZLOTY" or "ZLOTYS" or "ZLOTIES" or "PLN" => new Currency("PLN"),
        "FRANCS" or "CHF" => new Currency("CHF"),
        "TENGE" or "KZT" => new Currency("KZT"),
        "HRYVNIA" or "HRYVNIAS" or "UAH" => new Currency("UAH"),
        "LIRA" or "TRY" => new Currency("TRY"),
        var code => new Currency(code),
    };

    private static readonly string[] PeriodWords = ["month", "half", "quarter", "fiscal", "financial", "last year", "previous year", "past year"];

    public static List<PeriodMention> Periods(string text, Sentence sentence, DateOnly published)
    {
        var found = new List<PeriodMention>();
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var hasWords = false;
        foreach (var word in PeriodWords)
        {
            hasWords |= span.Contains(word, StringComparison.OrdinalIgnoreCase);
        }

        if (hasWords)
        {
            for (var m = TextPatterns.PeriodWords().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
            {
                if (Read(m, text, sentence, published) is { } p)
                {
                    found.Add(p);
                }
            }
        }

        var worded = found.Count;
        for (var m = TextPatterns.Period().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            // A year inside "the first half of 2016" belongs to the worded period.
            if (Read(m, text, sentence, published) is { } p && !found.Take(worded).Any(w => w.Start <= p.Start && p.End <= w.End))
            {
                found.Add(p);
            }
        }

        if (worded > 0)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return found;
    }

    private static PeriodMention? Read(Match m, string text, Sentence sentence, DateOnly published)
    {
        var g = m.Groups;
        try
        {
            if (g["m1"].Success)
            {
                var first = MonthNumber(g["m1"].Value);
                var last = MonthNumber(g["m2"].Value);
                var (year, inferred) = YearOf(g["my"], text, m, sentence, published, last);
                return first <= last
                    ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Months(year, first, last), inferred, null)
                    : new PeriodMention(m.Index, m.Length, ReportingPeriod.Between(year - 1, first, year, last), inferred, null);
            }

            if (g["n"].Success)
            {
                var months = NumberWords.Count(g["n"].Value);
                if (months is < 1 or > 11)
                {
                    return null;
                }

                var (year, inferred) = YearOf(g["ny"], text, m, sentence, published, months);
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Months(year, 1, months), inferred, null);
            }

            if (g["h"].Success)
            {
                var half = g["h"].Value.ToLowerInvariant() is "first" or "1st" or "1" ? 1 : 2;
                var (year, inferred) = YearOf(g["hy"], text, m, sentence, published, half * 6);
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Half(year, half), inferred, null);
            }

            if (g["q"].Success)
            {
                var quarter = g["q"].Value.ToLowerInvariant() switch
                {
                    "first" or "1st" or "1" => 1,
                    "second" or "2nd" or "2" => 2,
                    "third" or "3rd" or "3" => 3,
                    _ => 4,
                };
                var (year, inferred) = YearOf(g["qy"], text, m, sentence, published, quarter * 3);
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Quarter(year, quarter), inferred, null);
            }

            if (g["fy1"].Success)
            {
                var start = Int(g["fy1"].Value);
                var endText = g["fy2"].Value;
                var end = endText.Length == 2 ? (start / 100 * 100) + Int(endText) : Int(endText);
                if (end < start)
                {
                    end += 100;
                }

                return end == start + 1 ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(start), false, start) : null;
            }

            if (g["fyend"].Success)
            {
                var endText = g["fyend"].Value;
                var end = endText.Length == 2 ? 2000 + Int(endText) : Int(endText);
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(end - 1), false, end - 1);
            }

            if (g["last"].Success)
            {
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(published.Year - 1), true, null);
            }

            if (g["sm"].Success)
            {
                return new PeriodMention(m.Index, m.Length, ReportingPeriod.Month(Int(g["smy"].Value), MonthNumber(g["sm"].Value)), false, null);
            }

            return new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(Int(g["year"].Value)), false, null);
        }
        catch (ArgumentException)
        {
            // Out of the range ReportingPeriod accepts (a year before 1800): not a period.
            return null;
        }
    }

    // A run of months without a year: the year written soon after it in the sentence, else the latest such run the
    // publication date allows (January–August written in October is this year's; written in March, last year's).
    private static (int Year, bool Inferred) YearOf(Group year, string text, Match m, Sentence sentence, DateOnly published, int lastMonth)
    {
        if (year.Success)
        {
            return (Int(year.Value), false);
        }

        var after = m.Index + m.Length;
        var window = Math.Min(16, sentence.End - after);
        if (window > 0)
        {
            var y = Regex.Match(text.Substring(after, window), @"^\D{0,12}?\b((?:19|20)\d\d)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (y.Success)
            {
                return (Int(y.Groups[1].Value), false);
            }
        }

        return (lastMonth < published.Month ? published.Year : published.Year - 1, true);
    }

    public static int MonthNumber(string name) => name.TrimEnd('.')[..3].ToLowerInvariant() switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    public static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static decimal Scale(string unit) => unit.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1_000m,
        "m" or "mn" or "mln" or "million" => 1_000_000m,
        "b" or "bn" or "bln" or "billion" => 1_000_000_000m,
        _ => 1_000_000_000_000m,
    };
}
