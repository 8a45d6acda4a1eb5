using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace TradeTargets.IO;

// The searches of the buffer, with vector instructions of their own (see the remarks on the class).
internal sealed partial class CsvReader
{
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
}
