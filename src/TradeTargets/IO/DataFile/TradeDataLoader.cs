using Microsoft.Win32.SafeHandles;

namespace TradeTargets.IO;

/// <summary>Loads several files, and optionally data loaded before, into one data set whose rules are checked once.</summary>
/// <remarks>
/// A file may refer to records of another: a goal that restates a seed goal, or a second figures file for the same
/// goals. The loader checks every record against all records before it (ids unique, no clashing figures) and, at
/// <see cref="Finish"/>, every restatement against all goals, so the order of the files does not matter for links.
/// Problems carry the file, line and column of the record at fault and, for a clash, where the other record is.
/// </remarks>
/// <example><code>
/// var result = new TradeDataLoader(SeedData.Load())
///     .Add("my-goals.csv")
///     .Add("comtrade-2024.csv")
///     .Add("tracker")  // a folder of data files
///     .Finish();
/// foreach (var skipped in result.Skipped) Console.WriteLine(skipped);
/// foreach (var file in result.SkippedFiles) Console.WriteLine(file);
/// var evaluations = GoalEvaluator.EvaluateAll(result.Data, EvaluationOptions.At(new DateOnly(2025, 12, 31)));
/// </code></example>
public sealed class TradeDataLoader
{
    private readonly DataSetBuilder builder;
    private readonly ImportOptions options;
    private readonly List<SkippedRows> skipped = [];
    private readonly List<SkippedFile> skippedFiles = [];
    private readonly Dictionary<string, string> loadedFiles = new(StringComparer.Ordinal);
    private bool finished;

    /// <summary>Creates a strict loader.</summary>
    /// <param name="start">Records loaded before (for example <see cref="SeedData.Load"/>) that the files join; records equal to one of them are kept once.</param>
    public TradeDataLoader(TradeDataSet start)
        : this(start, ImportOptions.Default, LoadMode.Strict)
    {
    }

    /// <summary>Creates a loader.</summary>
    /// <param name="start">Records loaded before that the files join.</param>
    /// <param name="options">How official statistics rows become figures, and the vague deadline phrases goals may use.</param>
    /// <param name="mode">Whether the first bad row throws or every bad row is reported.</param>
    public TradeDataLoader(TradeDataSet start, ImportOptions options, LoadMode mode = LoadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(start);
        this.options = Preconditions.NotNull(options);
        builder = new DataSetBuilder(Preconditions.Defined(mode) == LoadMode.Strict, start, this.options.VagueDeadlines);
    }

    /// <summary>Reads a data file or an official statistics download, or every data file directly in a folder.</summary>
    /// <param name="path">The file or folder; messages name a file by its file name.</param>
    /// <returns>This loader.</returns>
    /// <exception cref="DataFileException">In strict mode, a row, header or the file is bad, or the path is a named pipe, a device or a socket.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <remarks>
    /// <para>
    /// A gzip file (a UN Comtrade bulk download) or a zip archive (an IMF download) is recognised by its first
    /// bytes, whatever its name, and read as it is decompressed; line numbers in problems are those of the text
    /// inside. Each file of a zip archive is read in turn and named <c>archive.zip/entry.csv</c>. Damaged
    /// compressed data, or an archive with no file, is a problem for the file (strict: <see cref="DataFileException"/>).
    /// </para>
    /// <para>
    /// A folder is read as its data files one by one, in ordinal name order: the files directly in it whose names end in
    /// <c>.csv</c>, <c>.json</c>, <c>.gz</c> or <c>.zip</c>. Hidden files and folders (names starting with a dot) are
    /// ignored; every other entry, subfolders included, is listed in <see cref="LoadResult.SkippedFiles"/> with the
    /// reason. A file given a second time (itself, through a link, or as part of a folder) is read once and listed
    /// there too. A named pipe, a device or a socket is refused where the system can tell (Linux), because reading
    /// it would wait for a writer instead of reading a file.
    /// </para>
    /// </remarks>
    public TradeDataLoader Add(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ThrowIfFinished();
        var kind = PathKind.Of(path);
        if (kind == PathKind.Kind.Directory || (kind == PathKind.Kind.Unknown && Directory.Exists(path)))
        {
            foreach (var entry in DataFolder.Entries(path))
            {
                if (entry.SkipReason is { } reason)
                {
                    skippedFiles.Add(new SkippedFile(entry.Path, reason));
                }
                else
                {
                    AddFile(entry.Path, PathKind.Of(entry.Path));
                }
            }

            return this;
        }

        return AddFile(path, kind);
    }

