using System.Globalization;
using TradeTargets.IO;

namespace TradeTargets.Sample;

/// <summary>Combines the bundled seed data with the user's files.</summary>
internal static class DataLoader
{
    /// <summary>
    /// Loads every file; the first problem stops the run with its file and line. Rows that an importer
    /// leaves out by rule (World partner, commodity detail, re-exports) are counted on the error writer,
    /// so nothing disappears unannounced.
    /// </summary>
    public static TradeDataSet Load(SampleSettings settings, TextWriter log)
    {
        var dataSet = settings.IncludeSeed ? SeedData.Load() : TradeDataSet.Empty;
        foreach (var path in settings.DataFiles)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"--data '{path}' does not exist.", path);
            }

            // A user's goal may restate a goal of the seed data or of an earlier file.
            var options = ImportOptions.Default with { KnownGoalIds = dataSet.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal) };
            var result = TradeDataFile.LoadLenient(path, options);
            if (result.Problems.Count > 0)
            {
                throw new DataFileException(result.Problems[0]);
            }

            foreach (var skipped in result.Skipped)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {skipped.File}: {skipped.Count} row(s) left out, first at line {skipped.FirstLine}: {skipped.Reason}"));
            }

            dataSet = dataSet.Merge(result.Data);
        }

        return dataSet;
    }
}
