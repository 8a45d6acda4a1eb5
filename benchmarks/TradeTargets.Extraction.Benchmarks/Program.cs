using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using TradeTargets.Extraction.Benchmarks;

// Extraction throughput on one core: the seed articles and development passages repeated into a 4 MB text, and 1 MB
// of text with no sentence end.
// Run: dotnet run -c Release --project benchmarks/TradeTargets.Extraction.Benchmarks
//
// Two jobs. "Tiered" is the runtime's default. On one core it can understate the steady speed: the benchmark's thread
// runs at raised priority, and the runtime's background compiler, which replaces the first quick code of the regular
// expressions and the reader with optimised code, gets the core only now and then. So 40 warm-ups can still end on
// partly quick code. "Optimised" compiles every method fully the first time (DOTNET_TieredCompilation=0). That is the
// code a long-running process settles on, without profile-guided tuning.
var oneCore = Job.Default.WithAffinity(1).WithWarmupCount(40).WithIterationCount(10);
var summary = BenchmarkRunner.Run<ExtractionThroughput>(DefaultConfig.Instance
    .AddJob(oneCore.WithId("Tiered"))
    .AddJob(oneCore.WithEnvironmentVariable("DOTNET_TieredCompilation", "0").WithId("Optimised")));
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var seconds = report.ResultStatistics!.Mean / 1e9;
    var bytes = report.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ExtractionThroughput.ExtractUnpunctuated)
        ? ExtractionThroughput.UnpunctuatedBytes
        : ExtractionThroughput.CorpusBytes;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{report.BenchmarkCase.Job.Id} {report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: {bytes / 1e6:0.00} MB in {seconds * 1000:0.0} ms = {bytes / 1e6 / seconds:0.0} MB/s"));
}

return summary.HasCriticalValidationErrors ? 1 : 0;
