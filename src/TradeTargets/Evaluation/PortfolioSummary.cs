using System.Globalization;

namespace TradeTargets;

/// <summary>A view over many evaluations: how many goals were met, missed, superseded or are open (overall, by decade, region and ambition), how far the missed ones fell short, how restatements moved goals, and how ambition compares with delivery.</summary>
public sealed record PortfolioSummary
{
    /// <summary>How many evaluations the summary covers.</summary>
    public required int GoalCount { get; init; }

    /// <summary>Counts by status at the earliest reading of each deadline.</summary>
    public required IReadOnlyDictionary<GoalStatus, int> CountsByStatus { get; init; }

    /// <summary>Counts by status at the latest reading of each deadline; differs from <see cref="CountsByStatus"/> only through vague deadlines.</summary>
    public required IReadOnlyDictionary<GoalStatus, int> CountsByStatusAtLatestEnd { get; init; }

    /// <summary>Goals by outcome (<see cref="GoalEvaluation.Outcome"/>), with the hit rate.</summary>
    public required OutcomeCounts Outcomes { get; init; }

    /// <summary>Goals met by their deadline: met early or met.</summary>
    public int Met => Outcomes.MetEarly + Outcomes.Met;

    /// <summary>Goals missed at their deadline: missed, or met only later. A vague goal counts only once its whole window has passed.</summary>
    public int Missed => Outcomes.Missed + Outcomes.MetLate;

    /// <summary>Goals whose whole deadline window is over but whose outcome no published figure settles.</summary>
    public int Unsettled => Outcomes.Unsettled;

    /// <summary>Goals restated before their deadline passed; they are left out of the hit rate, where their restatement counts.</summary>
    public int Superseded => Outcomes.Superseded;

    /// <summary>Goals still running.</summary>
    public int Open => Outcomes.Open;

    /// <summary>Met / (met + missed), or null when no goal is decided: a goal and its restatements count once, by the restatement still standing (<see cref="OutcomeCounts.HitRate"/>).</summary>
    public double? HitRate => Outcomes.HitRate;

    /// <summary>Outcomes by the decade of announcement ("1990s", "2000s", ...), oldest first.</summary>
    public required IReadOnlyList<OutcomeCounts> ByDecade { get; init; }

    /// <summary>Outcomes by the UN M49 region of the announcing side (the goal's reporter), by name; "no M49 region" for a country M49 places in none.</summary>
    public required IReadOnlyList<OutcomeCounts> ByRegion { get; init; }

    /// <summary>
    /// Outcomes by the growth the goal required when announced (CAGR_r at the earliest deadline reading): "under 5%
    /// a year", "5% to 10% a year", "10% to 20% a year", "20% a year or more", and "not defined" without a baseline.
    /// </summary>
    public required IReadOnlyList<OutcomeCounts> ByRequiredGrowth { get; init; }

    /// <summary>How far goals missed at their deadline fell short: the level of the deadline year as a share of the goal.</summary>
    public required ShareSummary MissedShortfall { get; init; }

    /// <summary>How restatements moved the goals they superseded.</summary>
    public required RestatementSummary Restatements { get; init; }

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
            Outcomes = OutcomeCounts.Of("all", list.Select(e => e.Outcome)),
            ByDecade = Grouped(list, e => e.Goal.AnnouncedOn.Year / 10 * 10, d => string.Create(CultureInfo.InvariantCulture, $"{d}s"), Comparer<int>.Default),
            ByRegion = Grouped(list, e => e.Goal.Reporter.Region ?? "no M49 region", r => r, StringComparer.Ordinal),
            ByRequiredGrowth = Grouped(list, e => GrowthBand(e.Assessments[0].RequiredGrowth), b => GrowthBands[b], Comparer<int>.Default),
            MissedShortfall = ShareSummary.Of(list
                .Where(e => e.Outcome is GoalOutcome.Missed or GoalOutcome.MetLate)
                .Select(e => e.Assessments[^1].LevelAtDeadline!.Value / e.Goal.Target.ToDouble())),
            Restatements = RestatementSummary.Of(list),
            MedianRequiredGrowth = Median(list.Select(e => e.Assessments[0].RequiredGrowth)),
            MedianObservedGrowth = Median(list.Select(e => e.ObservedGrowth)),
        };
    }

    /// <summary>
    /// The headline in one sentence, for example "10 goals: 1 met, 8 missed (1 of them met late), 1 open; hit rate 11%;
    /// median required growth +41.4%/yr, median observed growth -6.2%/yr." Parts with nothing to count are left out.
    /// </summary>
    /// <returns>The sentence.</returns>
    public string Describe()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{GoalCount} goals: {Met} met");
        text.Append(Outcomes.MetEarly > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({Outcomes.MetEarly} early)") : string.Empty);
        text.Append(CultureInfo.InvariantCulture, $", {Missed} missed");
        text.Append(Outcomes.MetLate > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({Outcomes.MetLate} of them met late)") : string.Empty);
        text.Append(Superseded > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Superseded} superseded by a restatement before their deadline") : string.Empty);
        text.Append(CultureInfo.InvariantCulture, $", {Open} open");
        text.Append(Unsettled > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Unsettled} past their deadline without a figure to settle them") : string.Empty);
        text.Append(CultureInfo.InvariantCulture, $"; hit rate {ProseText.Percent(HitRate)}; ");
        text.Append(CultureInfo.InvariantCulture, $"median required growth {ProseText.Growth(MedianRequiredGrowth)}, median observed growth {ProseText.Growth(MedianObservedGrowth)}.");
        return text.ToString();
    }

    private static readonly string[] GrowthBands = ["under 5% a year", "5% to 10% a year", "10% to 20% a year", "20% a year or more", "not defined"];

    private static int GrowthBand(double? required) => required switch
    {
        null => 4,
        < 0.05 => 0,
        < 0.10 => 1,
        < 0.20 => 2,
        _ => 3,
    };

    private static List<OutcomeCounts> Grouped<TKey>(List<GoalEvaluation> list, Func<GoalEvaluation, TKey> key, Func<TKey, string> name, IComparer<TKey> order)
        where TKey : notnull
        => [.. list.GroupBy(key).OrderBy(g => g.Key, order).Select(g => OutcomeCounts.Of(name(g.Key), g.Select(e => e.Outcome)))];

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
