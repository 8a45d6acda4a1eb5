using System.Globalization;
using TradeTargets.Charts;

namespace TradeTargets.Sample;

/// <summary>Writes every chart as PNG: a gap chart per goal, the scoreboard and the dumbbell.</summary>
internal static class ChartWriter
{
    /// <summary>Whether an exception from <see cref="WriteAll"/> is a failure to render or write, rather than a defect.</summary>
    public static bool IsOutputFailure(Exception e) => e switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsOutputFailure),
        IOException or UnauthorizedAccessException or ChartFontException => true,
        _ => false,
    };

    /// <summary>The messages of an output failure, unwrapped from the parallel loop.</summary>
    public static string Describe(Exception e) => e is AggregateException aggregate
        ? string.Join("; ", aggregate.Flatten().InnerExceptions.Select(inner => inner.Message).Distinct())
        : e.Message;

    /// <summary>
    /// Renders into a staging folder beside the target and creates or touches the target only once every
    /// chart rendered, so a rendering failure leaves the target as it was. Files of the same names are
    /// replaced; other files in the target are left alone.
    /// </summary>
    /// <returns>The paths written, in order.</returns>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<GoalEvaluation> evaluations, string outputDirectory, TextWriter progress)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var staging = string.Create(CultureInfo.InvariantCulture, $"{target}.staging-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            var jobs = evaluations
                .Select(e => (Name: $"gap-{FileNames.Safe(e.Goal.Id)}.png", Render: (Func<ChartImage>)(() => TradeCharts.GapChart(e))))
                .Append(("scoreboard.png", () => TradeCharts.Scoreboard(evaluations)))
                .Append(("dumbbell.png", () => TradeCharts.Dumbbell(evaluations)))
                .ToList();
            var done = 0;
            Parallel.ForEach(jobs, job =>
            {
                job.Render().SavePng(Path.Combine(staging, job.Name));
                var count = Interlocked.Increment(ref done);
                lock (progress)
                {
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rendered {count}/{jobs.Count}: {job.Name}"));
                }
            });

            Directory.CreateDirectory(target);
            var written = new List<string>();
            foreach (var (name, _) in jobs)
            {
                var destination = Path.Combine(target, name);
                File.Move(Path.Combine(staging, name), destination, overwrite: true);
                written.Add(Path.GetRelativePath(Environment.CurrentDirectory, destination));
            }

            return written;
        }
        finally
        {
            RemoveStaging(staging);
        }
    }

    // Cleaning up must never hide the error that brought us here.
    private static void RemoveStaging(string staging)
    {
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind for the user to delete; the run's own outcome stands.
        }
    }
}
