using System.Runtime.CompilerServices;
using ScottPlot.Testing;

namespace TradeTargets.Charts.Tests;

/// <summary>One chart of each type compared with a checked-in reference PNG, with a tolerance.</summary>
/// <remarks>
/// A missing reference fails the test. To regenerate the references after an intended change, run
/// <c>TRADETARGETS_UPDATE_REFERENCE_IMAGES=1 dotnet test tests/TradeTargets.Charts.Tests -c Release</c>:
/// every reference test then rewrites its file and fails, so an update can never pass as a green run. Look at the
/// new files under Reference/, commit them, and run the tests again without the variable.
/// </remarks>
public class ReferenceImageTests
{
    public const string UpdateVariable = "TRADETARGETS_UPDATE_REFERENCE_IMAGES";

    // Up to 0.05% of pixels (200 at 800x500) may differ and the mean grey-level difference must stay under 0.1 of 255: enough for
    // anti-aliasing noise, too little for a changed word (about 900 pixels), a moved label or a missing series.
    private const double MaxPercentOfPixelsDiffering = 0.05;
    private const double MaxMeanDifference = 0.1;

    public static TheoryData<string> Charts => ["gap", "scoreboard", "dumbbell"];

    [Theory]
    [MemberData(nameof(Charts))]
    public void ToPng_OneChartOfEachKind_MatchesTheReferenceImage(string name)
    {
        var actual = Build(name).ToPng();
        Rendered.Keep("reference-actual-" + name, actual);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceReferenceFolder(), name + ".png"), actual);
            Assert.Fail($"Reference/{name}.png was rewritten from this render because {UpdateVariable}=1. Look at it, commit it if the change is intended, and run the tests again without {UpdateVariable}.");
        }

        var referencePath = Path.Combine(AppContext.BaseDirectory, "Reference", name + ".png");
        File.Exists(referencePath).Should().BeTrue(
            $"the reference image Reference/{name}.png must be checked in; generate it with {UpdateVariable}=1 dotnet test, look at it, and commit it");

        using var expectedImage = new ScottPlot.Image(File.ReadAllBytes(referencePath));
        using var actualImage = new ScottPlot.Image(actual);
        actualImage.Width.Should().Be(expectedImage.Width);
        actualImage.Height.Should().Be(expectedImage.Height);
        var diff = new ImageDiff(expectedImage, actualImage, saveDiffImage: true);
        diff.DifferenceImage?.SavePng(Path.Combine(Rendered.Folder, "reference-diff-" + name + ".png"));
        var meanDifference = diff.TotalDifference / (double)(actualImage.Width * actualImage.Height);

        diff.PercentOfDifferencePixels.Should().BeLessThanOrEqualTo(MaxPercentOfPixelsDiffering, $"the {name} chart should look like Reference/{name}.png");
        meanDifference.Should().BeLessThanOrEqualTo(MaxMeanDifference);
    }

    private static ChartImage Build(string name) => name switch
    {
        "gap" => TradeCharts.GapChart(ChartTestData.Emirates()),
        "scoreboard" => TradeCharts.Scoreboard(ChartTestData.Portfolio()),
        _ => TradeCharts.Dumbbell(ChartTestData.WideRange()),
    };

    private static string SourceReferenceFolder([CallerFilePath] string thisFile = "")
        => Path.Combine(Path.GetDirectoryName(thisFile)!, "Reference");
}
