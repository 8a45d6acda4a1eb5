using System.Globalization;

namespace TradeTargets;

/// <summary>Checks the trend's forecasts against outcomes: every settled goal is evaluated again as it could be seen at its announcement and at each year-end before its deadline.</summary>
/// <remarks>
/// <para>Each look is an ordinary evaluation as of its date, so figures published later (revisions and restatements
/// of a figure included) are not seen. The looks run on the data set's figures and statements only, without its
/// goals, so a goal announced later (a restatement with a new deadline) cannot reach a look either. The outcome is read
/// once, as of <see cref="BacktestOptions.SettledAsOf"/>, and only compared afterwards.</para>
/// <para>A goal is scored at its own deadline (the latest reading of a vague one), even when it was restated later.
/// It counts as met when a full-year level from its announcement year to that deadline reached it, as the evaluation's
/// status says. Figures revised after first release are a leak no as-of rule can stop: a statistics vintage holds
/// today's values for old years, with the publication date of the vintage's rule.</para>
/// </remarks>
/// <example><code>
/// var result = ForecastBacktest.Run(SeedData.Load(), BacktestOptions.At(new DateOnly(2026, 12, 31)));
/// Console.WriteLine(result.Headline!.Of(ForecastRule.Trend).Brier);
/// </code></example>
public static class ForecastBacktest
{
    /// <summary>Runs the backtest on every goal of a data set.</summary>
    /// <param name="data">The goals and figures.</param>
    /// <param name="options">When outcomes are read, the policies and the bootstrap.</param>
    /// <returns>The settled goals, their forecasts and the scores.</returns>
    /// <exception cref="BacktestException">No goal is settled, or no settled goal has a single forecast.</exception>
    /// <exception cref="DataSetException">A goal's vague deadline is unknown to the policies.</exception>
    public static BacktestResult Run(TradeDataSet data, BacktestOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var figuresOnly = new TradeDataSet([], data.Figures, data.Statements);
        var goals = data.Goals;
        var looks = new GoalLooks[goals.Count];
        Parallel.For(0, goals.Count, i => looks[i] = Look(goals[i], figuresOnly, options.Policies, options.SettledAsOf));

        var settled = looks.Where(l => l.Settled is not null).ToList();
        var unsettled = looks.Where(l => l.Unsettled).Select(l => l.Goal.Id).ToList();
        if (settled.Count == 0)
        {
            throw new BacktestException(string.Create(
                CultureInfo.InvariantCulture,
                $"Nothing to backtest: none of the {goals.Count} goal(s) is settled as of {options.SettledAsOf:yyyy-MM-dd} ({unsettled.Count} past their deadline without a figure that settles them, the others still open)."));
        }

        var metCount = settled.Count(l => l.Settled!.Met);
        var forecasts = settled.SelectMany(l => l.Forecasts).ToList();
        if (forecasts.Count == 0)
        {
            throw new BacktestException(string.Create(
                CultureInfo.InvariantCulture,
                $"Nothing to backtest: {settled.Count} goal(s) are settled, but none had a forecast at its announcement or at a year-end before its deadline (a trend needs {TrendFit.MinimumPoints} positive annual figures published by then)."));
        }

        var scoring = new BacktestScoring(options);
        var headline = Score(scoring, ForecastTime.Announcement, forecasts, metCount, settled.Count);
        return new BacktestResult
        {
            Options = options,
            GoalCount = goals.Count,
            Settled = new(settled.Select(l => l.Settled!)),
            Unsettled = new(unsettled),
            Missing = new(settled.SelectMany(l => l.Missing)),
            Headline = headline,
            YearEnds = Score(scoring, ForecastTime.YearEnd, forecasts, metCount, settled.Count),
            TimeSplit = headline is null ? null : TimeSplitCalibration.Of(headline.Forecasts, options.LastFitYear, scoring),
        };
    }

    private static BacktestScores? Score(BacktestScoring scoring, ForecastTime time, List<Draft> all, int metCount, int settledCount)
    {
        var drafts = all.Where(d => d.Time == time).ToList();
        return drafts.Count == 0 ? null : scoring.Score(time, BaselineForecasts.Complete(drafts, metCount, settledCount));
    }

