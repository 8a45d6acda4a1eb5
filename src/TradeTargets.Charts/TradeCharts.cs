namespace TradeTargets.Charts;

/// <summary>The charts a user puts in an article: a gap chart for one goal, a scoreboard and a dumbbell chart for many.</summary>
/// <remarks>
/// Charts use the bundled DejaVu Sans ("TradeTargets Sans") unless <see cref="ChartOptions.FontFamily"/> names
/// an installed family; a missing family throws <see cref="ChartFontException"/> rather than rendering blank or
/// serif text.
/// </remarks>
/// <example><code>
/// var evaluation = GoalEvaluator.Evaluate(goal, data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));
/// TradeCharts.GapChart(evaluation).SavePng("gap.png");
/// TradeCharts.Scoreboard(evaluations, new ChartOptions { Width = 1000 }).SaveSvg("scoreboard.svg");
/// </code></example>
public static class TradeCharts
{
    /// <summary>The gap chart of one goal: reported levels (partial years drawn open, with their annualised estimate), the baseline, the goal at its deadline (a shaded window when vague), the required path, the trend with 80% and 95% prediction bands, and the gap in words and numbers.</summary>
    /// <param name="evaluation">The evaluated goal.</param>
    /// <param name="options">Size, scale, font and source line; defaults when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    public static ChartImage GapChart(GoalEvaluation evaluation, ChartOptions? options = null)
        => new(() => GapChartBuilder.Build(evaluation, options));

    /// <summary>A scoreboard of bullet graphs, one per goal, sorted by achievement (best first), with the status of each.</summary>
    /// <param name="evaluations">The evaluated goals; may be empty.</param>
    /// <param name="options">Size, scale, font and source line; the height grows with the number of goals.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    /// <exception cref="ArgumentException">The list holds a null element.</exception>
    public static ChartImage Scoreboard(IReadOnlyList<GoalEvaluation> evaluations, ChartOptions? options = null)
    {
        var goals = Snapshot(evaluations);
        return new(() => ScoreboardBuilder.Build(goals, options));
    }

    /// <summary>A dumbbell chart: per goal a line from the latest level to the goal, on a log scale when the values span more than 1.5 orders of magnitude.</summary>
    /// <param name="evaluations">The evaluated goals; may be empty.</param>
    /// <param name="options">Size, scale, font and source line; the height grows with the number of goals.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    /// <exception cref="ArgumentException">The list holds a null element, or goals in more than one currency (the message names them): draw one chart per currency.</exception>
    public static ChartImage Dumbbell(IReadOnlyList<GoalEvaluation> evaluations, ChartOptions? options = null)
    {
        var goals = Snapshot(evaluations);
        return new(() => DumbbellBuilder.Build(goals, options));
    }

    /// <summary>One dumbbell chart per currency of the goals' targets, the currency with most goals first (then by code): a portfolio in several currencies, drawn without mixing them on one axis.</summary>
    /// <param name="evaluations">The evaluated goals; may be empty, which gives no chart.</param>
    /// <param name="options">Size, scale, font and source line, for every chart.</param>
    /// <returns>Each currency with its chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    /// <exception cref="ArgumentException">The list holds a null element.</exception>
    public static IReadOnlyList<(Currency Currency, ChartImage Chart)> DumbbellsByCurrency(IReadOnlyList<GoalEvaluation> evaluations, ChartOptions? options = null)
    {
        var goals = Snapshot(evaluations);
        Preconditions.NoNullElements(goals, nameof(evaluations));
        return [.. DumbbellBuilder.ByCurrency(goals).Select(g => (g.Key, Dumbbell([.. g], options)))];
    }

    /// <summary>The reliability diagram of a backtest: per bin of probability, the mean forecast against the share of goals met, with its Wilson 90% interval, for the forecasts at the announcements and at year-ends; honest probabilities lie on the diagonal.</summary>
    /// <param name="result">The backtest.</param>
    /// <param name="options">Size, scale, font and source line; defaults when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    public static ChartImage ReliabilityDiagram(BacktestResult result, ChartOptions? options = null)
        => new(() => ReliabilityChartBuilder.Build(result, options));

    /// <summary>The interval coverage of a backtest: the share of deadline levels inside the trend's 80% and 95% intervals, with bootstrap intervals, against the share promised.</summary>
    /// <param name="result">The backtest.</param>
    /// <param name="options">Size, scale, font and source line; defaults when null.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ChartFontException">The font family is not installed.</exception>
    public static ChartImage IntervalCoverage(BacktestResult result, ChartOptions? options = null)
        => new(() => CoverageChartBuilder.Build(result, options));

    // The image builds its chart again for every rendering; a copy of the caller's list keeps later changes to the list
    // out of the image. A null list stays null so the builder refuses it with its usual message.
    private static IReadOnlyList<GoalEvaluation> Snapshot(IReadOnlyList<GoalEvaluation> evaluations)
        => evaluations is null ? null! : [.. evaluations];
}
