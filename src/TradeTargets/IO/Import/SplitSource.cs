using Microsoft.Win32.SafeHandles;

namespace TradeTargets.IO;

/// <summary>A plain file whose rows may be read in parts: the open file, its length, and where its rows start.</summary>
/// <param name="File">The open file; read at offsets, so threads can share it.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="DataOffset">The byte after the header line's line break.</param>
/// <param name="FirstDataLine">The line number of the first line after the header.</param>
internal sealed record SplitSource(SafeFileHandle File, long Length, long DataOffset, long FirstDataLine)
{
    /// <summary>
    /// The file's rows as a <see cref="SplitSource"/> when they are worth reading in parts and can be: a plain file of
    /// UTF-8 text at least <see cref="ImportOptions.MinSplitBytes"/> long after a header that ended on its own line
    /// (a quote left open in the header would run into the rows), and more than one thread asked for.
    /// </summary>
    public static SplitSource? Of(SafeFileHandle? plainFile, CsvReader csv, long headerLine, ImportOptions options)
    {
        if (plainFile is null || options.Threads <= 1 || csv.NextLine != headerLine + 1)
        {
            return null;
        }

        var length = RandomAccess.GetLength(plainFile);
        if (length < options.MinSplitBytes)
        {
            return null;
        }

        var offset = LineStart(plainFile, headerLine);
        return offset >= 0 && length - offset >= options.MinSplitBytes ? new SplitSource(plainFile, length, offset, headerLine + 1) : null;
    }

    /// <summary>
    /// The byte offset at which the line after line <paramref name="line"/> starts, counting line ends as the reader does
    /// (LF, CRLF, a lone CR), or -1 when the file has no such line or is not UTF-8 (a UTF-16 or UTF-32 byte order mark,
    /// which the text reader would decode by).
    /// </summary>
    private static long LineStart(SafeFileHandle file, long line)
    {
        var block = new byte[1 << 16];
        long at = 0;
        long lines = 0;
        var afterCr = false;
        while (true)
        {
            var read = RandomAccess.Read(file, block, at);
            if (read == 0)
            {
                return afterCr && lines == line ? at : -1;
            }

            var bytes = block.AsSpan(0, read);
            if (at == 0 && (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])))
            {
                return -1;
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                if (afterCr)
                {
                    afterCr = false;
                    if (b == '\n')
                    {
                        if (lines == line)
                        {
                            return at + i + 1;
                        }

                        continue;
                    }

                    if (lines == line)
                    {
                        return at + i;
                    }
                }

                if (b == '\n')
                {
                    if (++lines == line)
                    {
                        return at + i + 1;
                    }
                }
                else if (b == '\r')
                {
                    lines++;
                    afterCr = true;
                }
            }

            at += read;
        }
    }
}

