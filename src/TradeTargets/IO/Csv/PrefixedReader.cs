namespace TradeTargets.IO;

/// <summary>A reader that first returns text already taken from another reader, then the rest of that reader.</summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int offset;

    public override int Peek() => offset < prefix.Length ? prefix[offset] : rest.Peek();

    public override int Read() => offset < prefix.Length ? prefix[offset++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (offset < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - offset);
            prefix.AsSpan(offset, n).CopyTo(buffer);
            offset += n;
            return n;
        }

        return rest.Read(buffer);
    }
}
