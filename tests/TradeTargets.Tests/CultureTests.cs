using System.Globalization;
using TradeTargets.IO;
using TradeTargets.Statistics;
using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>
/// Every text and file the library produces is the same under any current culture: each is produced under the
/// invariant culture and under cultures with another calendar, decimal separator or digits, and compared.
/// </summary>
public class CultureTests
{
    private static readonly TradeDataSet Seeds = SeedData.Load();
    private static readonly EvaluationOptions EndOf2017 = EvaluationOptions.At(new DateOnly(2017, 12, 31));

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Texts_UnderForeignCulture_AreTheInvariantTexts(string culture)
    {
        var invariant = CultureScope.Invariant(Texts);

        var foreign = CultureScope.Under(culture, Texts);

        foreign.Should().Equal(invariant);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Files_UnderForeignCulture_AreTheInvariantBytes(string culture)
    {
        var invariant = CultureScope.Invariant(Files);

        var foreign = CultureScope.Under(culture, Files);

        foreign.Keys.Should().Equal(invariant.Keys);
        foreach (var (name, text) in invariant)
        {
            foreign[name].Should().Be(text, $"{name} must not depend on the culture");
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Load_UnderForeignCulture_ReadsTheSameRecords(string culture)
    {
        var files = CultureScope.Invariant(Files);

        var loaded = CultureScope.Under(culture, () => new
        {
            Goals = TradeDataFile.Load(new StringReader(files["goals.csv"]), "goals.csv").Goals,
            Figures = TradeDataFile.Load(new StringReader(files["figures.csv"]), "figures.csv").Figures,
            Statements = TradeDataFile.Load(new StringReader(files["statements.csv"]), "statements.csv").Statements,
            Json = TradeDataFile.Load(new StringReader(files["data.json"]), "data.json"),
        });

        loaded.Goals.Should().Equal(Seeds.Goals);
        loaded.Figures.Should().Equal(Seeds.Figures);
        loaded.Statements.Should().Equal(Seeds.Statements);
        loaded.Json.Goals.Should().Equal(Seeds.Goals);
        loaded.Json.Figures.Should().Equal(Seeds.Figures);
    }

    [Fact]
    public void Texts_UnderThaiCulture_GiveGregorianYears()
    {
        var (options, reason, source) = CultureScope.Under("th-TH", () =>
        {
            var evaluation = GoalEvaluator.Evaluate(PastDeadlineWithoutFigure(), TestData.Figures([Annual("SRB", 2014, 245.5m)]), EndOf2017);
            return (evaluation.Options.ToString(), evaluation.Assessments.Single().Reason, PublishedOn(2017, 12, 31).ToString());
        });

        options.Should().StartWith("as of 2017-12-31;");
        reason.Should().Be("The deadline year 2016 is over but no full-year figure for it was published by 2017-12-31.");
        source.Should().Be("Test Digest, 'Article of 2017-12-31' (2017-12-31)");
    }

    [Fact]
    public void Texts_UnderGermanCulture_GiveDecimalPoints()
    {
        var (figure, error) = CultureScope.Under("de-DE", () =>
            (Annual("AZE", 2014, 8.7m).ToString(), Record.Exception(() => SimpleLinearRegression.Fit([1.5, 1.5, 1.5], [1, 2, 3]))!.Message));

        figure.Should().Be("$8.7m turnover BLR–AZE 2014 (unstated/unstated)");
        error.Should().StartWith("x must take at least two different values; all were 1.5.");
    }

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void ForeignCulture_FormatsDifferently_SoTheseTestsCanFail(string culture)
    {
        // Guards the guard: with invariant globalization every culture would format like the invariant one.
        var sample = CultureScope.Under(culture, () => string.Create(CultureInfo.CurrentCulture, $"{new DateOnly(2017, 12, 31):yyyy-MM-dd} {1.5}"));

        sample.Should().NotBe("2017-12-31 1.5");
    }

    /// <summary>A goal whose deadline year is over; with no figure for that year, the reason names the evaluation date.</summary>
    private static Goal PastDeadlineWithoutFigure() => Goal("SRB", 600, Deadline.InYear(2016), new DateOnly(2015, 3, 1));

    /// <summary>Seed evaluations and hand-worked ones that reach every kind of text: trends, windows, estimates.</summary>
    private static List<GoalEvaluation> Evaluations()
    {
        var trend = GoalEvaluator.Evaluate(
            Goal("PAK", 1000, Deadline.Within(4), new DateOnly(2015, 8, 10), new GoalBaseline(Amount.FromMillions(121.5m), ReportingPeriod.Year(2014))), TestData.Figures([Annual("PAK", 2012, 98.25m), Annual("PAK", 2013, 110.5m), Annual("PAK", 2014, 121.5m), Annual("PAK", 2015, 150.75m), Annual("PAK", 2016, 171.3m), Figure("pak-2017", "PAK", ReportingPeriod.Months(2017, 1, 8), 130.4m)]),
            EndOf2017);
        var vague = GoalEvaluator.Evaluate(
            Goal("VNM", 500, Deadline.Vague("in a few years"), new DateOnly(2016, 5, 12), multiplier: new GoalMultiplier(2.5m, AmountQualifier.Almost)), TestData.Figures([Annual("VNM", 2013, 150.1m), Annual("VNM", 2014, 140.2m), Annual("VNM", 2015, 180.3m), Annual("VNM", 2016, 205.4m), Annual("VNM", 2017, 240.5m)]),
            EndOf2017);
        var missed = GoalEvaluator.Evaluate(
            Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27)), TestData.Figures([Annual("ARE", 2015, 29.7m), Figure("are-2016", "ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m)]),
            EndOf2017);
        var unsettled = GoalEvaluator.Evaluate(PastDeadlineWithoutFigure(), TestData.Figures([Annual("SRB", 2014, 245.5m)]), EndOf2017);
        return
        [
            .. GoalEvaluator.EvaluateAll(Seeds, EvaluationOptions.At(new DateOnly(2016, 12, 31))),
            .. GoalEvaluator.EvaluateAll(Seeds, EndOf2017),
            trend, vague, missed, unsettled,
        ];
    }

    private static List<string> Texts()
    {
        var texts = new List<string> { Seeds.ToString(), EndOf2017.ToString() };
        foreach (var goal in Seeds.Goals)
        {
            texts.AddRange([goal.ToString(), goal.Source.ToString(), goal.Target.ToString(), goal.Target.ToRoundedString(), goal.Deadline.ToString(), goal.Partner.ToString(), ProseText.Describe(goal.Flow)]);
            texts.AddRange([goal.Baseline?.ToString() ?? "-", goal.Multiplier?.ToString() ?? "-", goal.ImpliedTarget?.ToString() ?? "-"]);
            var window = goal.Deadline.Resolve(goal.AnnouncedOn, VagueDeadlinePolicy.Default);
            texts.AddRange([window.ToString(), window.Interpretation]);
        }

        foreach (var figure in Seeds.AllFigures)
        {
            texts.AddRange([figure.ToString(), figure.Amount.ToString(), figure.Amount.ToRoundedString(2), figure.Period.ToString(), figure.Period.Describe(), figure.Basis.ToString()]);
            texts.AddRange(figure.Sources.Select(s => s.ToString()));
            texts.Add(figure.Derivation?.Formula ?? "-");
        }

        foreach (var statement in Seeds.Statements)
        {
            texts.AddRange([statement.Source.ToString(), statement.Period.Describe(), statement.ReferencePeriod.Describe()]);
        }

        foreach (var e in Evaluations())
        {
            texts.AddRange([e.ToString(), e.Explanation, e.Options.ToString(), e.Window.ToString(), e.Window.Interpretation, e.Baseline?.Description ?? "-"]);
            texts.AddRange(e.Caveats);
            texts.AddRange([e.Level?.ToString() ?? "-", e.Latest?.ToString() ?? "-"]);
            texts.AddRange(e.AnnualLevels.Select(l => l.ToString()));
            texts.AddRange(e.Observations.Select(o => o.Chosen.ToString()));
            texts.AddRange(e.NotYetPublished.Select(f => f.ToString()));
            texts.Add(e.Trend.Note ?? "-");
            texts.AddRange(e.Trend.Points.Select(p => p.ToString()));
            texts.AddRange(e.InOtherCurrencies.Select(f => f.ToString()));
            foreach (var a in e.Assessments)
            {
                texts.AddRange([a.Reason, a.LevelAtDeadline?.ToString() ?? "-"]);
            }

            texts.AddRange([StatusText.DescribeCompactly(e), StatusText.Describe(e.Assessments), StatusText.Describe(e.Status), ProseText.Growth(e.ObservedGrowth)]);
            texts.AddRange([e.Achievement is { } share ? ProseText.Percent(share) : "-", e.Gap is { } gap ? MoneyText.Format(gap, e.Goal.Target.Currency) : "-"]);
        }

        texts.AddRange([MoneyText.FormatUsd(1_234_567.891), MoneyText.FormatUsd(0.5), ProseText.Growth(-0.0525), ProseText.Percent(0.333)]);
        texts.AddRange(Errors());
        return texts;
    }

    private static IEnumerable<string> Errors()
    {
        yield return Record.Exception(() => Goal("VNM", 500, Deadline.InYear(2016), new DateOnly(2017, 6, 29)))!.Message;
        yield return Record.Exception(() => SimpleLinearRegression.Fit([1.5, 1.5, 1.5], [1, 2, 3]))!.Message;
        yield return Record.Exception(() => ReportingPeriod.Months(2016, 3, 13))!.Message;
        var truncated = "id,reporter,partner,flow,period,amount\nfig-1,BLR,AZE,exports,2014\n";
        foreach (var problem in TradeDataFile.LoadLenient(new StringReader(truncated), "figures.csv").Problems)
        {
            yield return problem.ToString();
        }
    }

    /// <summary>Every file the library writes for the seed data, each written to a writer made under the current culture.</summary>
    private static Dictionary<string, string> Files()
    {
        static string Write(Action<TextWriter> write)
        {
            using var writer = new StringWriter();
            write(writer);
            return writer.ToString();
        }

        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["goals.csv"] = Write(w => TradeDataFile.WriteGoalsCsv(w, Seeds.Goals)),
            ["figures.csv"] = Write(w => TradeDataFile.WriteFiguresCsv(w, Seeds.Figures)),
            ["statements.csv"] = Write(w => TradeDataFile.WriteStatementsCsv(w, Seeds.Statements)),
            ["data.json"] = Write(w => TradeDataFile.WriteJson(w, Seeds)),
        };
    }
}
