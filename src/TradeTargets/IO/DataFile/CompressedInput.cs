using System.IO.Compression;
using System.Text;

namespace TradeTargets.IO;

/// <summary>
/// Opens the texts a file holds: the file itself, the text inside a gzip file, or each file of a zip archive,
/// recognised by their first bytes (not the file name) and decompressed while they are read, never in full.
/// </summary>
/// <remarks>
/// Magic numbers: gzip <c>1F 8B</c> (RFC 1952, section 2.3.1); zip <c>50 4B 03 04</c>, a local file header, or
/// <c>50 4B 05 06</c>, the end record of an empty archive (PKWARE APPNOTE, section 4.3). A zip archive may hold
/// several files: each is read in archive order as its own input named <c>archive.zip/entry.csv</c>; folders and
/// the resource forks macOS adds (<c>__MACOSX/</c>, <c>._name</c>) are passed over. A file inside a zip archive may
/// itself be gzip; a zip archive inside a zip archive is refused.
/// </remarks>
internal static class CompressedInput
{
    private const int BufferSize = 1 << 16;

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    public static bool IsZip(ReadOnlySpan<byte> head)
        => head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));

    /// <summary>Calls <paramref name="read"/> once per text the stream holds, with the name messages should use.</summary>
    /// <param name="stream">The bytes: text, gzip or zip.</param>
    /// <param name="name">The name of the whole input.</param>
    /// <param name="read">Reads one text; told whether the text is the stream's own bytes (not decompressed, not an archive's file).</param>
    /// <param name="damaged">
    /// Told, with the name of the input at fault, when compressed data is damaged or unsupported, or a zip archive
    /// holds no file or another archive; that input is not read further, the other files of an archive still are.
    /// </param>
    public static void Read(Stream stream, string name, Action<TextReader, string, bool> read, Action<string, string, Exception?> damaged)
    {
        var (head, input) = Peek(stream);
        if (!IsZip(head))
        {
            Guard(name, damaged, () => ReadText(input, IsGzip(head), name, (text, n) => read(text, n, !IsGzip(head))));
            return;
        }

        // ZipArchive reads the central directory at the end, so it needs to seek; it buffers a stream that cannot.
        ZipArchive? archive = null;
        Guard(name, damaged, () => archive = new ZipArchive(input, ZipArchiveMode.Read, leaveOpen: true));
        if (archive is null)
        {
            return;
        }

        using (archive)
        {
            var files = archive.Entries.Where(IsDataFile).ToList();
            if (files.Count == 0)
            {
                damaged(name, "the zip archive holds no file to read.", null);
            }

            foreach (var entry in files)
            {
                var entryName = $"{name}/{entry.FullName}";
                Guard(entryName, damaged, () =>
                {
                    using var entryStream = entry.Open();
                    var (entryHead, entryInput) = Peek(entryStream);
                    if (IsZip(entryHead))
                    {
                        damaged(entryName, "a zip archive inside the zip archive is not read; extract it first.", null);
                        return;
                    }

                    ReadText(entryInput, IsGzip(entryHead), entryName, (text, n) => read(text, n, false));
                });
            }
        }
    }

    private static void Guard(string name, Action<string, string, Exception?> damaged, Action action)
    {
        try
        {
            action();
        }
        catch (InvalidDataException e)
        {
            damaged(name, $"the compressed data cannot be read: {e.Message}", e);
        }
    }

    // Streams stay open: the caller owns the one it passed, and each zip entry is closed by its own using.
    private static void ReadText(Stream stream, bool gzip, string name, Action<TextReader, string> read)
    {
        using var text = gzip ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : null;
        using var reader = new StreamReader(text ?? stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        read(reader, name);
    }

    private static bool IsDataFile(ZipArchiveEntry entry)
        => !entry.FullName.EndsWith('/')
            && !entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)
            && !entry.Name.StartsWith("._", StringComparison.Ordinal);

    // Reads the first bytes and returns a stream that still begins with them.
    private static (byte[] Head, Stream Input) Peek(Stream stream)
    {
        var head = new byte[4];
        var count = 0;
        int n;
        while (count < head.Length && (n = stream.Read(head, count, head.Length - count)) > 0)
        {
            count += n;
        }

        head = head[..count];
        if (stream.CanSeek)
        {
            stream.Seek(-count, SeekOrigin.Current);
            return (head, stream);
        }

        return (head, new ReplayStream(head, stream));
    }

    /// <summary>A read-only stream that gives some bytes already read, then the rest of the stream, which it leaves open.</summary>
    private sealed class ReplayStream(byte[] head, Stream rest) : ReadOnlyForwardStream
    {
        private int position;

        public override int Read(Span<byte> buffer)
        {
            if (position < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - position);
                head.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return rest.Read(buffer);
        }
    }
}
