using Microsoft.Win32.SafeHandles;

namespace TradeTargets.IO;

/// <summary>
/// A read-only stream over part of a file, read at explicit offsets: several threads can read parts of one open file
/// at once, none moving a shared position.
/// </summary>
internal sealed class FileRange(SafeFileHandle file, long start, long end) : ReadOnlyForwardStream
{
    private long position = start;

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, end - position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(file, buffer[..wanted], position);
        position += read;
        return read;
    }
}
