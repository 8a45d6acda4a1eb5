using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TradeTargets.Reports.Tests;

/// <summary>Reports written afresh for each use and parsed into DOMs the way a browser would.</summary>
/// <remarks>
/// Nothing is cached between tests: a report computed once and shared would let one run's state (or a mutant active
/// when it was filled) decide every later test.
/// </remarks>
internal static class Pages
{
    public static EvaluationReport Seed => EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31)));

    /// <summary>India–Russia and China–Russia: two reporters, one partner, no figures.</summary>
    public static EvaluationReport TwoReporters()
    {
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));
        return new EvaluationReport(TestData.TwoReportersOnePartner().Select(g => GoalEvaluator.Evaluate(g, TestData.Figures([]), options)).ToList(), options);
    }

    public static string SeedText => Seed.ToText(ReportFormat.Html);

    public static string HostileText => HostileData.Report().ToText(ReportFormat.Html);

    public static IDocument SeedPage() => Parse(SeedText);

    public static IDocument HostilePage() => Parse(HostileText);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
