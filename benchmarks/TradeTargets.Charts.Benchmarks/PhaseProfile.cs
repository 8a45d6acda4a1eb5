using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace TradeTargets.Charts.Benchmarks;

/// <summary>
/// Where the time of one gap chart goes: building the plot, ScottPlot's render as it comes (which draws a fresh plot
/// twice) against one render, and PNG encoding with Skia's default options against the options the library uses.
/// </summary>
/// <remarks>Each phase is timed on its own over <c>count</c> charts after a warm-up; the figures are milliseconds per chart.</remarks>
internal static class PhaseProfile
{
    private const int Width = 800;
    private const int Height = 500;

    public static void Run(int count)
    {
        var evaluation = BenchmarkData.Emirates();
        var phases = new Phases();
        for (var i = 0; i < 10; i++)
        {
            Once(evaluation, new Phases());
        }

        for (var i = 0; i < count; i++)
        {
            Once(evaluation, phases);
        }

        Console.WriteLine($"phases of one gap chart ({Width}x{Height}), mean of {count}, ms:");
        Console.WriteLine(Line("build (TradeCharts.GapChart)", phases.Build / count));
        Console.WriteLine(Line("render, ScottPlot as it comes (drawn twice)", phases.RenderTwice / count));
        Console.WriteLine(Line("render, limits recorded first (drawn once)", phases.RenderOnce / count));
        Console.WriteLine(Line("PNG, Skia default (all filters, zlib 6)", phases.EncodeDefault / count));
        Console.WriteLine(Line("PNG, Sub filter, zlib 1 (used)", phases.EncodeUsed / count));
        Console.WriteLine(Line("whole ChartImage.ToPng after build", phases.ToPng / count));
        Console.WriteLine(Line("whole ChartImage.ToSvg after build", phases.ToSvg / count));
    }

    private static string Line(string phase, double ms) => string.Create(CultureInfo.InvariantCulture, $"  {phase,-46} {ms,7:0.00}");

    private static void Once(GoalEvaluation evaluation, Phases phases)
    {
        // Builders directly: a ChartImage builds a model up front and hands out fresh copies, so the phases below time
        // one model each.
        var watch = Stopwatch.StartNew();
        var model = GapChartBuilder.Build(evaluation);
        phases.Build += Lap(watch);

        // A second chart for the one-render path: the first has already recorded its limits.
        var fresh = GapChartBuilder.Build(evaluation);
        model.PrepareLayout(Width);
        fresh.PrepareLayout(Width);
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        watch.Restart();
        model.Plot.Render(surface.Canvas, Width, Height);
        phases.RenderTwice += Lap(watch);

        using var other = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        watch.Restart();
        ChartRenderer.RecordLimits(fresh.Plot, Width, Height);
        fresh.Plot.Render(other.Canvas, Width, Height);
        phases.RenderOnce += Lap(watch);

        using var snapshot = surface.Snapshot();
        using var pixels = snapshot.PeekPixels();
        watch.Restart();
        using (snapshot.Encode(SKEncodedImageFormat.Png, 100))
        {
            phases.EncodeDefault += Lap(watch);
        }

        watch.Restart();
        using (pixels.Encode(ChartRenderer.PngOptions))
        {
            phases.EncodeUsed += Lap(watch);
        }

        var third = TradeCharts.GapChart(evaluation);
        watch.Restart();
        third.ToPng();
        phases.ToPng += Lap(watch);

        var fourth = TradeCharts.GapChart(evaluation);
        watch.Restart();
        fourth.ToSvg();
        phases.ToSvg += Lap(watch);
    }

    private static double Lap(Stopwatch watch) => watch.Elapsed.TotalMilliseconds;

    private sealed class Phases
    {
        public double Build { get; set; }

        public double RenderTwice { get; set; }

        public double RenderOnce { get; set; }

        public double EncodeDefault { get; set; }

        public double EncodeUsed { get; set; }

        public double ToPng { get; set; }

        public double ToSvg { get; set; }
    }
}
