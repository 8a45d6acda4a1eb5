using System.Text.Encodings.Web;
using System.Text.Json;

namespace TradeTargets.Reports;

/// <summary>Writes every evaluation with its inputs as one JSON document; the schema is docs/evaluation-report.schema.json (version 4).</summary>
internal static class ReportJson
{
    // Evaluations written between two flushes of the JSON writer: its buffer stays small however many goals there are.
    private const int FlushEvery = 64;

    public static void Write(TextWriter output, EvaluationReport report)
    {
        using (var stream = new Utf8TextStream(output))
        {
            Write(stream, report);
        }

        output.WriteLine();
    }

    /// <summary>Writes the document as UTF-8 to <paramref name="stream"/> in pieces, without the final line break.</summary>
    private static void Write(Stream stream, EvaluationReport report)
    {
        var options = report.Options;
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", EvaluationReport.JsonSchemaId);
            json.WriteString("asOf", options.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartObject("policies");
            json.WriteString("selection", options.SelectionPolicy.Name);
            json.WriteString("annualisation", options.AnnualisationPolicy.Name);
            json.WriteString("vagueDeadlines", options.VagueDeadlinePolicy.Name);
            String(json, "currencies", options.Conversion?.Name);
            json.WriteEndObject();
            WriteSummary(json, report.Summary);
            json.WriteStartArray("evaluations");
            var written = 0;
            foreach (var evaluation in report.Evaluations)
            {
                WriteEvaluation(json, evaluation);
                if (++written % FlushEvery == 0)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void WriteSummary(Utf8JsonWriter json, PortfolioSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("goalCount", summary.GoalCount);
        json.WriteNumber("met", summary.Met);
        json.WriteNumber("missed", summary.Missed);
        json.WriteNumber("open", summary.Open);
        json.WriteNumber("unsettled", summary.Unsettled);
        json.WriteNumber("superseded", summary.Superseded);
        JsonFields.Number(json, "hitRate", summary.HitRate);
        JsonFields.Number(json, "medianRequiredGrowth", summary.MedianRequiredGrowth);
        JsonFields.Number(json, "medianObservedGrowth", summary.MedianObservedGrowth);
        WriteCounts(json, "countsByStatus", summary.CountsByStatus);
        WriteCounts(json, "countsByStatusAtLatestEnd", summary.CountsByStatusAtLatestEnd);
        json.WritePropertyName("outcomes");
        WriteOutcomes(json, summary.Outcomes);
        WriteOutcomeGroups(json, "byDecade", summary.ByDecade);
        WriteOutcomeGroups(json, "byRegion", summary.ByRegion);
        WriteOutcomeGroups(json, "byRequiredGrowth", summary.ByRequiredGrowth);
        WriteShares(json, "missedShortfall", summary.MissedShortfall);
        json.WriteStartObject("restatements");
        json.WriteNumber("superseded", summary.Restatements.Superseded);
        WriteShares(json, "targetRatio", summary.Restatements.TargetRatio);
        WriteShares(json, "deadlineShiftYears", summary.Restatements.DeadlineShiftYears);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOutcomeGroups(Utf8JsonWriter json, string name, IReadOnlyList<OutcomeCounts> groups)
    {
        json.WriteStartArray(name);
        foreach (var group in groups)
        {
            WriteOutcomes(json, group);
        }

        json.WriteEndArray();
    }

    private static void WriteOutcomes(Utf8JsonWriter json, OutcomeCounts counts)
    {
        json.WriteStartObject();
        json.WriteString("group", counts.Group);
        json.WriteNumber("goals", counts.Goals);
        json.WriteNumber("metEarly", counts.MetEarly);
        json.WriteNumber("met", counts.Met);
        json.WriteNumber("metLate", counts.MetLate);
        json.WriteNumber("missed", counts.Missed);
        json.WriteNumber("superseded", counts.Superseded);
        json.WriteNumber("unsettled", counts.Unsettled);
        json.WriteNumber("open", counts.Open);
        JsonFields.Number(json, "hitRate", counts.HitRate);
        json.WriteEndObject();
    }

    private static void WriteShares(Utf8JsonWriter json, string name, ShareSummary shares)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", shares.Count);
        JsonFields.Number(json, "lowerQuartile", shares.LowerQuartile);
        JsonFields.Number(json, "median", shares.Median);
        JsonFields.Number(json, "upperQuartile", shares.UpperQuartile);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyDictionary<GoalStatus, int> counts)
    {
        json.WriteStartObject(name);
        foreach (var (status, count) in counts.OrderBy(p => p.Key))
        {
            json.WriteNumber(EnumText.Format(status), count);
        }

        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, GoalEvaluation e)
    {
        json.WriteStartObject();
        WriteGoal(json, e.Goal);
        WriteWindow(json, e.Window);
        WriteOutcome(json, e);
        json.WriteString("explanation", e.Explanation);
        WriteStrings(json, "caveats", e.Caveats);
        WriteLevel(json, "level", e.Level);
        WriteLevel(json, "latest", e.Latest);
        WriteBaseline(json, e.Baseline);
        JsonFields.Number(json, "achievement", e.Achievement);
        JsonFields.Number(json, "gap", e.Gap);
        JsonFields.Number(json, "multiplierNeeded", e.MultiplierNeeded);
        JsonFields.Number(json, "observedGrowth", e.ObservedGrowth);
        JsonFields.Number(json, "yearsToGoal", e.YearsToGoal);
        json.WriteStartArray("assessments");
        foreach (var a in e.Assessments)
        {
            WriteAssessment(json, a, e.Trend);
        }

        json.WriteEndArray();
        WriteObservations(json, e.Observations);
        WriteStrings(json, "notYetPublished", e.NotYetPublished.Select(f => f.Id));
        json.WriteEndObject();
    }

    private static void WriteWindow(Utf8JsonWriter json, DeadlineWindow window)
    {
        json.WriteStartObject("window");
        json.WriteNumber("firstYear", window.FirstYear);
        json.WriteNumber("lastYear", window.LastYear);
        json.WriteString("interpretation", window.Interpretation);
        json.WriteEndObject();
    }

    // The status at both ends of the window, and the outcome with what settled it.
    private static void WriteOutcome(Utf8JsonWriter json, GoalEvaluation e)
    {
        json.WriteString("status", EnumText.Format(e.Status));
        json.WriteString("statusAtLatestEnd", EnumText.Format(e.StatusAtLatestEnd));
        json.WriteString("outcome", EnumText.Format(e.Outcome));
        json.WriteString("outcomeReason", e.OutcomeReason);
        JsonFields.Number(json, "reachedIn", e.ReachedIn?.Year);
        if (e.SupersededBy is { } restatement)
        {
            json.WriteString("supersededBy", restatement.Id);
        }
        else
        {
            json.WriteNull("supersededBy");
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineLevel? baseline)
    {
        if (baseline is not { } b)
        {
            json.WriteNull("baseline");
            return;
        }

        json.WriteStartObject("baseline");
        json.WriteNumber("value", b.Value);
        json.WriteNumber("year", b.Year);
        json.WriteString("source", EnumText.Format(b.Source));
        json.WriteString("description", b.Description);
        json.WriteBoolean("estimated", b.IsEstimated);
        json.WriteEndObject();
    }

    // Each period's chosen figure with the alternatives the selection policy passed over.
    private static void WriteObservations(Utf8JsonWriter json, IReadOnlyList<PeriodObservation> observations)
    {
        json.WriteStartArray("observations");
        foreach (var o in observations)
        {
            json.WriteStartObject();
            json.WriteString("period", o.Period.ToString());
            json.WritePropertyName("chosen");
            WriteFigure(json, o.Chosen);
            json.WriteStartArray("alternatives");
            foreach (var alternative in o.Alternatives)
            {
                WriteFigure(json, alternative);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteGoal(Utf8JsonWriter json, Goal goal)
    {
        json.WriteStartObject("goal");
        json.WriteString("id", goal.Id);
        json.WriteString("reporter", goal.Reporter.Code);
        json.WriteString("partner", goal.Partner.Code);
        json.WriteString("flow", EnumText.Format(goal.Flow));
        json.WriteString("target", goal.Target.ToString());
        json.WriteNumber("targetValue", goal.Target.Value);
        json.WriteString("currency", goal.Target.Currency.Code);
        json.WriteString("deadline", goal.Deadline.ToString());
        json.WriteString("announcedOn", goal.AnnouncedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("announcer", goal.Announcer);
        String(json, "baseline", goal.Baseline?.ToString());
        String(json, "multiplier", goal.Multiplier?.ToString());
        String(json, "impliedTarget", goal.ImpliedTarget?.ToString());
        String(json, "restatementOf", goal.RestatementOf);
        json.WritePropertyName("source");
        WriteSource(json, goal.Source);
        json.WriteEndObject();
    }

    // The report keeps one trend object per assessment: the evaluation's single fit with that deadline's projection.
    private static void WriteAssessment(Utf8JsonWriter json, DeadlineAssessment a, TrendFit fit)
    {
        json.WriteStartObject();
        json.WriteNumber("deadlineYear", a.DeadlineYear);
        json.WriteBoolean("deadlinePassed", a.DeadlinePassed);
        json.WriteString("status", EnumText.Format(a.Status));
        json.WriteString("reason", a.Reason);
        JsonFields.Number(json, "requiredGrowth", a.RequiredGrowth);
        JsonFields.Number(json, "progressRatio", a.ProgressRatio);
        String(json, "progressCategory", a.ProgressCategory is { } category ? EnumText.Format(category) : null);
        JsonFields.Number(json, "anticipatedLevel", a.AnticipatedLevel);
        JsonFields.Number(json, "anticipatedRatio", a.AnticipatedRatio);
        String(json, "anticipatedProgress", a.AnticipatedProgress is { } anticipated ? EnumText.Format(anticipated) : null);
        JsonFields.Number(json, "yearsBehindSchedule", a.YearsBehindSchedule);
        if (a.Trend is { } t && fit.Regression is { } regression)
        {
            json.WriteStartObject("trend");
            json.WriteNumber("points", fit.Points.Count);
            JsonFields.Number(json, "intercept", regression.Intercept);
            JsonFields.Number(json, "slope", regression.Slope);
            JsonFields.Number(json, "residualStandardDeviation", regression.ResidualStandardDeviation);
            JsonFields.Number(json, "trendGrowth", fit.Growth);
            JsonFields.Number(json, "projectedLevel", t.ProjectedLevel);
            Interval(json, "interval80", t.Interval80);
            Interval(json, "interval95", t.Interval95);
            JsonFields.Number(json, "probabilityOfReachingGoal", t.ProbabilityOfReachingGoal);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("trend");
        }

        String(json, "trendNote", fit.Note);
        json.WriteEndObject();
    }

    private static void WriteLevel(Utf8JsonWriter json, string name, LevelEstimate? level)
    {
        if (level is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteNumber("value", level.Value);
        json.WriteNumber("year", level.Year);
        json.WriteString("period", level.Observation.Period.ToString());
        json.WriteBoolean("estimated", level.IsEstimated);
        String(json, "annualisation", level.Annualisation);
        json.WriteString("figureId", level.Observation.Chosen.Id);
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, ReportedFigure f)
    {
        json.WriteStartObject();
        json.WriteString("id", f.Id);
        json.WriteString("period", f.Period.ToString());
        json.WriteString("flow", EnumText.Format(f.Flow));
        json.WriteString("amount", f.Amount.ToString());
        json.WriteNumber("value", f.Amount.Value);
        json.WriteString("basis", f.Basis.ToString());
        json.WriteString("qualifier", EnumText.Format(f.Qualifier));
        json.WriteBoolean("derived", f.IsDerived);
        String(json, "derivation", f.Derivation?.Formula);
        WriteConversion(json, f.Conversion);
        json.WriteStartArray("sources");
        foreach (var source in f.Sources)
        {
            WriteSource(json, source);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteConversion(Utf8JsonWriter json, FigureConversion? conversion)
    {
        if (conversion is null)
        {
            json.WriteNull("conversion");
            return;
        }

        var rate = conversion.Rate;
        json.WriteStartObject("conversion");
        json.WriteString("original", conversion.Original.ToString());
        json.WriteNumber("originalValue", conversion.Original.Value);
        json.WriteString("from", rate.From.Code);
        json.WriteString("to", rate.To.Code);
        json.WriteNumber("rate", rate.Rate);
        json.WriteString("ratePeriod", rate.Period.ToString());
        json.WriteString("method", rate.Method);
        json.WriteBoolean("annualOnly", rate.AnnualOnly);
        json.WriteStartArray("rateSources");
        foreach (var source in rate.Sources)
        {
            json.WriteStartObject();
            json.WriteString("key", source.Key);
            json.WriteString("description", source.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source source)
    {
        json.WriteStartObject();
        json.WriteString("publication", source.Publication);
        json.WriteString("title", source.Title);
        json.WriteString("published", source.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        String(json, "address", source.Address?.ToString());
        json.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter json, string name, (double Lower, double Upper) interval)
    {
        // A bound can overflow to infinity with one residual degree of freedom; JSON has no infinity, so it is written as null.
        json.WriteStartObject(name);
        JsonFields.Number(json, "lower", interval.Lower);
        JsonFields.Number(json, "upper", interval.Upper);
        json.WriteEndObject();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
