namespace TradeTargets.IO;

/// <summary>Finds columns in the header row of an official statistics download, by name, ignoring case and surrounding spaces.</summary>
internal static class CsvHeader
{
    /// <summary>Whether the header has a column of this name.</summary>
    public static bool Has(IReadOnlyList<string> header, string name) => IndexOf(header, name) >= 0;

    /// <summary>The index of the first column of this name, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of a column; when it is missing, -1 for an optional column and a <see cref="RowException"/> naming the layout for a required one.</summary>
    public static int Find(IReadOnlyList<string> header, string name, bool required, string layout)
    {
        var index = IndexOf(header, name);
        return index >= 0 || !required ? index : throw new RowException(name, null, $"the required column '{name}' is missing from the {layout} header.");
    }
}
