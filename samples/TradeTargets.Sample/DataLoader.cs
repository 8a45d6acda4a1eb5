using System.Globalization;
using TradeTargets.ImfDots;
using TradeTargets.IO;

namespace TradeTargets.Sample;

/// <summary>Combines the bundled seed data with the user's files and the bundled official statistics.</summary>
internal static class DataLoader
{
    /// <summary>
    /// Loads every file, and every data file of a folder, strictly onto the seed data (so a file may restate a seed
    /// goal or a goal of another file); the first problem stops the run with its file and line. Files the loader
    /// passes over (a folder's other files, a file given twice) are listed on the error writer with the reason. Rows that an importer leaves out by rule (World
    /// partner, commodity detail, re-exports) are counted on the error writer, so nothing disappears unannounced.
    /// Unless left out, the IMF's Direction of Trade Statistics then add both sides' figures for the pairs the goals name.
    /// </summary>
    public static TradeDataSet Load(SampleSettings settings, TextWriter log)
    {
        var start = settings.IncludeSeed ? SeedData.Load() : TradeDataSet.Empty;
        var loader = new TradeDataLoader(settings.IncludeWorld ? start.Merge(SeedData.LoadWorld()) : start);
        foreach (var path in settings.DataFiles)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"--data '{path}' does not exist.", path);
            }

            loader.Add(path);
        }

        var result = loader.Finish();
        foreach (var file in result.SkippedFiles)
        {
            log.WriteLine($"note: --data {file.Path} not read: {file.Reason}");
        }

        foreach (var skipped in result.Skipped)
        {
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {skipped.File}: {skipped.Count} row(s) left out, first at line {skipped.FirstLine}: {skipped.Reason}"));
        }

        return settings.IncludeStatistics ? ImfDotsStatistics.Load().AddTo(result.Data) : result.Data;
    }
}
