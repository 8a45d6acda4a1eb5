using System.Diagnostics;
using System.Globalization;
using System.Text;
using TradeTargets;
using TradeTargets.IO;

// Generates a UN Comtrade CSV in the current layout, or imports one and reports throughput, or generates a portfolio.
//   generate <path> <rows>      write <rows> data rows (monthly; one TOTAL row per 100, the rest commodity chapters)
//   import <path> [threads]     import with TradeDataFile.LoadLenient and print MB/s; threads sets
//                               ImportOptions.DegreeOfParallelism (default: one per core)
//   sep <path> [threads]        the same rows and totals read with the Sep parser (one thread, or Sep's parallel rows)
//   derive <figures>            build <figures> reported figures (exports and imports pairs of many partners and years)
//                               and time TradeDataSet.AllFigures and FiguresOf, the derivation every evaluation goes through
//   rates [runs]                read the bundled exchange-rate table afresh <runs> times (default 20), as its first use
//                               does, and print the minimum and median time in milliseconds
//   portfolio <dir> <goals>     write goals.csv (<goals> goals over distinct pairs) and comtrade.csv (20 years of
//                               exports and imports per pair, annual TOTAL rows: 40 rows a goal)
if (args.Length >= 1 && args[0] == "rates")
{
    var runs = args.Length >= 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
    var times = new List<double>();
    var count = 0;
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(ExchangeRateTable).Assembly.GetManifestResourceStream("TradeTargets.exchange-rates.csv.gz")!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        count = ExchangeRateTable.Read(reader, "bundled").Count;
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bundled rates table ({count} rates): first {times.Count} reads, min {times[0]:0.0} ms, median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms"));
    return 0;
}

if (args.Length >= 3 && args[0] == "portfolio")
{
    Portfolio.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 3 && args[0] == "generate")
{
    Generate(args[1], long.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 2 && args[0] == "import")
{
    var bytes = new FileInfo(args[1]).Length;
    var clock = Stopwatch.StartNew();
    var options = args.Length >= 3 ? new ImportOptions { DegreeOfParallelism = int.Parse(args[2], CultureInfo.InvariantCulture) } : ImportOptions.Default;
    var result = TradeDataFile.LoadLenient(args[1], options);
    clock.Stop();
    var skipped = result.Skipped.Sum(s => s.Count);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"imported {bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.00} s = {bytes / 1e6 / clock.Elapsed.TotalSeconds:0.0} MB/s; {result.Data.Figures.Count} figures, {skipped} rows skipped by rule, {result.Problems.Count} problems"));
    foreach (var s in result.Skipped)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Count,10}  {s.Reason}"));
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "sep")
{
    var bytes = new FileInfo(args[1]).Length;
    var threads = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
    var clock = Stopwatch.StartNew();
    var (totals, skipped, bad, repeats) = TradeTargets.Benchmarks.SepImport.Run(args[1], threads);
    clock.Stop();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"Sep ({threads} thread(s)) read {bytes / 1e6:0.0} MB in {clock.Elapsed.TotalSeconds:0.00} s = {bytes / 1e6 / clock.Elapsed.TotalSeconds:0.0} MB/s; {totals} totals, {skipped} rows skipped by rule ({repeats} repeats), {bad} bad rows"));
    return 0;
}

