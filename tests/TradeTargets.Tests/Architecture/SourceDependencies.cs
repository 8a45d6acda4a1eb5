using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TradeTargets.Tests.Architecture;

/// <summary>One use of a type or member declared in another folder: where it is used and what it names.</summary>
internal sealed record FolderUse(string FromFolder, string ToFolder, string File, int Line, string Symbol)
{
    public override string ToString() => $"{FromFolder} -> {ToFolder}: {File}:{Line} uses {Symbol}";
}

/// <summary>
/// Compiles a project's source files with Roslyn and lists, for every name in them, the folder of the file that
/// declares what the name binds to. Namespaces do not follow folders in this code base, so a reflection test
/// could not see the layers; the compiler can. The compilation must bind without errors, or the list could miss uses.
/// </summary>
internal static class SourceDependencies
{
    // The regex source generator writes the bodies of [GeneratedRegex] partial methods at build time; the test does not
    // run generators, so those bodies are missing. Nothing else is lost: the declarations bind as usual.
    private const string GeneratedPartialMissing = "CS8795";

    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The repository's root: the first folder above the test binaries that holds TradeTargets.sln.</summary>
    /// <remarks>
    /// The binaries' folder is used, not the compiler's file path: a continuous-integration build maps source paths to
    /// "/_/" (deterministic builds), so a caller-file path names no folder on disk there.
    /// </remarks>
    public static string RepositoryRoot()
    {
        var start = AppContext.BaseDirectory;
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TradeTargets.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No TradeTargets.sln above {start}.");
    }

    /// <summary>Every use, in the project at <paramref name="projectFolder"/>, of something declared in another folder of it.</summary>
    /// <param name="projectFolder">The project's folder.</param>
    /// <param name="folderOf">Maps a source file's path relative to the project folder (with '/') to its folder unit.</param>
    public static IReadOnlyList<FolderUse> Of(string projectFolder, Func<string, string> folderOf)
    {
        var compilation = Compile(projectFolder);
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != GeneratedPartialMissing)
            .Take(5)
            .ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The project does not bind, so its uses cannot be listed: " + string.Join("; ", errors));
        }

        var uses = new List<FolderUse>();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0))
        {
            var from = folderOf(Relative(projectFolder, tree.FilePath));
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                foreach (var symbol in SymbolsUsedBy(node, model))
                {
                    foreach (var location in symbol.OriginalDefinition.Locations.Where(l => l.IsInSource && l.SourceTree!.FilePath.Length > 0))
                    {
                        var to = folderOf(Relative(projectFolder, location.SourceTree!.FilePath));
                        if (to != from)
                        {
                            uses.Add(new FolderUse(from, to, Relative(projectFolder, tree.FilePath), node.GetLocation().GetLineSpan().StartLinePosition.Line + 1, symbol.ToDisplayString()));
                        }
                    }
                }
            }
        }

        return uses;
    }

    private static IEnumerable<ISymbol> SymbolsUsedBy(SyntaxNode node, SemanticModel model)
    {
        if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax or BinaryExpressionSyntax
            or PrefixUnaryExpressionSyntax or AssignmentExpressionSyntax or ElementAccessExpressionSyntax or CastExpressionSyntax))
        {
            yield break;
        }

        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        if (symbol is null or INamespaceSymbol)
        {
            yield break;
        }

        yield return symbol is IMethodSymbol { ReducedFrom: { } extension } ? extension : symbol;
        if (node is ImplicitObjectCreationExpressionSyntax && symbol.ContainingType is { } created)
        {
            yield return created;
        }
    }

    private static CSharpCompilation Compile(string projectFolder)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var files = Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Relative(projectFolder, f)))
            .Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f));
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), parse);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => !Path.GetFileName(path).StartsWith("TradeTargets", StringComparison.Ordinal))
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            Path.GetFileName(projectFolder),
            files.Append(usings),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.StartsWith("bin/", StringComparison.Ordinal) || relativePath.StartsWith("obj/", StringComparison.Ordinal);

    private static string Relative(string projectFolder, string path) =>
        Path.GetRelativePath(projectFolder, path).Replace('\\', '/');
}
