using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TradeTargets.Charts.Benchmarks;

/// <summary>
/// Charts per second: build + render + PNG encode at 800×500, on one thread and on all cores.
/// Each operation is one chart; charts per second = 1 s / Mean. The all-cores figure divides the wall time of
/// <see cref="Batch"/> charts rendered with Parallel.For by <see cref="Batch"/>.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 10)]
[MemoryDiagnoser]
public class RenderThroughput
{
    private const int Batch = 16;

    private GoalEvaluation gap = null!;
    private IReadOnlyList<GoalEvaluation> portfolio = null!;

    [Params(ChartKind.Gap, ChartKind.Scoreboard, ChartKind.Dumbbell)]
    public ChartKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        gap = BenchmarkData.Emirates();
        portfolio = BenchmarkData.Portfolio();
        _ = Render(); // fonts and type initialisers before timing
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "one thread")]
    public int OneThread()
    {
        var bytes = 0;
        for (var i = 0; i < Batch; i++)
        {
            bytes += Render();
        }

        return bytes;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "all cores (Parallel.For)")]
    public int AllCores()
    {
        var bytes = 0;
        Parallel.For(0, Batch, _ => Interlocked.Add(ref bytes, Render()));
        return bytes;
    }

    private int Render() => Kind switch
    {
        ChartKind.Gap => TradeCharts.GapChart(gap).ToPng().Length,
        ChartKind.Scoreboard => TradeCharts.Scoreboard(portfolio).ToPng().Length,
        _ => TradeCharts.Dumbbell(portfolio).ToPng().Length,
    };
}
