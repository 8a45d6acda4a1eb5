namespace TradeTargets.Extraction;

/// <summary>
/// The unit a text states once for the bare numbers after it, as ministry pages and tables written out as prose do: "(all
/// values in US$ millions)", "in million dollars", "(figures in IRs crores)". Those numbers ("India's exports were 74.79 in
/// 2020-21, 93.27 in 2021-22") are read as amounts in that unit for the few sentences after the statement.
/// </summary>
/// <param name="Scale">What one unit of a bare number is worth: 1,000,000 for millions, 10,000,000 for crores.</param>
/// <param name="Symbol">The currency as the statement writes it ("US$", "dollars", "IRs"), read as an amount's would be.</param>
/// <param name="LastSentence">The index of the last sentence the statement holds for.</param>
internal readonly record struct DeclaredUnit(decimal Scale, string Symbol, int LastSentence)
{
    /// <summary>How many sentences after its own a statement of the unit holds for.</summary>
    public const int Reach = 6;

    /// <summary>The unit a sentence states for the numbers after it, if it states one.</summary>
    public static DeclaredUnit? Read(string text, Sentence sentence, int index)
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        if (span.IndexOfAny(Statements) < 0 || TextPatterns.DeclaredUnitOf().Match(text, sentence.Start, sentence.Length) is not { Success: true } m)
        {
            return null;
        }

        var symbol = m.Groups["pre"].Success ? m.Groups["pre"].Value : m.Groups["post"].Value;
        return new DeclaredUnit(MentionReader.Scale(m.Groups["scale"].Value), symbol, index + Reach);
    }

    // The start of every statement of a unit: "in" and the scale or the currency before it; few sentences hold one.
    private static readonly System.Buffers.SearchValues<string> Statements = System.Buffers.SearchValues.Create(
        ["in million", "in billion", "in thousand", "in crore", "in lakh", "in US$", "in USD", "in US dollar", "in dollar", "in euro", "in IRs", "in INR", "in Rs", "in EUR", "in €"], StringComparison.OrdinalIgnoreCase);
}
