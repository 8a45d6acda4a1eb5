using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>The regular expressions the extractor reads with, compiled at build time.</summary>
internal static partial class TextPatterns
{
    // A decimal comma ("$1,55-billion", as South African papers write, or "$1192,559 million", which no thousands grouping
    // writes) only before a scale word; else thousands and a point.
    // The scales of a million and more written as words, with those translated passages keep from Spanish, Portuguese and
    // French ("US$ 342,70 millones", "mil millones", "milhões", "mil milhões", "milliards", "8,3 Md€"), German ("42,3
    // Milliarden Euro", "529,1 Mio"), and the short forms Polish, Czech, Croatian and Russian keep ("11,4 mld euro", "2,1
    // mlrd", "$1 млрд", "$560 млн"), Czech, Slovak, Polish and the Balkans' plural and case forms ("700,2 miliardy korun", "3 miliardów euro", "45 miliona dolara"), Italian and Romanian ("186,6 miliardi di euro", "350 milioane de euro"), Turkish ("5 milyar dolar", "513 milyon") and Indonesian and Malay ("USD50 miliar", "Rp715 triliun", "RM300 juta"), Vietnamese ("5,2 tỷ USD", "849,5 triệu USD"), Russian and Ukrainian written out ("1,2 миллиарда", "3 мільярда") and Arabic ("5 مليار دولار", "17 مليون دينار"); "billones", a trillion in Spanish, is left out as ambiguous. "M" is a million only
    // before a euro sign ("296 M€"), which is read there as the currency.
    private const string LargeScaleWord = @"trillions?|billions?|millions?|miliard[io]|miliarde|miliard(?:y|ů|ów|a)?|milion[ie]|milioane|milion(?:y|ů|ów|a)?|mil\s+millones|millones|mil\s+milh[õo]es|milh(?:[õo]es|[ãa]o)|bilh(?:[õo]es|[ãa]o)|milliards?|Mds?|Milliarden?|Millionen|Mrd|Mio|mlrd|mld|" + RussianBillion + "|" + RussianMillion + @"|مليارات|مليار|ملايين|مليون|milyar|milyon|miliar|triliun|juta|tỷ|tỉ|triệu";

    // The Russian and Ukrainian billions and millions, short and written out: scale words, and the two parts of a compound
    // amount ("2 млрд 148,1 млн").
    private const string RussianBillion = "млрд|миллиард(?:а|ов)?|мільярд(?:а|ів)?";
    private const string RussianMillion = "млн|миллион(?:а|ов)?|мільйон(?:а|ів)?";
    // Thousands grouped by spaces, as French writes them ("1 479 billion FCFA", "8 513,75 billion", "$1 522.2 million"), only
    // before a scale word: elsewhere two numbers may stand side by side. A decimal comma after any number of digits
    // ("1432,8 million") is one too, as is one after thousands grouped by dots ("1.386,6 million euros"). The last
    // alternative takes every dot-separated group ("4.929.082 thousand dollars"), and ParseNumber says which dots group
    // thousands: written as one alternative, the rare forms cost nothing at the many numbers that are neither. A thousand of
    // the scale may be written as a word between two numbers, as Mexican and Turkish pages do ("2 mil 609 millones", "1
    // milyar 513 milyon", 2,609 and 1,513 million).
    private const string Number = @"(?:[0-9]{1,3} (?:mil|milyar) [0-9]{1,3}|[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+(?:[,.][0-9]{1,2})?|[0-9]+,[0-9]{1,2}|[0-9]{4,},[0-9]{3})(?=" + BeforeLargeScale + @")|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)*(?:,[0-9]{1,2}(?=" + BeforeLargeScale + "))?";

    // A whole amount written out with its thousands grouped by spaces, in millions or more, after a currency sign
    // ("N$486 667 122"): two numbers side by side never follow a sign so.
    private const string SpaceGroupedWhole = @"[0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3}){2,}(?![0-9]|[.,][0-9])";

    // A comma with a space typed after it, after a currency sign and before a scale word, as some papers print them ("P1, 89
    // billion", "Rs. 3, 053 million"): no list or range is written so. ParseNumber reads the comma as a decimal one before
    // one or two digits and as grouping thousands before three.
    private const string SlippedComma = @"[0-9]{1,3},\s[0-9]{1,3}(?=" + BeforeLargeScale + ")";

    // What follows a number written before a scale word: "billion", "bn", "m", with a space or a hyphen or nothing between.
    // Always read in a look ahead, where only whether it matches counts. The choice of words is atomic, which halves the
    // code generated for each of its four copies in the money patterns and finds the same: every word ends in a letter, so
    // one that stops short of a longer word's end is never followed by a boundary, and none is cut short by an earlier one
    // ("m" comes after "mn" and the words it starts).
    private const string BeforeLargeScale = @"[\s-]?(?>" + LargeScaleWord + @"|bln|mln|bn|mn|m|" + ScaleFusedWithCurrency + @")\b";

    // The Maghreb's abbreviations of its currencies after a scale word: "1,96 milliard DH" (dirhams), "3,2 Mds DT" (Tunisian
    // dinars), "4 milliards DA" (Algerian dinars).
    private const string MaghrebCurrencyAbbreviation = "D[AHT]";

    // The schilling and the mark as the German-language press wrote them after a scale, with or without the scale's stop:
    // "10,8 Mrd. S", "34,1 Mrd S", "250 Mio. S", "16,4 Mrd. DM", "28,4 Milliarden Mark". Only after a German scale: elsewhere
    // "S" is a letter and "the 30 billion mark" a threshold.
    private const string GermanCurrencyAfterAScale = @"(?:S|DM|Mark)(?<=(?:Mrd|Mio|Milliarden?|Millionen?)\.?\s(?:S|DM|Mark))";

    // The scale and the currency written as one capitalised token, as the Maghreb's French press abbreviates them: "149 MD"
    // and "414,4 MDT" (millions of dinars, of Tunisian dinars), "12 MMDH" (milliards of dirhams), "MDA" (Algerian dinars).
    // "M" is a million and "MM" a milliard; MentionReader.CurrencyOf reads the whole token as the currency.
    private const string ScaleFusedWithCurrency = @"MM?D[AHT]?";
    private const string Unit = @"lakh\s+crore|crore|lakh|" + LargeScaleWord + @"|thousand|bln|bn|mln|mn|trn|tn|m|b|k|M(?=\s?€)";

    // After a currency sign the scale may be a capital too: "$31.6B", "Nu 12B", "$300M".
    private const string SignedUnit = Unit + "|Bn|BN|B|Mn|MN|M";

    // A currency named after the amount: a unit ("dollars", "rupees", "dinars"), after up to two capitalised words that may
    // name its country ("Kuwaiti dinars", "Sri Lankan rupees", "US dollars"), or after "de" as translated Spanish keeps it
    // ("millones de dólares") and "d'" as French does ("milliards d'euros"); also the plurals of Italian, Spanish and
    // Portuguese ("dollari", "dinares") and the Russian, Ukrainian and Arabic units translated pages keep ("долларов",
    // "доларів", "دولار"). CurrencyNames says which currency, if any.
    private const string CurrencyWord = @"(?:(?:d[ei]\s+|d['’])?(?:[A-Z][\w'’.]*\s){0,2}(?i:dollar[si]?|d[óo]lar(?:es|a|ów)?|euros?|pounds?(?:\s+sterling)?|sterling|roubles?|rubles?|rublos|rubli|yuan(?:es)?|renminbi|yen|rupees?|rupias|rupie|dirhams?|zlot(?:ys|y|ies)|złot(?:ych|e|y)|zł|lek(?:s|ë)?|francs?|tenge|hryvnias?|liras?|ringgit|rupiah|baht|dong|won|naira|rand|reais|taka|lari|dinar(?:s|es|i)?|riyal(?:s|es)?|rial(?:s|es)?|pesos?|shillings?|kron(?:er|or|e|a)|crowns|forints?|manats?|soms?|sums?|drams?|shekels?|sheqels?|birrs?|cedis?|kwachas?|leva|lev|lei|leu|kyats?|riels?|tugriks?|metica(?:l|is)|litas|lats|kroon[si]?|kunas?|tolars?|korun(?:as?|y)?|afghanis?|ariary|balboas?|bol[ií]vianos?|bol[ií]var(?:es)?|col[oó]n(?:es)?|dalasis?|denars?|dobras?|escudos?|florins?|gourdes?|guaran[ií](?:e?s)?|guilders?|kinas?|kips?|kwanzas?|lempiras?|leones?|(?:ema)?lilangeni|emalangeni|(?:ma)?loti|nakfas?|ngultrums?|ouguiyas?|patacas?|pa['’]angas?|pulas?|quetzal(?:es)?|rufiyaa|sol(?:es)?|somonis?|talas?|vatus?|c[óo]rdobas?|convertible\s+marks?|(?:deutsche|german)\s+marks?|markkas?|marks|schillings?|pesetas?|drachma[es]?|lire|f?cfa|доллар(?:ов|а|ы)?|долар(?:ів|а|и)?|рубл(?:ей|я|ь)|евро|юан(?:ей|я|ь)|тенге|сом(?:ов|а)?|грив(?:ень|ен|ны|ня)|манат(?:ов|а)?|دولار|دينار|ريال|درهم|جنيه|ليرة|يورو|أورو)|(?:[A-Z][\w'’.]*\s){1,2}(?i:reals?)|(?i:usd))";

    // How a currency named after an amount begins: the first three letters of its unit, or four where three also start
    // common words and codes ("for", "reached", "shipped", "EUR", "RUB"), after the words CurrencyWord lets stand before
    // them. Every match of CurrencyWord starts so (the tests read every unit it names), and few other words do; checked in
    // a look ahead, it costs a small part of the code of the whole list.
    private const string CurrencyWordStart = @"(?=(?:d[ei]\s+|d['’])?(?:[A-Z][\w'’.]*\s){0,2}(?i:dol|d[óo]l|euro|pou|ste|rou|rubl|yua|ren|yen|rup|dir|zlo|zł|lek|fra|ten|hry|lir|rin|bah|don|won|nai|ran|rea[il]|tak|lar|din|riy|ria|pes|shil|kro|crow|fori|man|som|sum|dra|she[kq]|bir|ced|kwa|lev|lei|leu|kya|rie|tug|met|lit|lat|kun|tol|kor|afg|ari|bal|bol|col|dal|den|dob|esc|flor|gou|gua|gui|kin|kip|lem|leo|lil|ema|lot|mal|nak|ngu|oug|pat|pa['’]|pul|que|ruf|tal|vat|c[óo]r|con|deu|germ|mark|sch|cfa|fcf|usd|sol|дол|руб|евр|юан|тенг|сом|грив|манат|دول|دين|ريا|دره|جني|لير|يور|أور))";

    // Numbers in words before a scale word: "eight billion dollars", "twenty-five million". ("One" is read with "a" and "half a".)
    private const string Tens = @"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    private const string SmallNumberWord = @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)";

    // "eight", "twenty-five", "hundred", and hundreds: "seven hundred", "two hundred and fifty", "a hundred twenty".
    private const string AmountWord = @"(?i:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?(?:" + Tens + "|" + SmallNumberWord + "))?|" + Tens + @"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|hundred)";

    // A year is not the first number of a range: "from 2.5 billion USD in 2014 to 4.5 billion USD" is no "2014 to 4.5 billion".
    private const string NotAYear = @"(?!(?:19|20)[0-9][0-9]\s?(?:-|–|—|to)\s?[0-9])";

    // What may follow an amount written without a currency ("to 10 billion by 2010", "from 26 billion in 2023", "than the
    // 153,900 million of the same quarter last year"): the end of a clause or a word about time, a comparison or a goal,
    // never a noun ("16 billion litres", "500 million people").
    private const string BareAmountFollower = @"(?=\s*(?:[,.;:)""”]|$)|\s(?:by|in|within|over|during|this|next|last|a|per|and|to|from|for|worth|mark|target|goal|before|until|annually|recorded|registered|against|compared)\b|\sof\s+(?:the\s+)?(?:same|corresponding|previous|preceding|(?:19|20)[0-9]{2})\b)";

    // Any three capitals (the pattern is case-sensitive); MentionReader keeps only the ISO 4217 codes ("GDP 5bn" is no money).
    private const string CurrencyCode = "RMB|[A-Z]{3}";
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?";
    private const string Count = @"two|three|four|five|six|seven|eight|nine|ten|eleven|[0-9]{1,2}";
    // Not the first digits of a number in East Asian units: "1962億ドル" is 196.2 billion dollars, no year.
    private const string Year = @"(?:19|20)[0-9][0-9](?![億억万亿만])";

    // A day of a month, as "31" or "31st" in "the three months to 31 March 2016" or "the year to June 30, 2023".
    private const string DayOfMonth = @"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?";

    // What joins the two months of a run: "January-March", "April to August", "between April and October".
    private const string RunJoin = @"(?:-|–|—|to|through|till|until|and)";

    /// <summary>The options of every <see cref="WordLedPattern"/>: its words are compared ignoring case.</summary>
    internal const RegexOptions WordLedOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture;

    /// <summary>The pattern <see cref="MoneyLedBySign"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    /// <remarks>
    /// Amounts in figures are read by this pattern and <see cref="MoneyLedByNumber"/> together (<see cref="MentionReader"/>
    /// takes the leftmost match of either, as one alternation would). As one pattern they ran about three times slower than
    /// apart: the engine could no longer look for the two kinds of first character separately.
    /// </remarks>
    internal const string MoneyLedBySignPattern = AmountLedBySign + @"(?:\s(?<post>" + CurrencyWord + @")\b)?";

    // MoneyLedBySignPattern up to its currency named in words, which is optional and last: whether and where a match
    // starts does not depend on it, and MoneyLedBySign reads it after the amount (CurrencyWordAfterAt). Matched as one,
    // the list of names made the generated matcher too large for the just-in-time compiler to optimise.
    private const string AmountLedBySign =
        @"(?<![\w.])(?<pre>US\s?\$|\$[Uu][Ss]|[Uu]\$[Ss]|NZ\s?\$|AU\s?\$|A\$|S\$|HK\s?\$|CA\s?\$|C\$|R\$|N\$|J\$|FJ\$|F\$|WS\$|T\$|TT\$|BZ\$|EC\$|E£|\$|€|£|¥|₹|₺|₽|₩|₫|₱|৳|₦|₴|₸|₪|฿|₭|₮|₾|֏|₼|៛|(?:RM|Rp|Rs/Nu\.?|N?Rs\.?|Tk\.?|Nu\.?|Dhs?\.?|SR|QR|KD|BD|JD|RO|LE|[KTU]?Sh(?:s\.?|\.)?|[KTU]sh(?:s\.?|\.)?|GH[₵¢]|₵|F?CFA|[RNPK]|" + CurrencyCode + @")(?=\s?[0-9]))\s?(?<num>" + SpaceGroupedWhole + "|" + SlippedComma + "|" + Number + @")(?:\s?(?:-|–|—|to)\s?(?:US\$|\$|€|£)?(?<num2>" + Number + @"))?(?:(?:\s?|-)(?<unit>" + SignedUnit + @")\b)?";

    /// <summary>The options <see cref="MoneyLedBySignPattern"/> is read with: case matters ("R 5" is a rand, "r 5" nothing).</summary>
    internal const RegexOptions MoneyLedBySignOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Money led by a currency sign or code: "$121m", "US$ 18.7 million", "USD 1 bln", "€5m", "Rs 2.5 lakh crore", "KSh 40bn", "FCFA 500bn", "N$ 5.5 billion" (Namibian dollars).</summary>
    public static readonly SignedAmountPattern MoneyLedBySign = new(AmountLedBySignAt(), LongestSignBeforeNumber, CurrencyWordAfterAt());

