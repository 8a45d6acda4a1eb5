namespace TradeTargets.Tests.Architecture;

/// <summary>A layer of the core package: the folders it is made of and the layers it may use.</summary>
internal sealed record Layer(string Name, IReadOnlyList<string> Folders, IReadOnlyList<string> MayUse)
{
    /// <summary>The layers of the core package, lowest first, exactly as docs/architecture.md lists them.</summary>
    public static IReadOnlyList<Layer> Core { get; } =
    [
        new("model", ["Model", "Text", "Utility"], []),
        new("records", ["Records", "Goals"], ["model"]),
        new("policies", ["Policies"], ["records", "model"]),
        new("evaluation", ["Evaluation"], ["policies", "records", "model"]),
        new("extraction", ["Extraction"], ["policies", "records", "model"]),
        new("csv", ["IO/Csv"], []),
        new("data building", ["IO/Building"], ["csv", "records", "model"]),
        new("importers", ["IO/Import"], ["data building", "csv", "records", "model"]),
        new("data files", ["IO/DataFile", "IO/Extraction"], ["importers", "data building", "csv", "extraction", "policies", "records", "model"]),
    ];

    /// <summary>The layer a source file belongs to, from its path relative to the project folder.</summary>
    public static Layer Of(string relativePath) =>
        Core.SingleOrDefault(layer => layer.Folders.Any(folder => relativePath.StartsWith(folder + "/", StringComparison.Ordinal)))
        ?? throw new InvalidOperationException($"'{relativePath}' is in no layer of the table: add its folder to a layer, and to docs/architecture.md.");

    public override string ToString() => Name;
}
