using TradeTargets.IO;

namespace TradeTargets;

/// <summary>The bundled seed data set: the goals, figures and relative statements found in a series of foreign-policy digests.</summary>
/// <remarks>
/// The CSV files under <c>seeds/</c> in the repository are embedded into the assembly at build time and
/// are the only copy; see <c>seeds/README.md</c> for what the set holds and where each fact comes from.
/// </remarks>
/// <example><code>
/// var data = SeedData.Load();
/// var scores = GoalEvaluator.EvaluateAll(data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));
/// </code></example>
public static class SeedData
{
    /// <summary>The embedded resource names of the seed files, in load order.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } = ["seeds/goals.csv", "seeds/figures.csv", "seeds/statements.csv"];

    /// <summary>Loads the seed data set.</summary>
    /// <returns>The goals, figures and statements of the seed articles.</returns>
    /// <exception cref="DataFileException">An embedded file is invalid (a build defect).</exception>
    public static TradeDataSet Load()
    {
        var loader = new TradeDataLoader(TradeDataSet.Empty);
        var assembly = typeof(SeedData).Assembly;
        foreach (var name in ResourceNames)
        {
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The seed file '{name}' is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            loader.Add(reader, name);
        }

        return loader.Finish().Data;
    }
}
