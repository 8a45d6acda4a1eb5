namespace TradeTargets.Extraction;

/// <summary>A country named in the text.</summary>
internal readonly record struct CountryMention(Country Country, int Start, int Length)
{
    public int End => Start + Length;
}