    private static GoalLooks Look(Goal goal, TradeDataSet figures, EvaluationOptions policies, DateOnly settledAsOf)
    {
        var outcome = GoalEvaluator.Evaluate(goal, figures, policies with { AsOf = settledAsOf }).Assessments[^1];
        if (!outcome.DeadlinePassed)
        {
            return new GoalLooks(goal, null, false, [], []);
        }

        if (outcome.Status is not (GoalStatus.Achieved or GoalStatus.Missed))
        {
            return new GoalLooks(goal, null, true, [], []);
        }

        var settled = new SettledGoal(goal, outcome.DeadlineYear, outcome.Status == GoalStatus.Achieved, outcome.LevelAtDeadline?.Value);
        var drafts = new List<Draft>();
        var missing = new List<MissingForecast>();
        foreach (var (asOf, time) in LookDates(goal, settled.DeadlineYear))
        {
            var evaluation = GoalEvaluator.Evaluate(goal, figures, policies with { AsOf = asOf });
            var assessment = evaluation.Assessments[^1];
            if (assessment.Trend is not { } trend)
            {
                missing.Add(new MissingForecast(goal.Id, asOf, time, evaluation.Trend.Note ?? "No trend was fitted."));
                continue;
            }

            var (required, recent, reached) = Growth(evaluation.AnnualLevels, goal.Target.ToDouble(), settled.DeadlineYear);
            // At the announcement the engine has no progress yet (the baseline is the latest level), so the category
            // baseline reads the same thresholds off recent growth against the growth still required.
            var category = assessment.ProgressCategory
                ?? (required is { } r && recent is { } g && ProgressMeasures.ProgressRatio(g, r) is { } ratio ? ProgressMeasures.ClassifyProgressRatio(ratio) : null);
            drafts.Add(new Draft(settled, asOf, time, trend, assessment.ProgressCategory, category, required, recent, reached));
        }

        return new GoalLooks(goal, settled, false, drafts, missing);
    }

    // The announcement, then every year-end after it that falls before the deadline year is over.
    private static IEnumerable<(DateOnly AsOf, ForecastTime Time)> LookDates(Goal goal, int deadlineYear)
    {
        yield return (goal.AnnouncedOn, ForecastTime.Announcement);
        for (var year = goal.AnnouncedOn.Year; year < deadlineYear; year++)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            if (yearEnd > goal.AnnouncedOn)
            {
                yield return (yearEnd, ForecastTime.YearEnd);
            }
        }
    }

    // Required growth from the latest positive annual level to the goal by the deadline; recent growth from the
    // earliest level in the five years before the latest (or the nearest older one when none is that recent).
    private static (double? Required, double? Recent, bool Reached) Growth(IReadOnlyList<LevelEstimate> annual, double goalLevel, int deadlineYear)
    {
        var levels = annual.Where(a => a.Value > 0).ToList();
        if (levels.Count == 0)
        {
            return (null, null, false);
        }

        var latest = levels[^1];
        double? required = deadlineYear > latest.Year ? Math.Pow(goalLevel / latest.Value, 1.0 / (deadlineYear - latest.Year)) - 1 : null;
        var older = levels.Where(l => l.Year < latest.Year).ToList();
        var from = older.FirstOrDefault(l => l.Year >= latest.Year - 5) ?? older.LastOrDefault();
        double? recent = from is null ? null : Math.Pow(latest.Value / from.Value, 1.0 / (latest.Year - from.Year)) - 1;
        return (required, recent, latest.Value >= goalLevel);
    }

    /// <summary>A forecast before the baselines that need every other goal's outcome are known.</summary>
    internal sealed record Draft(SettledGoal Settled, DateOnly AsOf, ForecastTime Time, TrendProjection Trend, ProgressCategory? Category, ProgressCategory? RuleCategory, double? Required, double? Recent, bool Reached);

    private sealed record GoalLooks(Goal Goal, SettledGoal? Settled, bool Unsettled, List<Draft> Forecasts, List<MissingForecast> Missing);
}
