namespace TradeTargets;

/// <summary>The scores of probability forecasts of yes/no outcomes, as pure functions.</summary>
public static class ScoringRules
{
    /// <summary>The least probability the log score gives an outcome, and one minus the most: 0.01.</summary>
    public const double LogScoreClip = 0.01;

    /// <summary>The Brier score: the mean of (p − o)², o being 1 for met and 0 for not; 0 is perfect, 0.25 is always saying 50%.</summary>
    /// <param name="forecasts">Pairs of probability and outcome; at least one.</param>
    /// <returns>The Brier score.</returns>
    /// <exception cref="ArgumentException">There are no forecasts, or a probability is outside [0, 1] or NaN.</exception>
    public static double Brier(IReadOnlyList<(double Probability, bool Met)> forecasts)
        => Mean(forecasts, f => Math.Pow(f.Probability - (f.Met ? 1 : 0), 2));

    /// <summary>The log score: the mean of −ln of the probability given to what happened, probabilities clipped to [0.01, 0.99]; lower is better.</summary>
    /// <param name="forecasts">Pairs of probability and outcome; at least one.</param>
    /// <returns>The log score, between −ln 0.99 and −ln 0.01.</returns>
    /// <exception cref="ArgumentException">There are no forecasts, or a probability is outside [0, 1] or NaN.</exception>
    /// <remarks>Clipping keeps one confident miss from making the mean infinite: the most a forecast can cost is −ln 0.01 ≈ 4.61.</remarks>
    public static double LogScore(IReadOnlyList<(double Probability, bool Met)> forecasts)
        => Mean(forecasts, f =>
        {
            var p = Math.Clamp(f.Probability, LogScoreClip, 1 - LogScoreClip);
            return -Math.Log(f.Met ? p : 1 - p);
        });

    /// <summary>The share of outcomes that fell inside their interval, ends included: 0.80 for honest 80% intervals.</summary>
    /// <param name="checks">Each interval with the level that came about; at least one.</param>
    /// <returns>The share inside.</returns>
    /// <exception cref="ArgumentException">There are no checks.</exception>
    public static double Coverage(IReadOnlyList<(double Lower, double Upper, double Actual)> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0)
        {
            throw new ArgumentException("Coverage needs at least one interval to check.", nameof(checks));
        }

        return (double)checks.Count(c => c.Actual >= c.Lower && c.Actual <= c.Upper) / checks.Count;
    }

    /// <summary>The Wilson score interval of a proportion: sound for small counts and for shares of 0 or 1, unlike the normal approximation.</summary>
    /// <param name="successes">How many of the trials succeeded.</param>
    /// <param name="trials">How many trials; at least one.</param>
    /// <param name="level">The confidence level, for example 0.90.</param>
    /// <returns>The lower and upper ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No trials, successes outside 0 to trials, or a level outside (0, 1).</exception>
    public static (double Lower, double Upper) WilsonInterval(int successes, int trials, double level)
    {
        if (trials < 1 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The successes must be between 0 and the number of trials ({trials}), and there must be at least one trial."));
        }

        if (!(level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be between 0 and 1.");
        }

        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.5 + (level / 2));
        var n = (double)trials;
        var share = successes / n;
        var centre = (share + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z / (1 + (z * z / n)) * Math.Sqrt((share * (1 - share) / n) + (z * z / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    private static double Mean(IReadOnlyList<(double Probability, bool Met)> forecasts, Func<(double Probability, bool Met), double> loss)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        if (forecasts.Count == 0)
        {
            throw new ArgumentException("A score needs at least one forecast.", nameof(forecasts));
        }

        var sum = 0.0;
        foreach (var f in forecasts)
        {
            if (!(f.Probability is >= 0 and <= 1))
            {
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A probability must be between 0 and 1; it was {f.Probability}."), nameof(forecasts));
            }

            sum += loss(f);
        }

        return sum / forecasts.Count;
    }
}
