using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

/// <summary>Counts the rows of an official statistics file that a documented rule kept out of the figures, by reason, with the first line of each.</summary>
internal sealed class SkipCounter
{
    private readonly Dictionary<string, Count> counts = new(StringComparer.Ordinal);
    private string? lastReason;
    private Count? last;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Skip(string reason, long line)
    {
        // Most skipped rows repeat the previous row's reason, the same string instance: count them without a lookup.
        if (ReferenceEquals(reason, lastReason))
        {
            last!.Rows++;
            return;
        }

        if (!counts.TryGetValue(reason, out var count))
        {
            count = new Count(line);
            counts[reason] = count;
        }

        count.Rows++;
        lastReason = reason;
        last = count;
    }

    /// <summary>
    /// Adds the counts of a later part of the same file, whose line numbers start at <paramref name="lineOffset"/> + 1:
    /// parts added in file order give the counts and first lines of the file read whole.
    /// </summary>
    public void Add(SkipCounter later, long lineOffset)
    {
        foreach (var (reason, count) in later.counts)
        {
            if (!counts.TryGetValue(reason, out var total))
            {
                total = new Count(count.FirstLine + lineOffset);
                counts[reason] = total;
            }

            total.Rows += count.Rows;
        }

        lastReason = null;
        last = null;
    }

    public IReadOnlyList<SkippedRows> ToList(string file)
        => [.. counts.Select(c => new SkippedRows(file, c.Key, c.Value.Rows, c.Value.FirstLine)).OrderBy(s => s.FirstLine)];

    private sealed class Count(long firstLine)
    {
        public long FirstLine { get; } = firstLine;

        public long Rows { get; set; }
    }
}
