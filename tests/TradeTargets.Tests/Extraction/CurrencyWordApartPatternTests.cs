using System.Text.RegularExpressions;
using TradeTargets.Extraction;

namespace TradeTargets.Tests.Extraction;

/// <summary>
/// Amounts led by their number, read with their currency word apart, are what the pattern read whole finds: on every
/// sentence of the annotated passages, on sentences made at random of the pattern's own numbers, units and currency
/// names, and from every place a search can start.
/// </summary>
public class CurrencyWordApartPatternTests
{
    private static readonly Regex Pattern = new(TextPatterns.MoneyLedByNumberPattern, TextPatterns.MoneyLedByNumberOptions);

    // Every currency name the pattern reads after an amount, as a unit and as its plural, and words that start like one.
    private static readonly string[] CurrencyWords =
    [
        "dollar", "dollars", "dólares", "dolar", "euro", "euros", "pound", "pounds", "pounds sterling", "sterling", "rouble", "roubles", "ruble", "yuan",
        "renminbi", "yen", "rupee", "rupees", "dirham", "dirhams", "zloty", "zlotys", "zlotie", "zł", "lek", "leks", "lekë", "franc", "francs", "tenge",
        "hryvnia", "hryvnias", "lira", "liras", "ringgit", "rupiah", "baht", "dong", "won", "naira", "rand", "reais", "taka", "lari", "dinar", "dinars",
        "riyal", "riyals", "rial", "rials", "peso", "pesos", "shilling", "shillings", "kroner", "kronor", "krone", "krona", "forint", "forints", "manat",
        "manats", "som", "soms", "sum", "sums", "dram", "drams", "shekel", "shekels", "sheqel", "birr", "birrs", "cedi", "cedis", "kwacha", "kwachas",
        "leva", "lev", "lei", "leu", "kyat", "kyats", "riel", "riels", "tugrik", "tugriks", "metical", "meticais", "litas", "lats", "kroon", "kroons",
        "krooni", "kuna", "kunas", "tolar", "tolars", "koruna", "korunas", "koruny", "afghani", "afghanis", "ariary", "balboa", "balboas", "boliviano",
        "bolivianos", "bolívar", "bolivares", "colón", "colones", "dalasi", "dalasis", "denar", "denars", "dobra", "dobras", "escudo", "escudos",
        "florin", "florins", "gourde", "gourdes", "guarani", "guaraníes", "guaranis", "guilder", "guilders", "kina", "kinas", "kip", "kips", "kwanza",
        "kwanzas", "lempira", "lempiras", "leone", "leones", "lilangeni", "emalilangeni", "emalangeni", "loti", "maloti", "nakfa", "nakfas", "ngultrum",
        "ngultrums", "ouguiya", "ouguiyas", "pataca", "patacas", "pa'anga", "pa’angas", "pula", "pulas", "quetzal", "quetzales", "rufiyaa", "sol",
        "soles", "somoni", "somonis", "tala", "talas", "vatu", "vatus", "córdoba", "cordobas", "convertible marks", "cfa", "fcfa", "usd", "USD",
        "Brazilian real", "Brazilian reals", "US dollars", "Kuwaiti dinars", "Sri Lankan rupees", "de dólares", "de euros", "DOLLARS",
        "for", "levels", "solar", "some", "dollarsx", "Kenyan", "de", "to", "in",
    ];

    // Every match from every place, as the reader and as the pattern find them, with what each group holds.
    private static void ShouldFindTheSame(IEnumerable<string> sentences)
    {
        var compared = 0;
        foreach (var sentence in sentences)
        {
            for (var startat = 0; startat <= sentence.Length; startat++)
            {
                var expected = Pattern.Match(sentence, startat);
                var found = TextPatterns.MoneyLedByNumber.Match(sentence, startat);
                SignedAmountPatternTests.Describe(found, Pattern).Should().Be(SignedAmountPatternTests.Describe(new MoneyMatch(expected), Pattern), "in \"{0}\" from {1}", sentence, startat);
                compared += expected.Success && startat == 0 ? 1 : 0;
            }
        }

        compared.Should().BePositive("the sentences hold amounts led by a number");
    }

    [Fact]
    public void Match_OnTheCorpus_IsThePatterns() => ShouldFindTheSame(WordLedPatternTests.CorpusSentences());

    [Fact]
    public void Match_AfterEveryCurrencyName_IsThePatterns()
        => ShouldFindTheSame(CurrencyWords.SelectMany(word => new[] { $"worth 5 billion {word} in 2020", $"from 2 to 3 million {word}.", $"Imports: 12bn {word}" }));

    [Fact]
    public void Match_OnSentencesOfThePatternsOwnWords_IsThePatterns()
    {
        string[] words =
        [
            "5", "12", "2020", "3.5", "1,200", "1,55", "2 mil 609", "1 479", "to", "-", "bn", "m", "million", "billion", "millones", "thousand",
            "97", "crore", "lakh", "/-", "€", "USD", "GDP", "RMB", "in", "by", "a", "the", ".", ",", "x", "Trade", "A", "\u00a0",
        ];
        words = [.. words, .. CurrencyWords];
        var random = new Random(20261207);
        var sentences = Enumerable.Range(0, 1500).Select(_ =>
        {
            var parts = Enumerable.Range(0, random.Next(2, 9)).Select(_ => words[random.Next(words.Length)]);
            return string.Concat(parts.Select(p => p + (random.Next(4) == 0 ? "" : " "))).TrimEnd();
        });

        ShouldFindTheSame(sentences);
    }
}
