using System.Text.Json;

namespace TradeTargets.Sample.Tests;

/// <summary>The sample's currency options: conversion on by default, --no-conversion, and --rates with a user's file.</summary>
public sealed class ConversionOptionTests : IDisposable
{
    private const string Goals = """
        id,reporter,partner,flow,target,deadline,announced_on,announcer,baseline_amount,baseline_period,multiplier,restatement_of,note,source_publication,source_title,source_published,source_address,source_covers
        blr-deu-eur,BLR,DEU,turnover,EUR 5bn,2022,2018-03-01,Government of Belarus,,,,,,Test Wire,A euro goal,2018-03-01,,
        """;

    private const string Figures = """
        id,reporter,partner,flow,period,amount,qualifier,coverage,side,note,source_publication,source_title,source_published,source_address,source_covers
        blr-deu-2019,BLR,DEU,turnover,2019,$1.2bn,exact,goods,reporter,,Test Statistics,Trade 2019,2020-03-01,,
        blr-deu-2020,BLR,DEU,turnover,2020,$1.3bn,exact,goods,reporter,,Test Statistics,Trade 2020,2021-03-01,,
        blr-deu-2021,BLR,DEU,turnover,2021,$1.5bn,exact,goods,reporter,,Test Statistics,Trade 2021,2022-03-01,,
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Run_EuroGoalOnDollarFigures_ConvertsAtTheEcbAverageOfEachYearAndSaysSoInJson()
    {
        var run = Run();

        run.ExitCode.Should().Be(0, run.Error);
        var conversions = Conversions(run.Output);
        conversions.Should().NotBeEmpty();
        var of2019 = conversions.First(c => c.GetProperty("ratePeriod").GetString() == "2019");
        of2019.GetProperty("from").GetString().Should().Be("USD");
        of2019.GetProperty("to").GetString().Should().Be("EUR");
        // EUR per USD in 2019 is the mean of the ECB's daily inverse rates: about 1 / 1.1195 (the mean of USD per EUR).
        of2019.GetProperty("rate").GetDouble().Should().BeApproximately(1 / 1.1195, 0.001);
        of2019.GetProperty("rateSources").EnumerateArray().Select(s => s.ToString()).Should().Contain(s => s.Contains("ECB", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NoConversion_PassesTheDollarFiguresOverAsBefore()
    {
        var run = Run("--no-conversion");

        run.ExitCode.Should().Be(0, run.Error);
        Conversions(run.Output).Should().BeEmpty();
        run.Output.Should().Contain("insufficient-data");
    }

    [Fact]
    public void Run_RatesFromAUsersFile_ConvertsAtTheirRatesAndNamesTheirSource()
    {
        var rates = folder.File("mine.csv", """
            # source MINE: rates kept by hand for a test
            period,base,quote,rate,days,source
            2019,EUR,USD,1.25,,MINE
            2020,EUR,USD,1.25,,MINE
            2021,EUR,USD,1.25,,MINE
            """);

        var run = Run("--rates", rates);

        run.ExitCode.Should().Be(0, run.Error);
        var of2019 = Conversions(run.Output).First(c => c.GetProperty("ratePeriod").GetString() == "2019");
        of2019.GetProperty("rate").GetDouble().Should().BeApproximately(0.8, 1e-12);
        of2019.GetProperty("rateSources").EnumerateArray().Select(s => s.ToString()).Should().Contain(s => s.Contains("MINE", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RatesFileWithANonPositiveRate_StopsWithDataErrorNamingFileAndLine()
    {
        var rates = folder.File("bad-rates.csv", "period,base,quote,rate,days,source\n2019,EUR,USD,0,,\n");

        var run = Run("--rates", rates);

        run.ExitCode.Should().Be(SampleApp.DataError);
        run.Error.Should().Contain("bad-rates.csv").And.Contain("line 2");
    }

    private SampleRun Run(params string[] extra)
        => SampleRun.Of([
            "--no-seed", "--data", folder.File("goals.csv", Goals + "\n"), "--data", folder.File("figures.csv", Figures + "\n"),
            "--as-of", "2023-12-31", "--format", "json", "--no-charts", .. extra]);

    private static List<JsonElement> Conversions(string json)
    {
        var found = new List<JsonElement>();
        Collect(JsonDocument.Parse(json).RootElement, found);
        return found;
    }

    private static void Collect(JsonElement element, List<JsonElement> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("conversion") && property.Value.ValueKind == JsonValueKind.Object)
                    {
                        found.Add(property.Value.Clone());
                    }

                    Collect(property.Value, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }

                break;
        }
    }
}
