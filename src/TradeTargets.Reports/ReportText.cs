using System.Globalization;

namespace TradeTargets.Reports;

/// <summary>The wording every human-readable format shares, so that Markdown and HTML say the same thing.</summary>
internal static class ReportText
{
    public const string DefaultTitle = "Trade goals tracker";

    /// <summary>"$500m turnover by 2015", "$1bn turnover within 4 years".</summary>
    public static string Goal(Goal goal) => goal.DescribeTarget();

    /// <summary>"Belarus–Vietnam: $500m turnover by 2015".</summary>
    public static string Heading(GoalEvaluation e) => e.Goal.Describe();

    /// <summary>"Belarus–Vietnam": the pair column of the tables.</summary>
    public static string Pair(GoalEvaluation e) => ProseText.Describe(e.Goal.Pair);

    public static string Money(double value, Currency currency) => MoneyText.Format(value, currency);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A symbol that goes with the status words, so that status is never carried by colour alone.</summary>
    public static string Symbol(GoalStatus status) => status switch
    {
        GoalStatus.Achieved => "✔",
        GoalStatus.Missed => "✘",
        GoalStatus.OnTrack => "▲",
        GoalStatus.NeedsAcceleration => "►",
        GoalStatus.LimitedProgress => "▼",
        GoalStatus.MovingAway => "◄",
        _ => "?",
    };

    /// <summary>The columns of the goals-by-outcome table (<see cref="OutcomeRows"/>).</summary>
    public static IReadOnlyList<string> OutcomeHeads { get; } =
        ["Goals of", "Goals", "Met early", "Met", "Met late", "Missed", "Superseded", "Unsettled", "Open", "Hit rate"];

    /// <summary>
    /// The goals-by-outcome table: all goals, then by decade of announcement, by M49 region of the announcing side and
    /// by the growth required, each row's cells in the order of <see cref="OutcomeHeads"/> after the first.
    /// </summary>
    public static IEnumerable<(string Group, IReadOnlyList<string> Cells)> OutcomeRows(PortfolioSummary summary)
    {
        IEnumerable<(string Prefix, OutcomeCounts Counts)> rows = [("", summary.Outcomes with { Group = "All goals" })];
        rows = rows
            .Concat(summary.ByDecade.Select(c => ("Announced in the ", c)))
            .Concat(summary.ByRegion.Select(c => ("Announcing side in ", c)))
            .Concat(summary.ByRequiredGrowth.Select(c => ("Growth required: ", c)));
        foreach (var (prefix, c) in rows)
        {
            yield return (prefix + c.Group, [.. new[] { c.Goals, c.MetEarly, c.Met, c.MetLate, c.Missed, c.Superseded, c.Unsettled, c.Open }.Select(Number), ProseText.Percent(c.HitRate)]);
        }
    }

    /// <summary>The note under the outcome table: what counts in the hit rate, and the shortfall and restatement figures.</summary>
    public static string OutcomeNote(PortfolioSummary summary)
    {
        var shortfall = summary.MissedShortfall.Median is { } m
            ? string.Create(CultureInfo.InvariantCulture, $" Goals missed at their deadline reached a median {ProseText.Percent(m)} of the goal in the deadline year (quartiles {ProseText.Percent(summary.MissedShortfall.LowerQuartile!.Value)} to {ProseText.Percent(summary.MissedShortfall.UpperQuartile!.Value)}, {summary.MissedShortfall.Count} goals).")
            : string.Empty;
        var restated = summary.Restatements.TargetRatio.Median is { } r
            ? string.Create(CultureInfo.InvariantCulture, $" Restatements: {summary.Restatements.Superseded} goals were restated before their deadline; the new target was a median {r:0.00} times the old (quartiles {summary.Restatements.TargetRatio.LowerQuartile:0.00} to {summary.Restatements.TargetRatio.UpperQuartile:0.00}) and the deadline moved a median {summary.Restatements.DeadlineShiftYears.Median:0.#} years (quartiles {summary.Restatements.DeadlineShiftYears.LowerQuartile:0.#} to {summary.Restatements.DeadlineShiftYears.UpperQuartile:0.#}).")
            : string.Empty;
        return "Met late counts as missed; superseded goals are left out of the hit rate, where their restatement counts, so a goal and its restatements count once." + shortfall + restated;
    }

