namespace TradeTargets.Reports;

/// <summary>A write-only stream that writes the bytes it is given to a text writer as base64, as they come.</summary>
/// <remarks>
/// The tracker page carries its CSV and JSON reports as base64 data: addresses. Encoding them as they are written keeps
/// only a few kilobytes in memory, where encoding the finished report held it three times over (text, bytes, base64).
/// Bytes are encoded in groups of three; the last one or two are padded when the stream is disposed.
/// </remarks>
internal sealed class Base64TextStream(TextWriter output) : Stream
{
    private readonly byte[] carry = new byte[3];
    private readonly char[] chars = new char[4 * 1024];
    private int carried;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // Complete the group left over from the last write first.
        while (carried > 0 && buffer.Length > 0)
        {
            carry[carried++] = buffer[0];
            buffer = buffer[1..];
            if (carried == 3)
            {
                Encode(carry);
                carried = 0;
            }
        }

        // Whole groups of three, a buffer's worth at a time.
        const int bytesPerChunk = 3 * 1024;
        while (buffer.Length >= 3)
        {
            var take = Math.Min(bytesPerChunk, buffer.Length - (buffer.Length % 3));
            Encode(buffer[..take]);
            buffer = buffer[take..];
        }

        foreach (var b in buffer)
        {
            carry[carried++] = b;
        }
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && carried > 0)
        {
            Encode(carry.AsSpan(0, carried));
            carried = 0;
        }

        base.Dispose(disposing);
    }

    private void Encode(ReadOnlySpan<byte> bytes)
    {
        if (!Convert.TryToBase64Chars(bytes, chars, out var written))
        {
            throw new InvalidOperationException("The base64 buffer is too small for a chunk.");
        }

        output.Write(chars, 0, written);
    }
}
