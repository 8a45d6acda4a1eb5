using System.Globalization;

namespace TradeTargets;

/// <summary>
/// Words for a backtest: what the trend's probability is, and how well it has done. The sample's table, the tracker
/// page and the charts state the verdict from here, so no two places can word it differently.
/// </summary>
public static class BacktestText
{
    /// <summary>What the trend's probability and bands are, in one sentence for a reader who meets them on a chart.</summary>
    public const string Meaning =
        "The trend projection, its 80% and 95% bands and its probability of reaching the goal come from a log-linear trend fitted to a goal's annual figures and carried to the deadline: they assume the past growth and its scatter go on, and say nothing of policy.";

    /// <summary>A rule's name in words: "trend", "base rate", "recent growth rule", "progress category".</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The words.</returns>
    public static string Describe(ForecastRule rule) => rule switch
    {
        ForecastRule.Trend => "trend",
        ForecastRule.BaseRate => "base rate",
        ForecastRule.RecentGrowth => "recent growth rule",
        ForecastRule.ProgressCategory => "progress category",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a defined forecast rule."),
    };

    /// <summary>
    /// Whether the trend's probability beat the leave-one-out base rate, with both Brier scores and the gain's interval:
    /// "beats" or "loses to" only when the interval excludes zero.
    /// </summary>
    /// <param name="scores">The scores of one set of forecasts.</param>
    /// <param name="intervalLevel">The level of the bootstrap intervals (<see cref="BacktestOptions.IntervalLevel"/>).</param>
    /// <returns>One sentence.</returns>
    public static string Verdict(BacktestScores scores, double intervalLevel)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var gain = scores.BrierGainOverBaseRate;
        var verdict = gain.Lower > 0 ? "beats the base rate" : gain.Upper < 0 ? "loses to the base rate" : "does not differ from the base rate beyond chance";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The trend's probability {verdict}: Brier score {scores.Of(ForecastRule.Trend).Brier.Value:0.000} against {scores.Of(ForecastRule.BaseRate).Brier.Value:0.000} (lower is better), a gain of {gain.Value:0.000} with a {intervalLevel:0%} interval of {gain.Lower:0.000} to {gain.Upper:0.000}.");
    }

    /// <summary>How often the 80% and 95% intervals held the level reached at the deadline.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>One sentence.</returns>
    public static string Coverage(IntervalCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return coverage is { Count: > 0, Coverage80: { } c80, Coverage95: { } c95 }
            ? string.Create(CultureInfo.InvariantCulture, $"The 80% interval held the level reached at the deadline for {ProseText.Percent(c80.Value)} of {coverage.Count} forecasts, the 95% interval for {ProseText.Percent(c95.Value)}.")
            : "No level at a deadline was known to check the intervals against.";
    }

    /// <summary>A share as a whole percentage, "27%": probabilities and frequencies of a backtest are not precise beyond that.</summary>
    /// <param name="share">The share, 0.27 for 27%.</param>
    /// <returns>The text.</returns>
    public static string WholePercent(double share) => string.Create(CultureInfo.InvariantCulture, $"{share * 100:0}%");

    /// <summary>One bin of a reliability table in words: "90% to 100%: 14 forecasts, 50% met", or "none" when empty.</summary>
    /// <param name="bin">The bin.</param>
    /// <returns>The text.</returns>
    public static string Describe(ReliabilityBin bin)
    {
        ArgumentNullException.ThrowIfNull(bin);
        var range = $"{WholePercent(bin.From)} to {WholePercent(bin.To)}";
        return bin.ObservedFrequency is { } met
            ? string.Create(CultureInfo.InvariantCulture, $"{range}: {bin.Count} forecast{(bin.Count == 1 ? string.Empty : "s")}, {WholePercent(met)} met")
            : $"{range}: none";
    }

    /// <summary>The counts behind a backtest: goals, settled, met, forecasts, and the date outcomes are read at.</summary>
    /// <param name="result">The backtest.</param>
    /// <returns>One sentence.</returns>
    public static string Counts(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Outcomes as of {result.Options.SettledAsOf:yyyy-MM-dd}: of {result.GoalCount} goals, {result.Settled.Count} are settled ({result.Settled.Count(s => s.Met)} met), {result.Unsettled.Count} are past their deadline without a figure that settles them and {result.Open} are open; {result.ForecastCount} forecasts were scored, each using only the figures published by its date.");
    }
}
