using TradeTargets.IO;

namespace TradeTargets.Sample;

/// <summary>Combines the bundled seed data with the user's files.</summary>
internal static class DataLoader
{
    /// <summary>Loads every file strictly; the first bad row stops the run with its file and line.</summary>
    public static TradeDataSet Load(SampleSettings settings)
    {
        var dataSet = settings.IncludeSeed ? SeedData.Load() : TradeDataSet.Empty;
        foreach (var path in settings.DataFiles)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"--data '{path}' does not exist.", path);
            }

            dataSet = dataSet.Merge(TradeDataFile.Load(path));
        }

        return dataSet;
    }
}
