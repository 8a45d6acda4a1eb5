namespace TradeTargets.IO;

/// <summary>A file that a load passed over, with the reason: a file of a folder that is not a data file, a folder inside a folder, or a file given a second time.</summary>
/// <param name="Path">The path as the caller gave it (for a folder's file, the folder's path joined with the file's name).</param>
/// <param name="Reason">Why it was not read, in a sentence.</param>
public sealed record SkippedFile(string Path, string Reason)
{
    /// <summary>Returns "path: reason".</summary>
    /// <returns>A line for a log.</returns>
    public override string ToString() => $"{Path}: {Reason}";
}
