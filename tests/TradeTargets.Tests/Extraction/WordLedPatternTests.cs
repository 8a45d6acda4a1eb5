using System.Text.RegularExpressions;
using TradeTargets.Extraction;

namespace TradeTargets.Tests.Extraction;

/// <summary>
/// The word-led search finds exactly what its pattern finds: on every sentence of the annotated passages, on sentences
/// made at random of the pattern's own words, and on the places a first word can stand (a sentence's start, after
/// punctuation, inside another word).
/// </summary>
public class WordLedPatternTests
{
    public static TheoryData<string> Names => ["GoalCue", "NotTrade", "Deadline", "Multiplier", "PeriodWords", "RarePeriodWords", "Change"];

    private static (WordLedPattern Search, Regex Pattern) Get(string name) => name switch
    {
        "GoalCue" => (TextPatterns.GoalCue, new Regex(TextPatterns.GoalCuePattern, TextPatterns.WordLedOptions)),
        "NotTrade" => (TextPatterns.NotTrade, new Regex(TextPatterns.NotTradePattern, TextPatterns.WordLedOptions)),
        "Deadline" => (TextPatterns.Deadline, new Regex(TextPatterns.DeadlinePattern, TextPatterns.WordLedOptions)),
        "Multiplier" => (TextPatterns.Multiplier, new Regex(TextPatterns.MultiplierPattern, TextPatterns.WordLedOptions)),
        "Change" => (TextPatterns.Change, new Regex(TextPatterns.ChangePattern, TextPatterns.WordLedOptions)),
        "PeriodWords" => (TextPatterns.PeriodWords, new Regex(TextPatterns.PeriodWordsPattern, TextPatterns.PeriodWords.Options)),
        "RarePeriodWords" => (TextPatterns.RarePeriodWords, new Regex(TextPatterns.RarePeriodWordsPattern, TextPatterns.RarePeriodWords.Options)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such pattern."),
    };

    // Where each match stands and what each of its groups holds.
    private static List<string> Describe(IEnumerable<Match> matches, Regex pattern)
        => [.. matches.Select(m => $"{m.Index}+{m.Length}:" + string.Join('|', pattern.GetGroupNames().Select(g => m.Groups[g].Success ? g + "=" + m.Groups[g].Value : "")))];

    private static void ShouldFindTheSame(string name, IEnumerable<string> sentences)
    {
        var (search, pattern) = Get(name);
        var compared = 0;
        foreach (var sentence in sentences)
        {
            var expected = pattern.Matches(sentence);
            Describe(search.Matches(sentence), pattern).Should().Equal(Describe(expected, pattern), "in \"{0}\"", sentence);

            search.IndexOfFirst(sentence).Should().Be(expected.Count > 0 ? expected[0].Index : -1, "in \"{0}\"", sentence);
            search.IsMatch(sentence).Should().Be(expected.Count > 0);
            compared += expected.Count;
            if (!search.LooksBehind)
            {
                // The same sentence as a stretch of a longer text, searched where it stands.
                var text = "Trade rose 5%, said a_" + sentence + " (the first half)";
                var inText = new List<Match>();
                for (var m = pattern.Match(text, 22, sentence.Length); m.Success; m = m.NextMatch())
                {
                    inText.Add(m);
                }

                Describe(search.Matches(text, 22, sentence.Length), pattern).Should().Equal(Describe(inText, pattern), "in \"{0}\"", sentence);
            }
        }

        compared.Should().BePositive("the sentences hold matches of {0}", name);
    }

    /// <summary>Every sentence of the annotated passages copied to the test output.</summary>
    internal static IEnumerable<string> CorpusSentences()
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Extraction", "Corpus"), "*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Where(line => !line.StartsWith('#'))
            .SelectMany(line => Regex.Split(line, @"(?<=[.!?;])\s+"))
            .Where(s => s.Length > 0);

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_OnTheCorpus_AreThePatterns(string name) => ShouldFindTheSame(name, CorpusSentences());

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_OnSentencesOfThePatternsOwnWords_AreThePatterns(string name)
    {
        // Every word the pattern spells, in any case, with numbers, years and punctuation, in random order.
        var (_, pattern) = Get(name);
        var words = Regex.Matches(pattern.ToString(), "[A-Za-z]{2,}").Select(m => m.Value)
            .Concat(["2020", "12", "3.5", "%", "per cent", "-", ",", "'", "the", "a", "next", "to", "by", "years", "trade", "$5bn", "_", "x", "June", "months", "12 months"])
            .Distinct().ToArray();
        var random = new Random(20261205);
        var sentences = Enumerable.Range(0, 3000).Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(3, 14)).Select(_ =>
        {
            var word = words[random.Next(words.Length)];
            return random.Next(4) switch
            {
                0 => word.ToUpperInvariant(),
                1 => char.ToUpperInvariant(word[0]) + word[1..],
                2 => word + (random.Next(3) == 0 ? "ed" : "s"),
                _ => word,
            };
        })));

        ShouldFindTheSame(name, sentences);
    }

    [Theory]
    [InlineData("GoalCue", "Aims: to reach $5bn.", 0)]
    [InlineData("GoalCue", "(aims to) reach $5bn", 1)]
    [InlineData("GoalCue", "He claims $5bn was reached.", -1)]
    [InlineData("GoalCue", "x_aims $5bn", -1)]
    [InlineData("GoalCue", "TRADE WILL REACH $5BN", 6)]
    [InlineData("NotTrade", "Reinvestment of $5bn", -1)]
    [InlineData("NotTrade", "re-investment of $5bn", 3)]
    [InlineData("Deadline", "reach it as soon as they sign", -1)]
    [InlineData("Deadline", "reach it as soon as possible", 9)]
    [InlineData("Deadline", "reach it soon", 9)]
    [InlineData("Deadline", "within2 years, in 2020", 15)]
    [InlineData("Multiplier", "a 3-fold rise, or x3-fold", 2)]
    [InlineData("PeriodWords", "breathe first half of 2019", 8)]
    [InlineData("PeriodWords", "x12 months of 2019, and 12 months of 2020", 24)]
    public void IndexOfFirst_AtTheEdgesOfWords_IsThePatterns(string name, string sentence, int expected)
    {
        var (search, pattern) = Get(name);

        var m = pattern.Match(sentence);

        search.IndexOfFirst(sentence).Should().Be(expected);
        (m.Success ? m.Index : -1).Should().Be(expected);
    }

    [Fact]
    public void Matches_InAStretchOfAPatternThatLooksBehind_Throws()
    {
        var search = () => TextPatterns.Deadline.Matches("as soon as possible", 3, 4).ToList();

        search.Should().Throw<InvalidOperationException>().WithMessage("*looks behind*");
    }

    [Fact]
    public void Match_FromAPlaceInTheSentence_StartsThere()
    {
        var (search, pattern) = Get("Deadline");
        const string Sentence = "by 2020 and by 2025";

        search.Match(Sentence, 1).Index.Should().Be(pattern.Match(Sentence, 1).Index).And.Be(12);
    }

    [Fact]
    public void Matches_OfAlternativesWithFirstWordsOfTheirOwn_TryEachOnlyAtItsOwnWords()
    {
        // The second alternative would match any word; it is tried only where "bar" starts one.
        var search = new WordLedPattern(
            new WordLedAlternative(new Regex(@"\G\bfoo\w*", RegexOptions.IgnoreCase), "foo"),
            new WordLedAlternative(new Regex(@"\G\b\w+", RegexOptions.IgnoreCase), "bar"));

        search.Matches("Fooz barx qux foo").Select(m => m.Value).Should().Equal("Fooz", "barx", "foo");
        search.IndexOfFirst("qux barx").Should().Be(4);
        search.MatchAt("qux barx", 0).Success.Should().BeFalse();
    }

    [Fact]
    public void New_WithoutAlternatives_Throws()
        => FluentActions.Invoking(() => new WordLedPattern()).Should().Throw<ArgumentException>().WithMessage("*1 to 32 alternatives*");
}
