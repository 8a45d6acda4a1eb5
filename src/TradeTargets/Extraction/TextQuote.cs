namespace TradeTargets.Extraction;

/// <summary>The sentence a candidate was read from and where it stands in the article.</summary>
/// <param name="Text">The sentence, exactly as in the article.</param>
/// <param name="Start">The offset of its first character in the article, counted in UTF-16 code units.</param>
/// <param name="Length">Its length in UTF-16 code units; <c>article.Substring(Start, Length) == Text</c>.</param>
public readonly record struct TextQuote(string Text, int Start, int Length)
{
    /// <summary>Returns the quoted text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
