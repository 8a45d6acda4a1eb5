using System.Text.Json;
using Json.Schema;

namespace TradeTargets.Reports.Tests;

public class EvaluationReportTests
{
    // The schema has an $id, and the schema library refuses to register one id twice per process.
    private static readonly JsonSchema ReportSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "evaluation-report.schema.json")));

    private static readonly EvaluationOptions AtEnd2017 = EvaluationOptions.At(new DateOnly(2017, 12, 31));

    [Fact]
    public void Constructor_EvaluationUnderOtherOptions_Throws()
    {
        var evaluations = GoalEvaluator.EvaluateAll(SeedData.Load(), AtEnd2017);

        var act = () => new EvaluationReport(evaluations, EvaluationOptions.At(new DateOnly(2018, 12, 31)));

        act.Should().Throw<ArgumentException>().WithParameterName("evaluations").WithMessage("*same options*");
    }

    [Fact]
    public void Constructor_SameGoalTwice_Throws()
    {
        var evaluations = GoalEvaluator.EvaluateAll(SeedData.Load(), AtEnd2017);

        var act = () => new EvaluationReport([evaluations[0], evaluations[0]], AtEnd2017);

        act.Should().Throw<ArgumentException>().WithMessage($"*{evaluations[0].Goal.Id}*twice*");
    }

    [Fact]
    public void Summary_IsThePortfolioSummaryOfTheEvaluations()
    {
        var evaluations = GoalEvaluator.EvaluateAll(SeedData.Load(), AtEnd2017);

        var report = new EvaluationReport(evaluations, AtEnd2017);

        report.Summary.Should().BeEquivalentTo(PortfolioSummary.From(evaluations));
        report.ToString().Should().Be($"{evaluations.Count} goals as of 2017-12-31");
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2025)]
    public void ToText_Json_ValidatesAgainstTheDocumentedSchema(int year)
    {
        var report = EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(year, 12, 31)));

        using var document = JsonDocument.Parse(report.ToText(ReportFormat.Json));

        var result = ReportSchema.Evaluate(document.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        result.IsValid.Should().BeTrue(string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        document.RootElement.GetProperty("schema").GetString().Should().Be(EvaluationReport.JsonSchemaId);
        document.RootElement.GetProperty("evaluations").GetArrayLength().Should().Be(report.Evaluations.Count);
    }

    [Fact]
    public void ToText_JsonOfHostileTexts_KeepsTheTextsAsStrings()
    {
        using var document = JsonDocument.Parse(HostileData.Report().ToText(ReportFormat.Json));

        document.RootElement.GetProperty("evaluations")[0].GetProperty("goal").GetProperty("announcer").GetString().Should().Be(HostileData.Announcer);
    }

    [Fact]
    public void ToText_Csv_HasAHeaderAndOneRowPerGoalInOrder()
    {
        var report = Pages.Seed;

        var lines = report.ToText(ReportFormat.Csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().StartWith("goal_id,reporter,partner,flow,currency,target,deadline,window_first,window_last,status,");
        lines.Skip(1).Select(l => l.Split(',')[0]).Should().Equal(report.Evaluations.Select(e => e.Goal.Id));
    }

    // A spreadsheet opening the report would run these ids as formulas; the apostrophe makes each one text.
    [Theory]
    [InlineData("=HYPERLINK(\"https://example.org\",\"x\")", "\"'=HYPERLINK(\"\"https://example.org\"\",\"\"x\"\")\"")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("goal-1=2", "goal-1=2")]
    public void ToText_CsvWithFormulaLikeId_WritesTheIdAsText(string id, string expectedCell)
    {
        var goal = TestData.Goal("VNM", 500, Deadline.InYear(2015), new DateOnly(2013, 1, 1), id: id);
        var report = EvaluationReport.Evaluate(new TradeDataSet([goal], [TestData.Annual("VNM", 2014, 100m), TestData.Annual("VNM", 2015, 90m)], []), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

        var row = report.ToText(ReportFormat.Csv).Split('\n')[1];

        row.Should().StartWith(expectedCell + ",BLR,VNM,");
        row.Should().Contain(",-0.09999999999999998,", "a number is never marked as text, negative or not: growth from 100 to 90 is -10% (as a double)");
    }

    [Theory]
    [InlineData("=1", "'=1")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("@x", "'@x")]
    [InlineData("", "")]
    [InlineData("in a few years", "in a few years")]
    [InlineData("a=b", "a=b")]
    public void Text_FormulaStarts_AreMarkedAsTextAndOthersKept(string text, string expected)
    {
        ReportCsv.Text(text).Should().Be(expected);
    }

    [Fact]
    public void Write_UndefinedFormat_Throws()
    {
        var act = () => Pages.Seed.Write(TextWriter.Null, (ReportFormat)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("format");
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Csv)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Html)]
    public void ToText_AnyCulture_GivesTheInvariantText(ReportFormat format)
    {
        var invariant = CultureScope.Under(System.Globalization.CultureInfo.InvariantCulture, () => Pages.Seed.ToText(format));

        foreach (var culture in new[] { "th-TH", "de-DE", "ar-SA" })
        {
            CultureScope.Under(new System.Globalization.CultureInfo(culture), () => Pages.Seed.ToText(format))
                .Should().Be(invariant, $"the {format} report must not depend on the culture {culture}");
        }
    }

    [Fact]
    public void ToText_SameReportTwice_GivesTheSameHtml()
    {
        Pages.Seed.ToText(ReportFormat.Html).Should().Be(Pages.SeedText);
    }
}
