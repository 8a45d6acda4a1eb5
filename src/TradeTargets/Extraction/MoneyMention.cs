namespace TradeTargets.Extraction;

/// <summary>An amount of money in the text.</summary>
internal readonly record struct MoneyMention(int Start, int Length, Amount Amount, bool CurrencyInferred, bool IsRange)
{
    public int End => Start + Length;
}
