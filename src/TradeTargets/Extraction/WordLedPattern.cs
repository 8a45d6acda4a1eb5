using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>A pattern whose every match starts a word with one of a few known words, tried only where one of them does.</summary>
/// <remarks>
/// <para>
/// A regular expression led by a choice of words tries a match at nearly every letter, since the engine can only look for
/// the set of letters those words begin with; that made the goal, deadline, multiplier and not-trade patterns the costliest
/// part of reading. This looks for the words themselves with one vectorised search and tries the pattern, anchored, only
/// where one of them starts a word.
/// </para>
/// <para>
/// It finds the matches the pattern itself would, provided every match of the pattern begins with <c>\b</c> and one of the
/// first words (compared ignoring case): the tests run both over the corpus and over sentences made of the pattern's own
/// words. The one text on which they could differ spells a letter k with the Kelvin sign, which the pattern's ignoring of
/// case matches and the search's does not.
/// </para>
/// <para>
/// A long pattern can be given as its alternatives, in order, each anchored on its own and each with the first words of
/// its own matches: tried in turn at a place, those whose first words stand there, the first that matches is the match
/// the whole alternation would find there. A generated matcher for a long alternation holds so many variables that
/// setting them up costs more than most tries: the deadline pattern, failing at "in priority", took about 540 ns as two
/// halves (450 of them in the timed half, 230 even when its first letter fails) and about 350 ns as four parts.
/// </para>
/// </remarks>
internal sealed class WordLedPattern
{
    // Each first word (lower case) by its first letter or digit, with the alternatives it can start (a bit each); a first
    // word of one character is its own entry.
    private readonly FirstWord[]?[] byFirstChar;

    private readonly Regex[] anchored;

    /// <summary>A pattern whose every alternative can start with any of the first words.</summary>
    /// <param name="anchored">The pattern behind <c>\G</c>, or its top-level alternatives, in order, each behind <c>\G</c>.</param>
    /// <param name="firstWords">A beginning of every word a match can start with.</param>
    public WordLedPattern(Regex[] anchored, params string[] firstWords)
        : this([.. anchored.Select(a => new WordLedAlternative(a, firstWords))])
    {
    }

    /// <summary>A pattern given as its top-level alternatives, each tried only where one of its own first words starts a word.</summary>
    /// <param name="alternatives">The alternatives, in order, each behind <c>\G</c>, with its first words.</param>
    /// <exception cref="ArgumentException">More than 32 alternatives, or a first word that does not start with an ASCII letter or digit.</exception>
    public WordLedPattern(params WordLedAlternative[] alternatives)
    {
        if (alternatives.Length is 0 or > 32)
        {
            throw new ArgumentException("A word-led pattern has from 1 to 32 alternatives.", nameof(alternatives));
        }

        anchored = [.. alternatives.Select(a => a.Anchored)];
        byFirstChar = ByFirstChar(alternatives);
        LooksBehind = anchored.Any(a => a.ToString().Contains("(?<!", StringComparison.Ordinal) || a.ToString().Contains("(?<=", StringComparison.Ordinal));
        Options = anchored.Select(a => a.Options).Distinct().Single();
    }

    /// <summary>Whether the pattern looks behind a place inside it ("soon" not after "as"), which a stretch searched by <see cref="Matches(string, int, int)"/> cannot show it.</summary>
    public bool LooksBehind { get; }

    /// <summary>The regular expression options the pattern is read with.</summary>
    public RegexOptions Options { get; }

