namespace TradeTargets.Charts.Tests;

/// <summary>
/// Charts read the same under any current culture: every chart is built and rendered under the invariant culture
/// and under cultures with another calendar, decimal separator or digits, and its SVG text compared.
/// </summary>
public class CultureTests
{
    private static readonly EvaluationOptions EndOf2017 = EvaluationOptions.At(new DateOnly(2017, 12, 31));

    // Rendering every chart takes seconds; the invariant reference is made once for all cultures.
    private static readonly Lazy<Dictionary<string, string>> InvariantSvgs = new(() => CultureScope.Invariant(Svgs));
    private static readonly Lazy<List<string>> InvariantModelTexts = new(() => CultureScope.Invariant(ModelTexts));

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Svg_UnderForeignCulture_IsTheInvariantSvg(string culture)
    {
        var invariant = InvariantSvgs.Value;

        var foreign = CultureScope.Under(culture, Svgs);

        foreign.Keys.Should().Equal(invariant.Keys);
        foreach (var (name, svg) in invariant)
        {
            foreign[name].Should().Be(svg, $"the {name} chart must not depend on the culture");
        }
    }

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Model_UnderForeignCulture_HasTheInvariantTexts(string culture)
    {
        var invariant = InvariantModelTexts.Value;

        var foreign = CultureScope.Under(culture, ModelTexts);

        foreign.Should().Equal(invariant);
    }

    [Theory]
    [MemberData(nameof(CultureScope.Foreign), MemberType = typeof(CultureScope))]
    public void Png_UnderForeignCulture_IsTheInvariantPng(string culture)
    {
        var invariant = CultureScope.Invariant(() => TradeCharts.GapChart(ChartTestData.Pakistan()).ToPng());

        var foreign = CultureScope.Under(culture, () => TradeCharts.GapChart(ChartTestData.Pakistan()).ToPng());

        foreign.Should().Equal(invariant);
    }

    [Fact]
    public void Svg_UnderGermanAndThaiCultures_HasDecimalPointsAndGregorianYears()
    {
        var gap = CultureScope.Under("de-DE", () => TradeCharts.GapChart(ChartTestData.Emirates()).ToSvg());
        var seeds = CultureScope.Under("th-TH", () => TradeCharts.Scoreboard(SeedEvaluations()).ToSvg());

        gap.Should().Contain("29.7").And.NotContain("29,7");
        seeds.Should().Contain("2017-12-31.").And.NotContain("2560");
    }

    [Fact]
    public void Options_InvalidScaleUnderGermanCulture_NamesItWithADecimalPoint()
    {
        var error = CultureScope.Under("de-DE", () => Record.Exception(() => new ChartOptions { Scale = 9.5 })!.Message);

        error.Should().StartWith("Scale must be from 0.25 to 8; it was 9.5.");
    }

    private static IReadOnlyList<GoalEvaluation> SeedEvaluations()
    {
        var seeds = SeedData.Load();
        return GoalEvaluator.EvaluateAll(seeds, EndOf2017);
    }

    /// <summary>Every chart of the seed data and of the hand-built cases, as SVG.</summary>
    private static Dictionary<string, string> Svgs()
    {
        return Charts().ToDictionary(c => c.Name, c => c.Image.ToSvg(), StringComparer.Ordinal);
    }

    /// <summary>The texts of every chart model, tick labels included.</summary>
    private static List<string> ModelTexts()
    {
        var texts = new List<string>();
        foreach (var (name, image) in Charts())
        {
            var model = image.Model;
            texts.AddRange([name, model.Title, model.Subtitle, model.XLabel, model.YLabel, model.SourceLine, model.GapText ?? "-"]);
            texts.AddRange(model.Series);
            texts.AddRange(model.Notes);
            texts.AddRange(model.Categories);
            texts.AddRange(model.GetXTickLabels());
            texts.AddRange(model.GetYTickLabels());
        }

        return texts;
    }

    private static List<(string Name, ChartImage Image)> Charts()
    {
        var seeds = SeedEvaluations();
        var charts = new List<(string Name, ChartImage Image)>
        {
            ("seed-scoreboard", TradeCharts.Scoreboard(seeds)),
            ("seed-dumbbell", TradeCharts.Dumbbell(seeds)),
        };
        charts.AddRange(seeds.Select(e => ("seed-gap-" + e.Goal.Id, TradeCharts.GapChart(e))));
        charts.AddRange(ChartTestData.GapCases.Select(c => ("gap-" + c.Key, TradeCharts.GapChart(c.Value()))));
        charts.Add(("scoreboard-portfolio", TradeCharts.Scoreboard(ChartTestData.Portfolio())));
        charts.Add(("dumbbell-wide-range", TradeCharts.Dumbbell(ChartTestData.WideRange())));
        return charts;
    }
}
