namespace TradeTargets.ImfDots;

/// <summary>Where a DOTS table comes from.</summary>
/// <param name="Vintage">The year of the IMF release the workbooks were downloaded from, for example 2022.</param>
/// <param name="Origin">Where the workbooks were taken from, for example a repository and commit.</param>
/// <param name="Attribution">The attribution the IMF's terms ask for, shown with every figure's source.</param>
public sealed record DotsProvenance(int Vintage, string Origin, string Attribution)
{
    /// <summary>The attribution of the IMF's copyright and usage terms for its data.</summary>
    public const string ImfAttribution = "Source: International Monetary Fund, Direction of Trade Statistics (DOTS). Used under the IMF's copyright and usage terms, https://www.imf.org/external/terms.htm";
}
