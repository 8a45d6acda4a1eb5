using BenchmarkDotNet.Running;

namespace TradeTargets.Charts.Benchmarks;

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
