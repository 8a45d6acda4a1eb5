using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>A money pattern whose currency named in words ("dollars", "Kenyan shillings") is told by its first letters and read by a pattern of its own.</summary>
/// <remarks>
/// <para>
/// The list of currency names is long: a pattern that holds it, and tries it after every way of reading the amount before
/// it, makes a generated matcher the just-in-time compiler leaves unoptimised. The sketch is the pattern with the names
/// replaced by a look ahead at their first letters, which keeps an empty "post" group where one starts; the names are read
/// there, by a pattern of their own.
/// </para>
/// <para>
/// It finds the matches the pattern itself would, provided the currency word is the last thing a match holds, every text it
/// matches starts like one the look ahead accepts, and the sketch is otherwise the pattern. The sketch then tries the same
/// ways of reading in the same order, and fails wherever the pattern fails: its first match is the pattern's whenever the
/// names match where it stopped, and takes the names' first reading there, as the pattern would have. Where they do not
/// ("5 billion for"), the pattern would have gone on to another reading, and the pattern itself is asked. The tests run
/// both over the corpus and over sentences made of the pattern's own words.
/// </para>
/// </remarks>
/// <param name="sketch">The pattern with an empty "post" group where a currency word starts.</param>
/// <param name="currencyWordAt">The currency word, behind <c>\G</c>, in a "post" group.</param>
/// <param name="asWritten">The pattern itself.</param>
internal sealed class CurrencyWordApartPattern(Regex sketch, Regex currencyWordAt, Regex asWritten)
{
    /// <summary>The first match at or after <paramref name="startat"/>, as the pattern's <c>Match(input, startat)</c> finds it.</summary>
    /// <param name="input">The text to search.</param>
    /// <param name="startat">Where to start.</param>
    public MoneyMatch Match(string input, int startat = 0)
    {
        var m = sketch.Match(input, startat);
        if (m.Groups["post"] is not { Success: true, Length: 0 } post)
        {
            // No match, or one without a currency word: the pattern's own.
            return new MoneyMatch(m);
        }

        var word = currencyWordAt.Match(input, post.Index);
        return word.Success ? new MoneyMatch(m, word) : new MoneyMatch(asWritten.Match(input, startat));
    }
}