    /// <summary>
    /// The goals-by-status table: one count column when every deadline has one reading, two (first and last end of a
    /// vague deadline's window) when some do not, with a note saying what the two mean (null with one), so the table
    /// never seems to contradict the headline, which counts met and missed by the last end.
    /// </summary>
    public static (IReadOnlyList<string> Heads, IReadOnlyList<(GoalStatus Status, IReadOnlyList<int> Counts)> Rows, string? Note) StatusCounts(PortfolioSummary summary)
    {
        var first = summary.CountsByStatus;
        var last = summary.CountsByStatusAtLatestEnd;
        var both = first.Any(p => last.GetValueOrDefault(p.Key) != p.Value);
        var rows = first.Keys.Union(last.Keys).Order()
            .Select(status => (status, (IReadOnlyList<int>)(both ? [first.GetValueOrDefault(status), last.GetValueOrDefault(status)] : [first.GetValueOrDefault(status)])))
            .ToList();
        return both
            ? (["Status", "By first end", "By last end"], rows, "A vague deadline (\"in a few years\") is read as a window of years; its goal is counted by the first and by the last end of the window. The headline counts by the last end.")
            : (["Status", "Goals"], rows, null);
    }

    /// <summary>"selection X, annualisation Y, vague deadlines Z".</summary>
    public static string Policies(EvaluationOptions options)
        => $"figure selection {options.SelectionPolicy.Name}, annualisation {options.AnnualisationPolicy.Name}, vague deadlines {options.VagueDeadlinePolicy.Name}";

    /// <summary>Whether an address may become a link: only absolute http and https addresses do.</summary>
    public static bool IsWebAddress(Uri? address)
        => address is { IsAbsoluteUri: true } a && (a.Scheme == Uri.UriSchemeHttp || a.Scheme == Uri.UriSchemeHttps);

    /// <summary>Why a figure of the goal's series was not used.</summary>
    public static IEnumerable<(ReportedFigure Figure, string Reason)> PassedOver(GoalEvaluation e)
    {
        foreach (var observation in e.Observations)
        {
            foreach (var alternative in observation.Alternatives)
            {
                yield return (alternative, $"another figure for {observation.Period} was chosen ({observation.Chosen.Id}) by the selection policy");
            }
        }

        foreach (var figure in e.NotYetPublished)
        {
            yield return (figure, $"published {Date(figure.PublishedOn)}, after the as-of date");
        }

        foreach (var figure in e.InOtherCurrencies ?? new ValueList<ReportedFigure>([]))
        {
            yield return (figure, $"in {figure.Amount.Currency.Code}, not in the goal's {e.Goal.Target.Currency.Code}");
        }
    }

    /// <summary>The text alternative of a gap chart: every number the chart draws.</summary>
    public static string GapChartAlternative(GoalEvaluation e)
    {
        var currency = e.Goal.Target.Currency;
        var levels = e.AnnualLevels.Count == 0
            ? "no reported annual level"
            : "reported levels " + string.Join(", ", e.AnnualLevels.Select(l => $"{l.Observation.Period} {Money(l.Value, currency)}{(l.IsEstimated ? " (estimated)" : string.Empty)}"));
        var baseline = e.Baseline is { } b ? string.Create(CultureInfo.InvariantCulture, $"; baseline {Money(b.Value, currency)} in {b.Year:0.##}") : string.Empty;
        var trend = e.Assessments.Select(a => a.Trend).OfType<TrendProjection>().FirstOrDefault() is { } t
            ? string.Create(CultureInfo.InvariantCulture, $"; trend projects {Money(t.ProjectedLevel, currency)} in {t.DeadlineYear}, 80% band {Money(t.Interval80.Lower, currency)} to {Money(t.Interval80.Upper, currency)}")
            : string.Empty;
        var level = e.Level is { } l
            ? $"; level used {Money(l.Value, currency)} ({l.Observation.Period}{(l.IsEstimated ? ", estimated" : string.Empty)})"
            : "; no level to compare";
        return $"Gap chart. Goal {e.Goal.Target} by {e.Window}; {levels}{baseline}{trend}{level}; achievement {StatusText.DescribeAchievement(e)}, gap {StatusText.DescribeGap(e)}.";
    }

    /// <summary>The text alternative of the scoreboard: each goal's achievement.</summary>
    public static string ScoreboardAlternative(IReadOnlyList<GoalEvaluation> evaluations)
        => evaluations.Count == 0
            ? "Scoreboard: no goals."
            : "Scoreboard, achievement of each goal (level over goal): "
              + string.Join("; ", evaluations.Select(e => $"{Heading(e)}, {StatusText.DescribeAchievement(e)}, {StatusText.DescribeCompactly(e)}")) + ".";
}
