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

    /// <summary>The messages of an output failure, unwrapped from the parallel loop, in a fixed order.</summary>
    public static string Describe(Exception e) => e is AggregateException aggregate
        ? string.Join("; ", aggregate.Flatten().InnerExceptions.Select(inner => inner.Message).Distinct().Order(StringComparer.Ordinal))
        : e.Message;

    /// <summary>
    /// Renders every chart into a staging folder, then moves them into the target all or nothing: a rendering failure,
    /// a name clash or a failed move leaves the target as it was (files replaced on the way are put back).
    /// </summary>
    /// <remarks>
    /// The staging folder is made inside the target when the target exists (so a writable target under a read-only
    /// parent works), else beside it, where the target itself must be created. Progress lines come out in the order
    /// of the charts, whatever order they rendered in, so two runs print the same bytes.
    /// </remarks>
    /// <param name="evaluations">The goals, one gap chart each.</param>
    /// <param name="outputDirectory">The folder to write into.</param>
    /// <param name="progress">Where the "rendered i/n" lines go once all charts are rendered.</param>
    /// <param name="terminal">A terminal for a live count while the charts render (see <see cref="ProgressLine"/>), or null.</param>
    /// <returns>The paths written, in order.</returns>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<GoalEvaluation> evaluations, string outputDirectory, TextWriter progress, TextWriter? terminal = null)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        List<(string Name, Func<ChartImage> Render)> jobs =
        [
            .. evaluations.Select(e => ($"gap-{FileNames.Safe(e.Goal.Id)}.png", (Func<ChartImage>)(() => TradeCharts.GapChart(e)))),
            ("scoreboard.png", () => TradeCharts.Scoreboard(evaluations)),
            ("dumbbell.png", () => TradeCharts.Dumbbell(evaluations)),
        ];
        CheckNames(evaluations, target);

        var staging = Directory.Exists(target)
            ? Path.Combine(target, string.Create(CultureInfo.InvariantCulture, $".staging-{Environment.ProcessId}"))
            : string.Create(CultureInfo.InvariantCulture, $"{target}.staging-{Environment.ProcessId}");
        var createdTarget = false;
        Directory.CreateDirectory(staging);
        try
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

            createdTarget = !Directory.Exists(target);
            Directory.CreateDirectory(target);
            MoveAllOrNothing([.. jobs.Select(j => j.Name)], staging, target);
            return [.. jobs.Select(j => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(target, j.Name)))];
        }
        catch when (createdTarget)
        {
            TryDelete(target);
            throw;
        }
        finally
        {
            RemoveStaging(staging);
        }
    }

    /// <summary>Two goals whose ids map to one file name, or a folder where a chart must go, fail the run before anything is written.</summary>
    private static void CheckNames(IReadOnlyList<GoalEvaluation> evaluations, string target)
    {
        var clash = evaluations
            .GroupBy(e => FileNames.Safe(e.Goal.Id), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new IOException($"the goals {string.Join(" and ", clash.Select(e => $"'{e.Goal.Id}'"))} would all be written as gap-{clash.Key}.png; give them ids that differ in letters, digits, '-', '_' or '.'.");
        }

        var names = evaluations.Select(e => $"gap-{FileNames.Safe(e.Goal.Id)}.png").Append("scoreboard.png").Append("dumbbell.png");
        foreach (var name in names)
        {
            if (Directory.Exists(Path.Combine(target, name)))
            {
                throw new IOException($"'{Path.Combine(target, name)}' is a folder, so the chart {name} cannot be written there.");
            }
        }
    }

    // Existing files are first moved aside into the staging folder; if any move fails, the new files are taken out
    // and the old ones put back, so the target ends as it began.
    private static void MoveAllOrNothing(IReadOnlyList<string> names, string staging, string target)
    {
        var backup = Path.Combine(staging, ".previous");
        Directory.CreateDirectory(backup);
        var replaced = new List<string>();
        var placed = new List<string>();
        try
        {
            foreach (var name in names)
            {
                var destination = Path.Combine(target, name);
                if (File.Exists(destination))
                {
                    File.Move(destination, Path.Combine(backup, name));
                    replaced.Add(name);
                }

                File.Move(Path.Combine(staging, name), destination);
                placed.Add(name);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var name in placed)
            {
                TryDelete(Path.Combine(target, name));
            }

            foreach (var name in replaced)
            {
                File.Move(Path.Combine(backup, name), Path.Combine(target, name), overwrite: true);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; the run's own error stands.
        }
    }

    // Cleaning up must never hide the error that brought us here.
    private static void RemoveStaging(string staging) => TryDelete(staging);
}
