using System.Globalization;
using BenchmarkDotNet.Running;

namespace TradeTargets.Charts.Benchmarks;

public static class Program
{
    /// <summary>Runs BenchmarkDotNet, or with "stopwatch" a quick count of charts per second (no statistics).</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stopwatch")
        {
            Stopwatch(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
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
