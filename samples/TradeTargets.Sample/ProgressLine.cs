using System.Diagnostics;
using System.Globalization;

namespace TradeTargets.Sample;

/// <summary>A one-line count of finished work on a terminal ("Rendering charts 37/1002"), redrawn in place and cleared at the end.</summary>
/// <remarks>
/// Safe to advance from parallel workers. The line is redrawn at most once per <c>interval</c> (and always for the
/// last item), so a thousand charts do not mean a thousand terminal writes. It is meant for a terminal only: callers
/// pass none when the stream is redirected, so files and pipes get the same bytes on every run.
/// </remarks>
internal sealed class ProgressLine : IDisposable
{
    private readonly TextWriter terminal;
    private readonly string label;
    private readonly int total;
    private readonly long intervalTicks;
    private readonly Lock sync = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int done;
    private long lastDrawn;
    private int drawnLength;

    public ProgressLine(TextWriter terminal, string label, int total, TimeSpan interval)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Counts one finished item and redraws the line when the interval has passed or the work is complete.</summary>
    public void Advance()
    {
        lock (sync)
        {
            done++;
            var now = clock.ElapsedTicks;
            // The first count is drawn at once, so a long run shows its line from the start.
            if (done < total && drawnLength > 0 && now - lastDrawn < intervalTicks)
            {
                return;
            }

            lastDrawn = now;
            var text = string.Create(CultureInfo.InvariantCulture, $"{label} {done}/{total}");
            // \r returns to the line's start without a new line; the count only grows, so each text covers the last.
            terminal.Write("\r" + text);
            terminal.Flush();
            drawnLength = text.Length;
        }
    }

    /// <summary>Clears the line, leaving the cursor where the line began.</summary>
    public void Dispose()
    {
        lock (sync)
        {
            if (drawnLength > 0)
            {
                terminal.Write("\r" + new string(' ', drawnLength) + "\r");
                terminal.Flush();
                drawnLength = 0;
            }
        }
    }
}
