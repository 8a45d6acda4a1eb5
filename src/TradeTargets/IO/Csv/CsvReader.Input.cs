using System.Globalization;
using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

// The buffer: filling it, skipping the rest of a broken line, and the bound on a record's length.
internal sealed partial class CsvReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Refill()
    {
        stopBlock = NoStopBlock;
        if (skipToLineEnd)
        {
            // Discard characters until the end of the line that held a syntax error.
            while (true)
            {
                var n = reader.Read(buffer, 0, buffer.Length);
                if (n == 0)
                {
                    eof = true;
                    position = end = 0;
                    skipToLineEnd = false;
                    return;
                }

                CharsRead += n;
                var nl = buffer.AsSpan(0, n).IndexOfAny('\r', '\n');
                if (nl >= 0)
                {
                    var next = buffer[nl] == '\r' && nl + 1 < n && buffer[nl + 1] == '\n' ? nl + 2 : nl + 1;
                    skipLineFeed = buffer[nl] == '\r' && nl + 1 >= n;
                    nextLine++;
                    Array.Copy(buffer, next, buffer, 0, n - next);
                    position = 0;
                    end = n - next;
                    skipToLineEnd = false;
                    return;
                }
            }
        }

        var keep = end - position;
        if (position > 0)
        {
            Array.Copy(buffer, position, buffer, 0, keep);
            position = 0;
            end = keep;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxRecordChars)
            {
                throw TooLong();
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = reader.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }
        else
        {
            CharsRead += read;
            end += read;
        }
    }

    private void SkipLine(ReadOnlySpan<char> span, int from, long newlinesInQuotes)
    {
        Line = nextLine;
        var rest = span[from..];
        var nl = rest.IndexOfAny('\r', '\n');
        if (nl < 0)
        {
            // The rest of the line is not in the buffer yet; drop what is there and keep skipping on the next read.
            position = end;
            skipToLineEnd = true;
            nextLine += newlinesInQuotes;
            return;
        }

        nl += from;
        var next = span[nl] == '\r' && nl + 1 < end && span[nl + 1] == '\n' ? nl + 2 : nl + 1;
        skipLineFeed = span[nl] == '\r' && nl + 1 >= end && !eof;
        position = next;
        nextLine += newlinesInQuotes + 1;
    }

    /// <summary>
    /// The buffer holds one record of <see cref="MaxRecordChars"/> characters and more: reading resumes on the line after
    /// the one the record starts on (so an unclosed quote costs one line), and when that line itself has no end within
    /// the limit, the rest of the input is not read: it is not a CSV data file. Either way the time and memory are bounded.
    /// </summary>
    private CsvSyntaxException TooLong()
    {
        GuessedRecordEnd = true;
        var line = nextLine;
        Line = line;
        var span = buffer.AsSpan(position, end - position);
        var nl = span.IndexOfAny('\r', '\n');
        if (nl >= 0 && nl + 1 < span.Length)
        {
            var next = span[nl] == '\r' && span[nl + 1] == '\n' ? nl + 2 : nl + 1;
            position += next;
            nextLine++;
            return new CsvSyntaxException(line, string.Create(CultureInfo.InvariantCulture, $"a record is longer than {MaxRecordChars} characters: a quote opened on this line is never closed, or this is not a CSV data file; reading goes on at the next line."));
        }

        position = end = 0;
        eof = true;
        return new CsvSyntaxException(line, string.Create(CultureInfo.InvariantCulture, $"a line is longer than {MaxRecordChars} characters without a line break; this is not a CSV data file, and the rest of it is not read."));
    }
}
