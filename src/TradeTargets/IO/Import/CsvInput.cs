using Microsoft.Win32.SafeHandles;

namespace TradeTargets.IO;

/// <summary>A CSV file whose header has been read, as an <see cref="ICsvFormat"/> reads it.</summary>
/// <param name="Csv">The reader, past the header.</param>
/// <param name="Header">The header's field names.</param>
/// <param name="File">The name messages use.</param>
/// <param name="HeaderLine">The header's line, for a problem with the header.</param>
/// <param name="Options">How statistics rows become figures, and the vague deadline phrases goals may use.</param>
/// <param name="Builder">Where records and problems go.</param>
/// <param name="PlainFile">The open file whose bytes the reader decodes from the start, when there is one: a large download may then be read in parts.</param>
internal sealed record CsvInput(CsvReader Csv, string[] Header, string File, long HeaderLine, ImportOptions Options, DataSetBuilder Builder, SafeFileHandle? PlainFile)
{
    /// <summary>The file's rows as a <see cref="SplitSource"/> when they are worth reading in parts and can be; otherwise null.</summary>
    public SplitSource? Splittable() => SplitSource.Of(PlainFile, Csv, HeaderLine, Options);
}
