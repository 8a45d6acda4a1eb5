namespace TradeTargets.Extraction;

/// <summary>A sentence of the article: where it is and which paragraph holds it.</summary>
internal readonly record struct Sentence(int Start, int Length, int Paragraph)
{
    public int End => Start + Length;
}
