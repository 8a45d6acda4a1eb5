using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TradeTargets.Reports.Tests;

/// <summary>Reports written once per test run and parsed into DOMs the way a browser would.</summary>
internal static class Pages
{
    private static readonly Lazy<EvaluationReport> SeedReport = new(() => EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31))));
    private static readonly Lazy<string> SeedHtml = new(() => Seed.ToText(ReportFormat.Html));
    private static readonly Lazy<string> HostileHtml = new(() => HostileData.Report().ToText(ReportFormat.Html));

    public static EvaluationReport Seed => SeedReport.Value;

    public static string SeedText => SeedHtml.Value;

    public static string HostileText => HostileHtml.Value;

    public static IDocument SeedPage() => Parse(SeedHtml.Value);

    public static IDocument HostilePage() => Parse(HostileHtml.Value);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
