using TradeTargets.IO;

namespace TradeTargets.Tests;

public class ExchangeRateTableTests
{
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Currency Usd = Currency.Usd;

    // The ECB's own published annual averages of USD per EUR; the part year and the fiscal year are the arithmetic
    // means of the ECB's daily rates over those months (170 and 257 fixing days), worked from eurofxref-hist by hand.
    [Theory]
    [InlineData(2015, 1, 12, 1.1095)]
    [InlineData(2019, 1, 12, 1.1195)]
    [InlineData(2022, 1, 12, 1.0530)]
    [InlineData(2023, 1, 12, 1.0813)]
    [InlineData(2019, 1, 8, 1.1265)]
    public void TryGetAverage_EuroToDollar_MatchesPublishedAverages(int year, int firstMonth, int lastMonth, double expected)
    {
        ExchangeRateTable.Bundled.TryGetAverage(Eur, Usd, ReportingPeriod.Months(year, firstMonth, lastMonth), out var rate).Should().BeTrue();

        Math.Round(rate!.Rate, 4).Should().Be(expected);
        rate.Method.Should().StartWith("mean of ").And.EndWith(" daily rates");
        rate.SourceKeys.Should().Be("ECB");
        rate.AnnualOnly.Should().BeFalse();
    }

    [Fact]
    public void TryGetAverage_FiscalYear_AveragesItsOwnTwelveMonths()
    {
        ExchangeRateTable.Bundled.TryGetAverage(Eur, Usd, ReportingPeriod.FiscalYear(2022, 7), out var rate).Should().BeTrue();

        Math.Round(rate!.Rate, 4).Should().Be(1.0468);
        rate.Method.Should().Be("mean of 257 daily rates");
    }

    [Fact]
    public void TryGetAverage_DollarToEuro_IsTheMeanOfDailyInverseRates()
    {
        ExchangeRateTable.Bundled.TryGetAverage(Usd, Eur, ReportingPeriod.Year(2023), out var rate).Should().BeTrue();

        // Mean of 1 / (USD per EUR) over 255 days, not 1 / 1.0813 = 0.92481.
        Math.Round(rate!.Rate, 5).Should().Be(0.92505);
    }

    [Fact]
    public void TryGetAverage_RoubleAfterTheEcbStopped_IsMissing()
        => ExchangeRateTable.Bundled.TryGetAverage(new Currency("RUB"), Usd, ReportingPeriod.Year(2023), out _).Should().BeFalse();

    [Fact]
    public void Bundled_ReadsEveryRateWithBothSources()
    {
        using var stream = typeof(ExchangeRateTable).Assembly.GetManifestResourceStream("TradeTargets.exchange-rates.csv.gz")!;
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        var table = ExchangeRateTable.Read(reader, "bundled");

        table.Count.Should().BeGreaterThan(20_000);
        table.Sources.Select(s => s.Key).Should().Equal("ECB", "H10");
    }

    [Fact]
    public void Read_DailyRates_AveragesEachMonthOverItsDays()
    {
        var table = ExchangeRateFile.Read(new StringReader(Header + "2015-01-02,EUR,USD,1.2,,\n2015-01-05,EUR,USD,1.1,,\n2015-02-02,EUR,USD,1.0,,\n"), "mine.csv");

        table.TryGetAverage(Eur, Usd, ReportingPeriod.Months(2015, 1, 2), out var rate).Should().BeTrue();
        rate!.Rate.Should().BeApproximately(1.1, 1e-12);
        rate.Method.Should().Be("mean of 3 daily rates");
        rate.SourceKeys.Should().Be("mine.csv");
    }

    [Fact]
    public void Read_AnnualOnly_ConvertsPartYearAtTheAnnualAverageAndSaysSo()
    {
        var table = ExchangeRateFile.Read(new StringReader(Header + "2023,USD,KZT,456.3,,IMF\n"), "imf.csv");

        table.TryGetAverage(new Currency("KZT"), Usd, ReportingPeriod.Months(2023, 1, 6), out var rate).Should().BeTrue();
        rate!.AnnualOnly.Should().BeTrue();
        rate.Rate.Should().BeApproximately(1 / 456.3, 1e-12);
    }

    private const string Header = "period,base,quote,rate,days,source\n";

    [Theory]
    [InlineData("2015-01-02,EUR,XYZ,1.2,,\n", 2, "quote", "unknown currency code")]
    [InlineData("2015-01-02,EUR,USD,0,,\n", 2, "rate", "positive number")]
    [InlineData("2015-01-02,EUR,USD,-1.1,,\n", 2, "rate", "positive number")]
    [InlineData("2015-01-02,EUR,USD,1.1,,\n2015-01-02,EUR,USD,1.1,,\n", 3, "period", "repeats line 2")]
    [InlineData("2015-01-05,EUR,USD,1.1,,\n2015-01-02,EUR,USD,1.1,,\n", 3, "period", "dates out of order")]
    [InlineData("2015-01-30,EUR,USD,1.1,,\n2015-03-02,EUR,USD,1.1,,\n", 3, "period", "no rate in 2015-02")]
    [InlineData("2015-01-02,EUR,USD,1.1,,\n2015-01-05,EUR,USD,11.5,,\n", 3, "rate", "more than ten times")]
    [InlineData("2016-07-01,USD,BYR,20000,,\n", 2, "quote", "replaced by BYN on 2016-07-01")]
    [InlineData("2015-01,EUR,USD,1.1,,\n2015-03,EUR,USD,1.1,,\n", 3, "period", "no rate in 2015-02")]
    public void Read_BadInput_RefusedAtFileAndLine(string rows, long line, string column, string reason)
    {
        var read = () => ExchangeRateFile.Read(new StringReader(Header + rows), "rates.csv");

        var problem = read.Should().Throw<DataFileException>().Which;
        problem.File.Should().Be("rates.csv");
        problem.Line.Should().Be(line);
        problem.Column.Should().Be(column);
        problem.Reason.Should().Contain(reason);
    }

    [Fact]
    public void Read_WeekendsAndHolidays_AreNotGaps()
    {
        var table = ExchangeRateFile.Read(new StringReader(Header + "2015-12-23,EUR,USD,1.09,,\n2016-01-04,EUR,USD,1.08,,\n"), "rates.csv");

        table.Count.Should().Be(2);
    }

    [Fact]
    public void Currency_UnknownCode_IsRefused()
    {
        var create = () => new Currency("XYZ");

        create.Should().Throw<ArgumentException>().WithMessage("*not an ISO 4217 currency code*");
    }
}
