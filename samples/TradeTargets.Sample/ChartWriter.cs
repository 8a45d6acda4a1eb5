using System.Globalization;
using TradeTargets.Charts;

namespace TradeTargets.Sample;

/// <summary>Writes every chart as PNG: a gap chart per goal, the scoreboard and the dumbbell (one per currency when the goals are in several).</summary>
internal static class ChartWriter
{
    /// <summary>Whether an exception from <see cref="WriteAll"/> is a failure to render or write, rather than a defect.</summary>
    public static bool IsOutputFailure(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsOutputFailure),
        IOException or UnauthorizedAccessException or ChartFontException => true,
        _ => false,
    };

    /// <summary>The messages of an output failure, unwrapped from the parallel loop, in a fixed order.</summary>
    public static string Describe(Exception e) => e is AggregateException aggregate
        ? string.Join("; ", aggregate.Flatten().InnerExceptions.Select(inner => inner.Message).Distinct().Order(StringComparer.Ordinal))
        : e.Message;

    /// <summary>
    /// Renders every chart into a staging folder, then moves them into the target all or nothing (see
    /// <see cref="StagedOutput"/>): a rendering failure, a name clash or a failed move leaves the target as it was.
    /// </summary>
    /// <remarks>
    /// Progress lines come out in the order of the charts, whatever order they rendered in, so two runs print the same
    /// bytes. The paths returned start with the folder as the user gave it, so they read the same wherever the run is.
    /// </remarks>
    /// <param name="evaluations">The goals, one gap chart each.</param>
    /// <param name="outputDirectory">The folder to write into, as the user gave it.</param>
    /// <param name="progress">Where the "rendered i/n" lines go once all charts are rendered.</param>
    /// <param name="terminal">A terminal for a live count while the charts render (see <see cref="ProgressLine"/>), or null.</param>
    /// <returns>The paths written, in order.</returns>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<GoalEvaluation> evaluations, string outputDirectory, TextWriter progress, TextWriter? terminal = null)
    {
        List<(string Name, Func<ChartImage> Render)> jobs =
        [
            .. evaluations.Select(e => (GapChartName(e.Goal), (Func<ChartImage>)(() => TradeCharts.GapChart(e)))),
            ("scoreboard.png", () => TradeCharts.Scoreboard(evaluations)),
            .. DumbbellsByCurrency(evaluations),
        ];
        CheckNames(evaluations);

        StagedOutput.Write(outputDirectory, [.. jobs.Select(j => j.Name)], staging =>
        {
            using (var live = terminal is null ? null : new ProgressLine(terminal, "Rendering charts", jobs.Count, TimeSpan.FromMilliseconds(100)))
            {
                // Charts render on every core; each file's bytes depend on its chart only, so the order does not matter.
                Parallel.ForEach(jobs, job =>
                {
                    job.Render().SavePng(Path.Combine(staging, job.Name));
                    live?.Advance();
                });
            }

            for (var i = 0; i < jobs.Count; i++)
            {
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rendered {i + 1}/{jobs.Count}: {jobs[i].Name}"));
            }
        });
        return [.. jobs.Select(j => Path.Combine(outputDirectory, j.Name))];
    }

    // A dumbbell chart has one money axis: one chart for a portfolio in one currency ("dumbbell.png"), else one per
    // currency ("dumbbell-usd.png", "dumbbell-eur.png"), in the library's order.
    private static IEnumerable<(string Name, Func<ChartImage> Render)> DumbbellsByCurrency(IReadOnlyList<GoalEvaluation> evaluations)
    {
        var charts = TradeCharts.DumbbellsByCurrency(evaluations);
        return charts.Count switch
        {
            0 => [("dumbbell.png", () => TradeCharts.Dumbbell(evaluations))],
            1 => [("dumbbell.png", () => charts[0].Chart)],
            _ => charts.Select(c => ($"dumbbell-{c.Currency.Code.ToLowerInvariant()}.png", (Func<ChartImage>)(() => c.Chart))),
        };
    }

    /// <summary>The file a goal's gap chart is written to; the name clash check asks it too.</summary>
    private static string GapChartName(Goal goal) => $"gap-{FileNames.Safe(goal.Id)}.png";

    /// <summary>Two goals whose ids map to one file name fail the run before anything is written.</summary>
    private static void CheckNames(IReadOnlyList<GoalEvaluation> evaluations)
    {
        var clash = evaluations
            .GroupBy(e => GapChartName(e.Goal), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new IOException($"the goals {string.Join(" and ", clash.Select(e => $"'{e.Goal.Id}'"))} would all be written as {clash.Key}; give them ids that differ in letters, digits, '-', '_' or '.'.");
        }
    }
}
