using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>
/// "Prozent" and "procent", the German and the Polish, Czech, Dutch or Swedish word a translation keeps beside its number
/// ("plus 11,5 Prozent"), read as "percent".
/// </summary>
/// <remarks>
/// The words are written over letter for letter, so every offset into the text read still points at the same place in
/// the article as written, and quotes are cut from the article as written. Every pattern that knows "percent" then knows
/// them too, with no second spelling to keep in step.
/// </remarks>
internal static partial class ForeignPercentWords
{
    /// <summary>The text with each foreign word for "percent" written over as "percent"; the same string when it has none.</summary>
    public static string ReadAsEnglish(string text)
        => text.AsSpan().IndexOfAny(Stems) < 0 ? text : Word().Replace(text, "percent");

    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(["rozent", "rocent"], StringComparison.OrdinalIgnoreCase);

    // Both are as long as "percent", which keeps the offsets.
    [GeneratedRegex(@"\b(?:Prozent|procent)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Word();
}
