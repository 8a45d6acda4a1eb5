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
/// defers, with its problems, in row order; this thread settles part after part. Skipped rows are counted per part and
/// added up, the first line of each reason taken from the first part that has it. At most two parts per thread are read
/// ahead of the one being settled, so memory does not grow with the file.
/// </para>
/// </remarks>
internal sealed class SplitRead(SplitSource source, ImportOptions options, IProblemSink builder)
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

    /// <summary>Reads the rows.</summary>
    /// <param name="readPart">Reads one part's rows into its log and skip counter; called on worker threads.</param>
    /// <param name="readRest">Reads the rows from a proven record start to the end of the file straight into the result.</param>
    /// <param name="check">Settles a deferred total, with the offset to add to its line.</param>
    /// <param name="skipped">The file's skip counter, to which the parts' counts are added.</param>
    public void Run(Action<CsvReader, PartLog, SkipCounter> readPart, Action<CsvReader, IProblemSink> readRest, Action<DeferredTotal, long> check, SkipCounter skipped)
    {
        starts = Plan();
        var count = starts.Length - 1;
        var threads = Math.Min(options.Threads, count);
        if (threads <= 1)
        {
            options.OnSplit?.Invoke(count, 0);
            ReadRest(readRest, source.DataOffset, source.FirstDataLine);
            return;
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
                    ReadRest(readRest, starts[i], line);
                    return;
                }

                part.Log.Replay(line - 1, builder, check);
                skipped.Add(part.Skipped, line - 1);
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

    private void Work(Action<CsvReader, PartLog, SkipCounter> readPart, SemaphoreSlim window)
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
                var partSkipped = new SkipCounter();
                using var text = Open(starts[i], starts[i + 1]);
                var csv = new CsvReader(text, 1, BufferBytes, skipByteOrderMark: false);
                readPart(csv, log, partSkipped);
                lock (gate)
                {
                    parts[i] = new Part(log, partSkipped, csv.NextLine - 1, csv.GuessedRecordEnd);
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

    private void ReadRest(Action<CsvReader, IProblemSink> readRest, long start, long firstLine)
    {
        using var text = Open(start, source.Length);
        readRest(new CsvReader(text, firstLine, 1 << 20, skipByteOrderMark: false), builder);
    }

    private StreamReader Open(long start, long end)
        => new(new FileRange(source.File, start, end), Utf8, detectEncodingFromByteOrderMarks: false, BufferBytes);

    private sealed record Part(PartLog Log, SkipCounter Skipped, long Lines, bool GuessedRecordEnd);
}
