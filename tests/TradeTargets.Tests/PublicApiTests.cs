using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.Tests;

/// <summary>The public surface of TradeTargets, compared with the checked-in PublicApi/TradeTargets.approved.txt.</summary>
/// <remarks>
/// After an intended change of the public API, run
/// <c>TRADETARGETS_UPDATE_PUBLIC_API=1 dotnet test tests/TradeTargets.Tests -c Release</c> and commit the file.
/// The comparison reads the copy in the output folder, so it works wherever the build maps source paths.
/// </remarks>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(Amount).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("TRADETARGETS_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(SourceFile(), api);
            return;
        }

        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi", "TradeTargets.approved.txt");
        File.Exists(approvedPath).Should().BeTrue("PublicApi/TradeTargets.approved.txt must be checked in; generate it with TRADETARGETS_UPDATE_PUBLIC_API=1");
        api.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"));
    }

    private static string SourceFile([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "PublicApi", "TradeTargets.approved.txt");
}
