namespace TradeTargets.IO;

/// <summary>
/// A CSV layout the loader recognises by its header row and reads: the project's own record files and each statistics
/// office's download. The loader asks the formats of one list in turn (<c>DataFileFormats.All</c>) and the first that
/// recognises the header reads the file, so recognising and reading cannot drift apart.
/// </summary>
internal interface ICsvFormat
{
    /// <summary>Whether a header row is this layout's.</summary>
    /// <param name="header">The header's field names as written.</param>
    bool Recognises(IReadOnlyList<string> header);

    /// <summary>Reads every row after the header into the input's builder.</summary>
    /// <param name="input">The reader past the header, with the file's name, the header and where results go.</param>
    /// <returns>The rows a rule left out, counted by reason; empty for a format that leaves nothing out.</returns>
    IReadOnlyList<SkippedRows> Read(CsvInput input);
}
