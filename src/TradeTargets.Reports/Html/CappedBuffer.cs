namespace TradeTargets.Reports;

/// <summary>A memory stream that refuses to grow past a limit: writing past it throws <see cref="FullException"/>, so a writer stops early instead of producing a document nobody will embed.</summary>
internal sealed class CappedBuffer(int limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Check(count);
        base.Write(buffer, offset, count);
    }

    // MemoryStream sends a derived type's span writes through the array overload above, so both are checked.
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Check(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        Check(1);
        base.WriteByte(value);
    }

    private void Check(int count)
    {
        if (Length + count > limit)
        {
            throw new FullException();
        }
    }

    /// <summary>The document did not fit.</summary>
    internal sealed class FullException : Exception
    {
        public FullException()
            : base("The document is larger than the limit.")
        {
        }
    }
}
