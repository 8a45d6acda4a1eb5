using System.Globalization;

namespace TradeTargets;

/// <summary>
/// An honest check of recalibrating the trend's probability: a logistic map p' = σ(a + b·logit p) fitted on the
/// announcement forecasts of goals due up to <see cref="LastFitYear"/>, and scored once on those of goals due later.
/// </summary>
/// <remarks>
/// The split is by time, not by fold, so nothing the scored goals' years reveal reaches the fit. Probabilities are
/// clipped to [0.01, 0.99] before the logit, as the log score clips them. The fit is penalised maximum likelihood by
/// Newton's method: the log-likelihood minus (a² + (b − 1)²) / 2, a weak pull towards leaving the probabilities as they
/// are, which keeps the map finite when the fitted outcomes are separated by the forecasts (plain maximum likelihood
/// then runs off to infinity). With one outcome only among the fitted goals there is nothing to fit, and the result is
/// null. The gain is
/// the Brier score of the trend minus that of the recalibrated probability on the scored goals (positive: the map
/// helps), with a 90% bootstrap interval over goals; the charts' default would change only if the interval's lower
/// end were above zero (<see cref="WouldChangeDefault"/>).
/// </remarks>
public sealed record TimeSplitCalibration
{
    /// <summary>The last deadline year of the goals the map is fitted on.</summary>
    public required int LastFitYear { get; init; }

    /// <summary>Goals the map was fitted on (deadline up to <see cref="LastFitYear"/>).</summary>
    public required int FitGoals { get; init; }

    /// <summary>Goals it was scored on (deadline after <see cref="LastFitYear"/>).</summary>
    public required int ScoredGoals { get; init; }

    /// <summary>a in σ(a + b·logit p).</summary>
    public required double Intercept { get; init; }

    /// <summary>b in σ(a + b·logit p): below 1, the trend's probabilities were too far from one half.</summary>
    public required double Slope { get; init; }

    /// <summary>The share met among the fitted goals, the base rate carried to the scored goals.</summary>
    public required double FitBaseRate { get; init; }

    /// <summary>Brier score of the trend's own probability on the scored goals.</summary>
    public required ScoreEstimate BrierTrend { get; init; }

    /// <summary>Brier score of the recalibrated probability on the scored goals.</summary>
    public required ScoreEstimate BrierRecalibrated { get; init; }

    /// <summary>Brier score of <see cref="FitBaseRate"/> on the scored goals.</summary>
    public required ScoreEstimate BrierBaseRate { get; init; }

    /// <summary>Brier of the trend minus Brier of the recalibrated probability on the scored goals (positive: the map helps).</summary>
    public required ScoreEstimate BrierGain { get; init; }

    /// <summary>Whether the gain's interval lies above zero, the bar for showing recalibrated probabilities by default.</summary>
    public bool WouldChangeDefault => BrierGain.Lower > 0;

    /// <summary>The recalibrated probability.</summary>
    /// <param name="probability">The trend's probability.</param>
    /// <returns>σ(a + b·logit p).</returns>
    public double Recalibrate(double probability) => Sigmoid(Intercept + (Slope * Logit(probability)));

    /// <summary>Says what the check found, in one sentence.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"fitted on {FitGoals} goals due by {LastFitYear} (a {Intercept:0.00}, b {Slope:0.00}), scored once on {ScoredGoals} due later: Brier trend {BrierTrend}, recalibrated {BrierRecalibrated}, base rate {BrierBaseRate}; gain {BrierGain}, {(WouldChangeDefault ? "enough" : "not enough")} to change the default");

    internal static TimeSplitCalibration? Of(IReadOnlyList<BacktestForecast> announcements, int lastFitYear, BacktestScoring scoring)
    {
        var fit = announcements.Where(f => f.Settled.DeadlineYear <= lastFitYear).ToList();
        var scored = announcements.Where(f => f.Settled.DeadlineYear > lastFitYear).ToList();
        if (scored.Count == 0 || !fit.Any(f => f.Met) || fit.All(f => f.Met))
        {
            return null;
        }

        var (a, b) = FitLogistic([.. fit.Select(f => (Logit(f.Probability), f.Met ? 1.0 : 0.0))], Penalty);
        var baseRate = (double)fit.Count(f => f.Met) / fit.Count;
        double Recalibrated(BacktestForecast f) => Sigmoid(a + (b * Logit(f.Probability)));
        double Brier(IEnumerable<BacktestForecast> s, Func<BacktestForecast, double> p) => ScoringRules.Brier([.. s.Select(f => (p(f), f.Met))]);
        return new TimeSplitCalibration
        {
            LastFitYear = lastFitYear,
            FitGoals = fit.Count,
            ScoredGoals = scored.Count,
            Intercept = a,
            Slope = b,
            FitBaseRate = baseRate,
            BrierTrend = scoring.Estimate(scored, s => Brier(s, f => f.Probability)),
            BrierRecalibrated = scoring.Estimate(scored, s => Brier(s, Recalibrated)),
            BrierBaseRate = scoring.Estimate(scored, s => Brier(s, _ => baseRate)),
            BrierGain = scoring.Estimate(scored, s => Brier(s, f => f.Probability) - Brier(s, Recalibrated)),
        };
    }

    /// <summary>The weight of the pull towards the identity map (a = 0, b = 1) in the fit.</summary>
    internal const double Penalty = 1;

    // Penalised maximum likelihood for y ~ Bernoulli(σ(a + b·x)) by Newton's method on the two parameters: the
    // log-likelihood minus penalty · (a² + (b − 1)²) / 2. A penalty of zero is plain maximum likelihood.
    internal static (double A, double B) FitLogistic(IReadOnlyList<(double X, double Y)> points, double penalty)
    {
        double a = 0, b = 1;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = -penalty * a, gb = -penalty * (b - 1), haa = penalty, hab = 0, hbb = penalty;
            foreach (var (x, y) in points)
            {
                var p = Sigmoid(a + (b * x));
                var w = p * (1 - p);
                ga += y - p;
                gb += (y - p) * x;
                haa += w;
                hab += w * x;
                hbb += w * x * x;
            }

            var det = (haa * hbb) - (hab * hab);
            if (det <= 1e-12)
            {
                break;
            }

            var da = ((hbb * ga) - (hab * gb)) / det;
            var db = ((haa * gb) - (hab * ga)) / det;
            a += da;
            b += db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-10)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Logit(double p)
    {
        var clipped = Math.Clamp(p, ScoringRules.LogScoreClip, 1 - ScoringRules.LogScoreClip);
        return Math.Log(clipped / (1 - clipped));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
