using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TradeTargets.IO;

/// <summary>
/// A streaming RFC 4180 tokenizer: reads one record at a time from a buffer that never holds more than a
/// few records, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// Fields are separated by commas; a field may be quoted with <c>"</c>, inside which commas, line breaks
/// and doubled quotes (<c>""</c>) are data. Records end at LF, CRLF or a lone CR. A leading byte order mark
/// is skipped by the <see cref="TextReader"/> or here. Unquoted fields are returned as slices of the buffer;
/// only quoted fields with doubled quotes are copied. Blank lines are skipped.
/// <para>
/// The scanning loops are compiled fully optimised on first use
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>) and search with vector instructions of their own
/// rather than calling generic library searches: an import is one long call in which tiered compilation would
/// otherwise leave the hot path in unoptimised code for seconds, most of all on a busy single core.
/// </para>
/// </remarks>
internal sealed class CsvReader
{
    /// <summary>The most characters one record (one line, or several inside quotes) may hold; what one line may cost in memory is bounded by it.</summary>
    public const int MaxRecordChars = 16 * 1024 * 1024;

    /// <summary>Why a record holding U+FFFD is rejected.</summary>
    public const string NotUtf8Reason = "the line holds bytes that are not valid UTF-8 (read as the replacement character U+FFFD); save the file as UTF-8.";

    private readonly TextReader reader;
    private (int Start, int Length, int Escaped)[] fields = new (int, int, int)[64];
    private int fieldCount;
    private char[] buffer;
    private char[] scratch = new char[256];
    private int scratchUsed;
    private int position;
    private int end;
    private bool eof;
    private bool started;
    private long nextLine;
    private readonly bool skipByteOrderMark;

    /// <param name="reader">The text.</param>
    /// <param name="firstLine">The number of the first line of the text.</param>
    /// <param name="bufferSize">The characters read at a time; the buffer grows for longer records.</param>
    /// <param name="skipByteOrderMark">Whether a U+FEFF at the very start is a byte order mark; false for text that starts in the middle of a file.</param>
    public CsvReader(TextReader reader, long firstLine = 1, int bufferSize = 1 << 16, bool skipByteOrderMark = true)
    {
        this.reader = reader;
        buffer = new char[bufferSize];
        nextLine = firstLine;
        this.skipByteOrderMark = skipByteOrderMark;
    }

    /// <summary>The line after the last record read: at the end of the input, the first line number plus the lines read.</summary>
    public long NextLine => nextLine;

    /// <summary>
    /// Whether the reader has had to decide where a record ends by a rule for broken input rather than by the text: a quoted
    /// field ran to the end of the input, or a record ran past <see cref="MaxRecordChars"/>. Text read in pieces is read as it
    /// would be whole only while this stays false for every piece but the last.
    /// </summary>
    public bool GuessedRecordEnd { get; private set; }

    /// <summary>The physical line on which the current record starts (1-based).</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => fieldCount;

    /// <summary>The characters read so far, for progress and throughput.</summary>
    public long CharsRead { get; private set; }

