using System.Globalization;
using System.Runtime.ExceptionServices;

namespace TradeTargets;

/// <summary>Scores goals against the figures of a data set as of a date.</summary>
/// <remarks>
/// Evaluation takes a whole <see cref="TradeDataSet"/>, so every goal sees the reported figures and every figure
/// derived from them (turnover from exports and imports, levels pinned by relative statements), derived once.
/// </remarks>
/// <example><code>
/// var data = SeedData.Load();
/// var evaluation = GoalEvaluator.Evaluate(data.Goals[0], data, EvaluationOptions.At(new DateOnly(2016, 12, 31)));
/// Console.WriteLine(evaluation.Explanation);
/// // $29.7m in 2015 against $500m due 2015: missed, 5.9% of the goal
/// </code></example>
public static class GoalEvaluator
{
    /// <summary>Evaluates every goal of a data set against its figures, on all cores.</summary>
    /// <param name="data">The goals and figures.</param>
    /// <param name="options">The as-of date and policies.</param>
    /// <returns>One evaluation per goal, in the order of <see cref="TradeDataSet.Goals"/>.</returns>
    /// <exception cref="DataSetException">A goal's vague deadline is unknown to the options' policy; when several goals fail, the first in order is reported.</exception>
    /// <remarks>
    /// Goals are evaluated in parallel; each evaluation depends only on its goal, the data set and the options, so the
    /// results are the same as one by one. Policies in <paramref name="options"/> are therefore called from several
    /// threads at once and must be safe for that (the built-in ones hold no state).
    /// </remarks>
    public static IReadOnlyList<GoalEvaluation> EvaluateAll(TradeDataSet data, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var goals = data.Goals;
        var results = new GoalEvaluation[goals.Count];
        var failures = new ExceptionDispatchInfo?[goals.Count];
        Parallel.For(0, goals.Count, i =>
        {
            try
            {
                results[i] = Evaluate(goals[i], data, options);
            }
            catch (Exception e)
            {
                // Kept and rethrown below unwrapped, as a one-by-one evaluation would throw it.
                failures[i] = ExceptionDispatchInfo.Capture(e);
            }
        });

        // The first failing goal in input order decides the exception, so a run fails the same way however it is scheduled.
        Array.Find(failures, f => f is not null)?.Throw();
        return results;
    }

    /// <summary>Evaluates one goal against the figures of a data set.</summary>
    /// <param name="goal">The goal; it need not belong to <paramref name="data"/>.</param>
    /// <param name="data">The figures: those of the goal's pair and flow are used, reported and derived alike.</param>
    /// <param name="options">The as-of date and policies.</param>
    /// <returns>The evaluation with its inputs.</returns>
    /// <exception cref="DataSetException">The goal's vague deadline is unknown to the options' policy.</exception>
    /// <exception cref="InvalidOperationException">A policy of the options returned a result it may not (see <see cref="IFigureSelectionPolicy.Choose"/> and <see cref="IAnnualisationPolicy.Annualise"/>); the message names the policy and the result.</exception>
    public static GoalEvaluation Evaluate(Goal goal, TradeDataSet data, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);

        if (!goal.Deadline.IsKnownTo(options.VagueDeadlinePolicy))
        {
            // Only a vague phrase can be unknown; a vague deadline's text is its phrase.
            throw new DataSetException(
            [
                new RecordProblem(
                    "goal",
                    goal.Id,
                    nameof(Goal.Deadline),
                    goal.Deadline.ToString(),
                    $"a phrase the vague-deadline policy {options.VagueDeadlinePolicy.Name} does not know; known phrases: {options.VagueDeadlinePolicy.KnownPhrases}."),
            ]);
        }

        var window = goal.Deadline.Resolve(goal.AnnouncedOn, options.VagueDeadlinePolicy);
        // Figures in another currency are converted by the options' policy; those it cannot convert are passed over and listed.
        var series = GoalSeries.Of(goal, data, options.Conversion);
        var ofPair = series.Figures;
        var otherCurrency = series.PassedOver;

