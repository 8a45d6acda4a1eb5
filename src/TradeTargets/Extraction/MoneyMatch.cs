using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>A match of a money pattern, whose currency named in words may have been read by a pattern of its own.</summary>
/// <param name="Amount">The match of the amount, and of the whole when <paramref name="CurrencyWord"/> is null.</param>
/// <param name="CurrencyWord">The currency named in words right after the amount ("dollars", "Kenyan shillings"), as its own match, whose "post" group holds it.</param>
internal readonly record struct MoneyMatch(Match Amount, Match? CurrencyWord = null)
{
    /// <summary>Whether there is a match.</summary>
    public bool Success => Amount.Success;

    /// <summary>Where the match starts.</summary>
    public int Index => Amount.Index;

    /// <summary>How long the match is, with its currency named in words.</summary>
    public int Length => CurrencyWord is { } word ? word.Index + word.Length - Amount.Index : Amount.Length;

    /// <summary>A group of the match by its name, as the pattern read whole would have captured it.</summary>
    /// <param name="name">The group's name.</param>
    public Group Group(string name) => name == "post" && CurrencyWord is { } word ? word.Groups["post"] : Amount.Groups[name];
}
