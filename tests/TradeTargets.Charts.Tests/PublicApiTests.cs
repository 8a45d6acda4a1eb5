using System.Runtime.CompilerServices;
using PublicApiGenerator;

namespace TradeTargets.Charts.Tests;

/// <summary>The public surface of TradeTargets.Charts, compared with the checked-in PublicApi.approved.txt.</summary>
/// <remarks>
/// After an intended change of the public API, run
/// <c>TRADETARGETS_UPDATE_PUBLIC_API=1 dotnet test tests/TradeTargets.Charts.Tests -c Release</c>: the test rewrites
/// the file and fails. Review the difference, commit it, and run the tests again without the variable.
/// </remarks>
public class PublicApiTests
{
    public const string UpdateVariable = "TRADETARGETS_UPDATE_PUBLIC_API";

    [Fact]
    public void GeneratePublicApi_ChartsAssembly_MatchesTheApprovedFile()
    {
        var api = typeof(TradeCharts).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(SourceFile(), api);
            Assert.Fail($"PublicApi.approved.txt was rewritten from the current assembly because {UpdateVariable}=1. Review the difference, commit it if the change is intended, and run the tests again without {UpdateVariable}.");
        }

        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        File.Exists(approvedPath).Should().BeTrue($"PublicApi.approved.txt must be checked in; generate it with {UpdateVariable}=1");
        api.Should().Be(File.ReadAllText(approvedPath).ReplaceLineEndings("\n"), $"the public API should match PublicApi.approved.txt; after an intended change run the tests with {UpdateVariable}=1 and commit the file");
    }

    private static string SourceFile([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "PublicApi.approved.txt");
}
