using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>Reads amounts and periods out of a sentence.</summary>
internal static class MentionReader
{
    /// <summary>The amounts of a sentence, in order.</summary>
    /// <param name="text">The article.</param>
    /// <param name="sentence">Where the sentence is.</param>
    /// <param name="sentenceText">The sentence itself (<c>text.Substring(sentence.Start, sentence.Length)</c>).</param>
    /// <param name="hints">The currency of an amount written without one, and the countries a bare unit ("riyals") is read by.</param>
    /// <param name="declared">The unit stated before the sentence for its bare numbers, if one holds there.</param>
    public static List<MoneyMention> Money(string text, Sentence sentence, string sentenceText, CurrencyHints hints, DeclaredUnit? declared = null)
    {
        var found = new List<MoneyMention>();
        foreach (var m in InFigures(sentenceText))
        {
            Add(m, sentence.Start, text, hints, found);
        }

        var inFigures = found.Count;
        ReadInWords(text, sentence, hints, found);
        if (declared is { } unit)
        {
            ReadBareNumbers(text, sentence, hints, unit, found);
        }

        if (found.Count > inFigures && inFigures > 0)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        TakeCurrencyFromJoinedAmountAfter(found, text);
        TakeCurrencyFromAmountBefore(found);
        return found;
    }

    // "India's exports were 74.79 in 2020-21, 93.27 in 2021-22", under "(all values in US$ millions)": the bare numbers of a
    // sentence read in the unit stated before them, but not years, nor numbers inside an amount already read.
    private static void ReadBareNumbers(string text, Sentence sentence, CurrencyHints hints, DeclaredUnit unit, List<MoneyMention> found)
    {
        var inferred = unit.Symbol.Length == 0;
        var symbol = unit.Symbol.Replace(".", string.Empty, StringComparison.Ordinal);
        // "dollars" stated for a table is the US dollar whatever the pair; "IRs" is India's rupee, as its embassies write it.
        // CurrencyOf reads the signs and codes.
        if ((inferred ? hints.Fallback : symbol is "dollars" or "US dollars" or "dollar" or "US dollar" ? Currency.Usd : symbol == "IRs" ? new Currency("INR") : CurrencyOf(symbol, text, sentence.Start, hints.Countries)) is not { } currency)
        {
            return;
        }

        for (var m = TextPatterns.BareNumber().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            var written = m.Groups["num"].Value;
            if ((written.Length == 4 && written[0] is '1' or '2' && !written.Contains('.', StringComparison.Ordinal) && !written.Contains(',', StringComparison.Ordinal))
                || found.Exists(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                continue;
            }

            var value = ParseNumber(written, hints.DotThousands) * unit.Scale;
            if (value >= 1000m)
            {
                found.Add(new MoneyMention(m.Index, m.Length, Amount.FromUnits(value, currency), inferred, false));
            }
        }
    }

    // "44.8 billion and 25.2 billion CFA francs", "between 5 and 6 billion euros": an amount without a currency joined to
    // the next by "and", "or", "to" or a comma shares that one's currency, as it would its unit; so does the first end of
    // a range over years ("from 10 billion in 2015 to Rs. 14 billion in 2016"). It stays marked inferred.
    private static void TakeCurrencyFromJoinedAmountAfter(List<MoneyMention> found, string text)
    {
        Currency? after = null;
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var amount = found[i];
            if (i == found.Count - 1 || !IsJoinOrYearThenTo(text.AsSpan(amount.End, Math.Max(0, found[i + 1].Start - amount.End))))
            {
                after = null;
            }

            if (!amount.CurrencyInferred)
            {
                after = amount.Amount.Currency;
            }
            else if (after is { } currency && amount.Amount.Currency != currency)
            {
                found[i] = amount with { Amount = Amount.FromUnits(amount.Amount.Value, currency) };
            }
        }
    }

    private static bool IsJoinOrYearThenTo(ReadOnlySpan<char> between) => IsJoin(between) || TextPatterns.YearThenTo().IsMatch(between);

    /// <summary>Whether the text between two amounts joins them as one list ("and", "or", "to", a comma).</summary>
    public static bool IsJoin(ReadOnlySpan<char> between)
        => between.Trim() is var t && (t.IsEmpty || t is "," or "-" or "–" || t.Equals("and", StringComparison.OrdinalIgnoreCase)
            || t.Equals("or", StringComparison.OrdinalIgnoreCase) || t.Equals("to", StringComparison.OrdinalIgnoreCase) || t.Equals(", and", StringComparison.OrdinalIgnoreCase));

    // An amount written without a currency after one written with it is in the same currency ("imports from Nigeria came
    // to 331.2 billion CFA francs and from Côte d'Ivoire to 72.8 billion"); it stays marked inferred.
    private static void TakeCurrencyFromAmountBefore(List<MoneyMention> found)
    {
        Currency? written = null;
        for (var i = 0; i < found.Count; i++)
        {
            var amount = found[i];
            if (!amount.CurrencyInferred)
            {
                written = amount.Amount.Currency;
            }
            else if (written is { } currency && amount.Amount.Currency != currency)
            {
                found[i] = amount with { Amount = Amount.FromUnits(amount.Amount.Value, currency) };
            }
        }
    }

    private static readonly MoneyMatch NoMatch = new(Match.Empty);

    // The amounts in figures of a sentence: the leftmost match of either pattern, then the leftmost after its end, as one
    // pattern with both as alternatives would find them. A match of one that starts inside the other's is looked for again
    // after it, where the alternation would have resumed.
    private static IEnumerable<MoneyMatch> InFigures(string sentence)
    {
        var bySign = TextPatterns.MoneyLedBySign.Match(sentence);
        var byNumber = TextPatterns.MoneyLedByNumber.Match(sentence);
        while (bySign.Success || byNumber.Success)
        {
            var next = !byNumber.Success || (bySign.Success && bySign.Index < byNumber.Index) ? bySign : byNumber;
            yield return next;
            var end = next.Index + next.Length;

            // Every match holds a digit: without one after the end there is nothing more to find.
            var digitAfter = end < sentence.Length && sentence.AsSpan(end).IndexOfAnyInRange('0', '9') >= 0;
            bySign = bySign.Success && bySign.Index < end ? (digitAfter ? TextPatterns.MoneyLedBySign.Match(sentence, end) : NoMatch) : bySign;
            byNumber = byNumber.Success && byNumber.Index < end ? (digitAfter ? TextPatterns.MoneyLedByNumber.Match(sentence, end) : NoMatch) : byNumber;
        }
    }

