namespace TradeTargets.Charts;

/// <summary>The names of the series the charts draw, as they appear in legends and in <see cref="ChartModel.Series"/>.</summary>
public static class SeriesNames
{
    /// <summary>Full-year reported levels.</summary>
    public const string Reported = "Reported annual level";

    /// <summary>Partial-year figures as reported (not annualised).</summary>
    public const string PartialYear = "Partial-year figure (as reported)";

    /// <summary>Annual levels estimated from a partial year.</summary>
    public const string Annualised = "Annualised (estimated)";

    /// <summary>The baseline growth is measured from.</summary>
    public const string Baseline = "Baseline";

    /// <summary>The goal at its deadline.</summary>
    public const string Goal = "Goal";

    /// <summary>The window of years a vague deadline is read as.</summary>
    public const string DeadlineWindow = "Deadline window (vague)";

    /// <summary>The geometric path from the baseline to the goal.</summary>
    public const string RequiredPath = "Required path";

    /// <summary>The fitted log-linear trend projected to the deadline.</summary>
    public const string Trend = "Trend";

    /// <summary>The 80% prediction band of the trend.</summary>
    public const string Band80 = "80% prediction band";

    /// <summary>The 95% prediction band of the trend.</summary>
    public const string Band95 = "95% prediction band";

    /// <summary>Achievement (level / goal) as the featured bar of a bullet graph.</summary>
    public const string Achievement = "Achievement (level / goal)";

    /// <summary>The qualitative ranges behind a bullet graph.</summary>
    public static readonly string QualitativeRanges = $"Ranges: {ProgressBands.Describe()} of goal";

    /// <summary>The latest level of a goal on a dumbbell chart.</summary>
    public const string Latest = "Latest level";

    /// <summary>A latest level of zero, drawn left of the lowest tick of a log axis.</summary>
    public const string ZeroLevel = "Zero level (left of the scale)";

    /// <summary>A latest level estimated from a partial year on a dumbbell chart.</summary>
    public const string LatestEstimated = "Latest level (annualised, estimated)";
}