    /// <summary>The first match at or after <paramref name="startat"/>, as the pattern's <c>Match(input, startat)</c> finds it.</summary>
    /// <param name="input">The text to search (a sentence, or a stretch of one); the match's index is within it.</param>
    /// <param name="startat">Where to start.</param>
    public Match Match(string input, int startat = 0)
    {
        for (var at = NextWordStart(input, startat, 0, out var which); at >= 0; at = NextWordStart(input, at + 1, 0, out which))
        {
            var m = TryAt(input, at, null, which);
            if (m.Success)
            {
                return m;
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    // The match of the first alternative that matches at `at`, of those `which` holds (a bit each): seeing the whole input,
    // as Match(input, at) does, or only the `length` characters from there, as Match(input, at, length) does.
    private Match TryAt(string input, int at, int? length, uint which)
    {
        for (var i = 0; i < anchored.Length; i++)
        {
            if ((which & (1u << i)) == 0)
            {
                continue;
            }

            var alternative = anchored[i];
            var m = length is { } n ? alternative.Match(input, at, n) : alternative.Match(input, at);
            if (m.Success)
            {
                return m;
            }
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>The match that starts at <paramref name="at"/>, if one does: the pattern tried at that one place, and only
    /// when one of its first words starts a word there.</summary>
    /// <param name="input">The text.</param>
    /// <param name="at">Where the match must start.</param>
    public Match MatchAt(string input, int at)
        => (at == 0 || !IsBoundaryWordChar(input[at - 1])) && FirstWordAt(input, at) is var which and not 0
            ? TryAt(input, at, null, which) : System.Text.RegularExpressions.Match.Empty;

    // The alternatives (a bit each) one of whose first words is written at `at` (ignoring ASCII case), whatever stands
    // before it; 0 for none.
    private uint FirstWordAt(ReadOnlySpan<char> input, int at)
    {
        var c = input[at];
        if (c >= 128 || byFirstChar[char.IsAsciiLetterUpper(c) ? c | 0x20 : c] is not { } words)
        {
            return 0;
        }

        var which = 0u;
        foreach (var word in words)
        {
            if (StartsWithIgnoringAsciiCase(input[at..], word.Word))
            {
                which |= word.Alternatives;
            }
        }

        return which;
    }

    /// <summary>Every match at or after <paramref name="startat"/>, in order, each after the one before ends, as the pattern's <c>Matches(input, startat)</c> finds them.</summary>
    /// <param name="input">The text to search.</param>
    /// <param name="startat">Where to start.</param>
    public IEnumerable<Match> Matches(string input, int startat = 0)
    {
        for (var m = Match(input, startat); m.Success; m = Match(input, m.Index + Math.Max(m.Length, 1)))
        {
            yield return m;
        }
    }

    /// <summary>
    /// Every match in a stretch of <paramref name="text"/>, as the pattern's <c>Match(text, start, length)</c> and
    /// <c>NextMatch</c> find them, with indexes in <paramref name="text"/>; for a pattern that looks behind no further
    /// than its leading <c>\b</c>, since each try sees the text from where it starts.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the stretch starts.</param>
    /// <param name="length">Its length.</param>
    /// <exception cref="InvalidOperationException">The pattern <see cref="LooksBehind"/>.</exception>
    public IEnumerable<Match> Matches(string text, int start, int length)
    {
        if (LooksBehind)
        {
            throw new InvalidOperationException("This pattern looks behind places inside its matches; search the stretch's own text with Matches(string) instead.");
        }

        return MatchesIn(text, start, start + length);
    }

    private IEnumerable<Match> MatchesIn(string text, int start, int end)
    {
        var at = NextWordStart(text.AsSpan(0, end), start, start, out var which);
        while (at >= 0)
        {
            var m = TryAt(text, at, end - at, which);
            at = NextWordStart(text.AsSpan(0, end), m.Success ? m.Index + Math.Max(m.Length, 1) : at + 1, start, out which);
            if (m.Success)
            {
                yield return m;
            }
        }
    }

    /// <summary>Where the first match starts, or -1 when there is none.</summary>
    /// <param name="input">The text to search.</param>
    public int IndexOfFirst(ReadOnlySpan<char> input)
    {
        for (var at = NextWordStart(input, 0, 0, out var which); at >= 0; at = NextWordStart(input, at + 1, 0, out which))
        {
            for (var i = 0; i < anchored.Length; i++)
            {
                if ((which & (1u << i)) != 0 && anchored[i].IsMatch(input, at))
                {
                    return at;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether the pattern matches anywhere in <paramref name="input"/>.</summary>
    /// <param name="input">The text to search.</param>
    public bool IsMatch(ReadOnlySpan<char> input) => IndexOfFirst(input) >= 0;

    // The next place at or after `from` where a first word starts a word, with the alternatives its first words can start
    // (`which`): at the start of the text searched, or after a
    // character that is not a word character as \b judges it (letters, digits, non-spacing marks, connectors, the zero-width
    // joiners). Judging it here lets a try see the text only from where it starts. A walk over the characters that jumps
    // over the rest of each word: a vectorised search for many words, some of two letters, stops at so many places inside
    // words that it was slower.
    private int NextWordStart(ReadOnlySpan<char> input, int from, int textStart, out uint which)
    {
        which = 0;
        for (var i = from; i < input.Length; i++)
        {
            if (i > textStart && IsBoundaryWordChar(input[i - 1]))
            {
                // Inside a word: jump to the next character that is not an ASCII word character. It starts no first word
                // (they all start with an ASCII letter or digit); the one after it is judged next.
                var skip = input[i..].IndexOfAnyExcept(AsciiWordChars);
                if (skip < 0)
                {
                    return -1;
                }

                i += skip;
                continue;
            }

            var c = input[i];
            if (c < 128 && byFirstChar[char.IsAsciiLetterUpper(c) ? c | 0x20 : c] is not null && FirstWordAt(input, i) is var found and not 0)
            {
                which = found;
                return i;
            }
        }

        return -1;
    }

    private static bool StartsWithIgnoringAsciiCase(ReadOnlySpan<char> text, string lowerCaseWord)
    {
        if (text.Length < lowerCaseWord.Length)
        {
            return false;
        }

        for (var j = 0; j < lowerCaseWord.Length; j++)
        {
            var c = text[j];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != lowerCaseWord[j])
            {
                return false;
            }
        }

        return true;
    }

    private static FirstWord[]?[] ByFirstChar(WordLedAlternative[] alternatives)
    {
        var table = new FirstWord[]?[128];
        var words = alternatives.SelectMany((a, i) => a.FirstWords.Select(w => (Word: w.ToLowerInvariant(), Bit: 1u << i)))
            .GroupBy(w => w.Word, StringComparer.Ordinal)
            .Select(g => new FirstWord(g.Key, g.Aggregate(0u, (bits, w) => bits | w.Bit)));
        foreach (var group in words.GroupBy(w => w.Word[0]))
        {
            if (!char.IsAsciiLetterOrDigit(group.Key))
            {
                throw new ArgumentException($"A first word must start with an ASCII letter or digit: '{group.First().Word}'.", nameof(alternatives));
            }

            table[group.Key] = [.. group];
        }

        return table;
    }

    // A beginning of a word a match can start with, and the alternatives (a bit each) that can start with it.
    private readonly record struct FirstWord(string Word, uint Alternatives);

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars
        = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static bool IsBoundaryWordChar(char c)
        => char.IsAsciiLetterOrDigit(c) || c == '_' || (c >= 128 && IsNonAsciiWordChar(c));

    private static bool IsNonAsciiWordChar(char c)
        => char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D'
            || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}

/// <summary>One top-level alternative of a <see cref="WordLedPattern"/>: its pattern behind <c>\G</c>, and the beginnings of the words its matches can start with.</summary>
/// <param name="Anchored">The alternative behind <c>\G</c>, with what follows the alternation in the whole pattern (a closing <c>\b</c>).</param>
/// <param name="FirstWords">A beginning of every word a match of this alternative can start with.</param>
internal sealed record WordLedAlternative(Regex Anchored, params string[] FirstWords);