    // The most characters from the start of a match of MoneyLedBySignPattern to its number's first digit: the longest sign,
    // "Rs/Nu.", and a space.
    private const int LongestSignBeforeNumber = 7;

    [GeneratedRegex(@"\G(?:" + AmountLedBySign + ")", MoneyLedBySignOptions)]
    private static partial Regex AmountLedBySignAt();

    /// <summary>The currency named in words after an amount led by a sign, from the space before it: " million dollars" is read to "$5" of "$5 million dollars", then " dollars".</summary>
    [GeneratedRegex(@"\G\s(?<post>" + CurrencyWord + @")\b", MoneyLedBySignOptions)]
    private static partial Regex CurrencyWordAfterAt();

    /// <summary>A currency named in words, where one starts: "dollars", "Kenyan shillings", "de dólares".</summary>
    [GeneratedRegex(@"\G(?<post>" + CurrencyWord + @")\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CurrencyWordAt();

    /// <summary>A currency named at the end of a text, right before an amount written without one: "Nepali rupees ", "US dollars ".</summary>
    [GeneratedRegex(@"(?<![\w'’.])(?<name>" + CurrencyWord + @")\s$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex CurrencyNameBefore();

    /// <summary>The pattern <see cref="MoneyLedByNumber"/> finds: "500 million dollars", "1.2 billion euros", "15 billion USD", East African shillings "145bn/-", and "10 billion" without a currency; the scale may be joined by hyphens to both ("213.152-billion naira", "a 45-million-dollar level").</summary>
    /// <remarks>Every match starts with a digit, every match of <see cref="MoneyLedBySign"/> with a sign or a capital: the two never start at the same place.</remarks>
    internal const string MoneyLedByNumberPattern = AmountLedByNumber + "(?<post>" + CurrencyWord + "|" + AmountLedByNumberRest;

    /// <summary>The options <see cref="MoneyLedByNumberPattern"/> is read with.</summary>
    internal const RegexOptions MoneyLedByNumberOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // The dot an abbreviated scale may carry before the currency: "9,6 Mrd. Euro", "250 Mio. Euro", "11,5 mld. zł".
    private const string AbbreviationDot = @"(?:(?<=Mrd|Mio|mld|mln|bln|Mds|mlrd)\.)?";

    // MoneyLedByNumberPattern around the currency named in words that its first alternative may end with. A Russian or Arabic
    // compound amount ("5 миллиардов 350 миллионов долларов", "2 млрд 148,1 млн", "3 مليار و280 مليون دولار") is one amount,
    // whose millions are no amount of their own.
    private const string AmountLedByNumber =
        @"(?<![\w.])(?<!(?:" + RussianBillion + @")\s[0-9.,]*)" + NotAYear + @"(?<num>" + Number + @")(?:(?:\s?(?:-|–|—|to)\s?(?<num2>" + Number + @"))?[\s-]?(?<unit>" + Unit + @")(?:(?<=thousand)\s(?<ones>[0-9]{1,3}))?(?:(?<=" + RussianBillion + @"|مليارا?ت?)\s(?:و\s?)?(?<millions>[0-9]{1,3}(?:,[0-9]+)?)\s(?:" + RussianMillion + @"|مليون|ملايين))?" + AbbreviationDot + @"(?:[\s-]";
    private const string AmountLedByNumberRest =
        CurrencyCode + "|" + MaghrebCurrencyAbbreviation + "|" + GermanCurrencyAfterAScale + @")\b|(?<post>/-)|\s?(?<post>€))"
        + @"|\s(?<unit>" + LargeScaleWord + @"|bln|mln)\b" + BareAmountFollower
        + @"|\s?(?=(?<post>" + ScaleFusedWithCurrency + @")\b)(?<unit>MM?)D[AHT]?)";

    /// <summary>Money led by its number: "500 million dollars", "1.2 billion euros", "15 billion USD", "145bn/-", "10 billion".</summary>
    public static readonly CurrencyWordApartPattern MoneyLedByNumber = new(MoneyLedByNumberSketch(), CurrencyWordAt(), MoneyLedByNumberAsWritten());

    // MoneyLedByNumberPattern with only the beginning of a currency word checked, and nothing of it taken: an empty "post"
    // marks where one starts. As one pattern with the whole list of names, its generated matcher was too large for the
    // just-in-time compiler to optimise, and reading figures spent 7% of its time in it.
    [GeneratedRegex(AmountLedByNumber + "(?<post>" + CurrencyWordStart + "|" + AmountLedByNumberRest, MoneyLedByNumberOptions)]
    private static partial Regex MoneyLedByNumberSketch();

    // The pattern itself, for the few amounts before a word that starts like a currency and is none ("5 billion for").
    [GeneratedRegex(MoneyLedByNumberPattern, MoneyLedByNumberOptions)]
    private static partial Regex MoneyLedByNumberAsWritten();

    /// <summary>Money in words: "half a billion", "a quarter of a billion", "RO one billion", "eight billion dollars", "twenty-five million", "two and a half billion euros".</summary>
    /// <remarks>Kept apart from <see cref="MoneyLedBySign"/> because patterns led by words try a match at most letters; it runs only
    /// on sentences that hold "illion" (see <see cref="MentionReader.Money"/>).</remarks>
    [GeneratedRegex(
        @"(?<![\w.])(?:(?<pre>US\$|\$|€|£|RO|Rs\.?|Dhs?|SR|QR|KD|BD|JD)\s?(?=[a-z]))?(?:(?<frac>[Hh]alf\sa|a\squarter\sof\sa|one(?:\sand\sa\shalf)?|a)[\s-](?<unit>billion|million|trillion)\b(?:[\s-](?:US\s)?(?<post>" + CurrencyWord + @")\b)?"
        + @"|(?<words>" + AmountWord + @")(?<half>\sand\sa\shalf)?[\s-](?<unit>trillion|billion|million)\b(?:[\s-](?:US\s)?(?<post>" + CurrencyWord + @")\b|" + BareAmountFollower + "))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex MoneyInWords();

    /// <summary>
    /// Periods led by a digit or a capital: quarters named by their last month ("the March quarter", as Australia and New
    /// Zealand write them), month runs ("April 2002 to February 2003", "July-February 2021-22"), runs of days ("March 21 to July
    /// 22", read as the whole months they cover), H1 / Q3,
    /// fiscal years in figures ("2020-21", "2020-'21"; "2021-2022" only where a country of the pair keeps a fiscal year of its own), a month with or
    /// without its year ("in January"), and a year, unless it names a publication or an event ("the 2022 report", "its 2023 budget").
    /// </summary>
    [GeneratedRegex(
        @"(?<qm>March|June|September|December)\s+quarter\b(?:\s+(?:of\s+)?(?<qy>" + Year + @"))?|"
        + @"(?<mo>" + Month + @")(?:"
        + @"\s+(?<ay1>" + Year + @")\s*" + RunJoin + @"\s*(?<am2>" + Month + @")\s+(?<ay2>" + Year + @")"
        + @"|\s*" + RunJoin + @"\s*(?:the\s+end\s+of\s+)?(?<m2>" + Month + @")(?:\s*,?\s*(?:of\s+)?(?:the\s+)?\(?(?:(?i:fiscal|financial)\s+(?i:year\s+)?|FY\s?)?(?<ffy1>" + Year + @")\s*[/–-]\s*(?<ffy2>[0-9]{2}(?:[0-9]{2})?)\)?|(?:,?\s*(?:of\s+)?(?<my>" + Year + @"))?)"
        + @"|\s+(?<smy>" + Year + @")"
        + @"|\s+(?<d1>[0-9]{1,2})(?:st|nd|rd|th)?\s*(?:to|and|until|till|through|[-–—])\s*(?<dm2>" + Month + @")\s+(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<dy>" + Year + @"))?"
        + @"|(?<lone>(?!\s*(?:[0-9]|-|–|—|\)))))"
        + @"|\bH(?<h>[12])\s*(?<hy>" + Year + @")|(?<hy>" + Year + @")\s*H(?<h>[12])\b"
        + @"|\bQ(?<q>[1-4])[\s-]*(?<qy>" + Year + @")|(?<qy>" + Year + @")[\s-]*Q(?<q>[1-4])\b"
        + @"|\bFY\s?(?<fy1>" + Year + @"|[0-9]{2})\s*[/–-]\s*(?<fy2>[0-9]{2}(?:[0-9]{2})?)(?![0-9%])"
        + @"|(?<fy1>" + Year + @")(?:[/–-]['’‘]?(?<fy2>[0-9]{2})|/(?<fy2>" + Year + @")|[–-](?<fy2>" + Year + @")(?=\s+(?i:fiscal|financial)\s+year)|[–-](?<fyk>" + Year + @")(?!\s+(?:report|survey|census|budget|edition|yearbook|bulletin|review|plan|agenda|strategy|summit|elections?)\b))(?![0-9])"
        + @"|\bFY\s?(?<fyend>" + Year + @"|[0-9]{2})\b"
        + @"|(?<![0-9.,$/–-])(?<year>" + Year + @")(?![0-9%]|\s?(?:bn|m\b|million|billion)|\s+(?:report|survey|census|budget|edition|yearbook|bulletin|review|plan|agenda|strategy|summit|elections?)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Period();

    /// <summary>The end of a text that makes the month or year after it part of a date: a day ("on 7 July"), or a day and its month ("on July 7, 2021", "on 7 July 2021").</summary>
    /// <remarks>Read after a match of <see cref="Period"/>, not inside it: a look behind at every capital and year the pattern tries cost about 4% of reading.</remarks>
    [GeneratedRegex(@"\b(?:" + Month + @"\s+[0-9]{1,2}(?:st|nd|rd|th)?,?|[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+" + Month + @")?)\s+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DayBefore();

    /// <summary>
    /// After "the first eight months", "the second quarter" or "the first half": "of fiscal 2022-23", "of the 2022-23 fiscal
    /// year", "of FY23" (named by the year it ends in), "of the current fiscal year" (or "of the fiscal year"), "of the
    /// current Iranian year", the fiscal year they are counted in. Tried only where " of" follows one.
    /// </summary>
    [GeneratedRegex(
        @"^\s+(?i:of\s+(?:the\s+)?)(?:(?<firan>(?i:(?:current|this)\s+)?(?i:Iranian|Persian)\s+(?i:(?:calendar|fiscal)\s+)?(?i:year))|(?<fcur>(?i:current|this|new)\s+(?i:fiscal|financial)\s+(?i:year)|(?i:fiscal|financial)\s+(?i:year)(?!\s*(?:[0-9]|FY)))|(?:(?i:fiscal|financial)\s+(?i:year\s+)?|FY\s?)(?<ffy1>" + Year + @"|[0-9]{2})\s*[/–-]\s*(?<ffy2>[0-9]{2}(?:[0-9]{2})?)(?![0-9%])"
        + @"|(?<ffy1>" + Year + @")\s*[/–-]\s*(?<ffy2>[0-9]{2}(?:[0-9]{2})?)\s+(?i:fiscal|financial)\s+(?i:year)|FY\s?(?<ffyend>" + Year + @"|[0-9]{2})(?![0-9/–-])|(?i:fiscal|financial)\s+(?i:year\s+)?(?<ffyend>" + Year + @")(?![0-9/–-]))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex OfFiscalYearAfter();

    // The periods of the worded-period pattern counted in months, quarters, thirds ("the first third of this year", four
    // months) and halves, and those named by the fiscal year,
    // the year to a month, or last year: anchored apart, as two matchers (see WordLedPattern).
    private const string CountedPeriodWords =
        @"(?i:(?:the\s+)?first\s+)(?:(?<n>" + Count + @")\s+(?i:months)|(?<nq>two|three|2|3)\s+(?i:quarters)|(?<nt>(?i:third|two[\s-]thirds))\b)(?:\s+(?:of\s+)?(?<ny>" + Year + @"))?"
        + @"|(?<n>" + Count + @")\s+(?i:months\s+of)\s+(?:(?<ny>" + Year + @")|(?i:this|the\s+current)\s+year)"
        + @"|(?<fm>(?i:first|opening)\s+(?i:month))(?:\s+(?i:of\s+)?(?:(?<ny>" + Year + @")|(?i:the|this)\s+year))?"
        + @"|(?<h>(?i:first|opening|second|1st|2nd))\s+(?i:half|semester)(?:\s+(?:of\s+)?(?<hy>" + Year + @"))?"
        + @"|(?<h>(?i:first|third))\s+(?i:and)\s+(?i:second|fourth)\s+(?i:quarters)(?:\s+(?:of\s+)?(?<hy>" + Year + @"))?"
        + @"|(?<q>(?i:first|opening|second|third|fourth|1st|2nd|3rd|4th))\s+(?i:quarter)(?:\s+(?:of\s+)?(?<qy>" + Year + @"))?"
        + @"|(?<q>(?i:last|final|closing))\s+(?i:quarter)\s+(?:of\s+)?(?<qy>" + Year + @")";

    private const string NamedPeriodWords =
        @"(?i:fiscal|financial)\s+(?i:year\s+)?(?<fy1>" + Year + @"|[0-9]{2})\s*[/–-]\s*(?<fy2>[0-9]{2}(?:[0-9]{2})?)(?![0-9%])"
        + @"|(?i:fiscal|financial)\s+(?i:year\s+)?(?<fyend>" + Year + @")(?![0-9/–-])"
        + @"|(?i:(?:the\s+)?(?:year|twelve\s+months|12\s+months|(?:four|4)\s+quarters|(?:fiscal|financial|calendar)\s+year)\s+(?:to|(?<upto>up\s+to)|ending|ended|(?:that|which)\s+(?:ended|closed|ends|closes))(?:\s+(?:in|on))?\s+(?:the\s+end\s+of\s+|" + DayOfMonth + @"\s+)?)(?<ytm>" + Month + @")(?:\s+" + DayOfMonth + @",?(?=\s+" + Year + @"))?(?:\s+(?<yty>" + Year + @"))?"
        + @"|(?i:(?:the\s+)?(?:four|4)\s+quarters\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+|end-)?)(?:Q(?<ytq>[1-4])|(?:the\s+)?(?<ytq>(?i:first|second|third|fourth))\s+(?i:quarter))(?:\s+(?:of\s+)?(?<ytqy>" + Year + @"))?"
        + @"|(?i:(?:the\s+)?(?:(?:period|months)\s+(?:up\s+)?(?:to|until|through)|period\s+(?:ending|ended)(?:\s+in)?)\s+(?:the\s+end\s+of\s+|" + DayOfMonth + @"\s+)?)(?<ut>" + Month + @")(?:\s+" + DayOfMonth + @",?(?=\s+" + Year + @"))?(?:\s+(?<uty>" + Year + @"))?"
        + @"|(?<lastfy>(?i:last|previous|past)\s+(?:[A-Z][a-z]+\s+)?(?i:fiscal|financial)(?:\s+(?i:year))?|(?i:fiscal|financial)\s+(?i:year)\s+(?i:(?:that\s+)?just\s+ended))\b"
        + @"|(?<last>(?i:last|previous|past)\s+year)\b";

    /// <summary>The pattern <see cref="PeriodWords"/> finds, written once for its anchored forms and for the tests that compare the two.</summary>
    internal const string PeriodWordsPattern = @"\b(?:" + CountedPeriodWords + "|" + NamedPeriodWords + ")";

    /// <summary>Periods led by words: the first N months or quarters, halves ("the first and second quarters" too), quarters, fiscal years, the year to June 2023, the four quarters to the end of Q2 2023, the period up to June (or ending September 2021), last fiscal, last year.</summary>
    /// <remarks>Kept apart from <see cref="Period"/>, and tried only where its first words start a word: a pattern led by words
    /// tries a match at most letters. It runs only on sentences that hold one of its key words (see <see cref="MentionReader.Periods"/>).</remarks>
    public static readonly WordLedPattern PeriodWords = new(
        [CountedPeriodWordsAt(), NamedPeriodWordsAt()],
        "the", "period", "months", "first", "opening", "second", "third", "fourth", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fiscal", "financial", "calendar", "year", "last", "final", "closing", "previous", "past", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    [GeneratedRegex(@"\G(?:\b(?:" + CountedPeriodWords + "))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CountedPeriodWordsAt();

    [GeneratedRegex(@"\G(?:\b(?:" + NamedPeriodWords + "))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NamedPeriodWordsAt();

    /// <summary>The pattern <see cref="RarePeriodWords"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    internal const string RarePeriodWordsPattern =
        @"\b(?:"
        + @"(?i:end)(?:\s+(?i:of)\s+|-)(?<ut>" + Month + @")(?:\s+(?<uty>" + Year + @"))?"
        + @"|(?i:as\s+of\s+(?:the\s+end\s+of\s+)?)(?<ut>" + Month + @")(?:\s+(?<uty>" + Year + @"))?"
        + @"|(?i:by|through)\s+(?<ut>" + Month + @")(?!\s*[0-9]{1,2}\b)(?:,?\s+(?<uty>" + Year + @"))?"
        + @"|(?<ytd>(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year\s+to\s+date))"
        + @"|(?i:end\s+of\s+the\s+)(?<eq>(?i:first|second|third|1st|2nd|3rd))\s+(?i:quarter)(?:\s+(?i:of\s+)?(?:(?<eqy>" + Year + @")|(?i:this|the)\s+year))?"
        + @"|(?<iran>(?i:Iranian|Persian)\s+(?i:(?:calendar|fiscal)\s+)?(?i:year))(?:\s*,?\s*\(?(?<iy>1[34][0-9][0-9])\b|,?\s+(?i:which|that)\s+(?:(?<irend>(?i:ended|ends|closed|closes))|(?i:began|begins|started|starts))\s+(?i:on\s+|in\s+)?(?:" + Month + @"\s+[0-9]{1,2},?\s+|[0-9]{1,2}\s+" + Month + @",?\s+|" + Month + @"\s+)?(?<iye>" + Year + @"))?"
        + ")";

    /// <summary>Rarer periods led by words: "(by the) end of November 2023" and "as of November", "by September" and "through September 2019" (January to the month), "so far this year" and "the year to date", "by the end of the third quarter" (January to September), the Iranian year (1402).</summary>
    /// <remarks>Kept apart from <see cref="PeriodWords"/>, which runs on many more sentences: each alternative a pattern led by
    /// words holds costs every sentence it runs on. It runs only on sentences that hold "end of", "end-", "Iranian" or "Persian".</remarks>
    public static readonly WordLedPattern RarePeriodWords = new([RarePeriodWordsAt()], "end", "iranian", "persian", "as", "so", "this", "year", "by", "through");

    [GeneratedRegex(@"\G(?:" + RarePeriodWordsPattern + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RarePeriodWordsAt();

    /// <summary>The common words that name a trade flow: trade, turnover, commerce, volume, exports, imports, exporting, importing, "export trade" and "import trade" (one flow each); not the "trade" of "a free-trade partner".</summary>
    [GeneratedRegex(
        @"\b(?:turnover|trade(?<!\bfree[\s-]trade)|traded|commerce|trading|volume|(?:export|import)\s+trade|export(?:s|ed|ing)?|import(?:s|ed|ing)?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex Flow();

    /// <summary>The other flow after "exports" or "imports": " and exports", " and imports", " plus imports" (a sum whatever follows).</summary>
    [GeneratedRegex(@"^\s+(?:and|(?<plus>plus))\s+(?:imports?|exports?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex OtherFlowAfter();

    /// <summary>What says that "exports and imports" are taken together, right after them: " between", " worth a combined", " combined".</summary>
    [GeneratedRegex(@"^(?:\s+(?:combined|between|with|worth|added|amounted|totall?ed|reached|came|stood|together)\b|\s*combined)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex TakenTogetherAfter();

    // The start of an amount as a partner that "took" or "received" it is followed by one: a sign, or a short code or sign
    // before a digit ("NZ$1,496", "US$ 377", "Sh7.4"); and goods worth one ("Pakistani goods worth").
    private const string AmountStart = @"(?:[$€£¥₹]|[A-Z][A-Za-z]{0,3}\$?\s?[0-9])";
    private const string GoodsWorth = @"(?:[A-Z][\w-]*\s+)?(?:goods|products|merchandise)\s+(?:worth|valued\s+at)\b";

    /// <summary>The rarer words that name a trade flow: exchanges (not rates, views or stock exchanges), flows of goods, business between two countries (turnover, as Portuguese "negócios" translates), "the total" that rose or stood at a level (turnover: "the total had climbed to $49.65 million, with exports of"), sales, shipments, goods sent to a country, deliveries, purchases, goods that "went to" a country, with or without their worth between ("goods worth 818 million dollars went to Poland"; the reporter's exports), goods "brought in from" a country, what the reporter "earned" or its "earnings" from a country (its exports), goods a country "sent" another ("Botswana sent Zambia goods worth"), a partner that "took" or "received" an amount or goods worth one ("the United Kingdom took NZ$1,496 million", "took Pakistani goods worth", "taking goods worth"), goods that "changed hands" between two countries (turnover), and the partner as a buyer, customer, destination, main market or importer of the reporter's goods (the reporter's exports) or a supplier (its imports).</summary>
    /// <remarks>Kept apart from <see cref="Flow"/>, which runs on every sentence; this one runs only on sentences that hold one
    /// of <see cref="OtherFlowStems"/>.</remarks>
    [GeneratedRegex(
        @"\b(?:goods\s+moving\s+between|(?<![Ss]tock\s|[Ff]oreign\s|[Cc]urrency\s)exchange[sd]?(?!\s+(?:rates?|of\s+(?:views|visits|experience|opinions|information|students|delegations|notes|letters|documents|prisoners)))|flows?\s+of\s+goods|business(?= between\b)|total(?<=\b(?:the|a)\s+total)(?=\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+)?(?:climbed|rose|reached|stood|came|grew|increased|fell|dropped|amounted|totall?ed|hit|jumped|declined|decreased)\b)|sales|sold|sells?|selling|shipments|shipped|(?:went|go|goes|going)(?<=\b(?:goods|products|merchandise)\s+(?:(?:that|which)\s+|worth\s+[^\s;]+(?:\s+[^\s;]+){0,4}?\s+)?(?:went|go|goes|going))(?=\s+to\b)|went(?<=(?:[0-9]|\b(?:billion|million|trillion|bn|mn|m|bln|mln))\s+went)(?=\s+to\s+(?:the\s+)?(?-i:[A-Z]))|sent(?=\s+to\b|\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:goods|products|merchandise)\b)|supplied|deliveries|purchases|purchased|bought|buying|buys|brought\s+in(?=\s+from\b)|(?<![Ee]xports?\s)earn(?:ings|ed|s)(?=\s+(?:[^\s;:]+\s+){0,4}?from\s+(?:the\s+)?(?-i:[A-Z]))|(?:took|taking|received)(?=\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?" + AmountStart + @"|\s+" + GoodsWorth + @")|chang(?:ed|es|e|ing)\s+hands|buyers?|customers?|destinations?|(?<=\b(?:main|top|largest|biggest|leading|key|principal)\s)markets?|suppliers?|importers?(?=\s+of\s+(?:[A-Z][\w-]*|its|their)\s+(?:goods|products|exports|merchandise)\b))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex OtherFlow();

    /// <summary>A part of every match of <see cref="OtherFlow"/>, compared ignoring case.</summary>
    public static readonly System.Buffers.SearchValues<string> OtherFlowStems = System.Buffers.SearchValues.Create(
        ["exchange", "flow", "business between", "total", "sale", "sold", "sell", "ship", "sent", "went", " go to", "goes", "going", "deliveries", "purchas", "bought", "brought", "earn", "buy", "took", "taking", "received", "hands", "moving", "customer", "destination", "market", "suppl", "importer"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The pattern <see cref="NotTrade"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    /// <remarks>GDP after a share of it ("from 17,600 million euros in 2000, roughly 14% of GDP, to ...") names no amount; nor
    /// does one flow exceeding the other "by" an amount (a balance: "exports exceeding imports by 1,6 Milliarden Mark").</remarks>
    internal const string NotTradePattern =
        @"\b(?:contracts?|deals?|agreements?\s+worth|investments?|invest(?:s|ed|ing|or|ors)?|costs?|costing|loans?|credits?|guarantees?|surplus(?:es)?|(?:exceed(?:s|ed|ing)?|outstripp?(?:s|ed|ing)?)\s+(?:its\s+|their\s+|the\s+)?(?:imports|exports)\s+by|deficits?|balances?|gap|budget|(?<=\btrade\s+in\s+)services|aid|grants?|funds?|funding|capital|prices?|salar(?:y|ies)|(?<!(?:%|\bper\s?cent)\s+of\s+(?:the\s+country['’]s\s+|its\s+|their\s+)?)(?:GDP|gross\s+domestic)|population|debts?|tenders?|projects?|revenues?|profits?|remittances|reserves|assistance|portfolio|orders|duty|duties|tariffs?|inflation|economy|share|of\s+(?:total|all)|(?<!(?:billion|million|bn|mn|[0-9]m|[0-9])\s+in\s+)total\s+(?:exports|imports|trade)(?!\s+between))\b";

    /// <summary>Words that make a nearby number something other than a trade level.</summary>
    public static readonly WordLedPattern NotTrade = new(
        [NotTradeAt()],
        "contract", "deal", "agreement", "invest", "cost", "loan", "credit", "guarantee", "surplus", "exceed", "outstrip", "deficit", "balance", "gap", "services", "budget", "aid", "grant", "fund", "capital", "price", "salar", "gdp", "gross", "population", "debt", "tender", "project", "revenue", "profit", "remittance", "reserve", "assistance", "portfolio", "order", "valued", "dut", "tariff", "inflation", "economy", "share", "of", "total");

    [GeneratedRegex(@"\G(?:" + NotTradePattern + ")", WordLedOptions)]
    private static partial Regex NotTradeAt();

    /// <summary>
    /// Words that put a sentence's trade with the world or with a group of countries: "across all markets", "global
    /// exports", "total imports", "overall exports" (with no partner after them) and "exports as a whole", "foreign trade" (but not "foreign trade turnover between the two countries"), "with the rest of Africa", "to the Arab world", "to Arab countries", "imports from the group", "with the regional bloc", "imports from ASEAN", "to the 27 EU member states", "exports to countries other than the US", "to other markets", "imports from non-US countries".
    /// </summary>
    /// <remarks>Kept narrow: "total trade" and "overall trade" often mean the trade of the pair the article is about.</remarks>
    [GeneratedRegex(
        @"\b(?:(?:across|to|from|with|among)\s+all\s+(?:(?:its|their|of\s+its)\s+)?(?:markets|destinations|countries|partners|trading\s+partners)|worldwide|abroad|global\s+(?:exports|imports|trade|sales)|(?:overall|total)\s+(?:merchandise\s+)?(?:exports|imports)(?!\s+(?:to|from|of)\b)|(?:exports|imports)\s+as\s+a\s+whole|(?-i:foreign|external|overseas)\s+(?-i:trade)(?!\s+(?:turnover\s+)?(?:between|with)\b)"
        + @"|(?:to|from|with)\s+the\s+(?:rest\s+of\s+the\s+)?world|(?:to|from|with)\s+the\s+rest\s+of\s+(?:the\s+)?(?-i:[A-Z])\w+|(?:to|from|with)\s+the\s+(?:regional\s+|trade\s+|economic\s+)?(?:group|bloc)\b|the\s+Arab\s+world"
        + @"|(?:to|from|with|in)\s+(?:all\s+)?(?:other\s+)?(?:countries|markets|partners|destinations)\s+(?:other\s+than|besides|except|outside)\b|(?:to|from|with|in)\s+other\s+(?:countries|markets|partners|destinations)\b|\bnon-(?-i:[A-Z])[\w.]*\s+(?:countries|markets|partners|suppliers|destinations|sources)"
        + @"|(?:to|from|with)\s+(?:the\s+)?(?-i:ASEAN|EU|European\s+Union|GCC|Mercosur|MERCOSUR|EAEU|Eurasian\s+Economic\s+Union|CIS|COMESA|SADC|ECOWAS|EAC|African\s+Union)\b(?!['’]|\s*(?:-|member|countr|state|nation|partner))"
        + @"|(?:to|from|with)\s+(?:the\s+)?(?:other\s+)?(?:[0-9]{1,3}\s+)?(?:Arab|African|Asian|European|Gulf|GCC|EU|AU|ASEAN|COMESA|SADC|ECOWAS|EAC|Mercosur|CIS|EAEU|Nile\s+basin|basin|member|neighbou?ring)\s+(?:member\s+)?(?:countries|states|nations|markets))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex WorldScope();

    /// <summary>A word every <see cref="WorldScope"/> match holds but those naming a bloc alone (<see cref="BlocNames"/>); most sentences have none and skip the pattern.</summary>
    public static readonly System.Buffers.SearchValues<string> WorldScopeWords = System.Buffers.SearchValues.Create(
        ["all ", "world", "abroad", "global", "overall", "as a whole", "total", "foreign trade", "external trade", "overseas trade", "rest of", "group", "bloc", "countries", "states", "nations", "markets"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A part of the name of every bloc the patterns read ("imports from ASEAN", "followed by the EU with"), as it is
    /// written: a search blind to case would stop at every "euro" for " EU".</summary>
    internal static readonly string[] BlocNameParts = ["ASEAN", "Mercosur", "MERCOSUR", "GCC", "EAEU", "Eurasian", "COMESA", "SADC", "ECOWAS", "EAC", "Union", " EU", "CIS"];

    /// <summary>The blocs <see cref="WorldScope"/> reads when named alone ("imports from ASEAN").</summary>
    public static readonly System.Buffers.SearchValues<string> BlocNames = System.Buffers.SearchValues.Create(BlocNameParts, StringComparison.Ordinal);

    /// <summary>The pattern <see cref="GoalCue"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    /// <remarks>A participle ("reaching", "lifting", "doubling") announces a goal only after a preposition ("tasked with
    /// lifting", "a roadmap for lifting", "committed to doubling") or at the start of a sentence ("Tripling trade by 2010 is
    /// within reach"), where "Taking" opens a way of counting instead ("Taking the year as a whole, ..."); after its subject
    /// it tells a level ("with German exports there reaching 107 billion euros").</remarks>
    internal const string GoalCuePattern =
        @"\b(?:(?<target>targets?|targeted|targeting|goals?|aims?|aimed|aiming|foresees?|foreseeing|decided\s+to|resolved\s+to|objective|seek(?:s|ing)?\s+to|sought\s+to|will\s+seek|plan(?:s|ned|ning)?\s+to|plan\s+is\s+to|intend(?:s|ed)?\s+to|agreed\s+to|pledged?|committed\s+to|commitment\s+to|efforts?\s+to|work(?:s|ed|ing)?\s+(?:together\s+|jointly\s+|hard\s+)?(?:to|towards?)\s|task|want(?:s|ed)?|hop(?:es?|ed|ing)\s+to|determined\s+to|set\s+out\s+to|set\s+(?:their|its|our|his|her)\s+sights\s+on|sights\s+set\s+on|to\s+be\s+(?:lifted|raised|increased|boosted|brought|taken|expanded|doubled|tripled)|ambitions?|strive\w*|proposed|eye(?:s|d|ing)|vow(?:s|ed)?\s+to|call(?:s|ed)?\s+for|envision\w*|aspir\w+)"
        + @"|(?<forecast>expect(?:s|ed)?|expectations?|believes?|believed|confident|optimistic|realistic|estimates\s+that|projects\s+that|forecasts?|projected|projections?|predict(?:s|ed)?|likely\s+to|potential|could|(?-i:may)|might|anticipat\w+|envisag\w+|estimated\s+to|set\s+to\s+(?:reach|hit|exceed|surpass|top|pass|cross|touch|rise|grow|increase|double|climb|approach|come\s+close\s+to|go\s+(?:past|beyond|above))|poised\s+to|on\s+(?:course|track)\s+to)"
        + @"|(?<future>(?:will|would|should|shall|must|can)\s+(?:\w+\s+){0,2}?(?:get\s+to|reach|come\s+to|approach|come\s+close\s+to|hit|exceed|surpass|achieve|top|grow|rise|increase|double|triple|treble|quadruple|bring|boost|raise|lift|expand|climb|take|push|cross|touch|go\s+(?:past|beyond|above)|pass|(?:raised|increased|brought|lifted|boosted|expanded|doubled|tripled|taken|pushed)\s+to)|(?<!\b(?:managed|failed|unable|able|enough|close)\s)to\s+(?:almost\s+|nearly\s+|further\s+|more\s+than\s+)?(?:reach|hit|exceed|surpass|achieve|grow|rise|increase|double|triple|treble|quadruple|bring|boost|raise|lift|expand|climb|take|push|cross|touch)|(?:(?<=\b(?:with|for|to|of|at|on|towards?|in|by|about)\s+)|(?<=^[\s""“‘']*)(?!taking\b))(?:reaching(?!\s+a\s+record)|bringing|doubling|tripling|trebling|quadrupling|raising|lifting|increasing|boosting|taking|pushing)))\b";

    /// <summary>Words that announce a goal or a forecast.</summary>
    public static readonly WordLedPattern GoalCue = new(
        [GoalCueAt()],
        "target", "goal", "aim", "forese", "decided", "resolved", "objective", "seek", "sought", "will", "plan", "intend", "agreed", "pledge", "committed", "commitment", "effort", "work", "task", "want", "hop", "determined", "set", "sights", "ambition", "striv", "proposed", "expect", "believ", "confident", "optimistic", "realistic", "estimates", "projects", "forecast", "projected", "projection", "predict", "likely", "potential", "could", "may", "might", "anticipat", "envisag", "estimated", "poised", "on", "eye", "vow", "call", "envision", "aspir", "would", "should", "shall", "must", "can", "to", "reaching", "bringing", "doubling", "tripling", "trebling", "quadrupling", "raising", "lifting", "increasing", "boosting", "taking", "pushing");

    [GeneratedRegex(@"\G(?:" + GoalCuePattern + ")", WordLedOptions)]
    private static partial Regex GoalCueAt();

    /// <summary>Words before an amount that make it an increment, not a level: "add $5bn", "gained $2bn", "an additional $2bn", "another $1bn", "an increase of $4.7bn".</summary>
    [GeneratedRegex(@"\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)|lost|losing|shed|an?\s+(?:additional|extra|further)|another|by\s+an?\s+(?:additional|extra|further)|an?\s+(?:increase|rise|decrease|drop|fall|decline|jump|gain)\s+of)\s+(?:(?:about|around|some|nearly|almost|over|just|only)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex IncrementBefore();

    /// <summary>
    /// A word soon after an amount, in the same clause, that makes it a goal ("a $500m target", "a $10 billion trade volume
    /// was declared a shared goal", "the £2.5 billion the two governments had pledged", "a $10 billion trade volume in their
    /// sights") or a threshold ("the $100-billion mark").
    /// </summary>
    /// <remarks>The words between are words, not numbers, and no conjunction that starts another clause ("$5bn in 2017 and the goal").</remarks>
    [GeneratedRegex(@"^[\s-]*(?:(?!(?:and|but|while|whereas|against|compared|than|versus|from|since|in)\b)[A-Za-z][\w'’-]*\s+){0,6}?(?:(?<goal>target|goal|objective|pledged|promised|targeted|envisaged|envisioned|in\s+(?:their|its|our|his|her)\s+sights)|mark|milestone|threshold)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex GoalWordAfter();

    /// <summary>A past or present level verb just before an amount: "reached $245m", "is stuck at around $50m"; not "were aiming for $100 billion", "was expected to".</summary>
    [GeneratedRegex(
        @"\b(?:reached|amounted\s+to|amounting\s+to|stood\s+at|standing\s+at|totall?ed|totall?ing|(?:was|were)(?!\s+to\s+(?!the\s+tune\b))(?!\s+(?:aiming|hoping|targeting|seeking|planning|looking|expected|projected|forecast|likely|poised|set\s+to)\b)|came\s+(?:close\s+)?to|came\s+in\s+at|improved\s+to|climbed\s+to|jumped\s+to|soared\s+to|slipped\s+to|currently|compare[sd]\s+(?:with|to)|(?<!\b(?:reach|to)\s(?:a\s)?)(?:a\s+)?record(?:\s+high)?(?:\s+of)?|stuck\s+at|remains|remained|grew\s+to|rose\s+to|fell\s+to|dropped\s+to|declined\s+to|decreased\s+to|increased\s+to|exceeded|surpassed|topped|worth|achieved|earned|recorded|registered|posted)\b[^$€£¥₹0-9]{0,24}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex FigureVerbBefore();

    /// <summary>A qualifier right before an amount; not the "up to" of "added up to" (came to).</summary>
    [GeneratedRegex(
        @"\b(?:(?<about>about|around|approximately|roughly|some|an\s+estimated|estimated)|(?<over>over|more\s+than|above|exceeding|in\s+excess\s+of|at\s+least|upwards\s+of|exceeded|surpassed|topped)|(?<almost>almost|nearly|just\s+under|(?<!\b(?:adds?|added|adding|sums?|summed|summing)\s+)up\s+to|under|less\s+than|below|short\s+of|close\s+to))\s+(?:a\s+|the\s+)?(?:level\s+of\s+|mark\s+of\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex QualifierBefore();

    // The deadlines of the deadline pattern written as a time, in three parts that each start with fewer words, in the order
    // of one alternation: a year, a fiscal year or the one under way ("by 2030", "by the year 2020", "before the 2014
    // deadline", "by July 2015", "in FY2026-27", "this fiscal year")...
    private const string DeadlineYear =
        @"(?<fixed>(?:(?:by|until|till|through|before|for|during|ahead\s+of|as\s+early\s+as)\s+(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?|the\s+middle\s+of\s+|end-|mid-|the\s+year\s+|the\s+(?=" + Year + @"\s+deadline\b))?|in\s+(?:the\s+year\s+|the\s+second\s+half\s+of\s+)?|(?:over|for|during|in)\s+the\s+(?:whole|full|entire)\s+(?:of\s+)?(?:year\s+)?)(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?(?<fy>" + Year + @")(?:\s*[/–-]\s*(?<fe>[0-9][0-9])(?![0-9])|(?![/–-][0-9])))"
        + @"|(?<fixed>by\s+(?:the\s+end\s+of\s+|late\s+)?(?<fm>" + Month + @")\s+(?<fy>" + Year + @")(?![/–-][0-9]))"
        + @"|(?<fixed>(?:by|before|until|in)\s+the\s+(?<fy>" + Year + @")\s*[/–-]\s*(?<fe>[0-9][0-9])\s+(?:fiscal|financial)\s+year)"
        + @"|(?<curfy>(?:(?:by\s+the\s+end\s+of|in|for|during)\s+(?:the|this)|this)\s+(?:current\s+)?(?:fiscal|financial)\s+year(?!\s+(?:(?:that|which)\s+)?(?:ended|closed)\b)|(?:in|for|by\s+the\s+end\s+of)\s+the\s+year\s+(?:to|ending(?:\s+in)?)\s+(?<ytm>" + Month + @")(?!\s*[0-9]))";

    // ... a count of years or the decade ("within five years", "by the end of the decade")...
    private const string DeadlineYearsFromNow =
        @"(?<rel>(?:within|in|over|during)\s+(?:(?:less|no\s+more)\s+than\s+|under\s+)?(?:the\s+)?(?:next|coming)?\s*(?:(?:" + Count + @"|a|one)\s*(?:to|-|–|or)\s*)?(?<n>[0-9]{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?(?!\s+(?:ago|since|before|earlier|so\s+far|to\s+date)\b))"
        + @"|(?<decade>(?:by|before)\s+the\s+end\s+of\s+(?:the|this)\s+decade)|(?<tenyears>(?:within|in|over)\s+(?:the\s+)?(?:next|coming)\s+decade)";

    // ... and the year under way or the next, or the end of a month ("by the end of the current year", "next year", "by the
    // end of December").
    private const string DeadlineThisYear =
        @"(?<thisyear>(?:this|next)\s+year|(?:by|before)\s+the\s+(?:end|close)\s+of\s+(?:the|this)\s+(?:current\s+)?year|(?:in|for|during)\s+the\s+current\s+year|(?:for|over)\s+the\s+(?:full|whole)\s+year|for\s+the\s+year\s+as\s+a\s+whole|(?:close|end|finish)\s+(?:the|this)\s+year|year\s+to\s+(?:close|end)|by\s+year[\s-]end)"
        + @"|(?<endmo>by\s+(?:the\s+end\s+of\s+|end-)(?<em>" + Month + @")(?!\s*[0-9]))";

    // The vague deadlines of the deadline pattern: "in the near future", "in the coming years", "soon". They come after the
    // timed ones, as in one alternation: where both can match ("in", "within", "over", "as"), the timed reading is the one.
    private const string VagueDeadline =
        @"(?<vague>(?:short|medium|long)[\s-]term(?=\s+(?:objective|goal|target|aim|ambition)s?\b)|(?:in|over|within|during)\s+(?:a|the\s+next|the\s+coming)\s+(?:few|couple\s+of)\s+years(?:['’]?\s+time)?|in\s+the\s+coming\s+years|(?:in|within|over)\s+(?:the\s+)?(?:next|coming)\s+several\s+years|in\s+the\s+shortest\s+(?:possible\s+)?(?:time|period)(?:\s+possible)?|as\s+soon\s+as\s+possible|in\s+the\s+(?:very\s+)?(?:near|foreseeable|nearest|immediate)\s+(?:future|period)|(?:in|over)\s+the\s+years\s+(?:ahead|to\s+come)|in\s+the\s+coming\s+(?:period|time|months)|in\s+(?:the\s+)?(?:longer\s+|long[\s-]term\s+)?perspective|(?:in|within)\s+(?:a\s+)?(?:very\s+)?short\s+(?:time|period)|eventually|(?:in|over)\s+the\s+(?:(?:short|medium)\s+(?:and|to|or)\s+)?(?:medium|long|short)[\s-]+term|(?:in|over)\s+the\s+(?:long|short)\s+run|in\s+a\s+(?:short|medium|long)[\s-]term\s+(?:outlook|perspective)|before\s+long|at\s+the\s+earliest|(?<!\bas\s)soon(?!\s+(?:as|after)\b))";

    /// <summary>The pattern <see cref="Deadline"/> finds, written once for its anchored forms and for the tests that compare the two.</summary>
    internal const string DeadlinePattern = @"\b(?:" + DeadlineYear + "|" + DeadlineYearsFromNow + "|" + DeadlineThisYear + "|" + VagueDeadline + @")\b";

    /// <summary>Deadlines: "by 2020", "by the year 2020", "before the 2014 deadline", "by July 2015", "by late March 2022", "in 2015", "by the close of 2022", "over the whole of 2024", "in the second half of 2022", "by FY2026-27" or "before the 2022-23 fiscal year is out" (the year the fiscal year ends), "this fiscal year", "a short-term objective", "for 2015", "through 2024", "within (the next) four years", "within two to three years", "in less than five years", "by the end of the decade", "in a few years’ time", "in the (very) near future", "in perspective" and "eventually" (the long term), "the year to close at", "by the end of the current year", "before the end of the year", "for the full year", "for the year as a whole" and "close the year with" (the year under way), "by the end of December" (the next December).</summary>
    /// <remarks>Its four parts are anchored apart, each tried only at its own first words (see <see cref="WordLedPattern"/>):
    /// whole, each try cost about four times as much, most of it in setting up the matcher's hundreds of variables.</remarks>
    public static readonly WordLedPattern Deadline = new(
        new WordLedAlternative(DeadlineYearAt(), "by", "until", "till", "through", "before", "for", "during", "ahead", "as", "in", "this", "over"),
        new WordLedAlternative(DeadlineYearsFromNowAt(), "within", "in", "over", "during", "by", "before"),
        new WordLedAlternative(DeadlineThisYearAt(), "this", "next", "by", "before", "in", "for", "during", "over", "year", "close", "end", "finish"),
        new WordLedAlternative(VagueDeadlineAt(), "short", "medium", "long", "in", "over", "within", "during", "as", "eventually", "soon", "before", "at"));

    [GeneratedRegex(@"\G(?:\b(?:" + DeadlineYear + @")\b)", WordLedOptions)]
    private static partial Regex DeadlineYearAt();

    [GeneratedRegex(@"\G(?:\b(?:" + DeadlineYearsFromNow + @")\b)", WordLedOptions)]
    private static partial Regex DeadlineYearsFromNowAt();

    [GeneratedRegex(@"\G(?:\b(?:" + DeadlineThisYear + @")\b)", WordLedOptions)]
    private static partial Regex DeadlineThisYearAt();

    [GeneratedRegex(@"\G(?:\b(?:" + VagueDeadline + @")\b)", WordLedOptions)]
    private static partial Regex VagueDeadlineAt();

    /// <summary>The end of a text that puts the verb after it in the future: "to", "will", "could" and the like, perhaps with "be" or an adverb between ("to further", "could be", "could easily be"), or a wish to "see" trade changed ("wants to see that figure tripled").</summary>
    /// <remarks>Case-sensitive, so the month "May" is not the verb.</remarks>
    [GeneratedRegex(@"\b(?:to|will|would|could|should|shall|may|might|can|'ll)\s+(?:(?:be|further|also|still|even|again|more|only|possibly|probably|likely|easily|significantly|substantially)\s+){0,2}$|\bsee\s+(?:[\w-]+\s+){1,3}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex YetToCome();

    // The nouns a goal's multiple raises: "a 50% increase in trade", "to double exports", "their mutual trade twofold".
    private const string TradeNouns = "trade|turnover|commerce|exports|imports";

    /// <summary>The pattern <see cref="Multiplier"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    internal const string MultiplierPattern =
        @"\b(?:(?<q>almost|nearly|about|around|more\s+than|over|at\s+least)\s+)?(?:(?<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]+(?:\.[0-9]+)?)[\s-]?fold|(?<w>doubl|tripl|quadrupl)(?!ed\b)\w*|(?<n>two|three|four|five|[0-9]+(?:\.[0-9]+)?)\s+times)\b"
        + @"|\b(?:increas(?:e|es|ing)|rais(?:e|es|ing)|boost(?:s|ing)?|grow(?:s|ing)?|expand(?:s|ing)?)\s+(?:[\w'-]+\s+){0,6}?by\s+(?<pct>[0-9]+(?:\.[0-9]+)?)\s?(?:%|per\s?cent)"
        + @"|\b(?<pct>[0-9]+(?:\.[0-9]+)?)\s?(?:%|per\s?cent)\s+(?:rise|increase|growth|boost|expansion)\s+in\s+(?:[\w'-]+\s+){0,3}?(?:" + TradeNouns + @")\b";

    /// <summary>Multipliers of a goal: "fourfold", "almost double", "three times", "increase by 50%", "a 50% increase in trade"; not past changes ("doubled", "grown by 200%").</summary>
    public static readonly WordLedPattern Multiplier = new(
        [MultiplierAt()],
        "almost", "nearly", "about", "around", "more", "over", "at", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "doubl", "tripl", "quadrupl", "increas", "rais", "boost", "grow", "expand");

    [GeneratedRegex(@"\G(?:" + MultiplierPattern + ")", WordLedOptions)]
    private static partial Regex MultiplierAt();

    /// <summary>The trade a goal's multiplier raises, right after it: "doubling the trade", "double exports", "double this figure".</summary>
    [GeneratedRegex(@"^\s+(?:(?:the|their|its|our|this|that|mutual|bilateral|two-way|annual|total|[A-Z][\w'’-]*)\s+){0,3}(?:" + TradeNouns + @"|export|import|figure)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex TradeAfterMultiple();

    /// <summary>The trade a count of times raises, right before it: "increasing their mutual trade twofold", "multiply its trade with Egypt three or four times".</summary>
    [GeneratedRegex(@"\b(?:" + TradeNouns + @")\b[^.;,]{0,30}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex TradeBeforeMultiple();

    /// <summary>A verb before a multiple that says it happened: "grew sixfold", "has risen almost fivefold".</summary>
    [GeneratedRegex(@"\b(?:grew|grown|rose|risen|increased|jumped|expanded|multiplied|surged|climbed)\s+(?:(?:almost|nearly|about|around|more\s+than|over|by)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PastBeforeMultiple();

    /// <summary>A past span right after a multiple: "tripling in the past four years", "fivefold over the last decade".</summary>
    [GeneratedRegex(@"^\s+(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PastAfterMultiple();

    /// <summary>A part of every match of <see cref="Multiplier"/>, under the same options: a sentence without one has no multiplier.</summary>
    /// <remarks>A search for a few strings is far cheaper than trying the multiplier pattern at every word.</remarks>
    [GeneratedRegex("fold|doubl|tripl|quadrupl|times|%|cent", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex MultiplierPart();

    /// <summary>"32% of the same period in 2015", "60 per cent of the level a year earlier".</summary>
    [GeneratedRegex(
        @"(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:level\s+of\s+|figure\s+for\s+)?(?:the\s+)?(?:same|corresponding|like)\s+period\s+(?:(?:of|in)\s+(?<y>" + Year + @")|(?<prev>(?:a|one|the\s+previous)\s+year\s+(?:earlier|before|ago)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ShareOfSamePeriod();

    /// <summary>The pattern <see cref="Change"/> finds, written once for its anchored form and for the tests that compare the two.</summary>
    internal const string ChangePattern =
        @"\b(?:"
        + @"\b(?:(?<down>fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing|down|shrank|shrunk|shrinking|contracted|contracting|lower|slumped|plunged|plunging|slid|sliding|slipped|slipping|sank|sinking|tumbled|tumbling|eased|decline|drop|fall|decrease)|(?<up>rose|risen|rising|grew|grown|growing|increased|increasing|up|climbed|climbing|jumped|jumping|jump|higher|expanded|expanding|soared|soaring|surged|surging|gained|gaining|gain|growth|increase|rise))\b(?:[^.;%0-9]{0,40}?(?:(?:in|during)\s+(?:19|20)[0-9]{2},?\s+(?=by\s))?(?:by\s+)?(?:(?<q>almost|nearly|about|around|over|more\s+than)\s+)?(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)(?!\s+of\b)"
        // "fell A$34.2b (29.8%) to A$80.5b": the amount of the change, then its share in parentheses.
        + @"|\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost)\s+)?(?:[A-Z]{1,3}\s?)?[$€£¥₹]?\s?[0-9][0-9.,]*\s?(?:[a-z]{1,9}\b\s?)?(?:(?-i:[A-Z])[a-z]+\s)?\(\s*(?<p>[0-9]+(?:\.[0-9]+)?)\s?(?:%|per\s?cent|percent)\s*\))"
        // "plus 5,3 Prozent", "minus 2%": a sign word leads a change only right before its number, not "exports plus imports,
        // has fallen by 28,6 %".
        + @"|(?:(?<down>minus)|(?<up>plus))\s+(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)(?!\s+of\b)"
        + @"|(?:(?<q>almost|nearly|about|around|over|more\s+than)\s+)?(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)\s+(?:(?<down>decline|drop|fall|decrease|lower|less|below|down)|(?<up>increase|rise|growth|gain|jump|higher|more|above|up))\b"
        + ")";

    /// <summary>"fell 40%", "down by 40%", "grew by 12.5 per cent", "fell sharply in 2023, by 15.2%", "a 15% increase"; not "making up 1.2% of total exports", a share.</summary>
    public static readonly WordLedPattern Change = new(
        [ChangeAt()],
        "fal", "fell", "drop", "declin", "decreas", "down", "shr", "contract", "lower", "slump", "plung", "slid", "slip", "sank", "sink", "tumbl", "eas", "ros", "ris", "grew", "grow", "increas", "up", "climb", "jump", "higher", "expand", "soar", "surg", "gain", "plus", "minus", "almost", "nearly", "about", "around", "over", "more", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    [GeneratedRegex(@"\G(?:" + ChangePattern + ")", WordLedOptions)]
    private static partial Regex ChangeAt();

    // A percentage whose verb is left out: "..., with Turkey by 15 per cent", "and to Iraq 41%", "Indonesia (21.7%)", or
    // the next of a list of percentages ("rose by 10.4%, 18.9% and 17.9% respectively"). The separator before it is looked
    // behind, so that the match starts at the partner.
    private const string ElidedChangePattern =
        @"(?:(?<=,\s*(?:and\s+)?|\sand\s+)(?:(?:those|that)\s+)?(?:(?:with|to|from|for)\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s+(?:by\s+|\()?|(?<=(?:%|per\s?cent|percent),?\s+(?:and\s+)?))(?:(?<q>almost|nearly|about|around|over|more\s+than)\s+)?(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)(?!\s+of\b)";

    /// <summary>
    /// A rise whose verb is left out, after a change that has one: "trade with India rose by 10 per cent, with Turkey by 15
    /// per cent and with Iraq by 41 per cent". The empty group <c>up</c> carries the direction of the verb before.
    /// </summary>
    [GeneratedRegex(@"(?<up>)" + ElidedChangePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ElidedRise();

    /// <summary>A fall whose verb is left out ("exports to India fell 10%, to Turkey 15%"); see <see cref="ElidedRise"/>.</summary>
    [GeneratedRegex(@"(?<down>)" + ElidedChangePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ElidedFall();

    /// <summary>A change written as a signed percentage in parentheses: "(-5.5%)", "(+9.23%)", "(+38%, 829 million euros)", "(-25.7% year on year)", "(+13 percent on 1996)".</summary>
    [GeneratedRegex(@"\((?:(?<up>\+)|(?<down>[-−–]))\s?(?<p>[0-9]+(?:\.[0-9]+|,[0-9]{1,2}(?![0-9]))?)\s?(?:%|per\s?cent|percent)(?=\s*[),;]|\s+(?:year[\s-]on[\s-]year|y/y|yoy|y-o-y|on\s+a\s+yearly\s+basis|(?:on|over|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:(?:19|20)[0-9]{2}|the\s+(?:previous|preceding)\s+year|a\s+year\s+(?:earlier|before|ago)))\s*\))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex SignedPercentInParentheses();

    /// <summary>A change by a fraction: "rose by a quarter", "fell by almost half", "grew by a third".</summary>
    [GeneratedRegex(
        @"\b(?:(?<down>fell|fallen|dropped|declined|decreased|shrank|contracted|slumped|plunged|slid|slipped|sank|tumbled)|(?<up>rose|risen|grew|grown|increased|climbed|jumped|expanded|soared|surged|gained))\s+(?:by\s+)?(?:(?<q>almost|nearly|about|around|more\s+than|over)\s+)?(?<frac>a\s+quarter|a\s+third|a\s+fifth|a\s+tenth|half|two[\s-]thirds|three[\s-]quarters)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex FractionChange();

    /// <summary>A past multiple: "doubled", "trebled", "grew one and a half times", "rose five-fold".</summary>
    [GeneratedRegex(
        @"\b(?:(?<w>doubled|tripled|trebled|quadrupled)|(?:grew|grown|rose|risen|increased|expanded|jumped|multiplied|surged|soared|climbed|swelled|swollen)\s+(?:by\s+)?(?:(?<q>almost|nearly|about|around|more\s+than|over)\s+)?(?<n>one\s+and\s+a\s+half|two|three|four|five|six|seven|eight|nine|ten|[0-9]+(?:\.[0-9]+)?)[\s-]?(?:times|fold)|(?:(?<q>almost|nearly|about|around|over)\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]+(?:\.[0-9]+)?)\s+times\s+(?:more|larger|higher|bigger|greater)(?=\s+than\b))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PastMultiple();

    /// <summary>What a change is measured against: "since 2012", "compared with 2015", "than in May 2024", "than January-September 2016", "between 2010 and 2014", "in five years", "than ten years earlier", "than a decade ago", "year on year".</summary>
    [GeneratedRegex(
        @"\bbetween\s+(?<y>" + Year + @")\s+and\s+(?<y2>" + Year + @")\b"
        + @"|\b(?:in|over|within)\s+(?:the\s+(?:last|past)\s+)?(?:(?:only|just)\s+)?(?<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+years\b(?!\s+ago)"
        + @"|\b(?<=\bthan\s+)(?:(?<n>two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+years|a\s+(?<n>decade))\s+(?:earlier|ago|before)\b"
        + @"|\b(?:(?:since|compared\s+(?:to|with)|from|over|versus|against|on|than(?:\s+in)?|below|above|(?:that|the\s+level)\s+of(?:\s+[\w-]+)?|(?:from|since|(?<!\b(?:to|of|at|worth|reach\w*|total\w*|hit\w*|amount\w*\s+to)\s+(?:more|less)\s+)than)\s+(?:[^.;%]|\.[0-9]){1,40}?\bin)\s+(?:the\s+(?:same|corresponding)\s+(?:period|(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,2})\s+)?months|quarter|half|semester)\s+(?:of|in)\s+)?(?:(?<rm>(?-i:" + Month + @"))(?:\s*(?:-|–|—)\s*(?<rm2>(?-i:" + Month + @"))|(?=\s+(?:to|through|until|till)\s+(?<rmto>(?-i:" + Month + @"))))?(?:\s+(?<y>" + Year + @"))?(?!\s*[0-9])|(?<y>" + Year + @"))(?![/–-][0-9])"
        + @"|(?<prev>(?:the\s+)?same\s+period\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|ago|before)|year[\s-]on[\s-]year|on\s+the\s+year(?!['’])|y-o-y|yoy|(?:from|than)\s+a\s+year\s+(?:earlier|ago|before)|(?:compared\s+(?:to|with)|over|against|on|from)\s+(?:the\s+same\s+period\s+(?:of\s+)?)?(?:last|the\s+previous|a)\s+year|annual\s+basis))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex Reference();

    /// <summary>A date an announcement can be pinned to: "On 29 June", "on 4–6 October 2016", "June 29".</summary>
    [GeneratedRegex(
        @"\b[Oo]n\s+(?<d1>[0-9]{1,2})(?:\s*[-–—]\s*(?<d2>[0-9]{1,2}))?\s+(?<mon>" + Month + @")(?:\s+(?<y>" + Year + @"))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex EventDate();

    /// <summary>"two years ago".</summary>
    [GeneratedRegex(@"\b(?<n>[0-9]{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex YearsAgo();

    /// <summary>A sentence that moves or sets the deadline of a goal stated before: "the deadline has now been moved to 2023", "the target date was pushed back to 2025".</summary>
    [GeneratedRegex(@"\b(?:deadline|target\s+date|target\s+year)\b[^.;]{0,40}?\b(?:moved|pushed|put|set|extended|postponed|shifted|rescheduled)(?:\s+back)?\s+(?:to|for|until)\s+(?<y>(?:19|20)[0-9][0-9])\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex MovedDeadline();

    /// <summary>A sentence that continues the previous one's subject: "It amounted to", "The result:", "The other five top markets grew", "The rest of the top ten were", "The year began well, with $17m in January", "March, however, brought a fall", "In the first eight months of 2019 it came to", "From 80 million dollars in 2010, we went to 120 million", "Over the two months they were worth".</summary>
    [GeneratedRegex(@"^\W*(?:It|This|That|They|These|The\s+(?:result|figure|volume|total|level|outcome)|The\s+(?:other\s+)?(?:[\w-]+\s+){0,3}?(?:markets|destinations|buyers|suppliers|partners)|The\s+rest\s+of\s+the\s+(?:top|list|ranking)|The\s+year\s+(?:began|started|opened|ended|closed)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,|In\s+(?:19|20)[0-9][0-9])\b|^[^.;]{0,60}?,?\s(?:it|they|we|this\s+figure|the\s+figure)\s+(?:has\s+|had\s+|have\s+)?(?:came|amounted|stood|reached|totall?ed|was|were|went|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|surged|slipped)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex Continuation();

    /// <summary>What joins a period to the amount it owns, the whole text between them: "'s ", "’s total of ", "'s peak of \"".</summary>
    [GeneratedRegex(@"^['’]s\s+(?:(?:level|total|figure|peak|record|high|low|tally|value|import\s+bill|export\s+earnings)\s+(?:of|at)\s+)?[""“]?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PossessiveBeforeAmount();

    /// <summary>An amount in parentheses right where the match starts, as after a partner in a ranking: " ($21.2 billion)", " (US$ 4bn", " (729 million dollars)".</summary>
    [GeneratedRegex(@"\G\s?\(\s?(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s?[0-9]|[0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AmountInParenthesesAt();

    /// <summary>An item of a list of partners with their amounts, as a line of its own: "1. United States: 173,95 billion euros", "- China: $4.1bn", "Kenya – Sh40bn".</summary>
    [GeneratedRegex(@"^\W{0,3}(?:[0-9]{1,2}[.)]\s*)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s[A-Za-z][\w'’.-]*){0,4}\s?(?::|\s[–—-])\s*(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s?[0-9]|[0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ListItem();

    /// <summary>A sentence that goes on with a ranking of partners: "India followed with", "Kenya came second", "was third", "Germany headed the list", "Next, in order, came China", "Next on the list were Ukraine".</summary>
    [GeneratedRegex(@"\b(?:followed\s+with|came\s+(?:second|third|fourth|fifth|next)|ranked\s+(?:second|third|fourth|fifth)|(?:was|were)\s+(?:second|third|fourth|fifth|next)|(?:headed|topped|led)\s+the\s+(?:list|ranking|table)|[Nn]ext,?\s+(?:in\s+order,?\s+)?came|[Nn]ext\s+(?:on|in)\s+the\s+(?:list|ranking|table))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RankingContinuation();

    /// <summary>The words every <see cref="RankingContinuation"/> holds.</summary>
    public static readonly System.Buffers.SearchValues<string> RankingWords = System.Buffers.SearchValues.Create(["followed", "second", "third", "fourth", "fifth", "next", "Next", "the list", "the ranking", "the table"], StringComparison.Ordinal);

    /// <summary>A span of two years: "between 2007 and 2022", "from 2010 to 2014".</summary>
    [GeneratedRegex(@"\b(?:between\s+(?<y>" + Year + @")\s+and|from\s+(?<y>" + Year + @")\s+(?:to|until|through))\s+(?:19|20)[0-9][0-9]\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex YearSpan();

    /// <summary>A number with a decimal comma: "9,8", "229,3" (one or two digits after the comma).</summary>
    [GeneratedRegex(@"[0-9],[0-9]{1,2}(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex DecimalCommaNumber();

    /// <summary>A number whose thousands are grouped by dots, twice or more: "4.929.082" (one dot could be a decimal point).</summary>
    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,3}\.[0-9]{3}\.[0-9]{3}(?![0-9,]|\.[0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex DotGroupedNumber();

    /// <summary>Millions written as Spanish and Portuguese write them and translations keep them, a dot grouping the thousands
    /// and the currency named after: "4.700 million dollars" ("4.700 millones de dólares"), where an English text writes
    /// "4,700 million dollars".</summary>
    /// <remarks>Not after a sign or a code: the Pakistani press writes "US $501.000 million" for $501m.</remarks>
    [GeneratedRegex(@"(?<![0-9.,$€£¥₹]|[$€£¥₹A-Z]\s)[0-9]{1,3}\.[0-9]{3}\s(?:million|millones)\s(?:US\s)?(?:dollars|euros|pesos|reais)\b", RegexOptions.CultureInvariant)]
    public static partial Regex DotGroupedMillionsNamed();

    /// <summary>Millions written with a dot before three digits, as Spanish and Portuguese group thousands: "US$1.390 million".</summary>
    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,3}\.[0-9]{3}\s?(?:million|millones|milh[õo]es)\b", RegexOptions.CultureInvariant)]
    public static partial Regex DotGroupedMillions();

    /// <summary>A number with a decimal point: "9.8", "229.35" (one or two digits after the point).</summary>
    [GeneratedRegex(@"[0-9]\.[0-9]{1,2}(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex DecimalPointNumber();

    /// <summary>The later level of a change and the change in percent, right after the level it started from: " to 680 M€
    /// (-25.7% year on year)", " to $385 million, up 19.6%".</summary>
    [GeneratedRegex(@"^\s+to\s+[^;:()%]{1,30}?[\s,]\(?\s*(?:(?:up|down|an?\s+(?:rise|increase|fall|drop|decrease|decline)\s+of)\s+)?[-+−–]?\s?[0-9]+(?:[.,][0-9]+)?\s?(?:%|per\s?cent|percent)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ToALevelAndItsChangeAfter();

    /// <summary>The later level of a change, from right after the level it started from to the period written with it: " to
    /// N$754 million in ", " to 738 thousand euros in ".</summary>
    [GeneratedRegex(@"^\s+to\s+(?=[^,;()]*[0-9])[^,;()]{1,40}?\s(?:in|during)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ToALevelThenItsPeriod();

    /// <summary>The later level of a change, right after the level it started from: " to 228,1 billion", " to about $5.2bn".</summary>
    [GeneratedRegex(@"^\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|under)\s+)?(?:US\$|\$|€|£|[A-Z]{1,3}\$|[A-Z]{2,3}\s?)?[0-9]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ToALevelAfter();

    /// <summary>The pair spoken of as two: "the two countries", "both nations", "the two sides", "between them".</summary>
    [GeneratedRegex(@"\b(?:the\s+two\s+(?:countries|nations|sides|neighbou?rs|economies|states)|both\s+(?:countries|nations|sides)|between\s+them)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ThePairAsTwo();

    /// <summary>A word for the present at the end of a text: "now ", "currently ", "already ".</summary>
    [GeneratedRegex(@"\b(?:now|currently|already|presently|today)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex NowBefore();

    /// <summary>An exact rise in percent in parentheses, at the start of a text or after a few words without a number: " since
    /// 2021 (+141%)", " (up 351 per cent)".</summary>
    [GeneratedRegex(@"\G[^().;0-9]{0,12}(?:(?:19|20)[0-9]{2})?\s*\(\s*(?:\+|up\s+)\s?(?<p>[0-9]+(?:[.,][0-9]+)?)\s?(?:%|per\s?cent|percent)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ExactChangeInParentheses();

    /// <summary>"ranging from", "in a range from": the start of a range, at the end of the text before its first number.</summary>
    [GeneratedRegex(@"\b(?:rang(?:e|es|ed|ing)|anywhere|somewhere|vary|varies|varied|varying)\s+from$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex RangeFromBefore();

    /// <summary>A unit stated once for the bare numbers after it: "(in million US$)", "in million dollars", "(all values in
    /// US$ millions)", "(figures in IRs crores)", "in millions of US dollars", "in US dollar millions"; never after a number ("5 million").</summary>
    [GeneratedRegex(@"(?<![0-9][.,]?\s?)\b(?:(?:all\s+)?(?:values|figures|amounts|data)\s+)?[Ii]n\s+(?:(?<pre>US\$|USD|IRs|INR|Rs\.?|EUR|€)\s?|(?<pre>(?:US\s+)?dollar|euro)\s)?(?<scale>millions?|billions?|crores?|lakhs?|thousands?)(?:\s+(?:of\s+)?(?<post>US\$|USD|(?:US\s+)?dollars|euros|EUR|rupees|[A-Z]{3}(?![a-z])))?(?=\s*[),:;]|\s*$|\s+\()", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex DeclaredUnitOf();

    /// <summary>A number written with no unit or currency, as tables written out as prose give them under a unit stated once:
    /// "74.79", "1012.98", "1 286 718"; not a percentage, an ordinal, a range, part of a date or an amount with its own unit.</summary>
    [GeneratedRegex(@"(?<![\w.,/$€£¥₹(–-]|[A-Z]{2,3}\s|[A-Za-z]\s(?=[0-9]{1,2}\s(?![0-9]{3}(?![0-9]))))(?<num>[0-9]{1,3}(?:[ ,][0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:[.,][0-9]+)?)(?![\w%/–-]|[.,][0-9]|\)|\s?(?:%|per\s?cent|percent|per\s|million|billion|bn|mn|m\b|tonnes|tons|units)|\s+(?:" + Month + @"))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex BareNumber();

    /// <summary>"from" just before an amount: a baseline or a starting level ("from its present $143 billion").</summary>
    [GeneratedRegex(@"\bfrom\s+(?:(?:a|the|its|their|about|around|almost|nearly|over|just|under|some|roughly|less\s+than|more\s+than|current|present|existing|today['’]s)\s+){0,3}(?:level\s+of\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex FromBefore();

    /// <summary>Words that make a year or period a starting point or a comparison's rather than the period of a level ("more than in 2017", "more than in the first half of 2023", "55.7% above January-April 2004", "5.6 percent in 2005 over 2004", "a 30.4 percent increase over 1999", "compared with the same period last year", "of the corresponding quarter last year", "a sum similar to 2022", "since comparable statistics begin in 1947"; "at the end of 2020", "the whole of last year", "the pandemic year of 2020" and "on the results of 2022", as translations from Russian write it, are periods).</summary>
    [GeneratedRegex(@"\b(?:since|from|by|until|till|before|after|(?:same|corresponding)\s+(?:(?:" + Count + @")\s+)?(?:period|months?|quarter|half|time)(?:\s+(?:of|in)\s+the)?|(?:records?|statistics|data)\s+(?:[\w-]+\s+)?(?:began|begin|started|start)\s+in|(?:compared\s+(?:to|with)|than|versus|against|similar\s+to|comparable\s+to|in\s+line\s+with|on\s+a\s+par\s+with|the\s+same\s+as)(?:\s+(?:in|during|for))?(?:\s+the)?|(?:above|below|over|on)(?<=(?:%|\bper\s?cent|\bpercent)\s+(?:(?:more|less|higher|lower|up|down|increase|rise|decrease|decline|fall|drop|growth|gain|jump)\s+)?(?:in\s+(?:19|20)[0-9]{2}\s+)?(?:above|below|over|on))(?:\s+the(?:\s+same\s+(?:period|months?|quarter)\s+(?:of|in))?|\s+same\s+(?:period|months?|quarter)\s+(?:of|in))?|(?<!\b(?:end|middle|beginning|start|close|whole|all|course|as|year|results|outcomes?|basis)\s)of)\s+(?:the\s+(?:end|middle)\s+of\s+|end-|mid-|(?<=\bfrom\s+)(?:its|their)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex NotAPeriodBefore();

    /// <summary>"a year", "per year", "annually": a yearly rate stated at the time of writing; not "a year earlier".</summary>
    [GeneratedRegex(@"^\s*(?:a|per|each|every)\s+year\b(?!\s+(?:earlier|before|ago)\b)|^\s*annually\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex YearlyAfter();

    /// <summary>A period's year named by a back-reference: "(of) that year", "(of) the same year", matched from the end of the period's words.</summary>
    [GeneratedRegex(@"^\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ThatYearAfter();

    /// <summary>The last year written in a stretch of text, searched from its end.</summary>
    [GeneratedRegex(@"\b(?<y>" + Year + @")\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    public static partial Regex LastYearWritten();

    /// <summary>The year under way named after a period without its year: "(the first eleven months) of the year", "of this year", "of the current year".</summary>
    [GeneratedRegex(@"^\s+(?:of\s+|in\s+)?(?:this|the\s+current|the)\s+year\b(?!\s+(?:before|earlier|ago|to|ending|ended)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ThisYearAfter();

    /// <summary>The year before named after a month or a run of months: "(January-September) of the previous year", "of last year", "(December) last year".</summary>
    [GeneratedRegex(@"^\s+(?:of\s+)?(?:the\s+)?(?:previous|preceding|last|past)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex OfThePreviousYearAfter();

    /// <summary>The words before a year that make it the year of the same months as the period before ("than in the same months
    /// of 2023, when shipments came to $602m"), matched at the end of the text before the year.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:same|corresponding|like)\s+(?:(?:" + Count + @")\s+)?(?:months|period|time|part|stretch|months\s+period)\s+(?:of|in)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex SamePeriodBefore();

    /// <summary>"The same months of this year" right after an amount: "(to $5.0bn) in the same months of this year", "during the
    /// corresponding period of the current year".</summary>
    [GeneratedRegex(@"^\s+(?:in|during|for|over)\s+the\s+(?:same|corresponding|like)\s+(?:(?:" + Count + @")\s+)?(?:months|period|time|part|stretch)\s+(?:(?:of|in)\s+)?(?:this|the\s+current)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex SameMonthsThisYearAfter();

    /// <summary>A partner described by its region at the head of its clause: "The European country", "the Gulf state", "the
    /// Central Asian republic", "the East African nation"; group <c>r</c> is the region's adjective.</summary>
    [GeneratedRegex(@"(?:^|[,;:]\s*)\W*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?<r>(?:(?:Central|Southeast|South|East|West|North|Northern|Southern|Western|Eastern)\s+)?(?:European|Asian|African|American)|Latin\s+American|Caribbean|Andean|Pacific|Gulf|Middle\s+Eastern|Nordic|Baltic|Balkan|Scandinavian)\s+(?:country|nation|kingdom|republic|state|economy|island\s+nation|neighbou?r)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RegionDescriptor();

    /// <summary>Words that name the reporter's trade with the world: "exports to the world", "trade with the rest of the world",
    /// "the country's exports", "the country's total imports"; not the whole a share is "of" ("15 percent of the country's
    /// total trade").</summary>
    [GeneratedRegex(@"(?<!\bof\s+)\b(?:(?:exports|imports|trade|sales|shipments)\s+(?:to|from|with)\s+the\s+(?:whole\s+|rest\s+of\s+the\s+)?world|the\s+country['’]s\s+(?:total\s+|overall\s+|global\s+)?(?:exports|imports|trade|foreign\s+trade))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ReportersWorldTrade();

    /// <summary>Words that make a time the time of an event, matched at the end of the text before the time: an event set for a
    /// time ahead ("is planned for (October)", "scheduled for", "will be held in", "due to take place in") or the telling of
    /// the numbers ("the statistics office said in (March)", "published on", "announced in"), or a part of the period ("the dispute over miraa exports in early 2016", "mid-2019"), or a step taken at a time ("banned the import of hundreds of products in (June last year)", "signed the agreement in", "had already overtaken the United States in").</summary>
    [GeneratedRegex(@"\b(?:(?:planned|scheduled|slated|due|(?:will|to)\s+be\s+held|(?:will|to)\s+take\s+place)\s+(?:to\s+(?:be\s+held|take\s+place|open|start|begin)\s+)?(?:for|in|on|during)|(?:said|announced|published|released|disclosed)\s+(?:on|in))\s+$|\b(?:early|late|mid-?)\s*$|\b(?:banned|imposed|introduced|lifted|suspended|signed|ratified|visited|had\s+(?:already\s+)?overtaken)\b[^.;,:0-9$€£%]{0,70}\s(?:in|on)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex TimeOfAnEventBefore();

    /// <summary>A percentage written as a level a change went from or to ("up from 9.72%", "rose to about 15%"; not "close to
    /// 10%" or "by up to 10%"), matched at the end of the text before its number.</summary>
    [GeneratedRegex(@"\b(?:from|(?<!\b(?:close|by\s+up)\s)to)\s+(?:(?:almost|nearly|about|around|over|more\s+than)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PercentLevelBefore();

    /// <summary>A past change from one level to another that ends in "by", at the end of the text before a period: "jumped
    /// from $13 million in 2010 to $39 million by", "rose from R205bn in 2012 to R270bn by the end of".</summary>
    [GeneratedRegex(@"\b(?:rose|risen|grew|grown|increased|climbed|jumped|surged|soared|expanded)\s+(?:[^.;:]{0,40}?\s)?from\s[^.;:]{1,50}?\sto\s+[^\s;:]*[0-9][^.;:]{0,30}?\s+by\s+(?:the\s+end\s+of\s+|end-)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PastRiseToLevelBy();

    /// <summary>"Reaching" right before an amount: "(with turnover) reaching about", "hitting", the "to" of "from $43.3 billion in FY21 to".</summary>
    [GeneratedRegex(@"(?:\b(?:reaching|hitting|topping|totall?ing|amounting\s+to|standing\s+at)|\bfrom\s+[^;:]{1,40}?\s+to)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|an\s+estimated)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ReachingBefore();

    /// <summary>A record before "since": "its lowest level (since 2003)", "the highest (since)", "the fastest rate (since 2005)", "a record high".</summary>
    [GeneratedRegex(@"\b(?:lowest|highest|weakest|strongest|best|worst|biggest|largest|smallest|fastest|slowest|sharpest|steepest|deepest|record)\b[^.;,0-9]{0,24}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex RecordBefore();

    /// <summary>A sentence that opens on the same period a year before: "In the same period of last year,", "During the
    /// corresponding months of the previous year".</summary>
    [GeneratedRegex(@"\G\W*(?:In|During|For|Over|And\s+in)\s+the\s+(?:same|corresponding)\s+(?:(?:" + Count + @")\s+)?(?:period|months|quarter|half|stretch|months\s+period)\s+(?:of|in)\s+(?:last|the\s+previous|the\s+preceding)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex SamePeriodLastYearAtStart();

    /// <summary>The comparison a change opens right after it: "(3.8% more) than Mexico shipped", "than in".</summary>
    [GeneratedRegex(@"^\s*(?:more|less|higher|lower|above|below)?\s*than\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ThanClauseAfter();

    /// <summary>A yearly rate right after a percentage: "(9%) a year", "per annum", "annually", "on average".</summary>
    [GeneratedRegex(@"^\s*(?:a\s+year|per\s+year|per\s+annum|annually|each\s+year|every\s+year|on\s+average)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex YearlyRateAfter();

    /// <summary>A span of several years an amount is summed over: "over the past ten years", "in the last five years", "over that decade", "cumulatively".</summary>
    [GeneratedRegex(@"\b(?:(?:over|in|during|for|across|within)\s+(?:the\s+)?(?:past|last|previous|preceding)\s+(?:(?:[0-9]{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|few)\s+years|decades?|two\s+decades)|over\s+(?:that|the|this)\s+decade|cumulative(?:ly)?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex SeveralYearsSpan();

    /// <summary>A span of years of unnamed length right after a change: "(has risen fivefold) in recent years", "over the
    /// years", "over the past few years", "in the last decade".</summary>
    [GeneratedRegex(@"^\s*(?:in|over|during|across)\s+(?:recent\s+years|the\s+years|the\s+(?:past|last|previous)\s+(?:(?:few|several|couple\s+of)\s+years|decades?))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex UnnamedYearsAfter();

    /// <summary>An average before an amount, a level over several periods rather than one period's: "an average of somewhere between", "averaged under", "averaging about".</summary>
    [GeneratedRegex(@"\b(?:an?\s+average\s+of|averag(?:ed|ing))\s+(?:(?:somewhere|anywhere|between|about|around|some|nearly|almost|over|under|just|only|roughly|below|above|less\s+than|more\s+than)\s+){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex AverageLevelBefore();

    /// <summary>An average before a percentage: "(grown) by an average of", "an average annual", "at an average rate of".</summary>
    [GeneratedRegex(@"\ban?\s+average\s+(?:(?:annual|yearly)\s+)?(?:(?:growth\s+)?rate\s+)?(?:of\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex AverageBefore();

    /// <summary>The words before a country a level is compared with: "larger than our trade with (Latvia)", "than (Estonia)",
    /// "larger than with India, (Canada) or (Kazakhstan)".</summary>
    [GeneratedRegex(@"\b(?:than|compared\s+(?:to|with))\s+(?:(?:our|its|their|the|that|those)\s+)?(?:(?:trade|exports|imports|sales|turnover)\s+)?(?:(?:with|to|from|of)\s+)?(?:(?:the\s+)?[A-Z][\w-]*(?:,|\s+or|\s+and)\s+)*(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ComparedCountryBefore();

    /// <summary>A word of growth right after a percentage: "(to about 4%) growth", "a rise", "an increase".</summary>
    [GeneratedRegex(@"^\s*(?:growth|increase|rise|gain|expansion|decline|drop|fall|decrease|contraction)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex GrowthAfter();

    /// <summary>A verb of change right before an amount: "exports up A$9.1b", "fell A$34.2b", "rising by about $2bn".</summary>
    [GeneratedRegex(@"\b(?:up|down|rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|increasing|decreased|decreasing|dropped|dropping|declined|declining|climbed|climbing|jumped|jumping|slipped|slipping|gained|surged|soared|plunged|slumped|shrank|shrunk)\s+(?:(?:by|about|around|some|nearly|almost|over|just|only)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ChangeVerbRightBefore();

    /// <summary>What follows an amount that is a change rather than a level: its share in parentheses ("A$34.2b (29.8%)"),
    /// or the level it led to ("A$9.1b to A$212.7b", "A$7.4b at A$42.3b"), matched from the amount's end.</summary>
    [GeneratedRegex(@"^\s*(?:\(\s*[+−–-]?[0-9]+(?:[.,][0-9]+)?\s?(?:%|per\s?cent)\s*\)|,?\s*(?:to|at)\s+(?:(?:about|around|some|nearly|almost|over|just|only)\s+)?(?:[A-Z]{0,3}\s?[$€£¥₹]|[0-9]))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ChangedLevelOrShareAfter();

    /// <summary>A year written soon after a run of months ("January–August in 2016"), matched from the end of the run.</summary>
    [GeneratedRegex(@"^[^0-9]{0,12}?\b(?<y>" + Year + @")\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex YearSoonAfter();

    /// <summary>
    /// Words soon after an amount that date it a year before another period of the sentence, or in the same months of another
    /// year, or a month before a month: "from $4.5 billion a year earlier", "the $2.9 billion recorded in the same months of
    /// 2023", "down from US$34.56m a month earlier", "on the $70.66 million of the previous fiscal year", "the $5.1 billion of the first eight months of last year".
    /// </summary>
    [GeneratedRegex(
        @"^[^.;0-9$€£¥₹]{0,25}?\b(?:(?:the\s+)?(?:same|corresponding)\s+(?:(?:" + Count + @")\s+)?(?:months|period|quarter|half|semester|time)\s+(?:(?:of|in)\s+(?<y>" + Year + @")(?<fy>[/–-][0-9][0-9](?![0-9]))?|(?:of\s+)?(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|before|ago))|(?:the\s+)?first\s+(?:(?:" + Count + @")\s+)?(?:months|quarter|half)\s+of\s+(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|preceding)\s+(?:(?:fiscal|financial)\s+)?year|the\s+year\s+before|(?<month>a\s+month\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+month|the\s+month\s+before))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex EarlierPeriodAfter();

    /// <summary>The words before the level a change is measured against: "up 88.4 percent from", "57.2 percent more than the", "up from", "rose 77.9% to KSh 56.8 billion from", "against"; not a bare "more than", which qualifies a level.</summary>
    [GeneratedRegex(@"(?:[0-9]\s?(?:%|per\s?cent|pc)\s+(?:(?:more|less|higher|lower|up|down|above|below)\s+)?(?:from|on|over|than|against|compared\s+(?:with|to))|\b(?:up|down)\s+from|(?:%|per\s?cent|pc)\s+to\s+(?:[^.;%]|\.[0-9]){1,30}?\s+from|\b(?:against|compared\s+(?:with|to)|versus|vs\.?))\s+(?:(?:the|a|just|only|about|around|some|roughly|nearly|almost)\s+)*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ChangeReferenceBefore();

    /// <summary>The words between the parenthesis and an amount that restates the one before it: "about", "or", "nearly", "equivalent to", "some".</summary>
    [GeneratedRegex(@"^(?:(?:about|around|approximately|roughly|some|or|nearly|almost|over|more\s+than|equivalent\s+to|equal\s+to|worth|i\.e\.)\s*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ConversionWords();

    /// <summary>A flow a country owns, matched from the country's end: "'s purchases", "’s imports", "'s total exports".</summary>
    [GeneratedRegex(@"^['’]s\s+(?:(?:total|overall)\s+)?(?:purchases|imports|exports|sales|shipments|buying)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex OwnedFlowAfter();

    /// <summary>The whole a share is of, written after it: "9,8% of Argentina's total sales abroad, which came to", "20,4% of the country's imports, which totalled".</summary>
    [GeneratedRegex(@"(?:%|\bper\s?cent|\bpercent)\s+of\s+[^;%]{1,60}?,\s+which\s+(?:came\s+to|totall?ed|amounted\s+to|reached|stood\s+at|was|were)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex WholeOfAShareBefore();

    /// <summary>A trade verb right after a country, its subject: " supplied", " also bought", " shipped", " received US$ 377.282 million".</summary>
    [GeneratedRegex(@"^\s+(?:(?:also|then|alone|itself)\s+)?(?:supplied|bought|sold|shipped|purchased|imported|exported|delivered|(?:took|received)(?=\s+(?:" + AmountStart + "|" + GoodsWorth + @")))\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TradeVerbAfter();

    // A continent or a part of one: "Asia", "West Africa", "Latin America", "Sub-Saharan Africa".
    private const string Continent = @"(?:(?:Central|South[\s-]?East|Southeast|East|West|North|Latin|Sub-Saharan|sub-Saharan)\s+)?(?:Asia|Africa|America|Europe)";

    /// <summary>Trade with a region rather than a country: "trade with Asia", "exports to the continent", "imports from the EU",
    /// "sales to West Africa"; not "South Africa" or "the Central African Republic", nor the whole a share is of ("3.8% of its
    /// exports to Africa").</summary>
    [GeneratedRegex(@"(?<!\bof\s+(?:its\s+|their\s+|the\s+)?(?:total\s+)?)\b(?:exports|imports|trade|sales|shipments|purchases|exchanges)\s+(?:to|from|with)\s+(?:the\s+)?(?:" + Continent + @"|the\s+Americas|Americas|continent|Middle\s+East|Gulf(?:\s+states|\s+countries)?|ASEAN|EU|European\s+Union)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex TradeWithARegion();

    /// <summary>A region or a group of countries named as an item of a list right before its amount: "followed by ASEAN with
    /// US$12.5 billion", "Europe (N976.5bn", "the EU at €3bn"; not "South Africa", the "Central African Republic" or the "United States of America".</summary>
    [GeneratedRegex(@"\b(?<!\b(?:South|Central|of)\s)(?:" + Continent + @"|South\s+(?:Asia|America)|the\s+Americas|Oceania|(?:the\s+)?Middle\s+East|(?:the\s+)?Gulf|ASEAN|(?:the\s+)?(?:EU|European\s+Union|GCC|Mercosur|MERCOSUR|EAEU|Eurasian\s+Economic\s+Union|CIS|COMESA|SADC|ECOWAS|EAC))\s*(?:,\s*)?(?:with|at|\(|:)\s*(?:(?:about|around|some|nearly|almost|over|just\s+under|more\s+than)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RegionItemBefore();

    /// <summary>The end of a text that makes the amount after it a country's total with the world: "forecasts total exports of", "total imports at", "overall trade worth about".</summary>
    [GeneratedRegex(@"\b(?:total|overall|global)\s+(?:exports|imports|trade|sales|purchases)\s+(?:of|at|to|worth)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex WorldTotalBefore();

    /// <summary>A group of countries whose own trade the words give: "the EAEU's trade with Iran", "The Union's exports", "the bloc's imports".</summary>
    [GeneratedRegex(@"\b(?:EAEU|EU|European\s+Union|Eurasian\s+Economic\s+Union|ASEAN|Mercosur|GCC|CIS|Union|bloc)['’]s\s+(?:total\s+|foreign\s+|overall\s+)?(?:trade|exports|imports|turnover|sales|purchases)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex GroupsOwnTrade();

    /// <summary>A change written right after a country, its verb left out: " by 18.6 per cent", " 24.3%", ", up 5%", " (+54.5%)", " (plus 11,5 percent)".</summary>
    [GeneratedRegex(@"^(?:,?\s+(?:(?:up|down|plus|minus)\s+)?(?:by\s+)?(?:(?:almost|nearly|about|around|over|more\s+than)\s+)?[0-9]+(?:[.,][0-9]+)?\s?(?:%|per\s?cent|percent)(?!\s+of\b)|\s*\((?:[+\-−–]|plus\s|minus\s)\s?[0-9]+(?:[.,][0-9]+)?\s?(?:%|per\s?cent|percent)\))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ItsOwnChangeAfter();

    /// <summary>An amount right after a country, as lists of partners write them, in parentheses or with the verb left out: " ($226.6mln)", " (Rs 1.05 billion)", " (138 million euros)", " (more than $1.6 billion)", " (+38%, 829 million euros)", " (up 6,3 per cent to 22,92 Mrd. Euro)", " (27.2 percent, or $1.1 billion)", ", the United States N661.1bn", "Germany NZ$849 million", "South Korea, US$ 365 million".</summary>
    [GeneratedRegex(@"^(?:\s?\(\s?(?:(?:(?:up|down)\s+(?:by\s+)?)?[+−–-]?[0-9]+(?:[.,][0-9]+)?\s?(?:%|per\s?cent|percent)(?:,\s*(?:or\s+)?|\s+to\s+))?(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly|just\s+over|under|less\s+than)\s+)?(?:[$€£¥₹]|[A-Z][A-Za-z]{0,3}\.?\s?\$?\s?[0-9]|[0-9][0-9.,]*\s?(?:mln|bln|bn|m\b|(?:" + LargeScaleWord + @")\b))|,?\s(?:[$€£¥₹]\s?|[A-Z][A-Za-z]{0,3}\$\s?|[A-Z][A-Za-z]{0,3}\s?(?=[0-9]))[0-9])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ListedAmountAfter();

    /// <summary>A country ranked without an amount of its own, matched around it: "Poland was the top buyer", "China remained the second-largest supplier", "ahead of Poland", "followed by Spain".</summary>
    [GeneratedRegex(@"^\s+(?:was|is|remained|stayed|became)\s+(?:the|its|their)\s+(?:(?:second|third|fourth|fifth)[\s-]+)?(?:top|largest|biggest|main|leading|chief|principal)\s+(?:buyer|supplier|market|partner|destination|source|customer|importer|exporter|trading\s+partner)s?\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RankedAfter();

    /// <summary>The words before a country ranked after another: "ahead of", "ahead of Poland and of", "followed by", "behind".</summary>
    [GeneratedRegex(@"\b(?:ahead\s+of|followed(?:\s+closely)?\s+by|behind)(?:\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+and(?:\s+of|\s+by)?)?\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RankedBefore();

    /// <summary>A country followed by its own amount in a ranking, matched from the country's end: "India followed with 4.2 billion riyals", "the US with $15.4bn", "Kenya came second, with Sh5bn", "Kenya, fifth, with $356m", "Iran in ninth with $3.5bn", "The USA ranked second with purchases of Rs 5.75 billion", "Singapore at $281.74 million", "China remained the largest supplier in January with USD 1.1 billion", "China led with N1.41trn", "the United States with US$ 632 million", "Azerbaijan, above $1 bln", "The Netherlands took second place with goods trade of 161,3 billion euros".</summary>
    [GeneratedRegex(@"^(?:,?\s+(?:came|was|ranked|followed|led|leads|topped|tops|headed|heads|placed|next|took|takes|held|holds|occupied|occupies|(?:(?:in|at)\s+(?:the\s+)?)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|remained|stayed|became)\b(?:[\s,]+[\w-]+){0,5}?)?,?\s+(?:with|at|above|below|under)\s+(?:(?:(?:(?:goods|foreign|bilateral|two-way|total)\s+)?(?:trade(?:\s+turnover)?|turnover)|purchases|sales|imports|exports|shipments|goods|deliveries)\s+(?:of|worth)\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|less\s+than|just\s+(?:over|under)|under|roughly|an\s+estimated)\s+)?(?:[$€£¥₹]|[A-Z][A-Za-z]{0,3}\.?\s?\$?\s?[0-9]|[0-9]|[a-z]+\s+(?:billion|million|trillion)\b)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex WithItsAmountAfter();

    /// <summary>What joins a comparison's period to its own level after it: "26.2% on 2023, when they stood at", "below 2011, the all-time high at about", "above the 2021 level of".</summary>
    [GeneratedRegex(@"^\s*(?:,\s*(?:when\b|the\s+(?:[\w-]+\s+){0,4}?(?:at|of|with)\b)[^0-9;,]{0,30}|\s(?:level|figure|total)\s+of\s+(?:(?:about|around|some|nearly|almost)\s+)?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LevelOfTheComparedPeriod();

    /// <summary>What may stand between "a year earlier" and the earlier period written out: ", in the", " (".</summary>
    [GeneratedRegex(@"^\s*[,(]?\s*(?:(?:in|during|for|i\.e\.)\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PeriodRestated();

    /// <summary>The end of a text that names the period after it as the earlier one of a comparison: "a year earlier, in", "the year before, in", "from $2.978 billion in", "from USD 5.5 billion in", "from the US$ 2.66 billion recorded in", "compared with USD 8.7 billion in", "after 159,0 billion euros in", "after an upwardly revised ¥154.55 billion shortfall in", "against a surplus of +249 million euros in the", "climbed 11.1% against 2006", "against only 8.19 billion FCFA the", "compared with", "compared with the same seven months of the", "23.5 percent on the $912.8 million sent in".</summary>
    [GeneratedRegex(@"(?:\b(?:earlier|before|ago)\s*[,(]?\s*|\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+(?:same|corresponding|like)\s+(?:[\w-]+\s+){0,3}?(?:of|in)\s+)?|\b(?:from|against|compared\s+(?:with|to)|versus|after|(?<=(?:%|\bper\s?cent|\bpercent)\s+)(?:on|above|below|over))\s+(?:the\s+)?(?:(?:about|around|some|nearly|almost|roughly|only|just|merely|barely)\s+)?(?:an?\s+(?:surplus|deficit)\s+of\s+)?(?:an?\s+(?:(?:upwardly|downwardly)\s+)?revised\s+)?[+-−]?(?:[A-Z]{0,3}[$€£¥₹]\s?|(?-i:[A-Z]{3})\s)?[0-9][0-9.,]*\s?(?:[a-z]+\s+){0,3})(?:(?:in|during|for)\s+)?(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex EarlierBeforePeriod();

    /// <summary>The word before a month written without its year that makes it a period: "in", "for", "during", "last", "this"; not after "begins in".</summary>
    [GeneratedRegex(@"(?<!\b(?:begins?|began|starts?|started|ends?|ended)\s+)\b(?:in|for|during|last|this)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LoneMonthBefore();

    /// <summary>The word after a month written without its year that makes it a period: "June figures", "June exports", "June
    /// alone", "June on its own", and the possessive ("June's $5 million").</summary>
    [GeneratedRegex(@"^['’]s\b|^\s+(?:figures|data|statistics|numbers|trade|exports|imports|shipments|sales|alone|on\s+its\s+own|by\s+itself)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex LoneMonthAfter();

    /// <summary>The words that make the period after them the one a change is measured against, at the end of the text between
    /// a percentage and the period: "on", "compared with", "than in", "against" ("up 4.4 percent on the first ten months of
    /// 2023"); not "since" (a starting point), "over" or "from" (often the period of the change itself: "rose 5% over
    /// January-October"), nor "the same period of" (whose period is another's).</summary>
    [GeneratedRegex(@"\b(?:on|compared\s+(?:to|with)|than(?:\s+in)?|against|versus|vs\.?)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ComparedPeriodLead();

    /// <summary>A sentence that says when the fiscal year runs: "The Indian financial year runs from April to March", "India's fiscal year begins in April", "a fiscal year starting in July".</summary>
    [GeneratedRegex(@"\b(?:fiscal|financial)\s+year\s+(?:runs|run|ran|starts|start|started|starting|begins|begin|began|beginning)\s+(?:from\s+|in\s+|on\s+)?(?:(?:1|1st|the\s+first\s+of)\s+)?(?<m>" + Month + @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex FiscalYearStated();

    /// <summary>The words between a balance and the flow word it is of: "in", "in its", "of", "on", after a side it favours ("in Brazil's favour in its", "in favour of Kenya in").</summary>
    [GeneratedRegex(@"^\s*(?:in\s+(?:[\w-]+['’]s\s+)?favou?r(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+)?(?:in(?:\s+(?:its|their|the))?|of|on)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex BalanceOfLink();

    /// <summary>"from" or "between" right before a run of months, which belongs to the run rather than making it a starting point.</summary>
    [GeneratedRegex(@"\b(?:from|between)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex RunLead();

    /// <summary>A rise aimed at or promised, written as an amount after the thing raised: "ready to lift its exports of 40 types of goods by $550 million", "to increase trade with Chile by $1bn" (read only where "by " stands before the amount).</summary>
    [GeneratedRegex(@"\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|increas(?:e|es|ing)|expand(?:s|ed|ing)?|grow|add(?:s|ed|ing)?)\b[^,;:.$€£¥₹]{0,60}\sby\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|approximately|an\s+estimated|another|a\s+further)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex RaiseByBefore();

    /// <summary>An amount, at most three words of its own (its unit and currency) and the word that joins it to the country after it: "30 billion US dollars with ", "$5bn to the ", "$39.26 billion exchanged between Taiwan and "; not "$200 billion and trade with ".</summary>
    [GeneratedRegex(@"^[^\s,;:()]+(?:\s+(?!(?:and|or|while|but|trade|exports|imports)\b)[^\s,;:()]+){0,3}\s+(?:with|to|from|between\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+and)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AmountThenItsPartner();

    /// <summary>Words that point back to a period named before by its length: "in the quarter", "for the half", "for the semester", "in the five months", "over those 10 months", "of the ten-month figure".</summary>
    [GeneratedRegex(@"\b(?:(?:during|in|over|for|within|across)\s+(?:the|that|this|those|these)\s+(?:(?<quarter>quarter)|(?<half>half|semester)|(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|[2-9])\s+months)\b(?!\s+(?:of|to|ended|ending)\b)|(?:of|in|for)\s+the\s+(?:(?<half>half-year)|(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|1[01]|[2-9])-month)\s+(?:figure|total|tally|period)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PointsBackByLength();

    /// <summary>Words that point back to a period named before: "during the period", "over the same period", "over the seven months", "in those months".</summary>
    [GeneratedRegex(@"\b(?:during|in|over|for|within|across)\s+(?:the|that|this|those|these)\s+(?:same\s+)?(?:period|months|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[0-9]{1,2})\s+months)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PointsBackToAPeriod();

    /// <summary>A goal word as the subject of the level verb before an amount: "the objective remains US$5 billion", "its strategic target was $868m", "the goal is $10bn".</summary>
    [GeneratedRegex(@"\b(?:target|goal|objective|aim|ambition)s?\b(?:\s+[\w-]+){0,5}?\s+(?:is|was|remains|remained|stands\s+at|stood\s+at)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|now|still|set\s+at)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex GoalWordAsSubjectBefore();

    /// <summary>A level a past change arrived at: "gained 2.0 billion shillings to reach 40.3 billion", "rose 12% to reach $5bn", "grew by 32% to reach a record $172.4bn", "had grown fourteenfold over the past seven years to reach 658 million dollars", "increased by nearly 72 percent to surpass $3.6 billion" (read only where one of <see cref="ReachVerbs"/> stands before the amount); not a reach expected or aimed at in a clause of its own ("expanded to $36.3bn in 2014, and it is expected to reach $40bn this year").</summary>
    [GeneratedRegex(@"\b(?:gained|rose|risen|grew|grown|increased|climbed|jumped|surged|soared|added|expanded|fell|fallen|dropped|declined)\b(?:(?!\b(?:expect|forecast|project|aim|target|plan|hope|likely|will\b|should\b|could\b|set\s+to)|,\s+and\b)(?:[^;:.]|\.(?=[0-9]))){0,50}?\bto\s+(?:reach|surpass|cross|exceed|top|hit|touch)\s+(?:(?:a|an)\s+(?:(?:new|all-time)\s+)?(?:record|high)(?:\s+high)?\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ReachedAfterAChange();

    /// <summary>The reaches <see cref="ReachedAfterAChange"/> reads after a change: "to reach", "to surpass", "to cross".</summary>
    public static readonly System.Buffers.SearchValues<string> ReachVerbs = System.Buffers.SearchValues.Create(
        ["to reach", "to surpass", "to cross", "to exceed", "to top", "to hit", "to touch"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A change written as an amount: "rose by $102m", "fell by about $1bn", "shrank by $3 million", "edged up by" (read only where "by " stands before the amount).</summary>
    [GeneratedRegex(@"\b(?:rose|risen|rises|grew|grown|grows|increased|increases|jumped|jumps|climbed|climbs|fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|contracted|contracts|expanded|expands|slipped|slumped|plunged|plummeted|tumbled|surged|soared|advanced|gained|widened|narrowed|edged\s+(?:up|down|higher|lower)|went\s+(?:up|down)|goes\s+(?:up|down)|up|down|higher|lower)\s+by\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly|approximately|an\s+estimated)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ChangeByBefore();

    /// <summary>A change measured against the period just before: "than the previous month", "month on month", "q-o-q", and one of a run of monthly changes ("for a fourth month in a row", "the third consecutive monthly decrease").</summary>
    /// <remarks>Apart from <see cref="Reference"/>, and tried only on clauses that hold one of its phrases ("month on",
    /// "previous quarter"): its first words are among the commonest.</remarks>
    [GeneratedRegex(@"(?<prevm>(?:than|from|over|on|compared\s+(?:to|with)|against)\s+(?:in\s+)?(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:month|quarter)|month[\s-]on[\s-]month|quarter[\s-]on[\s-]quarter|m-o-m|q-o-q|(?<run>(?:[\w-]+\s+)?month\s+in\s+a\s+row|(?:consecutive|straight|successive)\s+month(?:ly\s+(?:decrease|increase|decline|drop|fall|rise|gain))?))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex PreviousPeriodReference();

    /// <summary>A count of months right before "months to August": "five", "12".</summary>
    [GeneratedRegex(@"\b(?<n>" + Count + @")\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex CountBefore();

    /// <summary>An amount said to go the other way, matched from the amount: "$3.7bn flowing the other way", "$2bn in the opposite direction".</summary>
    [GeneratedRegex(@"^(?:[^.;]|\.[0-9]){0,40}?\b(?:the\s+other\s+way|the\s+(?:other|opposite|reverse)\s+direction)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex OtherWayAfter();

    /// <summary>The words between a country and the verb it is the subject of: ", which", " that", ", which in turn".</summary>
    [GeneratedRegex(@"^,?\s+(?:which|that|who)\s+(?:[a-z]+\s+){0,2}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex RelativeSubjectBetween();

    /// <summary>A break between two clauses: "; ", ", while", "whereas", "but".</summary>
    [GeneratedRegex(@";|\b(?:while|whereas|but)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex ClauseBreak();

    /// <summary>The words from a flow word to its own amount written after it: "exports of US$433m", "imports worth $1bn", "exports at $2bn".</summary>
    [GeneratedRegex(@"^\s+(?:of|worth|at|totall?ing|amounting\s+to|stood\s+at|were|was|reached|came\s+to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:US|A|NZ|C|HK|S|R)?[$€£¥₹0-9]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex FlowBeforeItsAmount();

    /// <summary>The words from an amount to a flow word written after it: "$2.5 billion in Indonesian exports", "$5bn of imports", "$3bn worth of exports", "9,7 billion euros were imports".</summary>
    /// <remarks>The amount's own thousands separators or decimal comma ("4,831 million dinars of Tunisian exports", "35,8 Milliarden Euro were bought") are no clause break.</remarks>
    [GeneratedRegex(@"^(?:[^,;:()0-9]{0,4}[0-9]{1,3}(?:(?:,[0-9]{3})+|,[0-9]{1,2}(?![0-9])))?[^,;:()]{1,30}?\s(?:in|of|worth\s+of|were|was)\s+(?:[A-Z][\w'’-]*\s+)?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex AmountBeforeItsFlow();

    /// <summary>A sentence that speaks of reaching what the one before set: "He expects the figure to be reached soon", "We can achieve it by 2025".</summary>
    /// <summary>A goal that sets no level: "agreed to boost bilateral trade", "aim to significantly expand commerce"; the verb's first letters are in <see cref="RaiseVerbs"/>.</summary>
    [GeneratedRegex(
        @"\b(?:agreed|aim(?:s|ed)?|want(?:s|ed)?|seek(?:s|ing)?|plan(?:s|ned)?|intend(?:s|ed)?|pledged|committed|decided|resolved|vowed|determined)\s+to\s+(?:(?:further|significantly|substantially|considerably|sharply)\s+)?(?:boost|increase|expand|raise|lift|grow|enhance|step\s+up|scale\s+up)\s+(?:(?:the|their|its|our|bilateral|mutual|two-way|overall|total)\s+){0,3}(?:trade|turnover|commerce)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex GoalWithoutLevel();

    /// <summary>A part of the verb of every match of <see cref="GoalWithoutLevel"/>: a sentence without one has no such goal.</summary>
    public static readonly System.Buffers.SearchValues<string> RaiseVerbs = System.Buffers.SearchValues.Create(
        ["boost", "increase", "expand", "raise", "lift", "grow", "enhance", "step up", "scale up"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(
        @"^(?=[\s\S]*\b(?:the\s+(?:figure|target|goal|level|mark|aim|objective|volume|amount)|this|that|it)\b)(?=[\s\S]*\b(?:reach(?:ed|ing)?|achiev(?:e|ed|ing)|attain(?:ed|ing)?|meet|met|hit|reali[sz](?:e|ed|ing)|fulfil(?:l|led|ling)?|happen)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex ReachingWhatWasSet();

    /// <summary>A level stated in the present tense, as it stands now: "remains at around $50m", "stands at", "is worth", "amounts to".</summary>
    [GeneratedRegex(@"\b(?:remains?|stands?|is|are|amounts\s+to|totals)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex PresentLevel();

    /// <summary>A larger part written before the rest of an amount, at the end of the text: "1 billion ", "882 million ", "779 thousand ", "68 crore ", "one billion and ", and the thousands of millions as the Mexican press writes them: "16 mil ", "siete mil ", "mil ".</summary>
    [GeneratedRegex(@"(?<![0-9.,])\b(?:(?<n>[0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine)\s+(?<unit>billion|million|thousand|crore)|(?:(?<n>[0-9]{1,3}|dos|dois|tres|três|cuatro|quatro|cinco|seis|siete|sete|ocho|oito|nueve|nove)\s+)?(?<unit>mil))\s+(?:and\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LargerPartBefore();

    /// <summary>"last year", but not "since last year" (a starting point) or "the same period last year" and "2.5 times the previous year's level" (the earlier side of a comparison).</summary>
    [GeneratedRegex(@"\b(?:last|previous|past)(?<!\bsince\s+(?:last|previous|past))(?<!\b(?:times|than|on|over|above|below|against|versus|with)\s+(?:the\s+)?(?:last|previous|past))(?<!\b(?:same|corresponding|like)\s+(?:[\w-]+\s+){0,2}?(?:of\s+(?:the\s+)?)?(?:last|previous|past))\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex LastYear();

    /// <summary>Who announced a goal.</summary>
    [GeneratedRegex(@"\b(?:(?<presidents>presidents|heads\s+of\s+state|leaders)|(?<president>president)|(?<pms>prime\s+ministers|premiers)|(?<pm>prime\s+minister|premier)|(?<ministers>ministers)|(?<minister>minister)|(?<ambassador>ambassador)|(?<governments>governments|the\s+two\s+(?:countries|sides|nations)|both\s+(?:countries|sides))|(?<government>government|officials|authorities))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex Announcer();

    /// <summary>The text between the two ends of a range over years, after the first end's year: " in 2015 to ", " in 2015-16 to ".</summary>
    [GeneratedRegex(@"^\s*(?:in|during)\s+(?:19|20)[0-9]{2}(?:[/–-](?:[0-9]{2}|(?:19|20)[0-9]{2}))?\s+to\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    public static partial Regex YearThenTo();
}
