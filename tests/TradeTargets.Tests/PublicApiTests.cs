using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.Tests;

/// <summary>The public surface of TradeTargets, compared with the checked-in PublicApi/TradeTargets.approved.txt.</summary>
/// <remarks>
/// After an intended change of the public API, run
/// <c>TRADETARGETS_UPDATE_PUBLIC_API=1 dotnet test tests/TradeTargets.Tests -c Release</c>: the test rewrites the file
/// and fails on purpose. Review the difference, commit the file and run the tests again without the variable.
/// The comparison reads the copy in the output folder, so it works wherever the build maps source paths.
/// </remarks>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(Amount).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        ApprovedText.Verify(api, Path.Combine(AppContext.BaseDirectory, "PublicApi", "TradeTargets.approved.txt"), SourceFile());
    }

    private static string SourceFile([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "PublicApi", "TradeTargets.approved.txt");
}