    // Amounts in words end in "billion", "million" or "trillion": the pattern is tried only in the few words before each
    // "illion", since a pattern led by words would otherwise try a match at most letters of the sentence.
    private static void ReadInWords(string text, Sentence sentence, CurrencyHints hints, List<MoneyMention> found)
    {
        var searched = sentence.Start;
        while (searched < sentence.End)
        {
            var at = text.AsSpan(searched, sentence.End - searched).IndexOf("illion", StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            at += searched;
            if (!FollowsANumberWord(text, Math.Max(sentence.Start, searched), at))
            {
                searched = at + 6;
                continue;
            }

            var from = Math.Max(Math.Max(sentence.Start, searched), at - 32);
            while (from > sentence.Start && from > searched && char.IsLetterOrDigit(text[from - 1]))
            {
                // Start at a word's beginning: the pattern cannot look behind the window.
                from--;
            }

            var to = Math.Min(sentence.End, at + 48);
            var before = found.Count;
            Read(TextPatterns.MoneyInWords(), text, from, to, hints, found);
            searched = found.Count > before ? found[^1].End : at + 6;
        }
    }

    private static readonly HashSet<string> NumberWordsBeforeAScale = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWordBeforeAScale = NumberWordsBeforeAScale.GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the word before "b|m|tr" + "illion" at <paramref name="illion"/> is a number word ("eight billion",
    // "twenty-five million", "half a billion", "two and a half billion"); most are figures ("$5 billion"), read by the other pattern.
    private static bool FollowsANumberWord(string text, int start, int illion)
    {
        var unitStart = illion - 1;
        if (unitStart > start && text[unitStart] == 'r')
        {
            unitStart--;
        }

        // "two billion", "two-billion-dinar".
        var wordEnd = unitStart - 1;
        if (wordEnd <= start || text[wordEnd] is not (' ' or '-'))
        {
            return false;
        }

        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < wordEnd && NumberWordBeforeAScale.Contains(text.AsSpan(wordStart, wordEnd - wordStart));
    }

    private static void Read(Regex pattern, string text, int start, int end, CurrencyHints hints, List<MoneyMention> found)
    {
        for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            Add(new MoneyMatch(m), 0, text, hints, found);
        }
    }

    // The amount a match of a money pattern states, if it is money; offset is where the text the match indexes starts in the article.
    private static void Add(MoneyMatch m, int offset, string text, CurrencyHints hints, List<MoneyMention> found)
    {
        var unit = m.Group("unit").Value;
        var scale = unit.Length == 0 ? 1m : Scale(unit);
        var dotThousands = false;
        decimal value;
        if (m.Group("frac").Success)
        {
            value = string.Join(' ', m.Group("frac").Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
            {
                "half a" => 0.5m,
                "a quarter of a" => 0.25m,
                "one and a half" => 1.5m,
                _ => 1m,
            } * scale;
        }
        else if (m.Group("words").Success)
        {
            // "two and a half billion".
            value = (NumberWords.Amount(m.Group("words").Value) + (m.Group("half").Success ? 0.5m : 0m)) * scale;
        }
        else
        {
            // A number before a scale word kept from Spanish, Portuguese, French or German, or after the "u$s" of the
            // Argentine and Uruguayan press, groups thousands with dots, as those languages do ("15.807 millones", "u$s
            // 11.000 million"); a comma in it is read as anywhere ("342,70 millones", "308,886 millones").
            var digits = m.Group("num").Value;
            var continental = IsContinentalScale(m.Group("unit").Value) || m.Group("pre").Value.Equals("u$s", StringComparison.OrdinalIgnoreCase);
            dotThousands = hints.DotThousands || (continental && IsDotThousands(digits));
            // "1,196 milliard": a comma that could group thousands is a decimal one before a scale word of a language that never
            // groups them with a comma, as ParseNumber reads it in a text that groups them with dots.
            var commaDecimal = IsCommaDecimalScale(m.Group("unit").Value) && IsOneThousandsGroup(digits, ',');
            value = ParseNumber(digits, dotThousands || commaDecimal) * scale;
            if (m.Group("ones").Success)
            {
                // "97 thousand 81 dollars".
                value += Int(m.Group("ones").Value);
            }

            if (m.Group("millions").Success)
            {
                // "2 млрд 148,1 млн долларов": the millions after the billions, with a decimal comma.
                value += ParseNumber(m.Group("millions").Value, true) * 1_000_000m;
            }
        }

        // A number without a scale is only money when it is large ("$5,000"); "$5" in prose is rare and never a trade level.
        if (value < 1000m)
        {
            return;
        }

        // "NZ $1.2 billion" is written with a space inside the sign.
        var symbol = m.Group("pre").Success ? m.Group("pre").Value.Replace(" ", string.Empty, StringComparison.Ordinal) : m.Group("post").Value;
        if (IsUnknownCode(symbol))
        {
            return;
        }

        var start = offset + m.Index;
        if (IsSignedNegative(text, start))
        {
            // "the balance stands at - € 836,9 milhões", "a deficit of -$773 million": a negative amount is a balance, never a level.
            return;
        }

        if (symbol.Length == 0 && CurrencyNamedBefore(text, offset, start) is { } named)
        {
            symbol = named;
        }

        var inferred = symbol.Length == 0;
        if ((inferred ? hints.Fallback : symbol == "$" ? hints.DollarSign : CurrencyOf(symbol, text, start, hints.Countries)) is not { } currency)
        {
            // A unit that names no currency by itself ("dinars", "pesos") and no country before it: not read as money.
            return;
        }

        if (value >= 1e12m && scale == 1e9m && (currency == Currency.Usd || currency.Code == "EUR") && IsOneThousandsGroup(m.Group("num").Value, dotThousands ? '.' : ','))
        {
            // "$1,317 billion", or "20.047 billion dollars" in an article that groups thousands with dots: no two countries
            // trade a trillion dollars or euros a year; the separator is a decimal one.
            value /= 1000m;
        }

        var length = m.Length;
        if (scale is 1_000_000m or 100_000m or 1_000m && HigherPartsBefore(text, start, scale) is { } higher)
        {
            // "1 billion 243 million dollars", "13 billion 882 million 788 thousand dollars", "779 thousand 308 million
            // dollars", "68 crore 10 lakh US dollars": the larger parts written before the last are part of the amount,
            // not amounts of their own.
            value += higher.Value;
            length += start - higher.Start;
            start = higher.Start;
            found.RemoveAll(f => f.Start >= start && f.Start < start + length);
        }

        if (m.Group("num2") is { Success: true } to && !m.Group("ones").Success && start == offset + m.Index && IsChangeFromTo(text, start)
            && ParseNumber(to.Value, dotThousands) * scale is var later and >= 1000m)
        {
            // "cut from 916 to 680 M€", "from 35 to 149,5 million dinars": the two levels of one change, the unit written
            // once, not a range.
            var num = m.Group("num");
            var laterStart = offset + to.Index;
            found.Add(new MoneyMention(start, offset + num.Index + num.Length - start, Amount.FromUnits(value, currency), inferred, false));
            found.Add(new MoneyMention(laterStart, start + length - laterStart, Amount.FromUnits(later, currency), inferred, false));
            return;
        }

        found.Add(new MoneyMention(start, length, Amount.FromUnits(value, currency), inferred, m.Group("num2").Success));
    }

    // Whether a minus sign stands right before the amount at `at`, after a space, a colon or a parenthesis: "- € 836,9",
    // "-3,1 billion", "–730 m". A dash with a space after it may open an aside ("exports – $5.2bn – rose"), so an en or
    // em dash counts only when the amount follows it at once; a dash after a digit or a letter ends a range or a word.
    private static bool IsSignedNegative(string text, int at)
    {
        var i = at - 1;
        var spaced = i >= 0 && text[i] == ' ';
        if (spaced)
        {
            i--;
        }

        if (i < 0 || !(text[i] is '-' or '−' || (text[i] is '–' or '—' && !spaced)))
        {
            return false;
        }

        return i == 0 || text[i - 1] is ' ' or ':' or '(' or '\n';
    }

    // Whether the amount at `at` follows "from" as the start of a change ("rose from"), not of a range ("ranging from").
    private static bool IsChangeFromTo(string text, int at)
    {
        var from = Math.Max(0, at - 20);
        var before = text.AsSpan(from, at - from).TrimEnd();
        return before.EndsWith("from", StringComparison.OrdinalIgnoreCase) && (before.Length == 4 || !char.IsLetter(before[^5]))
            && !TextPatterns.RangeFromBefore().IsMatch(before);
    }

    // "Nepali rupees 1.15 billion", "US dollars 5 billion": a currency named right before an amount written without one.
    private static string? CurrencyNamedBefore(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - 40);
        if (at - from < 4 || !char.IsLetter(text[at - 2]))
        {
            return null;
        }

        // The word before must be a unit ("rupees", "dollars"), which few words before amounts are.
        var wordStart = at - 2;
        while (wordStart > from && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (!CurrencyNames.IsUnit(text.AsSpan(wordStart, at - 1 - wordStart)))
        {
            return null;
        }

        var m = TextPatterns.CurrencyNameBefore().Match(text, from, at - from);
        return m.Success ? m.Groups["name"].Value : null;
    }

    // The larger parts written just before the last part of an amount (in millions, lakhs or thousands), nearest first: "1 billion "
    // of "1 billion 243 million", "13 billion 882 million " of "13 billion 882 million 788 thousand", "779 thousand " of
    // "779 thousand 308 million" (a thousand million, as Spanish and Portuguese write it), "68 crore " of "68 crore 10 lakh",
    // "one billion and ". Each part must be larger than the one after it.
    private static (int Start, decimal Value)? HigherPartsBefore(string text, int at, decimal scale)
    {
        var start = at;
        var value = 0m;
        while (true)
        {
            var from = Math.Max(0, start - 24);
            if (!EndsWithAPartsUnit(text.AsSpan(from, start - from)))
            {
                break;
            }

            var m = TextPatterns.LargerPartBefore().Match(text, from, start - from);
            var partScale = m.Success ? PartScale(m.Groups["unit"].Value, scale) : 0m;
            if (partScale <= scale)
            {
                break;
            }

            value += PartCount(m.Groups["n"]) * partScale;
            start = m.Index;
            scale = partScale;
        }

        return value > 0 ? (start, value) : null;
    }

    // How many of a larger part there are: "16" of "16 mil", "siete" of "siete mil"; one when no number is written ("mil 640
    // millones", 1,640 million).
    private static int PartCount(Group n) => !n.Success ? 1 : n.Value.ToLowerInvariant() switch
    {
        "dos" or "dois" => 2,
        "tres" or "três" => 3,
        "cuatro" or "quatro" => 4,
        "cinco" => 5,
        "seis" => 6,
        "siete" or "sete" => 7,
        "ocho" or "oito" => 8,
        "nueve" or "nove" => 9,
        var written => NumberWords.Count(written),
    };

    // Whether a text ends with the unit of a larger part ("1 billion ", "882 million and ", "16 mil "): most amounts have
    // none right before them, and the pattern is not tried.
    private static bool EndsWithAPartsUnit(ReadOnlySpan<char> before)
    {
        var tail = before.TrimEnd();
        if (tail.EndsWith(" and", StringComparison.OrdinalIgnoreCase))
        {
            tail = tail[..^4].TrimEnd();
        }

        return tail.EndsWith("billion", StringComparison.OrdinalIgnoreCase) || tail.EndsWith("million", StringComparison.OrdinalIgnoreCase)
            || tail.EndsWith("thousand", StringComparison.OrdinalIgnoreCase) || tail.EndsWith("crore", StringComparison.OrdinalIgnoreCase)
            || (tail.EndsWith("mil", StringComparison.OrdinalIgnoreCase) && (tail.Length == 3 || !char.IsLetter(tail[^4])));
    }

    // A part's scale before a smaller one: "thousand" before millions is a thousand million; a crore is ten million.
    private static decimal PartScale(string unit, decimal scaleAfter)
        => unit.ToLowerInvariant() switch
        {
            "billion" => 1_000_000_000m,
            "million" => 1_000_000m,
            "crore" => 10_000_000m,
            _ => scaleAfter == 1_000_000m ? 1_000_000_000m : 1_000m,
        };

    // "1,317" (or "20.047" with a dot): one to three digits, the separator and three more, and no other separator.
    private static bool IsOneThousandsGroup(string digits, char separator)
        => digits.Length is >= 5 and <= 7 && digits[^4] == separator && digits.IndexOf(separator, StringComparison.Ordinal) == digits.Length - 4
            && !digits.Contains(separator == ',' ? '.' : ',', StringComparison.Ordinal);

    // "15.807", "1.234.567": groups of three digits after dots, and no comma.
    private static bool IsDotThousands(string digits)
    {
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        if (dot < 1 || dot > 3 || digits.Contains(',', StringComparison.Ordinal) || (digits.Length - dot) % 4 != 0)
        {
            return false;
        }

        for (var i = dot; i < digits.Length; i += 4)
        {
            if (digits[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    // "millones", "mil millones", "milhões", "bilhões", "milliards", German's "Milliarden", "Millionen", "Mrd" and "Mio",
    // Italian "miliardi" and "milioni", Romanian "miliarde" and "milioane", Turkish "milyon" and "milyar", Indonesian
    // "miliar" and "juta", Vietnamese "tỷ" and "triệu", and Russian and Ukrainian "миллиарда" and "мільйонів"; not
    // "million".
    private static bool IsContinentalScale(string unit)
        => IsSpanishScale(unit) || unit.StartsWith("milh", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("milliard", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("bilh", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("Millionen", StringComparison.Ordinal) || unit is "Mrd" or "Mio" or "milyon" or "milyar" or "miliar" or "juta" or "tỷ" or "tỉ" or "triệu"
            || unit.StartsWith("милли", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("міль", StringComparison.OrdinalIgnoreCase)
            || unit.StartsWith("miliard", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("milion", StringComparison.OrdinalIgnoreCase);

    // "millones" and "mil millones", with whatever space the text puts between.
    private static bool IsSpanishScale(string unit)
        => unit.StartsWith("millon", StringComparison.OrdinalIgnoreCase)
            || (unit.Length > 3 && unit.StartsWith("mil", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(unit[3]));

    // The continental scale words of languages that never group thousands with a comma, so that a comma before them is a
    // decimal one however many digits follow it ("1,196 milliard de dinars", "36,457 bilhões"); not Spanish's, as Latin
    // American pages group thousands with commas ("24,400 millones").
    private static bool IsCommaDecimalScale(string unit) => IsContinentalScale(unit) && !IsSpanishScale(unit);

    // The spaces that group thousands in a number ("1 479", "1\u00A0479"): a space, a no-break space and a narrow one.
    private const string GroupingSpaces = " \u00A0\u202F";

    // "1,496.2" has a thousands comma; "1,55" (two digits or fewer after the only comma) a decimal one. In an article
    // written the continental way, "3.200" is three thousand two hundred and "1.234,5" has a decimal comma; "4.929.082" groups
    // thousands in any article.
    private static decimal ParseNumber(string digits, bool dotThousands)
    {
        if (digits.IndexOf(" mil", StringComparison.Ordinal) is var word and > 0)
        {
            // "2 mil 609" (millones), "1 milyar 513" (milyon): thousands of the scale, a word, and the rest.
            var rest = digits.LastIndexOf(' ') + 1;
            return (decimal.Parse(digits.AsSpan(0, word), NumberStyles.None, CultureInfo.InvariantCulture) * 1000m)
                + decimal.Parse(digits.AsSpan(rest), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (digits.IndexOf(", ", StringComparison.Ordinal) is var slipped and > 0)
        {
            // "1, 89" and "3, 053" (TextPatterns' SlippedComma): a decimal comma before one or two digits, thousands before three.
            var after = digits.AsSpan(slipped + 2);
            var whole = decimal.Parse(digits.AsSpan(0, slipped), NumberStyles.None, CultureInfo.InvariantCulture);
            var part = decimal.Parse(after, NumberStyles.None, CultureInfo.InvariantCulture);
            return after.Length == 3 ? (whole * 1000m) + part : whole + (part / (after.Length == 1 ? 10m : 100m));
        }

        if (digits.AsSpan().IndexOfAny(GroupingSpaces) >= 0)
        {
            // "1 479", "8 513,75", "1 522.2": spaces group the thousands, so a comma or a point is a decimal one.
            return decimal.Parse(string.Concat(digits.Split(GroupingSpaces.ToCharArray())).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        var comma = digits.LastIndexOf(',');
        if (comma < 0 && digits.AsSpan().Count('.') >= 2 && digits.Length - digits.LastIndexOf('.') - 1 < 3)
        {
            // "N1.099.52 trillion" beside a headline's "N1.099tr": dots that cannot group thousands, the last before fewer
            // than three digits, are a misprint of one decimal point, the first.
            var firstDot = digits.IndexOf('.', StringComparison.Ordinal);
            return decimal.Parse(string.Concat(digits.AsSpan(0, firstDot + 1), digits[(firstDot + 1)..].Replace(".", string.Empty, StringComparison.Ordinal)), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        if (dotThousands || digits.AsSpan().Count('.') >= 2 || IsDotThousandsThenDecimalComma(digits, comma))
        {
            return decimal.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        var hasDot = digits.Contains('.', StringComparison.Ordinal);
        if (comma < 0 && hasDot && IsZeroThousandsGroups(digits))
        {
            // "1.000 million dollars", "2.000 million": three zeros after a dot and one digit are a thousands group.
            return decimal.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        // "1,55" (two digits or fewer after the only comma) and "1192,559" (four digits or more before it, which no
        // thousands grouping writes) have a decimal comma.
        var decimalComma = comma >= 0 && !hasDot && (digits.Length - comma - 1 < 3 || (comma >= 4 && digits.IndexOf(',', StringComparison.Ordinal) == comma));
        return decimal.Parse(decimalComma ? digits.Replace(',', '.') : digits, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    // "1.386,6": a dot grouping thousands, then a comma with one or two digits after it.
    private static bool IsDotThousandsThenDecimalComma(string digits, int comma)
        => digits.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && comma > dot && digits.Length - comma - 1 <= 2;

    // "1.000", "2.000.000": one digit, then groups of a dot and three zeros. With more digits before the dot, three zeros
    // are as often a precise decimal ("US $501.000 million" beside "$633.374 million").
    private static bool IsZeroThousandsGroups(string digits)
        => digits.IndexOf('.', StringComparison.Ordinal) == 1 && IsDotThousands(digits) && digits.AsSpan(2).IndexOfAnyExcept('0', '.') < 0;

    // Rupees are Pakistani when Pakistan is named just before; else the first of the passage's countries that pays in
    // rupees (Nepal's, Sri Lanka's), else Indian.
    private static Currency RupeeOf(string text, int at, IReadOnlyList<Country> countries)
        => text.AsSpan(Math.Max(0, at - 20), Math.Min(20, at)).Contains("Pakistan", StringComparison.Ordinal) ? new Currency("PKR")
            : CurrencyNames.Read("rupees", countries) ?? new Currency("INR");

    // "R1.2 billion" is rand, "N1.2 trillion" naira, "P378 billion" pesos and "K6.7 billion" kina, kwacha or kyat only in a
    // passage on a country that writes its currency so, the first of them the passage is read by; a capital letter before
    // a number elsewhere names no currency.
    private static Currency? SignOfAPassageCountry(IReadOnlyList<Country> countries, params (string Country, string Currency)[] signs)
    {
        foreach (var c in countries)
        {
            foreach (var (country, currency) in signs)
            {
                if (c.Code == country)
                {
                    return new Currency(currency);
                }
            }
        }

        return null;
    }

    // Three capitals that are no ISO 4217 code ("GDP", "FTA") do not make a number money.
    private static bool IsUnknownCode(string symbol)
        => symbol.Length == 3 && symbol.All(char.IsAsciiLetterUpper) && symbol is not ("RMB" or "CFA" or "MDA" or "MDH" or "MDT" or "GHC") && !Currency.TryParse(symbol, out _);

    /// <summary>The currency a sign, code or name before or after an amount stands for; null for a name that names none ("dinars" alone).</summary>
    /// <param name="symbol">The sign, code or name as written.</param>
    /// <param name="text">The article.</param>
    /// <param name="at">Where the amount starts.</param>
    /// <param name="countries">The countries a unit written without its country is read by, most likely first.</param>
    public static Currency? CurrencyOf(string symbol, string text, int at, IReadOnlyList<Country> countries) => symbol.ToUpperInvariant() switch
    {
        "NZ$" => new Currency("NZD"),
        "A$" or "AU$" => new Currency("AUD"),
        "S$" => new Currency("SGD"),
        "HK$" => new Currency("HKD"),
        "C$" or "CA$" => new Currency("CAD"),
        "R$" => new Currency("BRL"),
        "E£" => new Currency("EGP"),
        "RM" => new Currency("MYR"),
        "RP" => new Currency("IDR"),
        "RS" or "RS." or "RS/NU" or "RS/NU." or "RUPEE" or "RUPEES" => RupeeOf(text, at, countries),
        "TK" or "TK." or "৳" => new Currency("BDT"),
        "SH" or "SH." or "SHS" or "SHS." or "/-" => CurrencyNames.Read("shillings", countries),
        "KSH" or "KSH." or "KSHS" or "KSHS." => new Currency("KES"),
        "TSH" or "TSH." or "TSHS" or "TSHS." => new Currency("TZS"),
        "USH" or "USH." or "USHS" or "USHS." => new Currency("UGX"),
        // Ghana's press still writes "GHC", the code of the cedi withdrawn in 2007, for the cedi of today.
        "GH₵" or "GH¢" or "₵" or "GHC" => new Currency("GHS"),
        "R" => SignOfAPassageCountry(countries, ("ZAF", "ZAR")),
        "N" => SignOfAPassageCountry(countries, ("NGA", "NGN")),
        "P" => SignOfAPassageCountry(countries, ("PHL", "PHP"), ("BWA", "BWP")),
        "K" => SignOfAPassageCountry(countries, ("PNG", "PGK"), ("ZMB", "ZMW"), ("MWI", "MWK"), ("MMR", "MMK")),
        "CFA" or "FCFA" => CurrencyNames.Read("CFA francs", countries),
        // The dirham of the passage's countries: Morocco's "DH" after a scale word, the Emirates' "Dh" before an amount.
        "DH" or "DH." or "DHS" or "DHS." => CurrencyNames.Read("dirhams", countries),
        // The Maghreb's abbreviations after a scale word ("3,2 Mds DT") and fused with it (TextPatterns'
        // ScaleFusedWithCurrency: "414,4 MDT", "12 MMDH"); "MD" names dinars, whose country the passage says.
        "DT" or "MDT" or "MMDT" => new Currency("TND"),
        "DA" or "MDA" or "MMDA" => new Currency("DZD"),
        "MD" or "MMD" => CurrencyNames.Read("dinars", countries),
        "MDH" or "MMDH" => new Currency("MAD"),
        // "10,8 Mrd. S", "16,4 Mrd. DM", "28,4 Milliarden Mark": the schilling and the mark as the German-language press
        // wrote them after a scale (TextPatterns' GermanCurrencyAfterAScale).
        "S" => new Currency("ATS"),
        "DM" or "MARK" => new Currency("DEM"),
        "SR" => new Currency("SAR"),
        "QR" => new Currency("QAR"),
        "KD" => new Currency("KWD"),
        "BD" => new Currency("BHD"),
        "JD" => new Currency("JOD"),
        "RO" => new Currency("OMR"),
        "LE" => new Currency("EGP"),
        "NU" or "NU." => new Currency("BTN"),
        "NRS" or "NRS." => new Currency("NPR"),
        "$" or "US$" or "$US" or "U$S" => Currency.Usd,
        "N$" => new Currency("NAD"),
        "J$" => new Currency("JMD"),
        "FJ$" or "F$" => new Currency("FJD"),
        "WS$" => new Currency("WST"),
        "T$" => new Currency("TOP"),
        "TT$" => new Currency("TTD"),
        "BZ$" => new Currency("BZD"),
        "EC$" => new Currency("XCD"),
        "€" => Currency.Eur,
        "£" => new Currency("GBP"),
        "¥" => new Currency("JPY"),
        "₹" => new Currency("INR"),
        "₺" => new Currency("TRY"),
        "₽" => new Currency("RUB"),
        "₩" => new Currency("KRW"),
        "₫" => new Currency("VND"),
        "₱" => new Currency("PHP"),
        "₦" => new Currency("NGN"),
        "₴" => new Currency("UAH"),
        "₸" => new Currency("KZT"),
        "₪" => new Currency("ILS"),
        "฿" => new Currency("THB"),
        "₭" => new Currency("LAK"),
        "₮" => new Currency("MNT"),
        "₾" => new Currency("GEL"),
        "֏" => new Currency("AMD"),
        "₼" => new Currency("AZN"),
        "៛" => new Currency("KHR"),
        "RMB" => new Currency("CNY"),
        var code when code.Length == 3 && code.All(char.IsAsciiLetterUpper) && Currency.TryParse(code, out var iso) => iso,
        _ => CurrencyNames.Read(symbol, countries),
    };

    // The words every worded period holds. A set of strings is searched in one pass, and its case-blind search does not
    // depend on the globalization mode (a case-blind search for one string falls to a per-character loop when the
    // process runs without ICU, as our builds do).
    private static readonly SearchValues<string> PeriodWords = SearchValues.Create(
        ["month", "half", "semester", "quarter", "first third", "first two", "fiscal", "financial", "last year", "previous year", "past year", "year to", "year up to", "year end", "year that", "year which", "period"], StringComparison.OrdinalIgnoreCase);

    // The words every rarer worded period holds (TextPatterns.RarePeriodWords).
    private static readonly SearchValues<string> RarePeriodWords = SearchValues.Create(
        ["end of", "end-", "iranian", "persian", " as of ", "so far", "to date",
         "by jan", "by feb", "by mar", "by apr", "by may", "by jun", "by jul", "by aug", "by sep", "by oct", "by nov", "by dec",
         "through jan", "through feb", "through mar", "through apr", "through may", "through jun", "through jul", "through aug", "through sep", "through oct", "through nov", "through dec"],
        StringComparison.OrdinalIgnoreCase);

    public static List<PeriodMention> Periods(string text, Sentence sentence, DateOnly published)
    {
        var found = new List<PeriodMention>();
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (span.IndexOfAny(PeriodWords) >= 0)
        {
            AddWorded(TextPatterns.PeriodWords, text, sentence, published, found);
        }

        if (span.IndexOfAny(RarePeriodWords) >= 0)
        {
            AddWorded(TextPatterns.RarePeriodWords, text, sentence, published, found);
        }

        var worded = found.Count;
        for (var m = TextPatterns.Period().Match(text, sentence.Start, sentence.Length); m.Success; m = m.NextMatch())
        {
            if (IsPartOfADate(m, text, sentence))
            {
                continue;
            }

            // A year inside "the first half of 2016" belongs to the worded period; "the previous year" after "January-September
            // of" belongs to the run.
            if (ReadFigured(m, text, sentence, published) is { } p && !found.Take(worded).Any(w => w.Start <= p.Start && p.End <= w.End))
            {
                worded -= found.RemoveAll(w => p.Start <= w.Start && w.End <= p.End && w.Length < p.Length);
                found.Add(p);
            }
        }

        if (worded > 0)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Period.StartYear > published.Year + BikramSambatOffset - 10)
            {
                found[i] = FromBikramSambat(found[i]);
            }
        }

        return found;
    }

    // "on July 7, 2021", "on 7 July 2021": the month or the year of a date is no period. Only a month, or a year alone, is
    // read after a day.
    private static bool IsPartOfADate(Match m, string text, Sentence sentence)
    {
        if (!m.Groups["mo"].Success && !m.Groups["year"].Success)
        {
            return false;
        }

        var from = Math.Max(sentence.Start, m.Index - 20);
        return m.Index > from && char.IsWhiteSpace(text[m.Index - 1]) && TextPatterns.DayBefore().IsMatch(text.AsSpan(from, m.Index - from));
    }

    // Whether "a" or "any" stands right before the words at `at` ("a first half", "any second quarter").
    private static bool IsAnyOne(string text, Sentence sentence, int at)
    {
        var from = Math.Max(sentence.Start, at - 5);
        var before = text.AsSpan(from, at - from);
        return before.EndsWith(" a ", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" any ", StringComparison.OrdinalIgnoreCase);
    }

    // Nepal's official calendar, the Bikram Sambat, runs about 56 years and 8 months ahead: its year 2080 starts in mid-April
    // 2023, and Nepal's fiscal year 2080/81 in mid-July 2023. A year written decades after the publication, which no level
    // can be, is such a year ("the first seven months of fiscal year 2080/81").
    private const int BikramSambatOffset = 57;

    private static PeriodMention FromBikramSambat(PeriodMention p)
        => p with { Period = p.Period.AddYears(-BikramSambatOffset), FiscalStartYear = p.FiscalStartYear - BikramSambatOffset };

    // The periods a worded pattern finds, but for those inside a period already found ("of the current Iranian year" after
    // "the first four months" belongs to the period it ends); a period found inside a new one gives way to it.
    private static void AddWorded(WordLedPattern pattern, string text, Sentence sentence, DateOnly published, List<PeriodMention> found)
    {
        var before = found.Count;
        foreach (var m in pattern.Matches(text, sentence.Start, sentence.Length))
        {
            if (found.Exists(f => f.Start <= m.Index && m.Index < f.End) || ReadWorded(m, text, sentence, published) is not { } p)
            {
                continue;
            }

            // "the third quarter" inside "by the end of the third quarter" belongs to the longer period.
            found.RemoveAll(f => p.Start <= f.Start && f.End <= p.End);
            found.Add(p);
        }

        if (before > 0 && found.Count > before)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    // Which form of period the worded pattern matched decides how it is read. Each pattern's reader asks only for its own
    // groups: a group looked up by name costs a hash of the name. A value ReportingPeriod refuses (a year before 1800, a
    // run longer than a year) throws ArgumentException and is no period.
    private static PeriodMention? ReadWorded(Match m, string text, Sentence sentence, DateOnly published)
    {
        var g = m.Groups;
        if ((g["h"].Success || g["q"].Success) && !g["hy"].Success && !g["qy"].Success && IsAnyOne(text, sentence, m.Index))
        {
            // "the highest on record for a first half": any first half, no one period.
            return null;
        }

        try
        {
            return (g["n"].Success || g["nq"].Success || g["nt"].Success || g["h"].Success || g["q"].Success || g["fm"].Success) && !g["ny"].Success && !g["hy"].Success && !g["qy"].Success
                    && OfFiscalYear(m, text, sentence) is { } fiscal ? FiscalShare(m, fiscal, published)
                : g["n"].Success || g["nq"].Success || g["nt"].Success || g["fm"].Success ? FirstMonths(m, text, sentence, published)
                : g["h"].Success ? Half(m, text, sentence, published)
                : g["q"].Success ? Quarter(m, Ordinal(g["q"].Value), text, sentence, published)
                : g["fy1"].Success ? FiscalYearSpan(m)
                : g["fyend"].Success ? FiscalYearEnding(m)
                : g["ytm"].Success ? YearTo(m, text, sentence, published)
                : g["ytq"].Success ? FourQuartersTo(m, text, sentence, published)
                : g["iran"].Success ? IranianYear(m, text, published)
                : g["ut"].Success ? UpTo(m, text, sentence, published)
                : g["eq"].Success ? ToTheEndOfAQuarter(m, text, sentence, published)
                : g["ytd"].Success ? YearToDate(m, published)
                : g["lastfy"].Success ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(published.Year - 1), true, published.Year - 1)
                : new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(published.Year - 1), true, null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // The same for the pattern led by a digit or a capital.
    private static PeriodMention? ReadFigured(Match m, string text, Sentence sentence, DateOnly published)
    {
        var g = m.Groups;
        try
        {
            if (g["mo"].Success)
            {
                return g["ay1"].Success ? MonthsAcrossYears(m, text, sentence)
                    : g["ffy1"].Success ? FiscalMonthRun(m)
                    : g["m2"].Success ? MonthRun(m, text, sentence, published)
                    : g["d1"].Success ? DayRun(m, text, sentence, published)
                    : UpToLead(text, sentence.Start, m.Index) is { } lead ? MonthsUpTo(m, lead, text, sentence, published)
                    : g["smy"].Success ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Month(Int(g["smy"].Value), MonthNumber(g["mo"].Value)), false, null)
                    : LoneMonth(m, text, sentence, published);
            }

            return g["h"].Success ? Half(m, text, sentence, published)
                : g["qm"].Success ? Quarter(m, MonthNumber(g["qm"].Value) / 3, text, sentence, published)
                : g["q"].Success ? Quarter(m, Ordinal(g["q"].Value), text, sentence, published)
                : g["fy1"].Success ? FiscalYearSpan(m)
                : g["fyend"].Success ? FiscalYearEnding(m)
                : new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(Int(g["year"].Value)), false, null);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // "January–August 2016"; a run that passes the year's end ("November–February") ends in the year read. "January-September
    // of the previous year" (or "of last year") is the run in the year before the publication's, and holds its year's words.
    private static PeriodMention MonthRun(Match m, string text, Sentence sentence, DateOnly published)
    {
        var first = MonthNumber(m.Groups["mo"].Value);
        var last = MonthNumber(m.Groups["m2"].Value);
        var (year, inferred) = YearOf(m.Groups["my"], text, m, sentence, published, last);
        var length = m.Length;
        if (!m.Groups["my"].Success && TextPatterns.OfThePreviousYearAfter().Match(text, m.Index + m.Length, Math.Min(30, sentence.End - m.Index - m.Length)) is { Success: true } previous)
        {
            (year, inferred) = (published.Year - 1, true);
            length += previous.Length;
        }

        return new PeriodMention(m.Index, length, RunOfMonths(year, first, last), inferred, null);
    }

    // "from March 21 to July 22", as Iranian agencies write the months of their calendar: the whole months the days cover
    // (April to July), a month counted when more than half of it is in; null when no whole month is.
    private static PeriodMention? DayRun(Match m, string text, Sentence sentence, DateOnly published)
    {
        var g = m.Groups;
        var (first, last) = (MonthNumber(g["mo"].Value), MonthNumber(g["dm2"].Value));
        var firstWhole = first + (Int(g["d1"].Value) > 15 ? 1 : 0);
        var lastWhole = last - (Int(g["d2"].Value) < 15 ? 1 : 0) + (last < first ? 12 : 0);
        if (lastWhole < firstWhole || lastWhole < 1 || lastWhole - firstWhole >= 12)
        {
            return null;
        }

        var (year, inferred) = YearOf(g["dy"], text, m, sentence, published, ((lastWhole - 1) % 12) + 1);
        var end = (year * 12) + ((lastWhole - 1) % 12);
        return new PeriodMention(m.Index, m.Length, ReportingPeriod.Run(end - (lastWhole - firstWhole), lastWhole - firstWhole + 1), inferred, null);
    }

    /// <summary>The run from one month to another that ends in <paramref name="year"/>; one that passes the year's end
    /// ("November–February") starts in the year before.</summary>
    public static ReportingPeriod RunOfMonths(int year, int first, int last)
        => first <= last ? ReportingPeriod.Months(year, first, last) : ReportingPeriod.Between(year - 1, first, year, last);

    // "in January", "for June alone", "last December", "June figures": a month without its year, the latest one the
    // publication date allows unless a year follows soon after. Other months without a year ("it begins in April", "May
    // said") are no period. The words around are checked here rather than in the pattern: a pattern led by a look behind
    // is tried at every character.
    private static PeriodMention? LoneMonth(Match m, string text, Sentence sentence, DateOnly published)
    {
        var from = Math.Max(sentence.Start, m.Index - 24);
        if ((m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1])) || (!TextPatterns.LoneMonthBefore().IsMatch(text.AsSpan(from, m.Index - from))
            && !TextPatterns.LoneMonthAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(16, sentence.End - m.Index - m.Length)))))
        {
            return null;
        }

        var month = MonthNumber(m.Groups["mo"].Value);
        var (year, inferred) = YearOf(m.Groups["smy"], text, m, sentence, published, month);
        var length = m.Length;
        if (!m.Groups["smy"].Success && TextPatterns.OfThePreviousYearAfter().Match(text, m.Index + m.Length, Math.Min(30, sentence.End - m.Index - m.Length)) is { Success: true } previous)
        {
            // "in December last year": the month, in the year before the publication's, as one period.
            (year, inferred) = (published.Year - 1, true);
            length += previous.Length;
        }
        else if (!m.Groups["smy"].Success && text.AsSpan(from, m.Index - from).EndsWith("this ", StringComparison.OrdinalIgnoreCase))
        {
            // "This April the total was": the month in the publication's year.
            (year, inferred) = (published.Year, true);
        }

        return new PeriodMention(m.Index, length, ReportingPeriod.Month(year, month), inferred, null);
    }

    // "April 2002 to February 2003": both ends written with their years. The words before it ("from", "between") belong
    // to it, so the period is not taken for a starting point. "March 2018 to March 2019", one month in two years that
    // follow each other, is a year that starts within the first month: the twelve whole months up to the second (an
    // Iranian year, from 21 March, is April to March).
    private static PeriodMention MonthsAcrossYears(Match m, string text, Sentence sentence)
    {
        var g = m.Groups;
        var (firstYear, firstMonth, lastYear, lastMonth) = (Int(g["ay1"].Value), MonthNumber(g["mo"].Value), Int(g["ay2"].Value), MonthNumber(g["am2"].Value));
        var period = lastYear == firstYear + 1 && lastMonth == firstMonth
            ? ReportingPeriod.Run((firstYear * 12) + firstMonth, 12)
            : ReportingPeriod.Between(firstYear, firstMonth, lastYear, lastMonth);
        var from = Math.Max(sentence.Start, m.Index - 8);
        var lead = TextPatterns.RunLead().Match(text, from, m.Index - from);
        var start = lead.Success ? lead.Index : m.Index;
        return new PeriodMention(start, m.Index + m.Length - start, period, false, null);
    }

    // "July-February of fiscal 2021-22", "April-February 2002-03", "July-June (2023-24)": named months of a fiscal year,
    // whose calendar years the country's first fiscal month decides.
    private static PeriodMention? FiscalMonthRun(Match m)
        => FirstOfConsecutiveYears(m.Groups["ffy1"], m.Groups["ffy2"]) is { } year
            ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(year), false, year, FiscalMonths.Between(MonthNumber(m.Groups["mo"].Value), MonthNumber(m.Groups["m2"].Value)))
            : null;

    // The fiscal year written right after a count of months, a half or a quarter ("of fiscal 2022-23"), if one is.
    private static Match? OfFiscalYear(Match m, string text, Sentence sentence)
    {
        var end = m.Index + m.Length;
        var after = text.AsSpan(end, Math.Min(8, sentence.End - end)).TrimStart();
        if (!after.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var fiscal = TextPatterns.OfFiscalYearAfter().Match(text, end, sentence.End - end);
        return fiscal.Success ? fiscal : null;
    }

    // "the first eight months of fiscal 2022-23", "the second quarter of FY2023-24", "the first four months of the current
    // Iranian year": months counted from the fiscal year's first. The Iranian year starts on 20 or 21 March; its nearest
    // whole months run from April.
    private static PeriodMention? FiscalShare(Match m, Match fiscal, DateOnly published)
    {
        var g = m.Groups;
        var (offset, count) = g["fm"].Success ? (0, 1)
            : g["n"].Success ? (0, NumberWords.Count(g["n"].Value))
            : g["nq"].Success ? (0, 3 * NumberWords.Count(g["nq"].Value))
            : g["q"].Success ? ((Ordinal(g["q"].Value) - 1) * 3, 3)
            : ((Ordinal(g["h"].Value) - 1) * 6, 6);
        if (count is < 1 or > 12)
        {
            return null;
        }

        var f = fiscal.Groups;
        var current = f["firan"].Success || f["fcur"].Success;
        var year = current ? published.Year
            : f["ffyend"].Success ? EndYear(f["ffyend"].Value) - 1
            : FirstOfConsecutiveYears(f["ffy1"], f["ffy2"]);
        if (year is null)
        {
            return null;
        }

        var part = new FiscalMonths(offset, count, CurrentOn: current ? published : null);
        return new PeriodMention(m.Index, fiscal.Index + fiscal.Length - m.Index, ReportingPeriod.Year(year.Value), current, year, part, f["firan"].Success ? 4 : null, NamedByOneYear: f["ffyend"].Success);
    }

    // The first calendar year of a fiscal year written with two ("2021-22", "2020-2021", "1999-00", and after "FY" or
    // "fiscal year" also "20/21" and "99-00"); null when the years do not follow one another.
    private static int? FirstOfConsecutiveYears(Group first, Group second)
    {
        var start = first.Value.Length == 2 ? TwoDigitYear(Int(first.Value)) : Int(first.Value);
        var end = second.Value.Length == 2 ? (start / 100 * 100) + Int(second.Value) : Int(second.Value);
        if (end < start)
        {
            end += 100;
        }

        return end == start + 1 ? start : null;
    }

    // "FY23" is 2023, "FY99" 1999: the statistics the extractor reads start after 1950.
    private static int TwoDigitYear(int yy) => yy >= 50 ? 1900 + yy : 2000 + yy;

    // "first", "2nd" or the digit of "Q3"; "fourth", "last", "final" and "closing" are 4.
    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "opening" or "1st" or "1" => 1,
        "second" or "2nd" or "2" => 2,
        "third" or "3rd" or "3" => 3,
        _ => 4,
    };

    // The words before "Iranian year" that say which one: the year before the one under way, or that one.
    private static readonly string[] IranianYearQualifiers = ["previous", "last", "past", "current", "this"];

    // "the previous Iranian year, 1402", "the Iranian year that ended in March 2022", "the current Iranian year": the Iranian
    // (Solar Hijri) year 1402 starts on 20 or 21 March 2023 (1402 + 621), whose nearest whole months run from April, as the
    // country's fiscal year does. "The previous" or "last" before it is the year before the one under way.
    private static PeriodMention IranianYear(Match m, string text, DateOnly published)
    {
        var g = m.Groups;
        var under = published.Month >= 4 ? published.Year : published.Year - 1;
        var before = text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index)).TrimEnd();
        string? word = null;
        foreach (var qualifier in IranianYearQualifiers)
        {
            word ??= before.EndsWith(qualifier, StringComparison.OrdinalIgnoreCase) ? qualifier : null;
        }

        var start = g["iy"].Success ? Int(g["iy"].Value) + 621
            : g["iye"].Success ? Int(g["iye"].Value) - (g["irend"].Success ? 1 : 0)
            : word is "previous" or "last" or "past" ? under - 1
            : under;

        // The mention starts at the word that qualifies it ("the previous Iranian year").
        var at = word is null ? m.Index : Math.Max(0, m.Index - 10) + before.Length - word.Length;
        return new PeriodMention(at, m.Index + m.Length - at, ReportingPeriod.Year(start), !g["iy"].Success && !g["iye"].Success, start, null, 4);
    }

    // "the year to June 2023", "the twelve months to March 2006", "the year up to March", "the year to the end of May", "the
    // fiscal year that closed in June": the twelve months that end with that month (without its year, the latest such month
    // the publication date allows). Only "the year" or "the twelve months" up to a month are twelve months: a fiscal year
    // "up to October" and "this year up to the end of September" are the part of the year so far.
    private static PeriodMention? YearTo(Match m, string text, Sentence sentence, DateOnly published)
    {
        if (m.Groups["upto"].Success && !IsRollingYear(m.ValueSpan))
        {
            return null;
        }

        var month = MonthNumber(m.Groups["ytm"].Value);
        var (year, inferred) = YearOf(m.Groups["yty"], text, m, sentence, published, month);
        return new PeriodMention(m.Index, m.Length, TwelveMonthsTo(year, month), inferred, null);
    }

    // Whether a period "up to" a month starts "the year" or "the twelve months" (or "12 months"), twelve months to it.
    private static bool IsRollingYear(ReadOnlySpan<char> period)
        => period.StartsWith("the year ", StringComparison.OrdinalIgnoreCase) || period.StartsWith("the twelve months ", StringComparison.OrdinalIgnoreCase)
            || period.StartsWith("the 12 months ", StringComparison.OrdinalIgnoreCase);

    // "the four quarters to the end of Q2 2023", as British statistics count a rolling year: the twelve months that end
    // with the quarter's last month.
    private static PeriodMention FourQuartersTo(Match m, string text, Sentence sentence, DateOnly published)
    {
        var month = 3 * Ordinal(m.Groups["ytq"].Value);
        var (year, inferred) = YearOf(m.Groups["ytqy"], text, m, sentence, published, month);
        return new PeriodMention(m.Index, m.Length, TwelveMonthsTo(year, month), inferred, null);
    }

    // "so far this year", "the year to date": the months of the publication's year before the month it was published
    // in (its own month's figures are not out yet), inferred; in January, the whole year before.
    private static PeriodMention YearToDate(Match m, DateOnly published)
        => new(m.Index, m.Length, published.Month == 1 ? ReportingPeriod.Year(published.Year - 1) : ReportingPeriod.Months(published.Year, 1, published.Month - 1), true, null);

    // "by the end of the third quarter of this year": the months of the year up to the quarter's last.
    private static PeriodMention ToTheEndOfAQuarter(Match m, string text, Sentence sentence, DateOnly published)
    {
        var month = 3 * Ordinal(m.Groups["eq"].Value);
        var (year, inferred) = YearOf(m.Groups["eqy"], text, m, sentence, published, month);
        return new PeriodMention(m.Index, m.Length, JanuaryTo(year, month), inferred, null);
    }

    // The twelve months that end with a month of a year: the whole year when the month is December.
    private static ReportingPeriod TwelveMonthsTo(int year, int month)
        => month == 12 ? ReportingPeriod.Year(year) : ReportingPeriod.Between(year - 1, month + 1, year, month);

    // January to a month of a year: the whole year when the month is December.
    private static ReportingPeriod JanuaryTo(int year, int month) => month == 12 ? ReportingPeriod.Year(year) : ReportingPeriod.Months(year, 1, month);

    // The words that make a month written alone or with its year the last of the months from January: "up to last
    // September", "until September 2008" (the capital-led pattern finds the month; these are read here, not by a pattern
    // led by words, which would run on every sentence with "up to" in it).
    private static readonly string[] UpToLeads = ["up to last ", "up to ", "until last ", "until ", "by last ", "through last "];

    // Where the words before a month that make it the end of a run from January start, if they stand there.
    private static int? UpToLead(string text, int sentenceStart, int monthStart)
    {
        var from = Math.Max(sentenceStart, monthStart - 14);
        var before = text.AsSpan(from, monthStart - from);
        foreach (var lead in UpToLeads)
        {
            if (before.EndsWith(lead, StringComparison.OrdinalIgnoreCase) && (monthStart - lead.Length == sentenceStart || !char.IsLetter(text[monthStart - lead.Length - 1])))
            {
                return monthStart - lead.Length;
            }
        }

        return null;
    }

    // "up to last September", "until September 2008": January to the month, the month's year as a lone month's.
    private static PeriodMention MonthsUpTo(Match m, int lead, string text, Sentence sentence, DateOnly published)
    {
        var month = MonthNumber(m.Groups["mo"].Value);
        var (year, inferred) = YearOf(m.Groups["smy"], text, m, sentence, published, month);
        return new PeriodMention(lead, m.Index + m.Length - lead, JanuaryTo(year, month), inferred, null);
    }

    // "the period up to June", "the months through September 2019": the months of the year up to that one. With a count
    // before ("the five months to August 21"), the months that end with that one. The count is read here rather than in
    // the pattern: one more alternative led by a number made the pattern a quarter slower.
    private static PeriodMention UpTo(Match m, string text, Sentence sentence, DateOnly published)
    {
        var month = MonthNumber(m.Groups["ut"].Value);
        var (year, inferred) = YearOf(m.Groups["uty"], text, m, sentence, published, month);
        var from = Math.Max(sentence.Start, m.Index - 12);
        if (TextPatterns.CountBefore().Match(text, from, m.Index - from) is { Success: true } count
            && NumberWords.Count(count.Groups["n"].Value) is >= 2 and <= 12 and var months)
        {
            return new PeriodMention(count.Index, m.Index + m.Length - count.Index, ReportingPeriod.Run((year * 12) + month - months, months), inferred, null);
        }

        return new PeriodMention(m.Index, m.Length, JanuaryTo(year, month), inferred, null);
    }

    // "the first nine months of 2015", "the first three quarters", "the first third of this year", "the first month of the year".
    private static PeriodMention? FirstMonths(Match m, string text, Sentence sentence, DateOnly published)
    {
        var months = m.Groups["fm"].Success ? 1 : m.Groups["nq"].Success ? 3 * NumberWords.Count(m.Groups["nq"].Value)
            : m.Groups["nt"].Success ? (m.Groups["nt"].Value.StartsWith("two", StringComparison.OrdinalIgnoreCase) ? 8 : 4) : NumberWords.Count(m.Groups["n"].Value);
        if (months is < 1 or > 11)
        {
            return null;
        }

        var (year, inferred) = YearOf(m.Groups["ny"], text, m, sentence, published, months);
        return new PeriodMention(m.Index, m.Length, ReportingPeriod.Months(year, 1, months), inferred, null);
    }

    // "first half of 2016", "H1 2016".
    private static PeriodMention Half(Match m, string text, Sentence sentence, DateOnly published)
    {
        var half = m.Groups["h"].Value.ToLowerInvariant() is "first" or "opening" or "1st" or "1" ? 1 : 2;
        var (year, inferred) = YearOf(m.Groups["hy"], text, m, sentence, published, half * 6);
        return new PeriodMention(m.Index, m.Length, ReportingPeriod.Half(year, half), inferred, null);
    }

    // "third quarter", "Q3 2016".
    private static PeriodMention Quarter(Match m, int quarter, string text, Sentence sentence, DateOnly published)
    {
        var (year, inferred) = YearOf(m.Groups["qy"], text, m, sentence, published, quarter * 3);
        return new PeriodMention(m.Index, m.Length, ReportingPeriod.Quarter(year, quarter), inferred, null);
    }

    // "fiscal year 2015/16", "FY2016-17", "2018-19": two consecutive years, else no period.
    // "2016-2017" with nothing to say it is a fiscal year is one only where the pair keeps one; years further apart
    // ("2015-2020") are read by their first.
    private static PeriodMention? FiscalYearSpan(Match m)
    {
        var fiscalIfKept = m.Groups["fyk"].Success;
        return FirstOfConsecutiveYears(m.Groups["fy1"], fiscalIfKept ? m.Groups["fyk"] : m.Groups["fy2"]) is { } start
                ? new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(start), false, start, FiscalOnlyWhereKept: fiscalIfKept)
            : fiscalIfKept ? new PeriodMention(m.Index, 4, ReportingPeriod.Year(Int(m.Groups["fy1"].Value)), false, null)
            : null;
    }

    // "FY2017", "fiscal year 2017": the fiscal year that ends in that year.
    private static PeriodMention FiscalYearEnding(Match m)
    {
        var end = EndYear(m.Groups["fyend"].Value);
        return new PeriodMention(m.Index, m.Length, ReportingPeriod.Year(end - 1), false, end - 1, NamedByOneYear: true);
    }

    // The year a fiscal year named by its end ends in: "FY23" 2023, "FY2024" 2024.
    private static int EndYear(string written) => written.Length == 2 ? TwoDigitYear(Int(written)) : Int(written);

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
            var y = TextPatterns.YearSoonAfter().Match(text, after, window);
            if (y.Success)
            {
                return (Int(y.Groups["y"].Value), false);
            }
        }

        if (ThatYear(text, after, sentence) is { } named)
        {
            return (named, true);
        }

        // "the first eleven months of the year" published on 29 November (statistics offices that publish a month's
        // estimate before it ends) is this year's; a run ending in the publication's month is otherwise last year's.
        var endsBeforePublication = lastMonth < published.Month
            || (lastMonth == published.Month && TextPatterns.ThisYearAfter().IsMatch(text.AsSpan(after, Math.Min(24, sentence.End - after))));
        return (endsBeforePublication ? published.Year : published.Year - 1, true);
    }

    // "the first half of that year": the last year written before, in this sentence or the few before it.
    private static int? ThatYear(string text, int after, Sentence sentence)
    {
        if (!TextPatterns.ThatYearAfter().IsMatch(text.AsSpan(after, Math.Min(20, sentence.End - after))))
        {
            return null;
        }

        var from = Math.Max(0, sentence.Start - 400);
        var y = TextPatterns.LastYearWritten().Match(text, from, after - from);
        return y.Success ? Int(y.Groups["y"].Value) : null;
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

    internal static decimal Scale(string unit) => unit.ToLowerInvariant() switch
    {
        var u when u.StartsWith("lakh", StringComparison.Ordinal) && u.EndsWith("crore", StringComparison.Ordinal) => 1_000_000_000_000m,
        "crore" or "crores" => 10_000_000m,
        "lakh" or "lakhs" => 100_000m,
        "k" or "thousand" or "thousands" => 1_000m,
        "m" or "mn" or "mln" or "million" or "millions" or "millones" or "milhões" or "milhoes" or "milhão" or "milhao" or "millionen" or "mio" or "млн" or "milyon" or "juta" or "milioni" or "milione" or "milioane" or "milion" or "miliony" or "milionů" or "milionów" or "miliona" or "triệu" or "миллион" or "миллиона" or "миллионов" or "мільйон" or "мільйона" or "мільйонів" or "مليون" or "ملايين" => 1_000_000m,
        "b" or "bn" or "bln" or "mm" or "billion" or "billions" or "milliard" or "milliards" or "md" or "mds" or "milliarde" or "milliarden" or "mrd" or "bilhões" or "bilhoes" or "bilhão" or "bilhao" or "mld" or "mlrd" or "млрд" or "milyar" or "miliar" or "miliardi" or "miliardo" or "miliarde" or "miliard" or "miliardy" or "miliardů" or "miliardów" or "miliarda" or "tỷ" or "tỉ" or "миллиард" or "миллиарда" or "миллиардов" or "мільярд" or "мільярда" or "мільярдів" or "مليار" or "مليارات" => 1_000_000_000m,
        // "mil millones" and "mil milhões", a thousand million, with whatever space the text puts between ("millones" and
        // "milhões" alone are read above).
        var u when u.StartsWith("mil", StringComparison.Ordinal) && (u.EndsWith("millones", StringComparison.Ordinal) || u.EndsWith("milhões", StringComparison.Ordinal) || u.EndsWith("milhoes", StringComparison.Ordinal)) => 1_000_000_000m,
        _ => 1_000_000_000_000m,
    };
}
