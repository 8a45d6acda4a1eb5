using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using TradeTargets.Extraction.Benchmarks;

// Extraction throughput on one core: the seed articles and development passages repeated into a 4 MB text, and 1 MB
// of text with no sentence end.
// Run: dotnet run -c Release --project benchmarks/TradeTargets.Extraction.Benchmarks
var summary = BenchmarkRunner.Run<ExtractionThroughput>(
    DefaultConfig.Instance.AddJob(Job.Default.WithAffinity(1).WithWarmupCount(40).WithIterationCount(10)));
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var seconds = report.ResultStatistics!.Mean / 1e9;
    var bytes = report.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(ExtractionThroughput.ExtractUnpunctuated)
        ? ExtractionThroughput.UnpunctuatedBytes
        : ExtractionThroughput.CorpusBytes;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{report.BenchmarkCase.Descriptor.WorkloadMethod.Name}: {bytes / 1e6:0.00} MB in {seconds * 1000:0.0} ms = {bytes / 1e6 / seconds:0.0} MB/s"));
}

return summary.HasCriticalValidationErrors ? 1 : 0;
