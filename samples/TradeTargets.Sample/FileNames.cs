namespace TradeTargets.Sample;

/// <summary>Turns ids into file names that are safe on every file system.</summary>
internal static class FileNames
{
    public static string Safe(string id)
        => new([.. id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