    private TradeDataLoader AddFile(string path, PathKind.Kind kind)
    {
        if (PathKind.RefusalFor(kind) is { } refusal)
        {
            builder.Report(new DataProblem(Path.GetFileName(path), 0, null, null, $"not read: {refusal}"));
            return this;
        }

        var identity = IdentityOf(path);
        if (loadedFiles.TryGetValue(identity, out var first))
        {
            skippedFiles.Add(new SkippedFile(path, $"the same file as {first}, given before; it is read once."));
            return this;
        }

        using var stream = TradeDataFile.Open(path);
        loadedFiles.Add(identity, path);
        return Add(stream, Path.GetFileName(path), stream.SafeFileHandle);
    }

    // The same file named twice (a relative and an absolute path, a link, or a folder and one of its files) is one file.
    private static string IdentityOf(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>Reads a data file or an official statistics download from a stream of bytes, plain, gzip or zip.</summary>
    /// <param name="stream">The bytes; UTF-8 text, or gzip or zip data recognised by its first bytes. It is left open.</param>
    /// <param name="displayName">The name used in messages, for example the file name.</param>
    /// <returns>This loader.</returns>
    /// <exception cref="DataFileException">In strict mode, a row, header or the input is bad, or its compressed data is damaged.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>Compressed input is read as <see cref="Add(string)"/> describes. A zip archive is read whole into memory when the stream cannot seek.</remarks>
    public TradeDataLoader Add(Stream stream, string displayName) => Add(stream, displayName, null);

    /// <summary>Reads a stream; <paramref name="file"/> is its open file when the loader opened it, so a large plain file may be read in parts.</summary>
    private TradeDataLoader Add(Stream stream, string displayName, SafeFileHandle? file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(displayName);
        CompressedInput.Read(
            stream,
            displayName,
            (reader, name, plain) => Add(reader, name, plain ? file : null),
            (name, reason, cause) => builder.Report(new DataProblem(name, 0, null, null, reason), cause));
        return this;
    }

    /// <summary>Reads data from a reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="displayName">The name used in messages, for example the file name.</param>
    /// <returns>This loader.</returns>
    /// <exception cref="DataFileException">In strict mode, a row, header or the input is bad.</exception>
    public TradeDataLoader Add(TextReader reader, string displayName) => Add(reader, displayName, null);

    private TradeDataLoader Add(TextReader reader, string displayName, SafeFileHandle? file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(displayName);
        ThrowIfFinished();
        builder.NextFile();
        skipped.AddRange(TradeDataFile.Read(reader, displayName, options, builder, file));
        return this;
    }

    /// <summary>Checks the rules that need every record (restatement links) and returns the combined data.</summary>
    /// <returns>The data set, the problems (always empty in strict mode) and the rows left out by rule.</returns>
    /// <exception cref="DataFileException">In strict mode, a restatement points at no goal.</exception>
    public LoadResult Finish()
    {
        if (finished)
        {
            throw new InvalidOperationException("The loader has already finished.");
        }

        finished = true;
        var data = builder.Build();
        return new LoadResult(data, [.. builder.Problems]) { Skipped = [.. skipped], SkippedFiles = [.. skippedFiles] };
    }

    private void ThrowIfFinished()
    {
        if (finished)
        {
            throw new InvalidOperationException("The loader has finished; create a new one to load more.");
        }
    }
}
