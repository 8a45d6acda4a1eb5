using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace TradeTargets.IO;

/// <summary>Reads and writes TradeTargets data files: goals, figures and statements as CSV, or all three as one JSON document.</summary>
/// <remarks>
/// The kind of a file is detected from its content, not its name: a JSON object, or a CSV header whose
/// columns identify goals (<c>target</c>, <c>deadline</c>), statements (<c>ratio</c>, <c>reference_period</c>)
/// or figures (<c>amount</c>, <c>period</c>), or an official statistics download (UN Comtrade, current and
/// legacy; IMF Direction of Trade time series and IMTS SDMX-CSV; see docs/importers.md). Lines starting with
/// <c>#</c> before the header are comments.
/// <see cref="Load(string)"/> is strict: the first bad row throws a <see cref="DataFileException"/> naming
/// file, line, column, value and reason. <see cref="LoadLenient(string)"/> loads every good row and reports
/// every rejected one; nothing is dropped without a <see cref="DataProblem"/>. See docs/data-format.md.
/// </remarks>
/// <example><code>
/// var data = TradeDataFile.Load("figures.csv");
/// var result = TradeDataFile.LoadLenient("goals.csv");
/// foreach (var problem in result.Problems) Console.WriteLine(problem);
/// </code></example>
public static class TradeDataFile
{
    /// <summary>Loads a data file strictly.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">A row, header or the file is bad; the message says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <remarks>Rows an official statistics download leaves out by rule are not reported here; <see cref="TradeDataLoader"/> returns them.</remarks>
    public static TradeDataSet Load(string path) => Load(path, ImportOptions.Default);

    /// <summary>Loads a data file or an official statistics download strictly, with import options.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How statistics rows become figures; ignored for TradeTargets data files.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">A row, header or the file is bad.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TradeDataSet Load(string path, ImportOptions options)
        => new TradeDataLoader(TradeDataSet.Empty, options).Add(path).Finish().Data;

    /// <summary>Loads data strictly from a reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="displayName">The name used in messages, for example the file name.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">A row, header or the input is bad.</exception>
    public static TradeDataSet Load(TextReader reader, string displayName) => Load(reader, displayName, ImportOptions.Default);

    /// <summary>Loads data strictly from a reader, with import options.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="displayName">The name used in messages.</param>
    /// <param name="options">How statistics rows become figures.</param>
    /// <returns>The records.</returns>
    /// <exception cref="DataFileException">A row, header or the input is bad.</exception>
    public static TradeDataSet Load(TextReader reader, string displayName, ImportOptions options)
        => new TradeDataLoader(TradeDataSet.Empty, options).Add(reader, displayName).Finish().Data;

    /// <summary>Loads every good row of a data file and reports the others.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records that loaded and one problem per rejected row.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LoadResult LoadLenient(string path) => LoadLenient(path, ImportOptions.Default);

    /// <summary>Loads every good row of a data file or statistics download and reports the others.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How statistics rows become figures.</param>
    /// <returns>The records, the problems and the rows skipped by rule.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LoadResult LoadLenient(string path, ImportOptions options)
        => new TradeDataLoader(TradeDataSet.Empty, options, LoadMode.Lenient).Add(path).Finish();

    /// <summary>Loads every good row from a reader and reports the others.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="displayName">The name used in problems.</param>
    /// <returns>The records that loaded and one problem per rejected row.</returns>
    public static LoadResult LoadLenient(TextReader reader, string displayName) => LoadLenient(reader, displayName, ImportOptions.Default);

    /// <summary>Loads every good row from a reader and reports the others, with import options.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="displayName">The name used in problems.</param>
    /// <param name="options">How statistics rows become figures.</param>
    /// <returns>The records, the problems and the rows skipped by rule.</returns>
    public static LoadResult LoadLenient(TextReader reader, string displayName, ImportOptions options)
        => new TradeDataLoader(TradeDataSet.Empty, options, LoadMode.Lenient).Add(reader, displayName).Finish();

    /// <summary>Writes goals as CSV with a header row and every column.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="goals">The goals.</param>
    public static void WriteGoalsCsv(TextWriter writer, IEnumerable<Goal> goals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(goals);
        WriteCsv(writer, RecordFormat.Goals.Columns, Preconditions.NoNullElements(goals.ToList(), nameof(goals)).Select(RecordColumns.Write));
    }

    /// <summary>Writes reported figures as CSV with a header row and every column.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="figures">Reported figures; derived figures are refused because loading recomputes them.</param>
    /// <exception cref="ArgumentException">A figure is derived.</exception>
    public static void WriteFiguresCsv(TextWriter writer, IEnumerable<ReportedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(figures);
        WriteCsv(writer, RecordFormat.Figures.Columns, Preconditions.NoNullElements(figures.ToList(), nameof(figures)).Select(RecordColumns.Write));
    }

