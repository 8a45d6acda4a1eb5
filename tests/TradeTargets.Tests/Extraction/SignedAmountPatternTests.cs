using System.Text.RegularExpressions;
using TradeTargets.Extraction;

namespace TradeTargets.Tests.Extraction;

/// <summary>
/// The search for amounts led by a sign finds exactly what its pattern finds: on every sentence of the annotated passages,
/// on sentences made at random of the pattern's own signs, numbers and names, and from every place a search can start.
/// </summary>
public class SignedAmountPatternTests
{
    private static readonly Regex Pattern = new(TextPatterns.MoneyLedBySignPattern, TextPatterns.MoneyLedBySignOptions);

    // Every match from every place, as the search and as the pattern find them, with what each group holds.
    private static void ShouldFindTheSame(IEnumerable<string> sentences)
    {
        var compared = 0;
        foreach (var sentence in sentences)
        {
            for (var startat = 0; startat <= sentence.Length; startat++)
            {
                var expected = Pattern.Match(sentence, startat);
                Describe(TextPatterns.MoneyLedBySign.Match(sentence, startat), Pattern).Should().Be(Describe(expected), "in \"{0}\" from {1}", sentence, startat);
                compared += expected.Success && startat == 0 ? 1 : 0;
            }
        }

        compared.Should().BePositive("the sentences hold amounts led by a sign");
    }

    private static string Describe(Match m) => Describe(new MoneyMatch(m), Pattern);

    /// <summary>Where a match is and what each of the pattern's named groups holds (the whole match is its place and length).</summary>
    internal static string Describe(MoneyMatch m, Regex pattern)
        => m.Success ? $"{m.Index}+{m.Length}:" + string.Join('|', pattern.GetGroupNames().Where(g => g != "0").Select(g => m.Group(g).Success ? $"{g}={m.Group(g).Index}+{m.Group(g).Value}" : "")) : "none";

    [Fact]
    public void Match_OnTheCorpus_IsThePatterns() => ShouldFindTheSame(WordLedPatternTests.CorpusSentences());

    [Fact]
    public void Match_OnSentencesOfThePatternsOwnSigns_IsThePatterns()
    {
        // The longest signs first ("Rs/Nu.", "KShs.", "NZ $"), codes, symbols, numbers as the pattern reads them and as it
        // does not, digits beyond ASCII, and the places around them: a dot or a letter right before a sign, no space, two.
        string[] words =
        [
            "Rs/Nu.", "Rs/Nu", "NRs.", "KShs.", "TShs", "Ush.", "NZ $", "NZ$", "AU $", "HK$", "CA $", "US$", "$US", "$us", "u$s", "U$S", "N$", "FJ$", "F$", "WS$", "TT$", "EC$", "$", "€", "£", "₹", "GH₵", "₵",
            "FCFA", "CFA", "Dhs.", "Tk.", "Nu.", "RM", "Rp", "SR", "QR", "KD", "RO", "LE", "R", "N", "P", "K", "USD", "EUR", "RMB", "GDP", "E£", "R$",
            "5", "12", "2020", "3.5", "1,200", "1,55", "2,5", "1,234,567", "٣٠٠", "5bn", "20m", "bn", "million", "billion", "to", "-", "dollars",
            "Kenyan shillings", "x", "Trade", "A", "the", ".", ",", "(", "\u00a0", "US dollars", "de dólares", "euros", "pounds sterling", "Kuwaiti dinars", "Brazilian reais", "rupeesx", "for",
        ];
        var random = new Random(20261206);
        var sentences = Enumerable.Range(0, 1500).Select(_ =>
        {
            var parts = Enumerable.Range(0, random.Next(2, 9)).Select(_ => words[random.Next(words.Length)]);
            return string.Concat(parts.Select(p => p + (random.Next(3) == 0 ? "" : " "))).TrimEnd();
        });

        ShouldFindTheSame(sentences);
    }

    [Theory]
    [InlineData("They paid Rs/Nu. 5 million", 10)]
    [InlineData("worth NZ $5bn in 2020", 6)]
    [InlineData("worth x$5bn or $6bn", 15)]
    [InlineData("in 2020 trade hit USD 5bn", 18)]
    [InlineData("the 2020 figure of GDP 5bn", 19)]
    [InlineData("worth $٣٠٠ million", -1)]
    [InlineData("worth $٣٠٠ million or $5bn", 22)]
    public void Match_AtTheLongestSignsCodesAndDigitsBeyondAscii_IsThePatterns(string sentence, int expected)
    {
        var found = TextPatterns.MoneyLedBySign.Match(sentence);
        var expectedByThePattern = Pattern.Match(sentence);

        (found.Success ? found.Index : -1).Should().Be(expected);
        (expectedByThePattern.Success ? expectedByThePattern.Index : -1).Should().Be(expected);
    }
}
