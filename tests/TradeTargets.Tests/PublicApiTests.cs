using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.Tests;

/// <summary>
/// Guards the public surface: any change to it must be approved by updating the checked-in file.
/// To approve a deliberate change, copy the <c>.received.txt</c> file the failing test writes over the <c>.approved.txt</c> file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile()
    {
        var generated = typeof(Amount).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] });
        var folder = Path.Combine(SourceFolder(), "PublicApi");
        var approvedPath = Path.Combine(folder, "TradeTargets.approved.txt");
        var receivedPath = Path.Combine(folder, "TradeTargets.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (approved != generated.ReplaceLineEndings("\n"))
        {
            File.WriteAllText(receivedPath, generated);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        generated.ReplaceLineEndings("\n").Should().Be(approved, $"the public API changed; if deliberate, copy {receivedPath} over {approvedPath}");
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
