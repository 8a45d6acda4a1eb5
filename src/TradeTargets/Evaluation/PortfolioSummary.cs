namespace TradeTargets;

/// <summary>A view over many evaluations: how many goals were met, missed or are open, and how ambition compares with delivery.</summary>
public sealed record PortfolioSummary
{
    /// <summary>How many evaluations the summary covers.</summary>
    public required int GoalCount { get; init; }

    /// <summary>Counts by status at the earliest reading of each deadline.</summary>
    public required IReadOnlyDictionary<GoalStatus, int> CountsByStatus { get; init; }

    /// <summary>Counts by status at the latest reading of each deadline; differs from <see cref="CountsByStatus"/> only through vague deadlines.</summary>
    public required IReadOnlyDictionary<GoalStatus, int> CountsByStatusAtLatestEnd { get; init; }

    /// <summary>Goals achieved by the latest reading of their deadline.</summary>
    public int Met => CountsByStatusAtLatestEnd.GetValueOrDefault(GoalStatus.Achieved);

    /// <summary>Goals missed at the latest reading of their deadline: a vague goal counts as missed only once its whole window has passed.</summary>
    public int Missed => CountsByStatusAtLatestEnd.GetValueOrDefault(GoalStatus.Missed);

    /// <summary>Goals whose whole deadline window is over but whose outcome no published figure settles.</summary>
    public required int Unsettled { get; init; }

    /// <summary>Goals still running: neither achieved, missed nor unsettled.</summary>
    public int Open => GoalCount - Met - Missed - Unsettled;

    /// <summary>Met / (met + missed), or null when no goal is decided.</summary>
    public double? HitRate => Met + Missed == 0 ? null : (double)Met / (Met + Missed);

    /// <summary>The median required growth (CAGR_r at the earliest deadline reading) over goals where it is defined: the typical ambition.</summary>
    public double? MedianRequiredGrowth { get; init; }

    /// <summary>The median observed growth (CAGR_o) over goals where it is defined: the typical delivery.</summary>
    public double? MedianObservedGrowth { get; init; }

    /// <summary>Summarises evaluations.</summary>
    /// <param name="evaluations">The evaluations.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">An evaluation is null.</exception>
    public static PortfolioSummary From(IEnumerable<GoalEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var list = Preconditions.NoNullElements(evaluations.ToList(), nameof(evaluations));
        return new PortfolioSummary
        {
            GoalCount = list.Count,
            CountsByStatus = Count(list.Select(e => e.Status)),
            CountsByStatusAtLatestEnd = Count(list.Select(e => e.StatusAtLatestEnd)),
            Unsettled = list.Count(e => e.Assessments[^1].DeadlinePassed && e.StatusAtLatestEnd == GoalStatus.InsufficientData),
            MedianRequiredGrowth = Median(list.Select(e => e.Assessments[0].RequiredGrowth)),
            MedianObservedGrowth = Median(list.Select(e => e.ObservedGrowth)),
        };
    }

    private static Dictionary<GoalStatus, int> Count(IEnumerable<GoalStatus> statuses)
    {
        var counts = Enum.GetValues<GoalStatus>().ToDictionary(s => s, _ => 0);
        foreach (var status in statuses)
        {
            counts[status]++;
        }

        return counts;
    }

    private static double? Median(IEnumerable<double?> values)
    {
        var defined = values.OfType<double>().ToArray();
        return defined.Length == 0 ? null : MathNet.Numerics.Statistics.Statistics.Median(defined);
    }
}
