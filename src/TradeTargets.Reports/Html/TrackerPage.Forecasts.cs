using System.Globalization;
using TradeTargets.Charts;

namespace TradeTargets.Reports;

/// <summary>The tracker's "How good are these forecasts" section: what the trend's probability is, and its track record.</summary>
internal static partial class TrackerPage
{
    private static void WriteForecastRecord(HtmlWriter html, EvaluationReport report)
    {
        html.Open("section", ("aria-labelledby", "forecasts")).Line();
        html.Element("h2", "How good are these forecasts", ("id", "forecasts")).Line();
        html.Element("p", BacktestText.Meaning).Line();
        if (report.Backtest is { } backtest)
        {
            WriteBacktest(html, backtest);
        }
        else
        {
            html.Element("p", "No backtest came with this page, so these probabilities and bands are not checked here against goals whose outcome is known.").Line();
        }

        html.Close("section").Line();
    }

    private static void WriteBacktest(HtmlWriter html, BacktestResult backtest)
    {
        html.Element("p", BacktestText.Counts(backtest)).Line();
        if (backtest.Headline is not { } headline)
        {
            html.Element("p", "No settled goal had a forecast at its announcement (too few figures were published by then), so there is no headline score.").Line();
            return;
        }

        html.Element("p", BacktestText.Verdict(headline, backtest.Options.IntervalLevel), ("class", "headline")).Line();
        html.Element("p", BacktestText.Coverage(headline.Coverage)).Line();
        html.Open("table", ("class", "counts")).Line();
        html.Element("caption", string.Create(CultureInfo.InvariantCulture, $"Scores of one forecast per goal, made at its announcement: lower is better ({backtest.Options.IntervalLevel:0%} bootstrap intervals)")).Line();
        html.Open("thead").Open("tr").Element("th", "Rule", ("scope", "col")).Element("th", "Brier score", ("scope", "col")).Element("th", "Log score", ("scope", "col")).Close("tr").Close("thead").Line();
        html.Open("tbody").Line();
        foreach (var rule in headline.Rules)
        {
            html.Open("tr").Element("th", BacktestText.Describe(rule.Rule), ("scope", "row"));
            html.Element("td", rule.Brier.ToString(), ("class", "num")).Element("td", rule.LogScore.ToString(), ("class", "num")).Close("tr").Line();
        }

        html.Close("tbody").Line().Close("table").Line();
        html.Open("figure").Line();
        html.Trusted(SvgSanitizer.Sanitize(TradeCharts.ReliabilityDiagram(backtest).ToSvg(), "forecasts-", "forecasts-caption")).Line();
        html.Element("figcaption", ReliabilityAlternative(headline), ("id", "forecasts-caption")).Line();
        html.Close("figure").Line();
    }

    /// <summary>The reliability diagram in words, bin by bin, for readers who do not see it.</summary>
    private static string ReliabilityAlternative(BacktestScores headline)
    {
        var bins = headline.Of(ForecastRule.Trend).Reliability.Where(b => b.Count > 0).Select(BacktestText.Describe);
        return "Reliability of the trend's probabilities (an honest forecast's goals are met as often as it says): " + string.Join("; ", bins) + ".";
    }
}
