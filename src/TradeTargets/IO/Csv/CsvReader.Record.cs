using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

// The record loop: fields, quoted fields and where a record ends.
internal sealed partial class CsvReader
{
    private enum ParseResult
    {
        Record,
        NeedMore,
        End,

        /// <summary>A field was read and a comma ends it: the record goes on (returned by <see cref="QuotedField"/> only).</summary>
        Field,
    }

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
        long lineBreaksInQuotes = 0;
        var span = buffer.AsSpan(0, end);
        var i = position;
        var block = stopBlock;
        var mask = stopMask;
        while (true)
        {
            if (i < end && span[i] == '"')
            {
                var (result, next) = QuotedField(span, i, ref lineBreaksInQuotes);
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
    private (ParseResult Result, int Next) QuotedField(ReadOnlySpan<char> span, int quote, ref long lineBreaksInQuotes)
    {
        lastRecordHadQuotes = true;
        var i = CloseQuote(span, quote, ref lineBreaksInQuotes);
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
    private int CloseQuote(ReadOnlySpan<char> span, int quote, ref long lineBreaksInQuotes)
    {
        var quoteLine = nextLine + lineBreaksInQuotes;
        var j = quote + 1;
        var escapedStart = -1;
        var segmentStart = j;
        while (true)
        {
            var k = IndexOfQuote(span, j, ref lineBreaksInQuotes, out var carriageReturns);
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
                lineBreaksInQuotes += LoneCarriageReturns(span, j, k);
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

            return k + 1;
        }
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
}
