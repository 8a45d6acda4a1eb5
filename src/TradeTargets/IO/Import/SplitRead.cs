using System.Runtime.ExceptionServices;
using System.Text;

namespace TradeTargets.IO;

/// <summary>
/// Reads the rows of a large plain CSV file on several threads, in parts that start after a line feed, and hands on what
/// the parts found in file order, so that the result is that of a read on one thread: the same records in the same order,
/// the same rows skipped and the same problems at the same lines.
/// </summary>
/// <remarks>
/// <para>
/// <b>Where a part starts.</b> A line feed ends a record unless it is inside a quoted field, and which it is cannot be
/// seen from the bytes around it. So each part is read as if it started a record, and that guess is checked rather than
/// trusted: the first part starts after the header, at a record's start; a part that started at a record's start and
/// reaches its end outside a quoted field (<see cref="CsvReader.GuessedRecordEnd"/> false) has read its text as a read of
/// the whole file would have, and ends at a record's end, so the next part starts at a record's start too. A part that
/// ends inside a quoted field (or runs a record past <see cref="CsvReader.MaxRecordChars"/>) is thrown away, and the
/// file is read on this thread from that part's start, which is proven, to its end.
/// </para>
/// <para>
/// <b>Line numbers.</b> Each part counts its lines from 1 as the reader counts them (LF, CRLF or a lone CR, inside quotes
/// as outside); the parts are settled in order, so when a part is settled the lines of the parts before it are known
/// and its line numbers are moved on by that many. No pass over the file counts lines beforehand.
/// </para>
/// <para>
/// <b>Order.</b> What a part cannot settle alone (a total that may repeat or contradict one in an earlier part) it
/// defers, with its problems and its skipped rows, in a <see cref="PartLog"/>; <see cref="Parts"/> hands the logs to the
/// importer in file order, on the importer's thread, which settles them as a read on one thread would have. At most two
/// parts per thread are read ahead of the one being settled, so memory does not grow with the file.
/// </para>
/// <para>
/// <b>What it knows of the importer.</b> Nothing but the one call that must run on the worker threads: reading a part's
/// rows into its log. Settling the logs and reading the rest of a file whose part could not be proven are the importer's,
/// on its own thread, from what <see cref="Parts"/> returns.
/// </para>
/// </remarks>
internal sealed class SplitRead(SplitSource source, ImportOptions options)
{
    private const int BufferBytes = 1 << 16;

    // UTF-8 without a preamble: a part starting with the bytes of a byte order mark is text in the middle of a file.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly object gate = new();
    private Part?[] parts = [];
    private long[] starts = [];
    private int next;
    private volatile bool stop;
    private ExceptionDispatchInfo? failure;

