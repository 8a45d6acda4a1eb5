using System.Globalization;
using System.Text.Json;

namespace TradeTargets.Charts.Benchmarks;

/// <summary>
/// Writes what the gap chart of <see cref="BenchmarkData.Emirates"/> draws (series, limits, texts) as JSON, so the
/// matplotlib script in benchmarks/charts draws the same chart from the same numbers and words.
/// </summary>
internal static class MatplotlibInput
{
    private const int StepsPerYear = 8; // as the gap chart samples its band and required path

    public static void Write(string path)
    {
        var evaluation = BenchmarkData.Emirates();
        var model = TradeCharts.GapChart(evaluation).Model;
        var trend = evaluation.Trend;
        var window = evaluation.Window;

        var start = trend.Points.Min(p => p.Year);
        var end = Math.Max(window.LastYear, trend.Points.Max(p => p.Year));
        var bandTs = Samples(start, end);
        var at = bandTs.Select(trend.At).ToArray();

        var baseline = evaluation.Baseline!;
        var rate = evaluation.Assessments[^1].RequiredGrowth!.Value;
        var pathTs = Samples(baseline.Year, evaluation.Assessments[^1].DeadlineYear);

        var reported = evaluation.AnnualLevels.Where(l => !l.IsEstimated).ToList();
        var partials = evaluation.Observations.Where(o => !o.Period.IsFullYear).ToList();
        var estimates = evaluation.AnnualLevels.Where(l => l.IsEstimated)
            .Concat(evaluation.Latest is { IsEstimated: true } latest ? [latest] : []).Distinct().ToList();
        var level = evaluation.Level!;
        var limits = model.Limits;

        var input = new
        {
            width = model.PreferredWidth,
            height = model.PreferredHeight,
            title = model.Title,
            subtitle = model.Subtitle,
            xLabel = model.XLabel,
            yLabel = model.YLabel,
            notes = model.Notes.Select(n => "Note: " + n).ToArray(),
            source = model.SourceLine,
            gapText = model.GapText,
            limits = new[] { limits.Left, limits.Right, limits.Bottom, limits.Top },
            goal = evaluation.Goal.Target.ToDouble(),
            goalLabel = "goal $" + (evaluation.Goal.Target.ToDouble() / 1e6).ToString("0", CultureInfo.InvariantCulture) + "m",
            goalYears = window.Ends.Select(y => (double)y).ToArray(),
            bandT = bandTs,
            band95 = new[] { at.Select(a => a.Interval95.Lower).ToArray(), at.Select(a => a.Interval95.Upper).ToArray() },
            band80 = new[] { at.Select(a => a.Interval80.Lower).ToArray(), at.Select(a => a.Interval80.Upper).ToArray() },
            median = at.Select(a => a.Median).ToArray(),
            pathT = pathTs,
            path = pathTs.Select(t => ProgressMeasures.Compound(baseline.Value, rate, t - baseline.Year)).ToArray(),
            baseline = new[] { (double)baseline.Year, baseline.Value },
            bracket = new[] { (double)level.Year, level.Value },
            reported = new[] { reported.Select(l => (double)l.Year).ToArray(), reported.Select(l => l.Value).ToArray() },
            partials = new[] { partials.Select(o => o.Period.TimeCoordinate).ToArray(), partials.Select(o => o.Value).ToArray() },
            estimates = new[] { estimates.Select(e => (double)e.Year).ToArray(), estimates.Select(e => e.Value).ToArray() },
            estimateLinks = estimates.Select(e => new[] { e.Observation.Period.TimeCoordinate, e.Observation.Value, e.Year, e.Value }).ToArray(),
            xTicks = model.GetXTickLabels(),
            yTicks = model.GetYTickLabels(),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(input));
    }

    private static double[] Samples(double start, double end)
    {
        var steps = Math.Max(2, (int)Math.Ceiling((end - start) * StepsPerYear));
        return [.. Enumerable.Range(0, steps + 1).Select(i => start + ((end - start) * i / steps))];
    }
}
