using System.Diagnostics;
using System.Globalization;
using TradeTargets.ImfDots;

// Usage: DotsTableBuilder WORKBOOK_FOLDER OUTPUT_FILE VINTAGE ORIGIN
// Reads every .xlsx of the folder strictly (the first bad cell stops the build with its workbook, sheet, cell and
// reason), prints what was left out and why, and writes the compressed table.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: DotsTableBuilder WORKBOOK_FOLDER OUTPUT_FILE VINTAGE ORIGIN");
    return 1;
}

var (folder, output, vintage, origin) = (args[0], args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
var clock = Stopwatch.StartNew();
var files = Directory.GetFiles(folder, "*.xlsx").OrderBy(f => f, StringComparer.Ordinal).ToArray();
var workbooks = new DotsWorkbook[files.Length];
try
{
    Parallel.For(0, files.Length, i => workbooks[i] = DotsWorkbookReader.Read(files[i]));
}
catch (AggregateException e) when (e.InnerExceptions.All(x => x is DotsFormatException))
{
    foreach (var problem in e.InnerExceptions)
    {
        Console.Error.WriteLine($"error: {problem.Message}");
    }

    return 2;
}

var readTime = clock.Elapsed;
foreach (var workbook in workbooks.Where(w => w.SkipReason is not null))
{
    Console.WriteLine($"left out: {workbook.Name}: {workbook.SkipReason}");
}

foreach (var group in workbooks.SelectMany(w => w.Skipped).GroupBy(n => (n.Text, n.Reason)).OrderBy(g => g.Key.Reason, StringComparer.Ordinal).ThenBy(g => g.Key.Text, StringComparer.Ordinal))
{
    Console.WriteLine($"rows left out: '{group.Key.Text}', {group.Key.Reason}: {group.Count()} (first: {group.First().Workbook}, sheet '{group.First().Sheet}', cell {group.First().Cell})");
}

var statistics = ImfDotsStatistics.Build(workbooks, new DotsProvenance(vintage, origin, DotsProvenance.ImfAttribution));
using (var stream = File.Create(output))
{
    statistics.Save(stream);
}

var values = workbooks.Sum(w => w.Values.Count);
var estimates = workbooks.Sum(w => w.Values.Count(v => v.Estimated));
Console.WriteLine($"{files.Length} workbooks ({workbooks.Count(w => w.Reporter is not null)} reporters), {values} values ({estimates} IMF estimates), {statistics.SeriesCount} series, {statistics.Countries.Count} countries");
Console.WriteLine($"wrote {output}: {new FileInfo(output).Length} bytes; read in {readTime.TotalSeconds:0.0} s, built and written in {(clock.Elapsed - readTime).TotalSeconds:0.0} s");
return 0;
