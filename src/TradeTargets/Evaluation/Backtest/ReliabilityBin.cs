namespace TradeTargets;

/// <summary>One bin of a reliability table: forecasts whose probability falls in [<see cref="From"/>, <see cref="To"/>) and how often their goals were met.</summary>
/// <param name="From">The lowest probability in the bin.</param>
/// <param name="To">The bound above the bin (the last bin also holds 1).</param>
/// <param name="Count">How many forecasts fell in the bin.</param>
/// <param name="MeanForecast">The mean probability given in the bin, or null when it is empty.</param>
/// <param name="ObservedFrequency">The share of the bin's forecasts whose goal was met, or null when it is empty.</param>
/// <param name="Lower">The lower end of the Wilson 90% interval of the observed frequency, or null when the bin is empty.</param>
/// <param name="Upper">The upper end of the Wilson 90% interval of the observed frequency, or null when the bin is empty.</param>
public sealed record ReliabilityBin(double From, double To, int Count, double? MeanForecast, double? ObservedFrequency, double? Lower, double? Upper);
