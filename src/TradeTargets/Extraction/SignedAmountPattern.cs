using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>A pattern whose every match is a short currency sign or code right before a number, tried only in the few places before each number where one can start.</summary>
/// <remarks>
/// <para>
/// Any three capitals may be a currency code, so the regular expression's own search tries a match at every capital letter
/// of a sentence, and most capitals start names. This looks for the digits instead (a vectorised search) and tries the
/// pattern, anchored, only at the characters a sign can start with, in the few places before each run of digits: about a
/// third of the cost on the corpus.
/// </para>
/// <para>
/// It finds the matches the pattern itself would, provided every match starts with '$', 'u', a capital or a character
/// beyond ASCII, and its number's first digit stands at most <c>longestLead</c> characters after the match's start with no digit
/// between: the tests run both over the corpus and over sentences made of the pattern's own signs. The pattern's digits
/// are ASCII's, 0 to 9, as the search's are.
/// </para>
/// <para>
/// The currency a pattern may name in words after the amount ("$5 million dollars") is read apart, after the match: it is
/// optional and last, so whether and where a match starts does not depend on it, and the list of names made the generated
/// matcher too large for the just-in-time compiler to optimise.
/// </para>
/// </remarks>
/// <param name="anchored">The pattern without its currency word after the amount, behind <c>\G</c>, so that it is tried at one place only.</param>
/// <param name="longestLead">The most characters from a match's start to its number's first digit.</param>
/// <param name="currencyWordAfter">The optional end of the pattern, a currency word in a "post" group, behind <c>\G</c>.</param>
internal sealed class SignedAmountPattern(Regex anchored, int longestLead, Regex currencyWordAfter)
{
    /// <summary>The first match at or after <paramref name="startat"/>, as the pattern's <c>Match(input, startat)</c> finds it.</summary>
    /// <param name="input">The text to search.</param>
    /// <param name="startat">Where to start.</param>
    public MoneyMatch Match(string input, int startat = 0)
    {
        var amount = AmountAt(input, startat);
        if (!amount.Success)
        {
            return new MoneyMatch(amount);
        }

        var word = currencyWordAfter.Match(input, amount.Index + amount.Length);
        return new MoneyMatch(amount, word.Success ? word : null);
    }

    // The first match of the pattern without its currency word.
    private Match AmountAt(string input, int startat)
    {
        var from = startat;
        var at = startat;
        while (at < input.Length)
        {
            var digit = input.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            digit += at;
            if (FirstAt(input, Math.Max(from, digit - longestLead), digit) is { } m)
            {
                return m;
            }

            // No match starts before this run of digits, and none starts inside it: a sign holds no digit.
            at = digit + 1;
            while (at < input.Length && char.IsAsciiDigit(input[at]))
            {
                at++;
            }

            from = at;
        }

        return System.Text.RegularExpressions.Match.Empty;
    }

    // The first match that starts in [from, to), tried only where a sign can start.
    private Match? FirstAt(string input, int from, int to)
    {
        for (var start = from; start < to; start++)
        {
            if (MayStartSign(input, start) && anchored.Match(input, start) is { Success: true } m)
            {
                return m;
            }
        }

        return null;
    }

    // Every sign and code the pattern reads starts with a dollar sign, a capital ("US$", "KSh", "USD"), the "u" of "u$s"
    // (US dollars as Argentina writes them) or a symbol beyond ASCII ("€", "₹").
    private static bool MayStartSign(string input, int at)
        => input[at] is var c && (c == '$' || char.IsAsciiLetterUpper(c) || c > '\x7f' || (c == 'u' && at + 1 < input.Length && input[at + 1] == '$'));
}
