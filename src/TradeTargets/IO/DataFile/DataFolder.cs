namespace TradeTargets.IO;

/// <summary>
/// The files of a folder given as data: every data file directly in it, in name order; hidden files and folders are
/// ignored, and every other entry is passed over with the reason.
/// </summary>
/// <remarks>
/// A data file is recognised by its name (<c>.csv</c>, <c>.json</c>, <c>.gz</c>, <c>.zip</c>), so a tracker kept under
/// version control may hold a README or notes beside its data. The folder is not read recursively: a subfolder is
/// listed as passed over, so an archive of old downloads beside the data is never loaded by surprise.
/// </remarks>
internal static class DataFolder
{
    /// <summary>The names a folder's data file ends in, compared without case.</summary>
    public static readonly IReadOnlyList<string> DataFileEndings = [".csv", ".json", ".gz", ".zip"];

    /// <summary>One entry of the folder: a file to load, or one passed over with its reason.</summary>
    public sealed record Entry(string Path, string? SkipReason);

    /// <summary>The folder's entries in ordinal name order, hidden ones left out.</summary>
    /// <param name="folder">The folder, as the caller gave it; entries are named by joining it with their names.</param>
    public static IReadOnlyList<Entry> Entries(string folder)
        => [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Where(info => !IsHidden(info))
            .OrderBy(info => info.Name, StringComparer.Ordinal)
            .Select(info => new Entry(Path.Join(folder, info.Name), SkipReasonOf(info)))];

    private static bool IsHidden(FileSystemInfo info) => info.Name.StartsWith('.') || info.Attributes.HasFlag(FileAttributes.Hidden);

    private static string? SkipReasonOf(FileSystemInfo info)
    {
        if (info is DirectoryInfo)
        {
            return "a folder inside the data folder; folders are not read recursively.";
        }

        return DataFileEndings.Any(ending => info.Name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"not a data file: its name does not end in {string.Join(", ", DataFileEndings.SkipLast(1))} or {DataFileEndings[^1]}.";
    }
}
