namespace TradeTargets;

/// <summary>The progress-assessment formulas as pure functions; every evaluation is built from these.</summary>
/// <remarks>
/// Policy for bad input: a function whose result is undefined for its inputs (a non-positive level
/// under a logarithm, a zero span of years, zero growth where it divides) returns null rather than NaN,
/// so a caller can say "cannot be computed" instead of printing NaN.
/// </remarks>
public static class ProgressMeasures
{
    /// <summary>The compound annual growth rate (end / start)^(1 / years) − 1.</summary>
    /// <param name="startLevel">The level at the start; must be positive.</param>
    /// <param name="endLevel">The level at the end; zero or more.</param>
    /// <param name="years">The span in years; must be positive.</param>
    /// <returns>The rate (0.1 is 10% a year), or null when undefined.</returns>
    public static double? CompoundAnnualGrowth(double startLevel, double endLevel, double years)
        => startLevel > 0 && endLevel >= 0 && years > 0 && double.IsFinite(startLevel + endLevel + years)
            ? Math.Pow(endLevel / startLevel, 1 / years) - 1
            : null;

    /// <summary>The Eurostat progress ratio R = observed growth / |required growth|.</summary>
    /// <param name="observedGrowth">CAGR_o.</param>
    /// <param name="requiredGrowth">CAGR_r; must not be zero.</param>
    /// <returns>R, or null when the required growth is zero.</returns>
    public static double? ProgressRatio(double observedGrowth, double requiredGrowth)
        => requiredGrowth != 0 ? observedGrowth / Math.Abs(requiredGrowth) : null;

    /// <summary>The Eurostat threshold of R from which a goal is on track: 0.95.</summary>
    public const double OnTrackRatio = 0.95;

    /// <summary>The Eurostat threshold of R from which progress needs only acceleration (below it, progress is limited): 0.60.</summary>
    public const double AccelerationRatio = 0.60;

    /// <summary>The UNSD threshold of the anticipated ratio from which a goal is on track: 0.95.</summary>
    public const double AnticipatedOnTrackRatio = 0.95;

    /// <summary>The UNSD threshold of the anticipated ratio from which progress is fair (below it, stagnation or regression): 0.10.</summary>
    public const double AnticipatedFairRatio = 0.10;

    /// <summary>Classifies a progress ratio with the Eurostat SDG thresholds.</summary>
    /// <param name="ratio">R.</param>
    /// <returns>On track (R ≥ 0.95), acceleration needed (0.6 ≤ R &lt; 0.95), limited progress (0 ≤ R &lt; 0.6) or moving away (R &lt; 0).</returns>
    public static ProgressCategory ClassifyProgressRatio(double ratio) => ratio switch
    {
        >= OnTrackRatio => ProgressCategory.OnTrack,
        >= AccelerationRatio => ProgressCategory.AccelerationNeeded,
        >= 0 => ProgressCategory.LimitedProgress,
        _ => ProgressCategory.MovingAway,
    };

    /// <summary>The UNSD anticipated level: the latest level extrapolated at the observed growth, v_latest (1 + CAGR_o)^(T − t).</summary>
    /// <param name="latestLevel">The latest level.</param>
    /// <param name="observedGrowth">CAGR_o.</param>
    /// <param name="years">Years from the latest level to the deadline.</param>
    /// <returns>The anticipated level at the deadline.</returns>
    public static double AnticipatedLevel(double latestLevel, double observedGrowth, double years)
        => Compound(latestLevel, observedGrowth, years);

    /// <summary>A level grown at a constant annual rate: level (1 + rate)^years; the required path and the anticipated level both follow it.</summary>
    /// <param name="level">The starting level.</param>
    /// <param name="rate">The annual growth rate.</param>
    /// <param name="years">Years of growth; negative goes back in time.</param>
    /// <returns>The level after that many years.</returns>
    public static double Compound(double level, double rate, double years) => level * Math.Pow(1 + rate, years);

    /// <summary>The UNSD anticipated progress ratio (v_anticipated − v_base) / (v_goal − v_base).</summary>
    /// <param name="anticipatedLevel">The anticipated level at the deadline.</param>
    /// <param name="baseLevel">The baseline level.</param>
    /// <param name="goalLevel">The goal.</param>
    /// <returns>The ratio, or null when the goal equals the baseline.</returns>
    public static double? AnticipatedRatio(double anticipatedLevel, double baseLevel, double goalLevel)
        => goalLevel != baseLevel ? (anticipatedLevel - baseLevel) / (goalLevel - baseLevel) : null;

    /// <summary>Classifies an anticipated ratio with the UNSD Progress Chart thresholds.</summary>
    /// <param name="ratio">The anticipated ratio.</param>
    /// <returns>On track (≥ 0.95), fair progress (0.10 to 0.95) or stagnation or regression (&lt; 0.10).</returns>
    public static AnticipatedProgress ClassifyAnticipatedRatio(double ratio) => ratio switch
    {
        >= AnticipatedOnTrackRatio => AnticipatedProgress.OnTrack,
        >= AnticipatedFairRatio => AnticipatedProgress.FairProgress,
        _ => AnticipatedProgress.StagnationOrRegression,
    };

    /// <summary>Years until the goal is reached at the observed growth: ln(goal / latest) / ln(1 + CAGR_o).</summary>
    /// <param name="latestLevel">The latest level; must be positive.</param>
    /// <param name="goalLevel">The goal.</param>
    /// <param name="observedGrowth">CAGR_o.</param>
    /// <returns>0 when already reached; null when growth is zero or negative or the level is not positive.</returns>
    public static double? YearsToReach(double latestLevel, double goalLevel, double observedGrowth)
    {
        if (latestLevel <= 0)
        {
            return null;
        }

        if (latestLevel >= goalLevel)
        {
            return 0;
        }

        return observedGrowth > 0 ? Math.Log(goalLevel / latestLevel) / Math.Log(1 + observedGrowth) : null;
    }

    /// <summary>
    /// The time distance: how many years ago the required path (baseline growing at CAGR_r) passed the
    /// latest level. Positive means behind schedule, negative ahead.
    /// </summary>
    /// <param name="baseLevel">The baseline level; must be positive.</param>
    /// <param name="baseYear">The baseline year.</param>
    /// <param name="requiredGrowth">CAGR_r; must not be zero.</param>
    /// <param name="latestLevel">The latest level; must be positive.</param>
    /// <param name="latestYear">The year of the latest level.</param>
    /// <returns>Years behind (t_latest − t*), where base (1 + CAGR_r)^(t* − t_base) = latest; null when undefined.</returns>
    public static double? YearsBehindSchedule(double baseLevel, double baseYear, double requiredGrowth, double latestLevel, double latestYear)
    {
        if (baseLevel <= 0 || latestLevel <= 0 || requiredGrowth == 0 || requiredGrowth <= -1)
        {
            return null;
        }

        var yearOnPath = baseYear + (Math.Log(latestLevel / baseLevel) / Math.Log(1 + requiredGrowth));
        return latestYear - yearOnPath;
    }
}
