using System.Globalization;
using BenchmarkDotNet.Running;

namespace TradeTargets.Charts.Benchmarks;

public static class Program
{
    /// <summary>Runs BenchmarkDotNet, or one of the plain modes below (no statistics).</summary>
    /// <remarks>
    /// <c>stopwatch [n]</c>: charts per second of each kind, on one thread and on all cores.
    /// <c>gap-loop n</c>: n gap charts (build, render, PNG) on this thread, in milliseconds a chart; benchmarks/charts/run.sh
    /// runs it beside the same chart in matplotlib.
    /// <c>matplotlib-input path</c>: what the benchmark gap chart draws, as JSON for benchmarks/charts/matplotlib_gap.py.
    /// <c>phases [n]</c>: where the time of a gap chart goes (build, render, PNG encoding).
    /// </remarks>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stopwatch")
        {
            Stopwatch(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64);
            return;
        }

        if (args.Length > 1 && args[0] == "gap-loop")
        {
            Environment.ExitCode = GapLoop(int.Parse(args[1], CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length > 1 && args[0] == "matplotlib-input")
        {
            MatplotlibInput.Write(args[1]);
            return;
        }

        if (args.Length > 0 && args[0] == "phases")
        {
            PhaseProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// Renders the benchmark gap chart (build, render, PNG) <paramref name="count"/> times on this thread after a warm-up,
    /// checks that every chart has the same bytes, and prints milliseconds a chart and the PNG's SHA-256.
    /// </summary>
    private static int GapLoop(int count)
    {
        var evaluation = BenchmarkData.Emirates();
        var first = TradeCharts.GapChart(evaluation).ToPng();
        for (var i = 0; i < 10; i++)
        {
            TradeCharts.GapChart(evaluation).ToPng();
        }

        var differing = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            differing += TradeCharts.GapChart(evaluation).ToPng().AsSpan().SequenceEqual(first) ? 0 : 1;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TradeTargets {count} charts in {seconds:0.00} s = {seconds * 1000 / count:0.00} ms/chart; png {first.Length} bytes sha256 {hash}; {differing} differing"));
        return differing == 0 ? 0 : 1;
    }

    private static void Stopwatch(int count)
    {
        var evaluation = BenchmarkData.Emirates();
        var portfolio = BenchmarkData.Portfolio();
        foreach (var kind in new[] { ChartKind.Gap, ChartKind.Scoreboard, ChartKind.Dumbbell })
        {
            int Render() => kind switch
            {
                ChartKind.Gap => TradeCharts.GapChart(evaluation).ToPng().Length,
                ChartKind.Scoreboard => TradeCharts.Scoreboard(portfolio).ToPng().Length,
                _ => TradeCharts.Dumbbell(portfolio).ToPng().Length,
            };

            for (var i = 0; i < 8; i++)
            {
                Render();
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                Render();
            }

            var serial = count / watch.Elapsed.TotalSeconds;
            watch.Restart();
            Parallel.For(0, count, _ => Render());
            var parallel = count / watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind,-10} one thread {serial,6:0.0} charts/s   all {Environment.ProcessorCount} cores {parallel,6:0.0} charts/s"));
        }
    }
}