    /// <summary>Writes relative statements as CSV with a header row and every column.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="statements">The statements.</param>
    public static void WriteStatementsCsv(TextWriter writer, IEnumerable<RelativeStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statements);
        WriteCsv(writer, RecordFormat.Statements.Columns, Preconditions.NoNullElements(statements.ToList(), nameof(statements)).Select(RecordColumns.Write));
    }

    /// <summary>Writes a whole data set as one JSON document.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="data">The data set; its reported figures are written, derived ones are recomputed on loading.</param>
    public static void WriteJson(TextWriter writer, TradeDataSet data)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(data);
        TradeDataJson.Write(writer, data);
    }

    internal static FileStream Open(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static void WriteCsv(TextWriter writer, string[] columns, IEnumerable<string?[]> rows)
    {
        CsvText.WriteRecord(writer, columns);
        foreach (var row in rows)
        {
            CsvText.WriteRecord(writer, row);
        }
    }

    /// <summary>The most characters a JSON data file may hold; a larger one is refused rather than read into memory.</summary>
    internal const int MaxJsonChars = 64 * 1024 * 1024;

    /// <summary>Reads one file's rows into the builder; returns the rows an importer left out by rule.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="file">The name messages use.</param>
    /// <param name="options">How statistics rows become figures.</param>
    /// <param name="builder">Where records and problems go.</param>
    /// <param name="plainFile">The open file whose bytes <paramref name="reader"/> decodes from the start, when there is one: a large download may then be read in parts.</param>
    internal static IReadOnlyList<SkippedRows> Read(TextReader reader, string file, ImportOptions options, DataSetBuilder builder, SafeFileHandle? plainFile = null)
    {
        var (headerLine, header, skipped, tooLong) = Sniff(reader);
        if (tooLong)
        {
            builder.Report(new DataProblem(file, headerLine, null, null, string.Create(CultureInfo.InvariantCulture, $"the line is longer than {CsvReader.MaxRecordChars} characters without a line break; this is not a data file, and it is not read further.")));
            return [];
        }

        if (header is null)
        {
            builder.Report(new DataProblem(file, 0, null, null, "the file is empty; expected a CSV header row or a JSON object."));
            return [];
        }

        if (header.Contains('\uFFFD', StringComparison.Ordinal))
        {
            builder.Report(new DataProblem(file, headerLine, null, null, $"header not read: {CsvReader.NotUtf8Reason}"));
            return [];
        }

        if (header.TrimStart().StartsWith('{'))
        {
            ReadJson(reader, file, headerLine, header, skipped, builder);
            return [];
        }

        var csv = new CsvReader(new PrefixedReader(header + "\n", reader), headerLine, 1 << 20);
        string[] names;
        try
        {
            csv.Read();
            names = csv.FieldStrings();
        }
        catch (CsvSyntaxException e)
        {
            builder.Report(new DataProblem(file, e.Line, null, null, $"the header row is not valid CSV: {e.Reason}"), e);
            return [];
        }

        if (DataFileFormats.Detect(names) is not { } format)
        {
            builder.Report(new DataProblem(file, headerLine, null, string.Join(",", names), DataFileFormats.UnknownReason));
            return [];
        }

        return format.Read(new CsvInput(csv, names, file, headerLine, options, builder, plainFile));
    }

    private static void ReadJson(TextReader reader, string file, long headerLine, string header, int skipped, DataSetBuilder builder)
    {
        var text = new StringBuilder(header.Length + 4096);
        text.Append('\n', skipped).Append(header).Append('\n');
        var chunk = new char[1 << 16];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (text.Length + read > MaxJsonChars)
            {
                builder.Report(new DataProblem(file, headerLine, null, null, string.Create(CultureInfo.InvariantCulture, $"a JSON data file may hold at most {MaxJsonChars} characters; split it, or use CSV files, which are read row by row.")));
                return;
            }

            text.Append(chunk, 0, read);
        }

        var json = text.ToString();
        var bad = json.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (bad >= 0)
        {
            var line = 1L + json.AsSpan(0, bad).Count('\n');
            builder.Report(new DataProblem(file, line, null, null, $"the JSON document is not read: {CsvReader.NotUtf8Reason}"));
            return;
        }

        TradeDataJson.Read(json, file, builder);
    }

    /// <summary>
    /// Skips a byte order mark, blank lines and leading <c>#</c> comment lines; returns the first other line and its number.
    /// A line longer than <see cref="CsvReader.MaxRecordChars"/> stops the search (TooLong), so a file with no line
    /// breaks (or an endless stream) costs bounded memory.
    /// </summary>
    private static (long Line, string? Header, int Skipped, bool TooLong) Sniff(TextReader reader)
    {
        var skipped = 0;
        var line = new StringBuilder();
        while (true)
        {
            line.Clear();
            var ended = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                if (c == '\n')
                {
                    ended = true;
                    break;
                }

                if (c == '\r')
                {
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    ended = true;
                    break;
                }

                if (line.Length >= CsvReader.MaxRecordChars)
                {
                    return (skipped + 1, null, skipped, true);
                }

                line.Append((char)c);
            }

            if (!ended && line.Length == 0)
            {
                return (skipped + 1, null, skipped, false);
            }

            var text = line.ToString();
            if (skipped == 0 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#'))
            {
                skipped++;
                continue;
            }

            return (skipped + 1, text, skipped, false);
        }
    }
}
