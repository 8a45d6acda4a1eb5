namespace TradeTargets.Extraction;

/// <summary>Reads candidate goals, reported figures and relative statements out of an article's text, by rules.</summary>
/// <remarks>
/// The extractor works sentence by sentence with fixed patterns: no network, no model. A number becomes a candidate
/// only in a sentence about trade (turnover, trade, exports, imports, or a sentence that continues one: "It amounted
/// to $67.7m in January–September 2015"), and not when a word about something else stands nearer to it (contracts,
/// investment, cost, a surplus, a share of the total, population). Every candidate keeps its sentence and offsets and
/// says which parts were inferred; a person confirms it before it is loaded. The patterns and their limits are
/// described in docs/extraction.md.
/// </remarks>
/// <example>
/// <code>
/// var result = TradeTextExtractor.Extract(articleText, new ExtractionContext(new DateOnly(2017, 7, 31), Country.Parse("BLR")));
/// foreach (var goal in result.Goals) Console.WriteLine($"{goal.Partner} {goal.Target} {goal.Deadline?.Phrase}: {goal.Quote}");
/// var records = result.ToDataSet(new Source("Digest", "Article title", new DateOnly(2017, 7, 31)));
/// foreach (var left in records.LeftOut) Console.WriteLine($"left out: {left}");
/// </code>
/// </example>
public static class TradeTextExtractor
{
    /// <summary>Extracts the candidates of one article.</summary>
    /// <param name="text">The article's text; paragraphs separated by line breaks.</param>
    /// <param name="context">Its publication date and, optionally, the reporting country.</param>
    /// <returns>The candidates, in the order of the text.</returns>
    /// <exception cref="ArgumentNullException">The text or the context is null.</exception>
    public static ExtractionResult Extract(string text, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return new ExtractionEngine(text, context).Run();
    }
}
