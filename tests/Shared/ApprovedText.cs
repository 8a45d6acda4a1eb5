namespace TradeTargets.Testing;

/// <summary>
/// Compares generated text with a checked-in approved file. With <see cref="UpdateVariable"/> set to 1 it rewrites
/// the file and fails, so an update is never mistaken for a pass: the new file must be reviewed and committed.
/// </summary>
internal static class ApprovedText
{
    public const string UpdateVariable = "TRADETARGETS_UPDATE_PUBLIC_API";

    /// <summary>Checks <paramref name="actual"/> against the approved file, or rewrites it in update mode.</summary>
    /// <param name="actual">The text generated now.</param>
    /// <param name="approvedCopy">The approved file as copied to the test output folder, which is what is compared.</param>
    /// <param name="sourceFile">The approved file in the source tree, which is what an update writes.</param>
    public static void Verify(string actual, string approvedCopy, string sourceFile)
    {
        actual = actual.ReplaceLineEndings("\n");
        var name = Path.GetFileName(sourceFile);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            var unchanged = File.Exists(sourceFile) && File.ReadAllText(sourceFile).ReplaceLineEndings("\n") == actual;
            File.WriteAllText(sourceFile, actual);
            Assert.Fail(unchanged
                ? $"{UpdateVariable}=1: {name} was rewritten and is unchanged. Unset {UpdateVariable} and run the tests again."
                : $"{UpdateVariable}=1: {name} was updated at {sourceFile}. Review the difference (git diff), commit it, unset {UpdateVariable} and run the tests again.");
        }

        File.Exists(approvedCopy).Should().BeTrue($"{name} must be checked in; generate it with {UpdateVariable}=1, then review and commit it");
        actual.Should().Be(File.ReadAllText(approvedCopy).ReplaceLineEndings("\n"), $"the generated text must match the approved {name}; if the change is intended, run with {UpdateVariable}=1, review and commit the file");
    }
}
