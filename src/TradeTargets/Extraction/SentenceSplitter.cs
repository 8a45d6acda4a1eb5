using System.Globalization;

namespace TradeTargets.Extraction;

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

        // Currency signs written with a full stop before the amount: "Rs. 2,500 crore", "Shs. 40bn".
        "Rs", "NRs", "Tk", "Nu", "Dh", "Dhs", "Sh", "Shs", "KSh", "KShs", "TSh", "TShs", "USh", "UShs",
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
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 5)
            || (ScaleAbbreviations.Contains(word) && IsCurrencyNameAt(text, dot + 1));
    }

    // Scales written short, as German, French and Polish write them ("9,6 Mrd. Euro", "250 Mio. Euro"): a full stop after
    // one ends no sentence when a currency's name follows it, and ends one otherwise ("... came to EUR 9.6 Mrd. Exports ...").
    private static readonly HashSet<string> ScaleAbbreviations = new(StringComparer.Ordinal) { "Mrd", "Mio", "Mds", "Md", "mld", "mln", "bln", "mlrd" };

    // Whether the word after `at` names a currency: "Euro", a unit such as "Dollar" or "zł", a code ("EUR"), or the "S",
    // "DM" and "Mark" the German-language press wrote for the schilling and the mark ("10,8 Mrd. S", "16,4 Mrd. DM").
    private static bool IsCurrencyNameAt(string text, int at)
    {
        var from = at;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var end = from;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(from, end - from);
        return from > at && end > from
            && (word.StartsWith("euro", StringComparison.OrdinalIgnoreCase) || CurrencyNames.IsUnit(word) || (word.Length == 3 && !word.ContainsAnyExceptInRange('A', 'Z')) || word is "S" or "DM" or "Mark");
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
