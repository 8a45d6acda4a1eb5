using TradeTargets.IO;

namespace TradeTargets;

/// <summary>
/// The bundled seed data set: the goals, figures and relative statements found in a series of foreign-policy
/// digests, and the outcome records (later figures and restated goals, each with its source) that settle them.
/// </summary>
/// <remarks>
/// The CSV files under <c>seeds/</c> in the repository are embedded into the assembly at build time and
/// are the only copy; see <c>seeds/README.md</c> for what the set holds and where each fact comes from.
/// <see cref="Load"/> gives both parts; <see cref="LoadArticles"/> the articles' records alone.
/// </remarks>
/// <example><code>
/// var data = SeedData.Load();
/// var scores = GoalEvaluator.EvaluateAll(data, EvaluationOptions.At(new DateOnly(2025, 12, 31)));
/// </code></example>
public static class SeedData
{
    /// <summary>The embedded resource names of the articles' records, in load order.</summary>
    public static IReadOnlyList<string> ArticleResourceNames { get; } = ["seeds/goals.csv", "seeds/figures.csv", "seeds/statements.csv"];

    /// <summary>The embedded resource names of the outcome records (figures after the articles, restated goals), in load order.</summary>
    public static IReadOnlyList<string> OutcomeResourceNames { get; } = ["seeds/outcome-goals.csv", "seeds/outcomes.csv"];

    /// <summary>The embedded resource names of every seed file, in load order.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } = [.. ArticleResourceNames, .. OutcomeResourceNames];

    /// <summary>The embedded resource names of the world record (<c>seeds/world/</c>): announced goals of many pairs and the sourced figures for those due 2021-2024.</summary>
    public static IReadOnlyList<string> WorldResourceNames { get; } = ["seeds/world/goals.csv", "seeds/world/outcomes.csv"];

    /// <summary>Loads the whole seed data set: the articles' records and the outcome records.</summary>
    /// <returns>The goals, figures and statements.</returns>
    /// <exception cref="DataFileException">An embedded file is invalid (a build defect).</exception>
    public static TradeDataSet Load() => LoadResources(ResourceNames);

    /// <summary>Loads only the records read out of the seed articles, without the outcome records.</summary>
    /// <returns>The articles' goals, figures and statements.</returns>
    /// <exception cref="DataFileException">An embedded file is invalid (a build defect).</exception>
    public static TradeDataSet LoadArticles() => LoadResources(ArticleResourceNames);

    /// <summary>
    /// Loads the world record: 220 announced bilateral trade goals of 95 pairs, each checked against its source, and
    /// the sourced figures for goals due 2021-2024 (<c>seeds/world/README.md</c>). Statistics up to 2020 come from the
    /// bundled IMF figures of the <c>TradeTargets.ImfDots</c> package, which a caller adds.
    /// </summary>
    /// <returns>The world record's goals and figures.</returns>
    /// <exception cref="DataFileException">An embedded file is invalid (a build defect).</exception>
    public static TradeDataSet LoadWorld() => LoadResources(WorldResourceNames);

    private static TradeDataSet LoadResources(IReadOnlyList<string> names)
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty);
        var assembly = typeof(SeedData).Assembly;
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The seed file '{name}' is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            loader.Add(reader, name);
        }

        return loader.Finish().Data;
    }
}