if (args.Length >= 2 && args[0] == "derive")
{
    Derive(int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}

Console.Error.WriteLine("usage: generate <path> <rows> | import <path> [threads] | sep <path> [threads] | derive <figures> | portfolio <dir> <goals>");
return 2;

static void Derive(int count)
{
    var partners = Country.All.Where(c => c.Code != "BLR").ToList();
    var source = new Source("Benchmark", "Generated figures", new DateOnly(2030, 1, 1));
    var figures = new List<ReportedFigure>(count);
    for (var i = 0; figures.Count < count; i++)
    {
        var partner = partners[i % partners.Count];
        var year = ReportingPeriod.MinYear + (i / partners.Count % 400);
        var months = 1 + (i / partners.Count / 400 % 12);
        var period = ReportingPeriod.Months(year, 1, months);
        foreach (var flow in new[] { TradeFlow.Exports, TradeFlow.Imports })
        {
            figures.Add(new ReportedFigure(
                string.Create(CultureInfo.InvariantCulture, $"f{i}-{flow}"),
                Country.Parse("BLR"),
                partner,
                flow,
                period,
                Amount.FromUnits(1_000_000 + i),
                new Basis(Coverage.Goods, ReportingSide.Reporter),
                source));
        }
    }

    var clock = Stopwatch.StartNew();
    var data = new TradeDataSet([], figures.Take(count), []);
    var built = clock.Elapsed;
    var all = data.AllFigures.Count;
    var derived = clock.Elapsed - built;
    var series = data.FiguresOf(new TradePair(Country.Parse("BLR"), partners[0]), TradeFlow.Turnover).Count();
    var indexed = clock.Elapsed - built - derived;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{count} figures: checked in {built.TotalSeconds:0.00} s, {all - count} derived in {derived.TotalSeconds:0.00} s, indexed (with mirrors) in {indexed.TotalSeconds:0.00} s; {series} turnover figures for one pair"));
}

static void Generate(string path, long rows)
{
    string[] header =
    [
        "typeCode", "freqCode", "refPeriodId", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc",
        "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "partner2Code", "partner2ISO", "partner2Desc",
        "classificationCode", "classificationSearchCode", "isOriginalClassification", "cmdCode", "cmdDesc", "aggrLevel", "isLeaf",
        "customsCode", "customsDesc", "mosCode", "motCode", "motDesc", "qtyUnitCode", "qtyUnitAbbr", "qty", "isQtyEstimated",
        "altQtyUnitCode", "altQtyUnitAbbr", "altQty", "isAltQtyEstimated", "netWgt", "isNetWgtEstimated", "grossWgt",
        "isGrossWgtEstimated", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag", "isReported", "isAggregate",
    ];
    (int Code, string Iso, string Name)[] countries =
    [
        (112, "BLR", "Belarus"), (704, "VNM", "Viet Nam"), (586, "PAK", "Pakistan"), (784, "ARE", "United Arab Emirates"),
        (688, "SRB", "Serbia"), (616, "POL", "Poland"), (156, "CHN", "China"), (31, "AZE", "Azerbaijan"), (795, "TKM", "Turkmenistan"),
        (40, "AUT", "Austria"), (703, "SVK", "Slovakia"), (203, "CZE", "Czechia"), (348, "HUN", "Hungary"), (643, "RUS", "Russian Federation"),
        (804, "UKR", "Ukraine"), (0, "W00", "World"), (899, "_X ", "Areas, nes"),
    ];
    (string Code, string Desc)[] flows = [("X", "Export"), ("M", "Import"), ("RX", "Re-export"), ("RM", "Re-import")];
    var random = new Random(42);
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
    writer.Write(string.Join(",", header));
    writer.Write('\n');
    var line = new StringBuilder(512);
    for (long i = 0; i < rows; i++)
    {
        var group = i / 100;
        var chapter = (int)(i % 100);
        var reporter = countries[(int)(group % 15)];
        var partner = countries[(int)((group / 15) % countries.Length)];
        var flow = flows[(int)((group / (15 * countries.Length)) % 4)];
        var periodIndex = (int)((group / (15 * countries.Length * 4)) % 300);
        var year = 2000 + (periodIndex / 12);
        var month = (periodIndex % 12) + 1;
        var value = random.NextInt64(1_000, 50_000_000_000) / 100m;
        line.Clear();
        line.Append(CultureInfo.InvariantCulture, $"C,M,{year}{month:00}01,{year},{month},{year}{month:00},{reporter.Code},{reporter.Iso},\"{reporter.Name}\",{flow.Code},{flow.Desc},");
        line.Append(CultureInfo.InvariantCulture, $"{partner.Code},{partner.Iso},\"{partner.Name}\",0,W00,World,H4,HS,True,");
        line.Append(chapter == 0 ? "TOTAL,All Commodities,0,False," : string.Create(CultureInfo.InvariantCulture, $"{chapter:00},\"Chapter {chapter:00}, goods\",2,False,"));
        line.Append(CultureInfo.InvariantCulture, $"C00,TOTAL CPC,0,0,TOTAL MOT,-1,N/A,0,False,-1,N/A,0,False,{value * 0.1m:0.##},False,0,False,");
        line.Append(CultureInfo.InvariantCulture, $"{(flow.Code == "M" ? value : 0m)},{(flow.Code == "X" ? value : 0m)},{value},0,True,False\n");
        writer.Write(line);
    }
}
