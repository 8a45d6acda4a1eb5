namespace TradeTargets.Sample.Tests;

/// <summary>The sample prints the same table, JSON and CSV under any current culture.</summary>
public class CultureTests
{
    public static TheoryData<string, string> FormatsAndCultures
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var format in new[] { "table", "json", "csv" })
            {
                foreach (var culture in CultureScope.Foreign)
                {
                    data.Add(format, culture);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(FormatsAndCultures))]
    public void Run_UnderForeignCulture_PrintsTheInvariantOutput(string format, string culture)
    {
        string[] args = ["--format", format, "--as-of", "2017-12-31", "--no-charts"];
        var invariant = CultureScope.Invariant(() => SampleRun.Of(args));

        var foreign = CultureScope.Under(culture, () => SampleRun.Of(args));

        invariant.ExitCode.Should().Be(0, invariant.Error);
        foreign.ExitCode.Should().Be(0, foreign.Error);
        foreign.Output.Should().Be(invariant.Output);
        foreign.Error.Should().Be(invariant.Error);
    }

    [Fact]
    public void Run_JsonUnderThaiCulture_GivesGregorianDates()
    {
        var run = CultureScope.Under("th-TH", () => SampleRun.Of("--format", "json", "--as-of", "2017-12-31", "--no-charts"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("\"asOf\": \"2017-12-31\"").And.Contain("2017-12-31").And.NotContain("2560-");
    }

    [Fact]
    public void Run_CsvUnderGermanCulture_GivesDecimalPoints()
    {
        var run = CultureScope.Under("de-DE", () => SampleRun.Of("--format", "csv", "--as-of", "2017-12-31", "--no-charts", "--no-statistics"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain(",0.0594,470300000,16.835016835016834,-0.05555555555555558,,\"Belarus–United Arab Emirates turnover: $29.7m in 2015 against $500m due 2015: missed, 5.9% of the goal\"");
    }
}
