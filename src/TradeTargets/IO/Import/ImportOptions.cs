namespace TradeTargets.IO;

/// <summary>
/// How a file is read: the side an official statistics download's figures are seen from, and the vague deadline
/// phrases a goals file may use.
/// </summary>
/// <remarks>
/// Without a <see cref="Perspective"/>, every figure is from the side of the file's reporter
/// (<see cref="ReportingSide.Reporter"/>). With one, rows reported by that country give its own figures
/// and rows in which it is the partner give mirror figures: reporter and partner swapped, exports and
/// imports swapped, side <see cref="ReportingSide.PartnerMirror"/>; rows between two other countries are
/// skipped and counted.
/// <para>
/// A large UN Comtrade CSV file (a plain file given by path, not gzip or zip) is read on several cores at once, in
/// parts that start at line breaks; the figures, the rows skipped and the problems, with their line numbers, are
/// those of a read on one core. <see cref="DegreeOfParallelism"/> sets how many cores.
/// </para>
/// </remarks>
public sealed record ImportOptions
{
    /// <summary>The parts a large file is read in; each starts at a line break at or after a multiple of this many bytes.</summary>
    internal const long DefaultSplitChunkBytes = 16L << 20;

    private readonly int? degreeOfParallelism;

    /// <summary>The default: figures from the file reporter's side.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The policy whose phrases a goal's vague deadline may use ("in a few years"); a phrase it does not know is refused
    /// at its line. Give the policy the goals will be evaluated with (<see cref="EvaluationOptions.VagueDeadlinePolicy"/>),
    /// so that a custom policy can load the phrases it reads. Default: <see cref="VagueDeadlinePolicy.Default"/>.
    /// </summary>
    public VagueDeadlinePolicy VagueDeadlines
    {
        get;
        init => field = Preconditions.NotNull(value);
    } = VagueDeadlinePolicy.Default;

    /// <summary>The country whose trade the figures should describe, or null for the file's reporter.</summary>
    public Country? Perspective { get; init; }

    /// <summary>
    /// How many threads read a large UN Comtrade CSV file given by path: null (the default) for one per core
    /// (<see cref="Environment.ProcessorCount"/>), 1 to read on the calling thread only. Files under 32 MB, compressed
    /// files, streams and readers are always read on the calling thread; so is the rest of a file from a part that
    /// ends inside a quoted field, where a line break cannot be shown to end a record.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int? DegreeOfParallelism
    {
        get => degreeOfParallelism;
        init => degreeOfParallelism = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The degree of parallelism is at least 1.");
    }

    /// <summary>The size of the parts a large file is split into; small in tests, so small files are read in many parts.</summary>
    internal long SplitChunkBytes { get; init; } = DefaultSplitChunkBytes;

    /// <summary>The smallest file (in bytes after the header) that is split; smaller ones would not repay the threads.</summary>
    internal long MinSplitBytes { get; init; } = 2 * DefaultSplitChunkBytes;

    /// <summary>
    /// Told, when a file is read in parts, how many parts it was split into and the part from which the rest of the file
    /// was read on one thread (-1 when none was); for tests, which must know the parts were really there.
    /// </summary>
    internal Action<int, int>? OnSplit { get; init; }

    /// <summary>The threads to read a large file with.</summary>
    internal int Threads => degreeOfParallelism ?? Environment.ProcessorCount;

    /// <summary>Options for figures seen from one country, own and mirror.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The options.</returns>
    public static ImportOptions From(Country country) => new() { Perspective = country };
}
