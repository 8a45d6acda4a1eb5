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
        // Goals over distinct pairs while the catalogue has them (about 62,000); beyond that the pairs come round again
        // as later goals of the same pair (a later deadline), whose figures are the pair's rows already written.
        var distinct = countries.SelectMany(r => countries.Where(p => p != r).Select(p => (Reporter: r, Partner: p))).Take(goals).ToList();
        var pairs = Enumerable.Range(0, goals).Select(i => distinct[i % distinct.Count]).ToList();

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
            var round = (index - 1) / distinct.Count;
            goalsFile.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"g{index},{reporter.Code},{partner.Code},turnover,${level * 3}m,{2015 + (index % 10) + (10 * round)},2012-06-01,Government,Bench,Goal {index},2012-06-01\n"));
            if (round > 0)
            {
                continue;
            }

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
