using System.Text;

namespace TradeTargets.Reports;

/// <summary>A write-only stream that decodes the UTF-8 bytes it is given and writes the text to a text writer.</summary>
/// <remarks>Lets the JSON report, written as UTF-8 bytes, go to a text writer in pieces instead of as one string.</remarks>
internal sealed class Utf8TextStream(TextWriter output) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(false, true).GetDecoder();
    private readonly char[] chars = new char[8 * 1024];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // A sequence cut between two writes is kept by the decoder until its last byte arrives.
        var completed = false;
        while (!completed)
        {
            decoder.Convert(buffer, chars, flush: false, out var used, out var written, out completed);
            output.Write(chars, 0, written);
            buffer = buffer[used..];
        }
    }

    public override void Flush() => output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
