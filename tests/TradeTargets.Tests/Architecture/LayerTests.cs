using System.Text.RegularExpressions;

namespace TradeTargets.Tests.Architecture;

/// <summary>
/// The layer table of docs/architecture.md as a test: every use of a type or member declared in another layer of the
/// core must be one the table allows, the table must be free of cycles, and the document must say the same.
/// </summary>
public sealed partial class LayerTests
{
    private static readonly string Root = SourceDependencies.RepositoryRoot();

    private static readonly Lazy<IReadOnlyList<FolderUse>> CoreUses = new(() =>
        SourceDependencies.Of(Path.Combine(Root, "src", "TradeTargets"), path => Layer.Of(path).Name));

    [Fact]
    public void Every_use_across_layers_is_one_the_table_allows()
    {
        var forbidden = CoreUses.Value
            .Where(use => !Layer.Core.Single(l => l.Name == use.FromFolder).MayUse.Contains(use.ToFolder))
            .Select(use => use.ToString())
            .ToList();

        forbidden.Should().BeEmpty("a layer may use only the layers below it that docs/architecture.md names");
    }

    [Fact]
    public void The_core_does_use_its_layers_so_the_check_above_sees_real_code()
    {
        CoreUses.Value.Select(use => (use.FromFolder, use.ToFolder)).Should()
            .Contain([("evaluation", "records"), ("records", "model"), ("importers", "csv"), ("data files", "importers")]);
    }

    [Fact]
    public void A_layer_may_use_only_layers_listed_before_it()
    {
        var names = Layer.Core.Select(l => l.Name).ToList();
        var upwards = Layer.Core
            .SelectMany(layer => layer.MayUse.Where(used => !(names.IndexOf(used) >= 0 && names.IndexOf(used) < names.IndexOf(layer.Name)))
                .Select(used => $"{layer} may use '{used}', which is not a layer below it"))
            .ToList();

        upwards.Should().BeEmpty("a layer builds only on layers below it, so the table has no cycle");
    }

    [Fact]
    public void Every_folder_of_the_core_with_code_is_in_a_layer()
    {
        var project = Path.Combine(Root, "src", "TradeTargets");
        var files = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal));

        files.Should().AllSatisfy(file => Layer.Of(file));
    }

    [Fact]
    public void The_architecture_document_lists_the_same_layers_folders_and_uses()
    {
        var documented = File.ReadAllLines(Path.Combine(Root, "docs", "architecture.md"))
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success && match.Groups["where"].Value.Contains("src/TradeTargets/", StringComparison.Ordinal))
            .Select(match => new
            {
                Name = match.Groups["layer"].Value.Trim(),
                Folders = Backticked(match.Groups["where"].Value).Select(f => f["src/TradeTargets/".Length..]).ToList(),
                MayUse = Words(match.Groups["uses"].Value),
            })
            .ToList();

        documented.Select(d => d.Name).Should().Equal(Layer.Core.Select(l => l.Name));
        foreach (var layer in Layer.Core)
        {
            var row = documented.Single(d => d.Name == layer.Name);
            row.Folders.Should().BeEquivalentTo(layer.Folders, $"the document's folders of '{layer}'");
            row.MayUse.Should().BeEquivalentTo(layer.MayUse, $"the document's 'may use' of '{layer}'");
        }
    }

    private static List<string> Backticked(string cell) =>
        [.. Regex.Matches(cell, "`([^`]+)`").Select(m => m.Groups[1].Value.TrimEnd('/'))];

    private static List<string> Words(string cell) =>
        cell.Trim() == "nothing" ? [] : [.. cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    [GeneratedRegex(@"^\|(?<layer>[^|]+)\|(?<where>[^|]+)\|(?<what>[^|]+)\|(?<uses>[^|]+)\|\s*$")]
    private static partial Regex TableRow();
}
