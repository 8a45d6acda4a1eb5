using System.Globalization;

namespace TradeTargets.Charts;

/// <summary>
/// The qualitative ranges of a bullet graph: the shares of the goal at the Eurostat thresholds the evaluation uses
/// (<see cref="ProgressMeasures.AccelerationRatio"/> and <see cref="ProgressMeasures.OnTrackRatio"/>), so a shade
/// and a status change at the same numbers.
/// </summary>
internal static class ProgressBands
{
    /// <summary>The share of the goal below which progress is shaded as limited.</summary>
    public const double Limited = ProgressMeasures.AccelerationRatio;

    /// <summary>The share of the goal from which a goal is shaded as on track.</summary>
    public const double OnTrack = ProgressMeasures.OnTrackRatio;

    /// <summary>"under 60%, 60–95%, 95% and more".</summary>
    public static string Describe()
        => string.Create(CultureInfo.InvariantCulture, $"under {Limited * 100:0}%, {Limited * 100:0}–{OnTrack * 100:0}%, {OnTrack * 100:0}% and more");
}
