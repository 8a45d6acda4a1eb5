using System.Globalization;

namespace TradeTargets.Reports;

/// <summary>How the goals were scored, in the words of the README: formulas, thresholds and the policies in force.</summary>
internal static class Methods
{
    public static IReadOnlyList<string> Lines(EvaluationOptions options) =>
    [
        $"Scored as of {ReportText.Date(options.AsOf)}: figures published later do not count.",
        $"Policies in force: {ReportText.Policies(options)}.",
        "Level: once the deadline year is over, its full-year figure; before that, the latest comparable level. A partial-year figure is annualised by the annualisation policy and flagged as estimated.",
        "Achievement = level / goal; gap = goal − level; multiplier still needed = goal / level.",
        "Required growth CAGR_r = (goal / base)^(1 / (T − t_base)) − 1; observed growth CAGR_o = (latest / base)^(1 / (t_latest − t_base)) − 1.",
        $"Progress ratio R = CAGR_o / |CAGR_r| (Eurostat SDG progress assessment): R ≥ {Ratio(OnTrack)} on track, {Ratio(Acceleration)} ≤ R < {Ratio(OnTrack)} needs acceleration, 0 ≤ R < {Ratio(Acceleration)} limited progress, R < 0 moving away.",
        $"Anticipated level (UN Statistics Division SDG Progress Chart): latest × (1 + CAGR_o)^(T − t); (anticipated − base) / (goal − base) ≥ {Ratio(AnticipatedOnTrack)} on track, {Ratio(AnticipatedFair)} to {Ratio(AnticipatedOnTrack)} fair progress, below {Ratio(AnticipatedFair)} stagnation or regression.",
        "Trend: least squares of ln(level) on year over the full-year figures, with 80% and 95% prediction intervals ŷ ± t(n−2)·s·√(1 + 1/n + (x − x̄)²/Sxx); fewer than three annual figures give insufficient data.",
        "Status: achieved, missed, on track, needs acceleration, limited progress, moving away or insufficient data; a vague deadline is read as a window of years and assessed at both ends.",
        "Portfolio: a goal counts as met or missed by the latest reading of its deadline; hit rate = met / (met + missed); medians of required and observed growth.",
    ];

    private const double OnTrack = ProgressMeasures.OnTrackRatio;
    private const double Acceleration = ProgressMeasures.AccelerationRatio;
    private const double AnticipatedOnTrack = ProgressMeasures.AnticipatedOnTrackRatio;
    private const double AnticipatedFair = ProgressMeasures.AnticipatedFairRatio;

    private static string Ratio(double threshold) => threshold.ToString("0.00", CultureInfo.InvariantCulture);
}