        var published = ofPair.Where(f => f.PublishedOn <= options.AsOf).ToList();
        var observations = published
            .GroupBy(f => f.Period)
            .Select(g => Observe(g.Key, [.. g], options.SelectionPolicy))
            .OrderBy(o => o.Period)
            .ToList();
        var annual = observations.Where(o => o.Period.IsFullYear).Select(LevelEstimate.FromFullYear).ToList();
        var latest = LatestComparable(observations, annual, options.AnnualisationPolicy);
        var (baseline, baselineFrom) = Baseline(goal, observations, annual, latest, options.AnnualisationPolicy);
        var observedGrowth = baseline is not null && latest is not null
            ? ProgressMeasures.CompoundAnnualGrowth(baseline.Value, latest.Value, latest.Year - baseline.Year)
            : null;
        var goalLevel = goal.Target.ToDouble();

        var trend = TrendFit.Fit(annual);
        var firstReached = OutcomeRule.FirstReaching(goal, annual);
        var context = new Context(goal, options, annual, latest, baseline, observedGrowth, trend, firstReached);
        var assessments = window.Ends.Select(year => Assess(context, year)).ToList();
        var level = assessments[0].LevelAtDeadline ?? latest;
        var (outcome, reachedIn, supersededBy, outcomeReason) = OutcomeRule.Decide(firstReached, assessments, data.RestatementsOf(goal.Id), options.AsOf);