    /// <summary>A field of the current record.</summary>
    /// <param name="index">The zero-based field index.</param>
    /// <returns>The unquoted, unescaped text.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Field(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)fieldCount, nameof(index));
        var (start, length, escaped) = fields[index];
        return escaped == 0 ? buffer.AsSpan(start, length) : scratch.AsSpan(start, length);
    }

    /// <summary>A field as a string.</summary>
    /// <param name="index">The zero-based field index.</param>
    /// <returns>The text.</returns>
    public string FieldString(int index) => new(Field(index));

    /// <summary>Every field of the current record as strings.</summary>
    /// <returns>The fields.</returns>
    public string[] FieldStrings()
    {
        var result = new string[fieldCount];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = FieldString(i);
        }

        return result;
    }

    /// <summary>Reads the next non-blank record.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="CsvSyntaxException">The record breaks the quoting rules; the reader has skipped to the next line, so reading may go on.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            var result = TryParseRecord();
            if (result == ParseResult.NeedMore)
            {
                Refill();
                continue;
            }

            if (result == ParseResult.End)
            {
                return false;
            }

            if (fieldCount == 1 && fields[0].Length == 0 && fields[0].Escaped == 0 && !lastRecordHadQuotes)
            {
                continue; // a blank line
            }

            return true;
        }
    }

    private bool lastRecordHadQuotes;

    // The stops (commas, quotes, CR, LF) of buffer[stopBlock..stopBlock + 32) as bits; see IndexOfStop.
    private const int NoStopBlock = int.MinValue / 2;
    private int stopBlock = NoStopBlock;
    private uint stopMask;

    private enum ParseResult
    {
        Record,
        NeedMore,
        End,

        /// <summary>A field was read and a comma ends it: the record goes on (returned by <see cref="QuotedField"/> only).</summary>
        Field,
    }

    // The line breaks inside quoted fields of the record being read, so far; its line count when it ends.
    private long lineBreaksInQuotes;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ParseResult TryParseRecord()
    {
        if (StartRecord() is { } early)
        {
            return early;
        }

        fieldCount = 0;
        scratchUsed = 0;
        lastRecordHadQuotes = false;
        lineBreaksInQuotes = 0;
        var span = buffer.AsSpan(0, end);
        var i = position;
        var block = stopBlock;
        var mask = stopMask;
        while (true)
        {
            if (i < end && span[i] == '"')
            {
                var (result, next) = QuotedField(span, i);
                if (result != ParseResult.Field)
                {
                    return result;
                }

                i = next;
                continue;
            }

            // The next stop is most often in the block of characters compared for the previous field (see IndexOfStop);
            // its mask is kept in locals here, where the compiler can hold them in registers.
            int stop;
            var offset = (uint)(i - block);
            if (offset < 32u && (mask >> (int)offset) != 0)
            {
                stop = i + BitOperations.TrailingZeroCount(mask >> (int)offset);
            }
            else
            {
                stop = IndexOfStop(span, i);
                block = stopBlock;
                mask = stopMask;
            }

            if (stop < 0)
            {
                if (!eof)
                {
                    return ParseResult.NeedMore;
                }

                AddField(i, end - i, 0);
                return Finish(end, lineBreaksInQuotes);
            }

            var c = span[stop];
            if (c == '"')
            {
                SkipLine(span, stop, lineBreaksInQuotes);
                throw new CsvSyntaxException(Line, string.Create(CultureInfo.InvariantCulture, $"stray quote in unquoted field {fieldCount + 1}; quote the whole field and double the quote (\"\") to write one."));
            }

            AddField(i, stop - i, 0);
            if (c == ',')
            {
                i = stop + 1;
                if (i >= end && eof)
                {
                    AddField(i, 0, 0);
                    return Finish(end, lineBreaksInQuotes);
                }

                continue;
            }

            return EndOfLine(span, stop, lineBreaksInQuotes);
        }
    }

    /// <summary>
    /// What comes before the record's first character: the byte order mark at the very start, and a line feed that belongs
    /// to a skipped line's carriage return. Null when a record may be read from <see cref="position"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ParseResult? StartRecord()
    {
        if (!started)
        {
            if (end == 0 && !eof)
            {
                return ParseResult.NeedMore;
            }

            started = true;
            if (skipByteOrderMark && end > 0 && buffer[0] == '\uFEFF')
            {
                position = 1;
            }
        }

        if (skipLineFeed)
        {
            // A skipped line ended at a CR that was the last character in the buffer: a LF after it belongs to that line end.
            if (position >= end && !eof)
            {
                return ParseResult.NeedMore;
            }

            skipLineFeed = false;
            if (position < end && buffer[position] == '\n')
            {
                position++;
            }
        }

        return position >= end && eof ? ParseResult.End : null;
    }

    /// <summary>
    /// Reads the quoted field whose opening quote is at <paramref name="quote"/>, and what follows its closing quote: a
    /// comma (<see cref="ParseResult.Field"/>, the next field starting at Next), the end of the line or input (the record),
    /// or anything else, which breaks the quoting rules and skips the line.
    /// </summary>
    /// <exception cref="CsvSyntaxException">The field is never closed, or text follows its closing quote.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (ParseResult Result, int Next) QuotedField(ReadOnlySpan<char> span, int quote)
    {
        lastRecordHadQuotes = true;
        var i = CloseQuote(span, quote);
        if (i < 0)
        {
            return (ParseResult.NeedMore, 0);
        }

        if (i >= end)
        {
            return (Finish(end, lineBreaksInQuotes), 0);
        }

        var after = span[i];
        if (after == ',')
        {
            return (ParseResult.Field, i + 1);
        }

        if (after is '\r' or '\n')
        {
            return (EndOfLine(span, i, lineBreaksInQuotes), 0);
        }

        SkipLine(span, i, lineBreaksInQuotes);
        throw new CsvSyntaxException(Line, string.Create(CultureInfo.InvariantCulture, $"unexpected character '{after}' after a closing quote in field {fieldCount}; a quoted field must end at a comma or the end of the line (write a quote inside a quoted field as \"\")."));
    }

    /// <summary>
    /// Adds the quoted field whose opening quote is at <paramref name="quote"/> (doubled quotes made single in the scratch
    /// buffer) and returns the index after its closing quote, counting the line breaks inside it; -1 when the buffer ends
    /// before it is known where the field ends.
    /// </summary>
    /// <exception cref="CsvSyntaxException">The input ends inside the field.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CloseQuote(ReadOnlySpan<char> span, int quote)
    {
        var lines = lineBreaksInQuotes;
        var quoteLine = nextLine + lines;
        var j = quote + 1;
        var escapedStart = -1;
        var segmentStart = j;
        while (true)
        {
            var k = IndexOfQuote(span, j, ref lines, out var carriageReturns);
            if (k < 0)
            {
                if (eof)
                {
                    GuessedRecordEnd = true;
                    Line = nextLine;
                    var lineFeeds = span[position..end].Count('\n');
                    position = end;
                    nextLine += lineFeeds;
                    throw new CsvSyntaxException(quoteLine, "a quoted field is never closed: the closing quote is missing before the end of the file.");
                }

                return -1;
            }

            if (k + 1 >= end && !eof)
            {
                return -1;
            }

            if (carriageReturns)
            {
                lines += LoneCarriageReturns(span, j, k);
            }

            if (k + 1 < end && span[k + 1] == '"')
            {
                escapedStart = escapedStart < 0 ? scratchUsed : escapedStart;
                AppendScratch(span[segmentStart..(k + 1)]);
                j = k + 2;
                segmentStart = j;
                continue;
            }

            if (escapedStart >= 0)
            {
                AppendScratch(span[segmentStart..k]);
                AddField(escapedStart, scratchUsed - escapedStart, 1);
            }
            else
            {
                AddField(quote + 1, k - quote - 1, 0);
            }

            lineBreaksInQuotes = lines;
            return k + 1;
        }
    }

    /// <summary>The index of the first comma, quote, CR or LF at or after <paramref name="from"/>, or -1.</summary>
    /// <remarks>
    /// Fields are a few characters long, so most searches would load and compare the same characters again: the stops of
    /// the last 32 characters compared are kept as a bit mask (<see cref="stopBlock"/>, <see cref="stopMask"/>), from
    /// which the record loop takes the next stop before it calls this; a call from inside that block, whose stops are
    /// used up, searches on after it. The mask depends on the buffer only, which changes only when it is refilled, and
    /// that forgets it.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int IndexOfStop(ReadOnlySpan<char> span, int from)
    {
        var i = from;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        if (Vector256.IsHardwareAccelerated)
        {
            // The caller has taken any stop left in the mask; a search from inside its block goes on after it.
            if ((uint)(from - stopBlock) < 32u)
            {
                i = stopBlock + 32;
            }

            var comma = Vector256.Create((ushort)',');
            var quote = Vector256.Create((ushort)'"');
            var cr = Vector256.Create((ushort)'\r');
            var lf = Vector256.Create((ushort)'\n');
            for (; i <= span.Length - (2 * Vector256<ushort>.Count); i += 2 * Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)i);
                var w = Vector256.LoadUnsafe(ref first, (nuint)(i + Vector256<ushort>.Count));
                var low = Vector256.Equals(v, comma) | Vector256.Equals(v, quote) | Vector256.Equals(v, cr) | Vector256.Equals(v, lf);
                var high = Vector256.Equals(w, comma) | Vector256.Equals(w, quote) | Vector256.Equals(w, cr) | Vector256.Equals(w, lf);
                var hits = low.ExtractMostSignificantBits() | (high.ExtractMostSignificantBits() << Vector256<ushort>.Count);
                if (hits != 0)
                {
                    stopBlock = i;
                    stopMask = hits;
                    return i + BitOperations.TrailingZeroCount(hits);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var comma = Vector128.Create((ushort)',');
            var quote = Vector128.Create((ushort)'"');
            var cr = Vector128.Create((ushort)'\r');
            var lf = Vector128.Create((ushort)'\n');
            for (; i <= span.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)i);
                var hits = Vector128.Equals(v, comma) | Vector128.Equals(v, quote) | Vector128.Equals(v, cr) | Vector128.Equals(v, lf);
                if (hits != Vector128<ushort>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < span.Length; i++)
        {
            if (span[i] is ',' or '"' or '\r' or '\n')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index of the first quote at or after <paramref name="from"/>, or -1; adds the line feeds passed on the way and
    /// tells whether a carriage return was passed (most quoted fields have none, and need no search for lone ones).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfQuote(ReadOnlySpan<char> span, int from, ref long lineFeeds, out bool carriageReturns)
    {
        var i = from;
        carriageReturns = false;
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        if (Vector128.IsHardwareAccelerated)
        {
            var quote = Vector128.Create((ushort)'"');
            var lf = Vector128.Create((ushort)'\n');
            var cr = Vector128.Create((ushort)'\r');
            for (; i <= span.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)i);
                var quotes = Vector128.Equals(v, quote).ExtractMostSignificantBits();
                var feeds = Vector128.Equals(v, lf).ExtractMostSignificantBits();
                var returns = Vector128.Equals(v, cr).ExtractMostSignificantBits();
                if (quotes != 0)
                {
                    var before = (1u << BitOperations.TrailingZeroCount(quotes)) - 1;
                    lineFeeds += BitOperations.PopCount(feeds & before);
                    carriageReturns |= (returns & before) != 0;
                    return i + BitOperations.TrailingZeroCount(quotes);
                }

                lineFeeds += BitOperations.PopCount(feeds);
                carriageReturns |= returns != 0;
            }
        }

        for (; i < span.Length; i++)
        {
            var c = span[i];
            if (c == '"')
            {
                return i;
            }

            if (c == '\n')
            {
                lineFeeds++;
            }
            else if (c == '\r')
            {
                carriageReturns = true;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddField(int start, int length, int escaped)
    {
        if (fieldCount == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[fieldCount++] = (start, length, escaped);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ParseResult EndOfLine(ReadOnlySpan<char> span, int at, long newlinesInQuotes)
    {
        if (span[at] == '\r')
        {
            if (at + 1 >= end && !eof)
            {
                return ParseResult.NeedMore;
            }

            return Finish(at + 1 < end && span[at + 1] == '\n' ? at + 2 : at + 1, newlinesInQuotes + 1);
        }

        return Finish(at + 1, newlinesInQuotes + 1);
    }

    private ParseResult Finish(int next, long linesConsumed)
    {
        HasReplacementCharacter = buffer.AsSpan(position, next - position).Contains('\uFFFD');
        Line = nextLine;
        nextLine += linesConsumed;
        position = next;
        return ParseResult.Record;
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

    private bool skipToLineEnd;

    // Set when a skipped line ends at a CR at the end of the buffer: whether a LF follows is only known after the next read,
    // and the line must end at the same place however the text falls into buffers.
    private bool skipLineFeed;

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

    /// <summary>The carriage returns in <paramref name="span"/>[from..to) that are not followed by a line feed: line ends of their own.</summary>
    private static int LoneCarriageReturns(ReadOnlySpan<char> span, int from, int to)
    {
        var count = 0;
        var rest = span[from..to];
        while (true)
        {
            var cr = rest.IndexOf('\r');
            if (cr < 0)
            {
                return count;
            }

            if (cr + 1 >= rest.Length || rest[cr + 1] != '\n')
            {
                count++;
            }

            rest = rest[(cr + 1)..];
        }
    }

    /// <summary>Whether the current record's text holds U+FFFD, the character a decoder puts in place of bytes that are not valid UTF-8.</summary>
    public bool HasReplacementCharacter { get; private set; }

    private void AppendScratch(ReadOnlySpan<char> text)
    {
        if (scratchUsed + text.Length > scratch.Length)
        {
            Array.Resize(ref scratch, Math.Max(scratch.Length * 2, scratchUsed + text.Length));
        }

        text.CopyTo(scratch.AsSpan(scratchUsed));
        scratchUsed += text.Length;
    }

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
}
