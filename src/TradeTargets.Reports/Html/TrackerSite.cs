using System.Text;

namespace TradeTargets.Reports;

/// <summary>
/// Writes the tracker as a folder: index.html (headline, scoreboard, the table of goals, methods), a page per goal under
/// goals/, and the CSV and JSON reports beside the index.
/// </summary>
/// <remarks>
/// For portfolios too large for one page: each page is streamed to its file and each gap chart is rendered once, so
/// memory does not grow with the number of pages written. The folder must be new or empty and every file is created new
/// (never opened over an existing one), so no file that was there before is replaced; when writing fails, everything this
/// run created is removed again and nothing else is touched.
/// </remarks>
internal static class TrackerSite
{
    public const string IndexPage = "index.html";
    public const string GoalFolder = "goals";
    private const string CsvFile = "evaluations.csv";
    private const string JsonFile = "evaluations.json";

    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(EvaluationReport report, string folder)
    {
        var created = new List<string>();
        PrepareFolder(folder, created);
        try
        {
            var goals = Path.Combine(folder, GoalFolder);
            Directory.CreateDirectory(goals);
            created.Add(goals);
            WriteFile(Path.Combine(folder, CsvFile), created, writer => report.Write(writer, ReportFormat.Csv));
            WriteFile(Path.Combine(folder, JsonFile), created, writer => report.Write(writer, ReportFormat.Json));
            WriteFile(Path.Combine(folder, IndexPage), created, writer => TrackerPage.WriteIndex(writer, report, GoalPage, CsvFile, JsonFile));
            var history = new ReportHistory(report.Evaluations);
            TrackerPage.ForEachGoalWithChart(report.Evaluations, (e, index, chart) => WriteFile(
                Path.Combine(goals, TrackerPage.GoalId(index) + ".html"),
                created,
                writer => TrackerPage.WriteGoalPage(writer, report, e, index, history, chart, "../" + IndexPage)));
        }
        catch
        {
            RemoveCreated(created);
            throw;
        }
    }

    private static string GoalPage(int index) => $"{GoalFolder}/{TrackerPage.GoalId(index)}.html";

    /// <summary>Refuses a file, a link or a folder with anything in it; creates the folder (and missing parents) otherwise, noting each one made.</summary>
    private static void PrepareFolder(string folder, List<string> created)
    {
        var full = Path.GetFullPath(folder);
        var info = new DirectoryInfo(full);
        if (info.LinkTarget is not null || new FileInfo(full).LinkTarget is not null)
        {
            throw new IOException($"The site folder '{folder}' is a symbolic link; name a new or empty folder (a link is never written through).");
        }

        if (File.Exists(full))
        {
            throw new IOException($"The site folder '{folder}' is a file; name a new or empty folder.");
        }

        if (info.Exists)
        {
            if (info.EnumerateFileSystemInfos().Any())
            {
                throw new IOException($"The site folder '{folder}' is not empty; name a new or empty folder, so that no file in it is replaced.");
            }

            return;
        }

        var missing = new Stack<string>();
        for (var path = full; path is not null && !Directory.Exists(path); path = Path.GetDirectoryName(path))
        {
            if (File.Exists(path))
            {
                throw new IOException($"The site folder '{folder}' cannot be made: '{path}' is a file.");
            }

            missing.Push(path);
        }

        while (missing.Count > 0)
        {
            var path = missing.Pop();
            Directory.CreateDirectory(path);
            created.Add(path);
        }
    }

    private static void WriteFile(string path, List<string> created, Action<TextWriter> write)
    {
        // CreateNew: a file that appeared since the folder was checked is an error, never overwritten.
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        created.Add(path);
        using var writer = new StreamWriter(stream, Utf8, 64 * 1024) { NewLine = "\n" };
        write(writer);
    }

    private static void RemoveCreated(List<string> created)
    {
        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                if (File.Exists(created[i]))
                {
                    File.Delete(created[i]);
                }
                else if (Directory.Exists(created[i]))
                {
                    Directory.Delete(created[i], recursive: false);
                }
            }
            catch (IOException)
            {
                // Best effort: the original failure is what the caller needs to see.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
