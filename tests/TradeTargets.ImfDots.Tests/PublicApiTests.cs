using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.ImfDots.Tests;

/// <summary>The public surface of TradeTargets.ImfDots, compared with the checked-in PublicApi.approved.txt.</summary>
/// <remarks>
/// After an intended change of the public API, run
/// <c>TRADETARGETS_UPDATE_PUBLIC_API=1 dotnet test tests/TradeTargets.ImfDots.Tests -c Release</c>: the test rewrites
/// the file and fails. Review the difference, commit it, and run the tests again without the variable.
/// </remarks>
public class PublicApiTests
{
    [Fact]
    public void GeneratePublicApi_ImfDotsAssembly_MatchesTheApprovedFile()
    {
        var api = typeof(ImfDotsStatistics).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        ApprovedText.Verify(api, Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt"), SourceFile());
    }

    private static string SourceFile([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "PublicApi.approved.txt");
}
