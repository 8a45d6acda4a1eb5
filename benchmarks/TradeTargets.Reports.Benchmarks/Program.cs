using System.Diagnostics;
using System.Globalization;
using TradeTargets;
using TradeTargets.Reports;

// Time and size of each report format for the seed portfolio and for a portfolio of about 1,000 goals
// (the seed goals copied under new ids onto the same figures, restatement links kept within each copy).
//   dotnet run -c Release --project benchmarks/TradeTargets.Reports.Benchmarks [goals]
var goals = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1000;
var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));
var seed = SeedData.Load();

Measure("seed", seed, repeats: 5);
Measure(string.Create(CultureInfo.InvariantCulture, $"{goals} goals"), Copies(seed, (goals + seed.Goals.Count - 1) / seed.Goals.Count), repeats: 1);
return 0;

void Measure(string name, TradeDataSet data, int repeats)
{
    var clock = Stopwatch.StartNew();
    var report = EvaluationReport.Evaluate(data, options);
    var evaluate = clock.Elapsed;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {report.Evaluations.Count} goals evaluated in {evaluate.TotalMilliseconds:0} ms"));
    foreach (var format in Enum.GetValues<ReportFormat>())
    {
        var text = report.ToText(format); // warm-up
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < repeats; i++)
        {
            clock.Restart();
            text = report.ToText(format);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        var bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {format,-8} {best.TotalMilliseconds,9:0} ms {bytes / 1024.0,10:0} KiB"));
    }
}

static TradeDataSet Copies(TradeDataSet seed, int copies)
{
    var goals = new List<Goal>();
    for (var k = 0; k < copies; k++)
    {
        string Id(string id) => string.Create(CultureInfo.InvariantCulture, $"{id}-copy-{k}");
        goals.AddRange(seed.Goals.Select(g => new Goal(
            Id(g.Id), g.Reporter, g.Partner, g.Flow, g.Target, g.Deadline, g.AnnouncedOn, g.Announcer, g.Source, g.Baseline, g.Multiplier,
            g.RestatementOf is { } earlier ? Id(earlier) : null, g.Note)));
    }

    return new TradeDataSet(goals, seed.Figures, seed.Statements);
}
