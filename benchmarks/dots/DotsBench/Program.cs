using System.Diagnostics;
using TradeTargets;
using TradeTargets.ImfDots;

// Loading the table whole: the first load in the process (cold, with the JIT) and the best of five warm loads,
// with the managed memory the loaded table holds.
var before = GC.GetTotalMemory(forceFullCollection: true);
var clock = Stopwatch.StartNew();
var dots = ImfDotsStatistics.Load();
var cold = clock.Elapsed;
var held = GC.GetTotalMemory(forceFullCollection: true) - before;
var warm = Enumerable.Range(0, 5).Select(_ =>
{
    var c = Stopwatch.StartNew();
    GC.KeepAlive(ImfDotsStatistics.Load());
    return c.Elapsed;
}).Min();
Console.WriteLine($"load: first {cold.TotalMilliseconds:0} ms, best warm {warm.TotalMilliseconds:0} ms; {dots.SeriesCount} series held in {held / 1048576.0:0.0} MB managed memory");

// Every seed goal evaluated with the statistics: the figures for the goals' pairs, the merge, the evaluation.
var seed = SeedData.Load();
var options = EvaluationOptions.At(new DateOnly(2026, 11, 27));
_ = GoalEvaluator.EvaluateAll(seed, options);
clock.Restart();
var data = dots.AddTo(seed);
var merged = clock.Elapsed;
var evaluations = GoalEvaluator.EvaluateAll(data, options);
var total = clock.Elapsed;
Console.WriteLine($"seed goals: {evaluations.Count} evaluated with {data.Figures.Count - seed.Figures.Count} DOTS figures added; figures and merge {merged.TotalMilliseconds:0} ms, with evaluation {total.TotalMilliseconds:0} ms");

// Figures for every pair in the table (the whole table turned into figures), to show the cost per pair.
clock.Restart();
var all = dots.FiguresFor(dots.Pairs);
Console.WriteLine($"every pair: {all.Count} figures in {clock.Elapsed.TotalSeconds:0.0} s");
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
