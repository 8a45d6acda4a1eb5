using System.Globalization;
using System.Text;
using TradeTargets;

/// <summary>A large portfolio for the scaling benchmark: goals over distinct pairs and their figures as Comtrade rows.</summary>
internal static class Portfolio
{
    private const string Header = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,"
        + "partnerCode,partnerISO,partnerDesc,partner2Code,cmdCode,customsCode,motCode,primaryValue";

    public static void Write(string folder, int goals)
    {
        Directory.CreateDirectory(folder);
        var countries = Country.All.Where(c => c.NumericCode > 0).ToList();
        var pairs = countries.SelectMany(r => countries.Where(p => p != r).Select(p => (Reporter: r, Partner: p))).Take(goals).ToList();
        if (pairs.Count < goals)
        {
            throw new ArgumentOutOfRangeException(nameof(goals), goals, string.Create(CultureInfo.InvariantCulture, $"The catalogue gives only {pairs.Count} distinct pairs."));
        }

        var random = new Random(42);
        using var goalsFile = new StreamWriter(Path.Combine(folder, "goals.csv"), false, new UTF8Encoding(false));
        using var comtrade = new StreamWriter(Path.Combine(folder, "comtrade.csv"), false, new UTF8Encoding(false), 1 << 20);
        goalsFile.Write("id,reporter,partner,flow,target,deadline,announced_on,announcer,source_publication,source_title,source_published\n");
        comtrade.Write(Header + "\n");
        var index = 0;
        foreach (var (reporter, partner) in pairs)
        {
            index++;
            var level = random.Next(10, 5_000);
            goalsFile.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"g{index},{reporter.Code},{partner.Code},turnover,${level * 3}m,{2015 + (index % 10)},2012-06-01,Government,Bench,Goal {index},2012-06-01\n"));
            for (var year = 2005; year < 2025; year++)
            {
                var exports = level * 600_000m * (decimal)Math.Pow(1.04, year - 2005) * (decimal)(0.8 + (random.NextDouble() * 0.4));
                var imports = level * 400_000m * (decimal)Math.Pow(1.03, year - 2005) * (decimal)(0.8 + (random.NextDouble() * 0.4));
                Row(comtrade, year, reporter, partner, "X", "Export", exports);
                Row(comtrade, year, reporter, partner, "M", "Import", imports);
            }
        }
    }

    private static void Row(StreamWriter writer, int year, Country reporter, Country partner, string flow, string flowDesc, decimal value)
        => writer.Write(string.Create(
            CultureInfo.InvariantCulture,
            $"C,A,{year}0101,{year},52,{year},{reporter.NumericCode},{reporter.Code},\"{reporter.Name}\",{flow},{flowDesc},{partner.NumericCode},{partner.Code},\"{partner.Name}\",0,TOTAL,C00,0,{decimal.Round(value, 2)}\n"));
}
