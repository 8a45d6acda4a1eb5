using System.Runtime.CompilerServices;

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
internal sealed partial class CsvReader
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

    /// <summary>Whether the current record's text holds U+FFFD, the character a decoder puts in place of bytes that are not valid UTF-8.</summary>
    public bool HasReplacementCharacter { get; private set; }

    private bool lastRecordHadQuotes;

    // The stops (commas, quotes, CR, LF) of buffer[stopBlock..stopBlock + 32) as bits; see IndexOfStop.
    private const int NoStopBlock = int.MinValue / 2;
    private int stopBlock = NoStopBlock;
    private uint stopMask;

    private bool skipToLineEnd;

    // Set when a skipped line ends at a CR at the end of the buffer: whether a LF follows is only known after the next read,
    // and the line must end at the same place however the text falls into buffers.
    private bool skipLineFeed;
}
