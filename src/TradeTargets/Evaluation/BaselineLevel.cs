namespace TradeTargets;

/// <summary>The level growth is measured from.</summary>
/// <param name="Value">The level in whole currency units.</param>
/// <param name="Year">The year of the level.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Description">The level in words, for example "$121m in 2016 (stated with the goal)".</param>
/// <param name="IsEstimated">Whether the level is an annual estimate from a partial period rather than a full-year figure.</param>
public sealed record BaselineLevel(double Value, double Year, BaselineSource Source, string Description, bool IsEstimated = false);
