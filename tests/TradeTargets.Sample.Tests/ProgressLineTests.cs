namespace TradeTargets.Sample.Tests;

public class ProgressLineTests
{
    [Fact]
    public void Advance_EveryItemWithNoInterval_DrawsEachCountInPlaceAndDisposeClearsTheLine()
    {
        var terminal = new StringWriter();

        using (var line = new ProgressLine(terminal, "Rendering charts", 3, TimeSpan.Zero))
        {
            line.Advance();
            line.Advance();
            line.Advance();
        }

        // Each draw returns to the line's start; the last clears the 22 characters of "Rendering charts 3/3".
        terminal.ToString().Should().Be("\rRendering charts 1/3\rRendering charts 2/3\rRendering charts 3/3\r" + new string(' ', 20) + "\r");
    }

    [Fact]
    public void Advance_WithinTheInterval_DrawsTheFirstAndTheLastCountOnly()
    {
        var terminal = new StringWriter();

        using (var line = new ProgressLine(terminal, "Rendering charts", 50, TimeSpan.FromHours(1)))
        {
            for (var i = 0; i < 50; i++)
            {
                line.Advance();
            }
        }

        terminal.ToString().Should().Be("\rRendering charts 1/50\rRendering charts 50/50\r" + new string(' ', 22) + "\r");
    }

    [Fact]
    public void Advance_FromParallelWorkers_CountsEveryItemOnceAndEndsAtTheTotal()
    {
        var terminal = new StringWriter();
        var line = new ProgressLine(terminal, "Rendering charts", 1000, TimeSpan.Zero);

        Parallel.For(0, 1000, _ => line.Advance());

        var draws = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        draws.Should().HaveCount(1000).And.OnlyHaveUniqueItems();
        draws[^1].Should().Be("Rendering charts 1000/1000");
    }

    [Fact]
    public void Dispose_NothingDrawn_WritesNothing()
    {
        var terminal = new StringWriter();

        new ProgressLine(terminal, "Rendering charts", 0, TimeSpan.Zero).Dispose();

        terminal.ToString().Should().BeEmpty();
    }
}
