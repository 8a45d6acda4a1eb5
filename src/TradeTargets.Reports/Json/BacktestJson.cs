using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TradeTargets.Reports;

/// <summary>Writes a backtest as one JSON document, described by docs/backtest.schema.json.</summary>
/// <example><code>
/// var result = ForecastBacktest.Run(SeedData.Load(), BacktestOptions.At(new DateOnly(2026, 12, 31)));
/// BacktestJson.Write(Console.Out, result);
/// </code></example>
public static class BacktestJson
{
    /// <summary>The value of the document's <c>schema</c> field.</summary>
    public const string SchemaId = "tradetargets-backtest/2";

    /// <summary>Writes the backtest: counts, the headline and year-end scores of every rule, coverage, reliability bins, every forecast and every look without one.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The backtest.</param>
    public static void Write(TextWriter output, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", SchemaId);
            json.WriteString("settledAsOf", Date(result.Options.SettledAsOf));
            json.WriteNumber("goals", result.GoalCount);
            json.WriteNumber("settled", result.Settled.Count);
            json.WriteNumber("met", result.Settled.Count(s => s.Met));
            json.WriteNumber("unsettled", result.Unsettled.Count);
            json.WriteNumber("open", result.Open);
            json.WriteNumber("forecasts", result.ForecastCount);
            json.WriteNumber("withoutForecast", result.Missing.Count);
            json.WriteNumber("bootstrapSamples", result.Options.BootstrapSamples);
            json.WriteNumber("intervalLevel", result.Options.IntervalLevel);
            Headline(json, result.Headline);
            Scores(json, "announcement", result.Headline);
            Scores(json, "yearEnds", result.YearEnds);
            TimeSplit(json, result.TimeSplit);
            json.WriteStartArray("missing");
            foreach (var m in result.Missing)
            {
                json.WriteStartObject();
                json.WriteString("goal", m.GoalId);
                json.WriteString("asOf", Date(m.AsOf));
                json.WriteString("time", EnumText.Format(m.Time));
                json.WriteString("reason", m.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    // The headline numbers at the top, under the names the issue and the schema promise.
    private static void Headline(Utf8JsonWriter json, BacktestScores? headline)
    {
        if (headline is null)
        {
            foreach (var name in new[] { "brier", "brierBaseRate", "logScore", "coverage80", "coverage95" })
            {
                json.WriteNull(name);
            }

            return;
        }

        json.WriteNumber("brier", headline.Of(ForecastRule.Trend).Brier.Value);
        json.WriteNumber("brierBaseRate", headline.Of(ForecastRule.BaseRate).Brier.Value);
        json.WriteNumber("logScore", headline.Of(ForecastRule.Trend).LogScore.Value);
        JsonFields.Number(json, "coverage80", headline.Coverage.Coverage80?.Value);
        JsonFields.Number(json, "coverage95", headline.Coverage.Coverage95?.Value);
    }

    private static void Scores(Utf8JsonWriter json, string name, BacktestScores? scores)
    {
        if (scores is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("goals", scores.Goals);
        json.WriteNumber("forecastCount", scores.Forecasts.Count);
        Estimate(json, "brierGainOverBaseRate", scores.BrierGainOverBaseRate);
        Coverage(json, scores.Coverage);
        json.WriteStartObject("rules");
        foreach (var rule in scores.Rules)
        {
            Rule(json, rule);
        }

        json.WriteEndObject();
        json.WriteStartArray("forecasts");
        foreach (var f in scores.Forecasts)
        {
            Forecast(json, f);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Coverage(Utf8JsonWriter json, IntervalCoverage coverage)
    {
        json.WriteStartObject("coverage");
        json.WriteNumber("checked", coverage.Count);
        json.WriteNumber("inside80", coverage.Inside80);
        json.WriteNumber("inside95", coverage.Inside95);
        Estimate(json, "coverage80", coverage.Coverage80);
        Estimate(json, "coverage95", coverage.Coverage95);
        json.WriteEndObject();
    }

    // One forecast rule's scores and its reliability bins.
    private static void Rule(Utf8JsonWriter json, ForecastScores rule)
    {
        json.WriteStartObject(RuleName(rule.Rule));
        Estimate(json, "brier", rule.Brier);
        Estimate(json, "logScore", rule.LogScore);
        json.WriteStartArray("reliability");
        foreach (var bin in rule.Reliability)
        {
            json.WriteStartObject();
            json.WriteNumber("from", bin.From);
            json.WriteNumber("to", bin.To);
            json.WriteNumber("count", bin.Count);
            JsonFields.Number(json, "meanForecast", bin.MeanForecast);
            JsonFields.Number(json, "observedFrequency", bin.ObservedFrequency);
            JsonFields.Number(json, "lower", bin.Lower);
            JsonFields.Number(json, "upper", bin.Upper);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // One forecast with what it was checked against, and the baselines' forecasts beside it.
    private static void Forecast(Utf8JsonWriter json, BacktestForecast f)
    {
        json.WriteStartObject();
        json.WriteString("goal", f.Settled.Goal.Id);
        json.WriteString("asOf", Date(f.AsOf));
        json.WriteNumber("deadlineYear", f.Settled.DeadlineYear);
        json.WriteBoolean("met", f.Met);
        JsonFields.Number(json, "levelAtDeadline", f.Settled.LevelAtDeadline);
        json.WriteNumber("probability", f.Probability);
        json.WriteNumber("projectedLevel", f.ProjectedLevel);
        json.WriteStartArray("interval80");
        json.WriteNumberValue(f.Interval80.Lower);
        json.WriteNumberValue(f.Interval80.Upper);
        json.WriteEndArray();
        json.WriteStartArray("interval95");
        json.WriteNumberValue(f.Interval95.Lower);
        json.WriteNumberValue(f.Interval95.Upper);
        json.WriteEndArray();
        if (f.ProgressCategory is { } category)
        {
            json.WriteString("progressCategory", EnumText.Format(category));
        }
        else
        {
            json.WriteNull("progressCategory");
        }

        json.WriteNumber("baseRate", f.BaseRate);
        json.WriteNumber("recentGrowthRule", f.RecentGrowthRule);
        json.WriteNumber("categoryRate", f.CategoryRate);
        json.WriteEndObject();
    }

    private static string RuleName(ForecastRule rule) => rule switch
    {
        ForecastRule.Trend => "trend",
        ForecastRule.BaseRate => "baseRate",
        ForecastRule.RecentGrowth => "recentGrowth",
        _ => "progressCategory",
    };

    private static void TimeSplit(Utf8JsonWriter json, TimeSplitCalibration? split)
    {
        if (split is null)
        {
            json.WriteNull("timeSplit");
            return;
        }

        json.WriteStartObject("timeSplit");
        json.WriteNumber("lastFitYear", split.LastFitYear);
        json.WriteNumber("fitGoals", split.FitGoals);
        json.WriteNumber("scoredGoals", split.ScoredGoals);
        json.WriteNumber("intercept", split.Intercept);
        json.WriteNumber("slope", split.Slope);
        json.WriteNumber("fitBaseRate", split.FitBaseRate);
        Estimate(json, "brierTrend", split.BrierTrend);
        Estimate(json, "brierRecalibrated", split.BrierRecalibrated);
        Estimate(json, "brierBaseRate", split.BrierBaseRate);
        Estimate(json, "brierGain", split.BrierGain);
        json.WriteBoolean("wouldChangeDefault", split.WouldChangeDefault);
        json.WriteEndObject();
    }

    private static void Estimate(Utf8JsonWriter json, string name, ScoreEstimate? estimate)
    {
        if (estimate is not { } e)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", e.Value);
        json.WriteNumber("lower", e.Lower);
        json.WriteNumber("upper", e.Upper);
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