        return new GoalEvaluation
        {
            Goal = goal,
            Options = options,
            Window = window,
            Observations = new(observations),
            NotYetPublished = new(ofPair.Where(f => f.PublishedOn > options.AsOf).OrderBy(f => f.Id, StringComparer.Ordinal)),
            AnnualLevels = new(annual),
            Latest = latest,
            Level = level,
            Baseline = baseline,
            Achievement = level is null ? null : level.Value / goalLevel,
            Gap = level is null ? null : goalLevel - level.Value,
            MultiplierNeeded = level is { Value: > 0 } ? goalLevel / level.Value : null,
            ObservedGrowth = observedGrowth,
            YearsToGoal = latest is not null && observedGrowth is { } g ? ProgressMeasures.YearsToReach(latest.Value, goalLevel, g) : null,
            Trend = trend,
            Assessments = new(assessments),
            Outcome = outcome,
            OutcomeReason = outcomeReason,
            ReachedIn = reachedIn,
            SupersededBy = supersededBy,
            InOtherCurrencies = new(otherCurrency),
            Caveats = new(Caveats(trend, latest, level, baselineFrom)
                .Concat(ConversionCaveats(goal, observations))
                .Concat(CurrencyCaveat(goal, otherCurrency, series.MissingRates, options.Conversion))),
            Explanation = Explain(goal, window, level, assessments)
                + (MeasureAgreement.Reconcile(assessments[0], trend, baseline, latest, observedGrowth) is { } disagreement ? ". " + disagreement : string.Empty),
        };
    }

    // Growth, trend and achievement compare levels across years; when those levels rest on figures of
    // different bases (statistics in one year, an official's claim in another) the reader must know.
    private static IEnumerable<string> Caveats(TrendFit trend, LevelEstimate? latest, LevelEstimate? level, LevelEstimate? baseline)
    {
        IEnumerable<LevelEstimate> trendPoints = trend.IsFitted ? trend.Points : [];
        var used = trendPoints.Append(latest).Append(level).Append(baseline).OfType<LevelEstimate>()
            .Select(l => l.Observation.Chosen).Distinct().OrderBy(f => f.Period).ToList();
        var bases = used.GroupBy(f => f.Basis).ToList();
        if (bases.Count > 1)
        {
            yield return "The levels compared rest on figures of different bases: "
                + string.Join("; ", bases.Select(g => $"{g.Key} for {string.Join(", ", g.Select(f => f.Period.Describe()))}")) + ".";
        }

        if (used.Any(f => f.Basis.Side == ReportingSide.Reporter) && used.Any(f => f.Basis.Side == ReportingSide.PartnerMirror))
        {
            yield return "The series mixes the reporter's own statistics with the partner's mirror statistics, which differ by design "
                + "(imports are valued CIF and exports FOB, and the two sides record a shipment at different times).";
        }

        if (used.Any(f => f.Qualifier != AmountQualifier.Exact))
        {
            yield return "Some levels are approximate as reported: "
                + string.Join(", ", used.Where(f => f.Qualifier != AmountQualifier.Exact).Select(f => $"{EnumText.Format(f.Qualifier)} {f.Amount} in {f.Period.Describe()}")) + ".";
        }
    }

    // Every converted figure the evaluation chose says so, with its original amount, rate, period and source.
    private static IEnumerable<string> ConversionCaveats(Goal goal, List<PeriodObservation> observations)
    {
        var converted = observations.Select(o => o.Chosen).Where(f => f.IsConverted).ToList();
        if (converted.Count > 0)
        {
            yield return $"Figures converted to {goal.Target.Currency} at the average rate of their own period: "
                + string.Join("; ", converted.Select(f => $"{f.Period.Describe()}: {f.Derivation!.Formula} at {f.Conversion!.Rate}")) + ".";
        }

        var annualOnly = converted.Where(f => f.Conversion!.Rate.AnnualOnly).ToList();
        if (annualOnly.Count > 0)
        {
            yield return "Only annual average rates exist for "
                + string.Join(", ", annualOnly.Select(f => f.Period.Describe()))
                + "; those part-year figures were converted at the annual average, not at their own months' average.";
        }
    }

    private static IEnumerable<string> CurrencyCaveat(Goal goal, List<ReportedFigure> otherCurrency, List<string> missingRates, CurrencyConversion? conversion)
    {
        if (missingRates.Count > 0)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{missingRates.Count} figure(s) in another currency were passed over for want of an exchange rate, never guessed: {string.Join("; ", missingRates)}.");
        }
        else if (otherCurrency.Count > 0 && conversion is null)
        {
            var currencies = string.Join(", ", otherCurrency.Select(f => f.Amount.Currency.Code).Distinct().Order(StringComparer.Ordinal));
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{otherCurrency.Count} figure(s) in {currencies} were passed over: no exchange rates are applied, so only figures in {goal.Target.Currency} are compared with the goal.");
        }
    }

    // A policy is the caller's code: what it returns is checked here, where it enters the evaluation, so a bad
    // result is refused with the policy's name and the value instead of surfacing later as a hang or a wrong number.
    private static PeriodObservation Observe(ReportingPeriod period, List<ReportedFigure> candidates, IFigureSelectionPolicy policy)
    {
        var chosen = policy.Choose(candidates);
        if (chosen is null)
        {
            throw new InvalidOperationException($"Selection policy '{policy.Name}' returned null for {period}; it must return one of the {candidates.Count} candidate figure(s).");
        }

        if (!candidates.Any(c => ReferenceEquals(c, chosen)))
        {
            throw new InvalidOperationException($"Selection policy '{policy.Name}' returned a figure ({chosen.Id}) that was not among the candidates for {period}.");
        }

        return new PeriodObservation(period, chosen, new(candidates.Where(c => !ReferenceEquals(c, chosen)).OrderBy(c => c.Id, StringComparer.Ordinal)));
    }

    private static LevelEstimate? CheckedAnnualisation(IAnnualisationPolicy policy, PeriodObservation partial, IReadOnlyList<PeriodObservation> history)
    {
        var estimate = policy.Annualise(partial, history);
        if (estimate is null)
        {
            return null;
        }

        string? wrong = !ReferenceEquals(estimate.Observation, partial) ? $"an estimate resting on {(estimate.Observation is null ? "no observation" : $"the observation of {estimate.Observation.Period}")} instead of the one given"
            : !double.IsFinite(estimate.Value) || estimate.Value < 0 ? string.Create(CultureInfo.InvariantCulture, $"the level {estimate.Value:R}, which is not a finite amount of zero or more,")
            : estimate.Year != partial.Period.TimeCoordinate ? string.Create(CultureInfo.InvariantCulture, $"the year {estimate.Year:R} instead of {partial.Period.TimeCoordinate:R}, the time coordinate of {partial.Period}")
            : null;
        return wrong is null
            ? estimate
            : throw new InvalidOperationException($"Annualisation policy '{policy.Name}' returned {wrong} when annualising {partial.Period}.");
    }

    // A full-year figure always outranks the parts of the year it covers, however the periods sort: a fourth quarter
    // ends with its year and would otherwise win as the newest period. A part stands in only for a year no twelve-month
    // figure covers yet, and then the part covering most months of the latest such year (the closest estimate of it)
    // is annualised; its estimate names the part it rests on.
    private static LevelEstimate? LatestComparable(List<PeriodObservation> observations, List<LevelEstimate> annual, IAnnualisationPolicy policy)
    {
        var newestYear = annual.Count == 0 ? null : annual[^1];
        var standIn = observations
            .Where(o => !o.Period.IsFullYear && !annual.Any(a => a.Observation.Period.Contains(o.Period)))
            .Where(o => newestYear is null || o.Period.LastDay > newestYear.Observation.Period.LastDay)
            .OrderBy(o => o.Period.EndYear)
            .ThenBy(o => o.Period.MonthCount)
            .ThenBy(o => o.Period.LastDay)
            .LastOrDefault();
        return standIn is null ? newestYear : CheckedAnnualisation(policy, standIn, observations) ?? newestYear;
    }

    // Returns the baseline and, when it rests on a reported figure, the level it was taken from.
    private static (BaselineLevel? Baseline, LevelEstimate? From) Baseline(Goal goal, List<PeriodObservation> observations, List<LevelEstimate> annual, LevelEstimate? latest, IAnnualisationPolicy policy)
    {
        if (goal.Baseline is { } stated)
        {
            return (StatedBaseline(goal, stated, observations, policy), null);
        }

        // Only twelve months that ended before the announcement year began were complete when the goal was
        // announced; comparing end dates keeps fiscal years (July–June) on the right side of that line.
        var atAnnouncement = annual.LastOrDefault(a => a.Observation.Period.LastDay < new DateOnly(goal.AnnouncedOn.Year, 1, 1));
        if (atAnnouncement is not null)
        {
            return (new BaselineLevel(atAnnouncement.Value, atAnnouncement.Year, BaselineSource.LatestAtAnnouncement, $"{atAnnouncement} (latest full year before the announcement year)"), atAnnouncement);
        }

        var earliest = annual.FirstOrDefault() ?? latest;
        return earliest is null
            ? (null, null)
            : (new BaselineLevel(earliest.Value, earliest.Year, BaselineSource.EarliestReported, $"{earliest} (no earlier full year; earliest reported level)", earliest.IsEstimated), earliest);
    }

    // A stated baseline for part of a year goes through the same annualisation policy as any partial figure,
    // as a figure citing the goal's source. A policy that cannot estimate from a single stated figure leaves
    // pro rata by months as the only honest scaling, and the description names whichever was used.
    private static BaselineLevel StatedBaseline(Goal goal, GoalBaseline stated, List<PeriodObservation> observations, IAnnualisationPolicy policy)
    {
        if (stated.Period.IsFullYear)
        {
            return new BaselineLevel(stated.Amount.ToDouble(), stated.Period.TimeCoordinate, BaselineSource.Stated, $"{stated} (stated with the goal)");
        }

        var figure = new ReportedFigure($"{goal.Id}:baseline", goal.Reporter, goal.Partner, goal.Flow, stated.Period, stated.Amount, Basis.Unstated, goal.Source);
        var observation = new PeriodObservation(stated.Period, figure, new([]));
        var estimate = CheckedAnnualisation(policy, observation, observations) ?? AnnualisationPolicies.ProRataByMonths.Annualise(observation, observations)!;
        return new BaselineLevel(estimate.Value, estimate.Year, BaselineSource.Stated, $"{stated} (stated with the goal), annualised as {estimate.Annualisation} = {MoneyText.Format(estimate.Value, stated.Amount.Currency)}", IsEstimated: true);
    }

    private static DeadlineAssessment Assess(Context c, int year)
    {
        var goalLevel = c.Goal.Target.ToDouble();
        var passed = c.Options.AsOf > new DateOnly(year, 12, 31);
        var atDeadline = c.Annual.LastOrDefault(a => a.Year == year);
        var required = c.Baseline is null ? null : ProgressMeasures.CompoundAnnualGrowth(c.Baseline.Value, goalLevel, year - c.Baseline.Year);
        var ratio = c.ObservedGrowth is { } o && required is { } r ? ProgressMeasures.ProgressRatio(o, r) : null;
        // Extrapolating forward only: for a deadline before the latest level the reported figures speak for themselves.
        double? anticipated = c.ObservedGrowth is { } growth && c.Latest is not null && year >= c.Latest.Year
            ? ProgressMeasures.AnticipatedLevel(c.Latest.Value, growth, year - c.Latest.Year)
            : null;
        var anticipatedRatio = anticipated is { } a && c.Baseline is not null ? ProgressMeasures.AnticipatedRatio(a, c.Baseline.Value, goalLevel) : null;
        var (status, reason) = Status(c, year, passed, atDeadline, ratio, required);

        return new DeadlineAssessment
        {
            DeadlineYear = year,
            DeadlinePassed = passed,
            LevelAtDeadline = atDeadline,
            RequiredGrowth = required,
            ProgressRatio = ratio,
            ProgressCategory = ratio is { } pr ? ProgressMeasures.ClassifyProgressRatio(pr) : null,
            AnticipatedLevel = anticipated,
            AnticipatedRatio = anticipatedRatio,
            AnticipatedProgress = anticipatedRatio is { } ar ? ProgressMeasures.ClassifyAnticipatedRatio(ar) : null,
            Trend = c.Trend.ProjectTo(year, goalLevel),
            YearsBehindSchedule = c.Baseline is not null && c.Latest is not null && required is { } req
                ? ProgressMeasures.YearsBehindSchedule(c.Baseline.Value, c.Baseline.Year, req, c.Latest.Value, c.Latest.Year)
                : null,
            Status = status,
            Reason = reason,
        };
    }

    private static (GoalStatus Status, string Reason) Status(Context c, int year, bool passed, LevelEstimate? atDeadline, double? ratio, double? required)
    {
        // The first full year that reached the goal (OutcomeRule.FirstReaching), if it is not after this deadline year.
        var reached = c.FirstReached is { } first && first.Year <= year ? first : null;
        if (reached is not null)
        {
            return (GoalStatus.Achieved, $"{reached} reached the goal.");
        }

        if (passed)
        {
            return atDeadline is not null
                ? (GoalStatus.Missed, $"{atDeadline} fell short after the deadline year ended.")
                : (GoalStatus.InsufficientData, string.Create(CultureInfo.InvariantCulture, $"The deadline year {year} is over but no full-year figure for it was published by {c.Options.AsOf:yyyy-MM-dd}."));
        }

        if (ratio is not { } r)
        {
            return (GoalStatus.InsufficientData, $"No progress ratio: {WhyNoProgressRatio(c, year)}.");
        }

        var status = ProgressMeasures.ClassifyProgressRatio(r) switch
        {
            ProgressCategory.OnTrack => GoalStatus.OnTrack,
            ProgressCategory.AccelerationNeeded => GoalStatus.NeedsAcceleration,
            ProgressCategory.LimitedProgress => GoalStatus.LimitedProgress,
            _ => GoalStatus.MovingAway,
        };
        return (status, string.Create(CultureInfo.InvariantCulture, $"Progress ratio {r:0.00}: observed {ProseText.Growth(c.ObservedGrowth)} against required {ProseText.Growth(required)}."));
    }

    private static string WhyNoProgressRatio(Context c, int year)
    {
        if (c.Latest is null || c.Baseline is null)
        {
            return "no figure was published";
        }

        if (c.ObservedGrowth is null)
        {
            return "no figure after the baseline year yet, so growth cannot be observed";
        }

        return c.Baseline.Year >= year
            ? string.Create(CultureInfo.InvariantCulture, $"the baseline year {c.Baseline.Year} is not before the deadline year {year}")
            : "the goal equals the baseline, so no growth is required";
    }

    private static string Explain(Goal goal, DeadlineWindow window, LevelEstimate? level, List<DeadlineAssessment> assessments)
    {
        var due = window.IsWindow ? $"due {window} ('{goal.Deadline}')" : $"due {window}";
        var statuses = StatusText.Describe(assessments);
        // The pair leads, so an explanation read on its own (a list of them, a log) says whose goal it is.
        var subject = $"{ProseText.Describe(goal.Pair)} {ProseText.Describe(goal.Flow)}: ";
        if (level is null)
        {
            return $"{subject}no figure against {goal.Target} {due}: {statuses}";
        }

        var goalLevel = goal.Target.ToDouble();
        var share = ProseText.Percent(level.Value / goalLevel);
        var shortfall = assessments[0].Status is GoalStatus.Achieved or GoalStatus.Missed || level.Value >= goalLevel
            ? string.Empty
            : $", {MoneyText.Format(goalLevel - level.Value, goal.Target.Currency)} short";
        return $"{subject}{level} against {goal.Target} {due}: {statuses}, {share} of the goal{shortfall}";
    }

    private sealed record Context(
        Goal Goal,
        EvaluationOptions Options,
        List<LevelEstimate> Annual,
        LevelEstimate? Latest,
        BaselineLevel? Baseline,
        double? ObservedGrowth,
        TrendFit Trend,
        LevelEstimate? FirstReached);
}
