using System.Globalization;

namespace TradeTargets.Sample;

/// <summary>The backtest as a readable table: counts, each rule's scores, coverage, the reliability bins and the looks without a forecast.</summary>
internal static class BacktestTable
{
    public static void Write(TextWriter output, BacktestResult result)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Backtest, outcomes as of {result.Options.SettledAsOf:yyyy-MM-dd}: {result.GoalCount} goals, {result.Settled.Count} settled ({result.Settled.Count(s => s.Met)} met), {result.Unsettled.Count} unsettled, {result.Open} open."));
        output.WriteLine(string.Create(c, $"{result.ForecastCount} forecasts scored; {result.Missing.Count} look(s) without a forecast (too few figures published by then), listed below."));
        output.WriteLine(string.Create(c, $"Scores with bootstrap {result.Options.IntervalLevel:0%} intervals (goals resampled, {result.Options.BootstrapSamples} draws); lower is better."));
        if (result.Headline is null)
        {
            output.WriteLine();
            output.WriteLine("At announcement: no settled goal had a forecast (too few figures published by its announcement), so there are no headline scores.");
        }

        foreach (var scores in new[] { result.Headline, result.YearEnds }.OfType<BacktestScores>())
        {
            output.WriteLine();
            var when = scores.Time == ForecastTime.Announcement ? "At announcement (headline: one forecast per goal)" : "At year-ends before the deadline (correlated looks at the same goals)";
            output.WriteLine(string.Create(c, $"{when}: {scores.Forecasts.Count} forecasts of {scores.Goals} goals, {scores.Forecasts.Count(f => f.Met)} met"));
            output.WriteLine($"  {"rule",-20} {"Brier",-24} {"log score",-24}");
            foreach (var rule in scores.Rules)
            {
                output.WriteLine($"  {BacktestText.Describe(rule.Rule),-20} {rule.Brier,-24} {rule.LogScore,-24}");
            }

            output.WriteLine("  " + BacktestText.Verdict(scores, result.Options.IntervalLevel));
            var cov = scores.Coverage;
            output.WriteLine(cov.Count == 0
                ? "  Coverage: no deadline-year level to check."
                : string.Create(c, $"  Coverage of {cov.Count} deadline levels: 80% interval {cov.Inside80} inside = {cov.Coverage80}; 95% interval {cov.Inside95} inside = {cov.Coverage95}."));
            output.WriteLine("  Reliability of the trend (bin: count, mean forecast, share met, Wilson 90%):");
            foreach (var bin in scores.Of(ForecastRule.Trend).Reliability.Where(b => b.Count > 0))
            {
                output.WriteLine(string.Create(c, $"    {bin.From:0%}-{bin.To:0%}: {bin.Count,4}, {bin.MeanForecast:0.00}, {bin.ObservedFrequency:0.00} ({bin.Lower:0.00} to {bin.Upper:0.00})"));
            }
        }

        output.WriteLine();
        output.WriteLine(result.TimeSplit is { } split
            ? "Recalibration checked by time: " + split + "."
            : string.Create(c, $"Recalibration checked by time: nothing to fit or score (goals due by {result.Options.LastFitYear} need both outcomes, and later goals must exist)."));

        if (result.Missing.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Looks without a forecast:");
            foreach (var m in result.Missing)
            {
                output.WriteLine(string.Create(c, $"  {m.GoalId} as of {m.AsOf:yyyy-MM-dd}: {m.Reason}"));
            }
        }
    }
}
