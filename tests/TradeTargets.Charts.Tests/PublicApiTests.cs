using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.Charts.Tests;

/// <summary>The public surface of TradeTargets.Charts, compared with the checked-in PublicApi.approved.txt.</summary>
/// <remarks>
/// After an intended change of the public API, run
/// <c>TRADETARGETS_UPDATE_PUBLIC_API=1 dotnet test tests/TradeTargets.Charts.Tests -c Release</c> and commit the file.
/// </remarks>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(TradeCharts).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("TRADETARGETS_UPDATE_PUBLIC_API") == "1")
        {
            File.WriteAllText(SourceFile(), api);
            return;
        }

        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        File.Exists(approvedPath).Should().BeTrue("PublicApi.approved.txt must be checked in; generate it with TRADETARGETS_UPDATE_PUBLIC_API=1");
        api.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"));
    }

    private static string SourceFile([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "PublicApi.approved.txt");
}
