namespace TradeTargets;

/// <summary>Scores forecasts for every rule, with intervals from a bootstrap that resamples whole goals.</summary>
/// <remarks>
/// Resampling goals rather than forecasts keeps a goal's year-end forecasts together, since they are correlated.
/// The baselines' leave-one-out probabilities are kept as computed on the full set in every resample.
/// </remarks>
internal sealed class BacktestScoring(BacktestOptions options)
{
    private const int Bins = 10;

    public BacktestScores Score(ForecastTime time, List<BacktestForecast> forecasts)
    {
        var ordered = forecasts.OrderBy(f => f.Settled.Goal.Id, StringComparer.Ordinal).ThenBy(f => f.AsOf).ToList();
        var clusters = ordered.GroupBy(f => f.Settled.Goal.Id, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var checkable = ordered.Where(f => f.Settled.LevelAtDeadline is not null).ToList();
        return new BacktestScores
        {
            Time = time,
            Forecasts = new(ordered),
            Rules = new(Enum.GetValues<ForecastRule>().Select(rule => new ForecastScores(
                rule,
                Estimate(clusters, s => ScoringRules.Brier(Pairs(s, rule))),
                Estimate(clusters, s => ScoringRules.LogScore(Pairs(s, rule))),
                new(Reliability(ordered, rule))))),
            Coverage = new IntervalCoverage(
                checkable.Count,
                checkable.Count(f => Inside(f, f.Interval80)),
                checkable.Count(f => Inside(f, f.Interval95)),
                checkable.Count == 0 ? null : Estimate(clusters, s => Share(s, f => f.Interval80)),
                checkable.Count == 0 ? null : Estimate(clusters, s => Share(s, f => f.Interval95))),
            BrierGainOverBaseRate = Estimate(clusters, s => ScoringRules.Brier(Pairs(s, ForecastRule.BaseRate)) - ScoringRules.Brier(Pairs(s, ForecastRule.Trend))),
        };
    }

    private static List<(double, bool)> Pairs(IEnumerable<BacktestForecast> forecasts, ForecastRule rule)
        => [.. forecasts.Select(f => (f.ProbabilityBy(rule), f.Met))];

    private static bool Inside(BacktestForecast f, (double Lower, double Upper) interval)
        => f.Settled.LevelAtDeadline is { } level && ScoringRules.Coverage([(interval.Lower, interval.Upper, level)]) == 1;

    // NaN for a resample with no checkable forecast; such resamples are left out of the interval.
    private static double Share(List<BacktestForecast> forecasts, Func<BacktestForecast, (double Lower, double Upper)> interval)
    {
        var checks = forecasts.Where(f => f.Settled.LevelAtDeadline is not null)
            .Select(f => (interval(f).Lower, interval(f).Upper, f.Settled.LevelAtDeadline!.Value))
            .ToList();
        return checks.Count == 0 ? double.NaN : ScoringRules.Coverage(checks);
    }

    private static IEnumerable<ReliabilityBin> Reliability(List<BacktestForecast> forecasts, ForecastRule rule)
    {
        var binned = forecasts.ToLookup(f => Math.Min(Bins - 1, (int)Math.Floor(f.ProbabilityBy(rule) * Bins)));
        for (var i = 0; i < Bins; i++)
        {
            var inBin = binned[i].ToList();
            var from = (double)i / Bins;
            var to = (double)(i + 1) / Bins;
            if (inBin.Count == 0)
            {
                yield return new ReliabilityBin(from, to, 0, null, null, null, null);
                continue;
            }

            var met = inBin.Count(f => f.Met);
            var (lower, upper) = ScoringRules.WilsonInterval(met, inBin.Count, 0.90);
            yield return new ReliabilityBin(from, to, inBin.Count, inBin.Average(f => f.ProbabilityBy(rule)), (double)met / inBin.Count, lower, upper);
        }
    }

    /// <summary>A statistic of forecasts, one per goal, with its bootstrap interval over goals.</summary>
    public ScoreEstimate Estimate(IReadOnlyList<BacktestForecast> forecasts, Func<List<BacktestForecast>, double> statistic)
        => Estimate([.. forecasts.OrderBy(f => f.Settled.Goal.Id, StringComparer.Ordinal).GroupBy(f => f.Settled.Goal.Id, StringComparer.Ordinal).Select(g => g.ToList())], statistic);

    private ScoreEstimate Estimate(List<List<BacktestForecast>> clusters, Func<List<BacktestForecast>, double> statistic)
    {
        var value = statistic([.. clusters.SelectMany(c => c)]);
        var random = new Random(options.Seed);
        var draws = new List<double>(options.BootstrapSamples);
        var sample = new List<BacktestForecast>();
        for (var b = 0; b < options.BootstrapSamples; b++)
        {
            sample.Clear();
            for (var k = 0; k < clusters.Count; k++)
            {
                sample.AddRange(clusters[random.Next(clusters.Count)]);
            }

            var draw = statistic(sample);
            if (!double.IsNaN(draw))
            {
                draws.Add(draw);
            }
        }

        if (draws.Count == 0)
        {
            return new ScoreEstimate(value, value, value);
        }

        draws.Sort();
        var tail = (1 - options.IntervalLevel) / 2;
        return new ScoreEstimate(value, draws[(int)Math.Floor(tail * (draws.Count - 1))], draws[(int)Math.Ceiling((1 - tail) * (draws.Count - 1))]);
    }
}