    /// <summary>Reads the parts on worker threads and returns them in file order, each once the parts before it are returned.</summary>
    /// <param name="readPart">Reads one part's rows into its log; called on worker threads.</param>
    /// <returns>
    /// The parts in file order; the last may instead be the rest of the file, from a proven record start, for the importer
    /// to read on its thread (always so when one thread is asked for or the file makes one part).
    /// </returns>
    public IEnumerable<SplitPart> Parts(Action<CsvReader, PartLog> readPart)
    {
        starts = Plan();
        var count = starts.Length - 1;
        var threads = Math.Min(options.Threads, count);
        if (threads <= 1)
        {
            options.OnSplit?.Invoke(count, 0);
            using var whole = Open(source.DataOffset, source.Length);
            yield return SplitPart.Rest(RestReader(whole, source.FirstDataLine));
            yield break;
        }

        parts = new Part?[count];
        using var window = new SemaphoreSlim(2 * threads);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() => Work(readPart, window)) { IsBackground = true, Name = "TradeTargets import" };
            workers[t].Start();
        }

        var line = source.FirstDataLine;
        try
        {
            for (var i = 0; i < count; i++)
            {
                var part = Take(i);
                if (part.GuessedRecordEnd)
                {
                    options.OnSplit?.Invoke(count, i);
                    Stop(workers, window);
                    using var rest = Open(starts[i], source.Length);
                    yield return SplitPart.Rest(RestReader(rest, line));
                    yield break;
                }

                yield return SplitPart.Read(part.Log, line - 1);
                line += part.Lines;
                window.Release();
            }

            options.OnSplit?.Invoke(count, -1);
        }
        finally
        {
            Stop(workers, window);
        }
    }

    /// <summary>
    /// The parts' start offsets and the file's end: the first part starts after the header, each other one after the first
    /// line feed at or past a multiple of <see cref="ImportOptions.SplitChunkBytes"/>.
    /// </summary>
    private long[] Plan()
    {
        var result = new List<long> { source.DataOffset };
        var size = Math.Max(1, options.SplitChunkBytes);
        var block = new byte[(int)Math.Min(BufferBytes, Math.Max(64, size))];
        for (var nominal = source.DataOffset + size; nominal < source.Length; nominal += size)
        {
            if (nominal <= result[^1])
            {
                continue; // a long line took the previous part past this one's start
            }

            var feed = IndexOfLineFeed(nominal, block);
            if (feed < 0 || feed + 1 >= source.Length)
            {
                break;
            }

            result.Add(feed + 1);
        }

        result.Add(source.Length);
        return [.. result];
    }

    private long IndexOfLineFeed(long from, byte[] block)
    {
        for (var at = from; at < source.Length;)
        {
            var read = RandomAccess.Read(source.File, block, at);
            if (read == 0)
            {
                return -1;
            }

            var i = block.AsSpan(0, read).IndexOf((byte)'\n');
            if (i >= 0)
            {
                return at + i;
            }

            at += read;
        }

        return -1;
    }

    private void Work(Action<CsvReader, PartLog> readPart, SemaphoreSlim window)
    {
        while (true)
        {
            window.Wait();
            if (stop)
            {
                return;
            }

            var i = Interlocked.Increment(ref next) - 1;
            if (i >= parts.Length)
            {
                return;
            }

            try
            {
                var log = new PartLog();
                using var text = Open(starts[i], starts[i + 1]);
                var csv = new CsvReader(text, 1, BufferBytes, skipByteOrderMark: false);
                readPart(csv, log);
                lock (gate)
                {
                    parts[i] = new Part(log, csv.NextLine - 1, csv.GuessedRecordEnd);
                    Monitor.PulseAll(gate);
                }
            }
#pragma warning disable CA1031 // Any failure of a worker (an I/O error) is rethrown on the calling thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (gate)
                {
                    failure ??= ExceptionDispatchInfo.Capture(e);
                    Monitor.PulseAll(gate);
                }

                return;
            }
        }
    }

    private Part Take(int i)
    {
        lock (gate)
        {
            while (parts[i] is null && failure is null)
            {
                Monitor.Wait(gate);
            }

            failure?.Throw();
            var part = parts[i]!;
            parts[i] = null;
            return part;
        }
    }

    private void Stop(Thread[] workers, SemaphoreSlim window)
    {
        if (!stop)
        {
            stop = true;
            window.Release(workers.Length);
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }
    }

    private static CsvReader RestReader(StreamReader text, long firstLine) => new(text, firstLine, 1 << 20, skipByteOrderMark: false);

    private StreamReader Open(long start, long end)
        => new(new FileRange(source.File, start, end), Utf8, detectEncodingFromByteOrderMarks: false, BufferBytes);

    private sealed record Part(PartLog Log, long Lines, bool GuessedRecordEnd);
}

/// <summary>
/// A part of a file read in parts, in file order: what a worker found in it (<see cref="Log"/>, its line numbers to be
/// moved on by <see cref="LineOffset"/>), or the rest of the file from a proven record start, to be read on the importer's
/// thread (<see cref="RestOfFile"/>).
/// </summary>
internal readonly record struct SplitPart(PartLog? Log, long LineOffset, CsvReader? RestOfFile)
{
    public static SplitPart Read(PartLog log, long lineOffset) => new(log, lineOffset, null);

    public static SplitPart Rest(CsvReader rest) => new(null, 0, rest);
}
