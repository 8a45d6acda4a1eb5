namespace TradeTargets.Charts.Tests;

/// <summary>Evaluated goals for the charts, built on the shared <see cref="TestData"/> builders, including the degenerate cases.</summary>
internal static class ChartTestData
{
    /// <summary>The source of the Emirates goal, announced on the day the digest appeared; every other goal's source is the digest's article of its own announcement day.</summary>
    public static readonly Source Digest = new("Test Digest", "A test article", new DateOnly(2014, 10, 27));

    /// <summary>The source of the figures: a yearbook out in September 2016 (after January–August 2016, so the Emirates chart cites it alone); a figure for a later period comes from the office's release of the day after that period ends.</summary>
    public static readonly Source Statistics = new("Test Statistics Office", "Foreign trade yearbook", new DateOnly(2016, 9, 1));

    /// <summary>The statistics office's source for a period: the yearbook, or, for a period not over by its date, the release of the day after the period ends.</summary>
    public static Source StatisticsFor(ReportingPeriod period)
        => Statistics.Published > period.LastDay ? Statistics : new Source(Statistics.Publication, "Foreign trade release", period.LastDay.AddDays(1));

    public static ReportedFigure Figure(string partner, ReportingPeriod period, decimal millions, Source? source = null)
        => TestData.Figure($"{partner}-{period}", partner, period, millions, source: source ?? StatisticsFor(period));

    public static ReportedFigure Annual(string partner, int year, decimal millions) => TestData.Annual(partner, year, millions, StatisticsFor(ReportingPeriod.Year(year)));

    public static Goal Goal(string partner, decimal targetMillions, Deadline deadline, DateOnly announcedOn, GoalBaseline? baseline = null, string? id = null)
        => TestData.Goal(partner, targetMillions, deadline, announcedOn, baseline, id: id ?? $"goal-{partner}", source: announcedOn == Digest.Published ? Digest : new Source(Digest.Publication, Digest.Title, announcedOn));

    /// <summary>Evaluates as of the last day of <paramref name="asOfYear"/>: only figures for periods over by then are seen.</summary>
    public static GoalEvaluation Evaluate(Goal goal, IEnumerable<ReportedFigure> figures, int asOfYear)
        => GoalEvaluator.Evaluate(goal, new TradeDataSet([], figures, []), EvaluationOptions.At(new DateOnly(asOfYear, 12, 31)));

    /// <summary>$500m with the Emirates in 2015: missed, with four annual figures and a January–August figure after the deadline.</summary>
    public static GoalEvaluation Emirates() => Evaluate(
        Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27)),
        [Annual("ARE", 2011, 14.2m), Annual("ARE", 2012, 20.1m), Annual("ARE", 2013, 25.4m), Annual("ARE", 2014, 35.0m), Annual("ARE", 2015, 29.7m), Figure("ARE", ReportingPeriod.Months(2016, 1, 8), 18.7m)],
        2016);

    /// <summary>$1bn with Pakistan within four years of 2015, from a stated baseline: open, with a trend and bands.</summary>
    public static GoalEvaluation Pakistan() => Evaluate(
        Goal("PAK", 1000, Deadline.Within(4), new DateOnly(2015, 8, 10), new GoalBaseline(Amount.FromMillions(121), ReportingPeriod.Year(2014))),
        [Annual("PAK", 2012, 98m), Annual("PAK", 2013, 110m), Annual("PAK", 2014, 121m), Annual("PAK", 2015, 150m), Annual("PAK", 2016, 171m)],
        2017);

    /// <summary>"Half a billion in a few years" with Vietnam: a vague deadline read as a window.</summary>
    public static GoalEvaluation VagueVietnam() => Evaluate(
        Goal("VNM", 500, Deadline.Vague("in a few years"), new DateOnly(2016, 5, 12)),
        [Annual("VNM", 2013, 150m), Annual("VNM", 2014, 140m), Annual("VNM", 2015, 180m), Annual("VNM", 2016, 205m), Annual("VNM", 2017, 240m)],
        2018);

    public static GoalEvaluation NoFigures() => Evaluate(Goal("SRB", 600, Deadline.InYear(2020), new DateOnly(2017, 3, 1)), [], 2018);

    public static GoalEvaluation OneFigure() => Evaluate(Goal("POL", 3000, Deadline.InYear(2020), new DateOnly(2017, 3, 1)), [Annual("POL", 2016, 1900m)], 2017);

    /// <summary>Figures above the goal: achieved.</summary>
    public static GoalEvaluation Achieved() => Evaluate(
        Goal("CHN", 3000, Deadline.InYear(2016), new DateOnly(2013, 6, 1)),
        [Annual("CHN", 2013, 2600m), Annual("CHN", 2014, 2900m), Annual("CHN", 2015, 3300m), Annual("CHN", 2016, 3600m)],
        2017);

    /// <summary>Zero levels among the figures.</summary>
    public static GoalEvaluation Zeros() => Evaluate(
        Goal("MNG", 50, Deadline.InYear(2019), new DateOnly(2015, 4, 1)),
        [Annual("MNG", 2013, 0m), Annual("MNG", 2014, 0m), Annual("MNG", 2015, 4m), Annual("MNG", 2016, 6m), Annual("MNG", 2017, 0m)],
        2018);

    /// <summary>A gap chart whose figures span four orders of magnitude.</summary>
    public static GoalEvaluation FourDecades() => Evaluate(
        Goal("KAZ", 2000, Deadline.InYear(2020), new DateOnly(2014, 2, 1)),
        [Annual("KAZ", 2012, 0.2m), Annual("KAZ", 2013, 3m), Annual("KAZ", 2014, 40m), Annual("KAZ", 2015, 700m), Annual("KAZ", 2016, 1800m)],
        2017);

    public static IReadOnlyList<GoalEvaluation> Portfolio() => [Emirates(), Pakistan(), VagueVietnam(), NoFigures(), OneFigure(), Achieved(), Zeros()];

    /// <summary>Goals from $1m to $10bn with levels from $0.2m: four orders of magnitude and more.</summary>
    public static IReadOnlyList<GoalEvaluation> WideRange() =>
    [
        Evaluate(Goal("ISL", 1, Deadline.InYear(2018), new DateOnly(2015, 1, 1)), [Annual("ISL", 2015, 0.2m), Annual("ISL", 2016, 0.4m)], 2017),
        Evaluate(Goal("ARE", 500, Deadline.InYear(2015), new DateOnly(2014, 10, 27)), [Annual("ARE", 2015, 29.7m)], 2017),
        Evaluate(Goal("RUS", 10_000, Deadline.InYear(2020), new DateOnly(2015, 1, 1)), [Annual("RUS", 2015, 7000m), Annual("RUS", 2016, 6500m)], 2017),
        Evaluate(Goal("MNG", 50, Deadline.InYear(2019), new DateOnly(2015, 4, 1)), [Annual("MNG", 2015, 0m)], 2017),
    ];

    /// <summary>A hundred goals with varied achievement and statuses, deterministic.</summary>
    public static IReadOnlyList<GoalEvaluation> Hundred()
    {
        var partners = Country.All.Where(c => c.Code != "BLR").Take(100).ToList();
        var list = new List<GoalEvaluation>();
        for (var i = 0; i < partners.Count; i++)
        {
            var code = partners[i].Code;
            var target = 100 + (i * 37 % 900);
            var level = target * ((i * 13 % 140) + 1) / 100m;
            var figures = i % 10 == 9 ? [] : new[] { Annual(code, 2014, level * 0.8m), Annual(code, 2015, level * 0.9m), Annual(code, 2016, level) };
            list.Add(Evaluate(Goal(code, target, Deadline.InYear(2015 + (i % 5)), new DateOnly(2014, 1, 1), id: $"goal-{i:000}"), figures, 2017));
        }

        return list;
    }

    /// <summary>Every single-goal case, by name.</summary>
    public static IReadOnlyDictionary<string, Func<GoalEvaluation>> GapCases { get; } = new Dictionary<string, Func<GoalEvaluation>>(StringComparer.Ordinal)
    {
        ["emirates-missed-partial-year"] = Emirates,
        ["pakistan-open-with-trend"] = Pakistan,
        ["vietnam-vague-deadline"] = VagueVietnam,
        ["no-figures"] = NoFigures,
        ["one-figure"] = OneFigure,
        ["achieved"] = Achieved,
        ["zeros"] = Zeros,
        ["four-orders-of-magnitude"] = FourDecades,
    };

    /// <summary>Every many-goal case, by name.</summary>
    public static IReadOnlyDictionary<string, Func<IReadOnlyList<GoalEvaluation>>> PortfolioCases { get; } = new Dictionary<string, Func<IReadOnlyList<GoalEvaluation>>>(StringComparer.Ordinal)
    {
        ["portfolio"] = Portfolio,
        ["four-orders-of-magnitude"] = WideRange,
        ["hundred-goals"] = Hundred,
        ["one-goal"] = () => [Emirates()],
        ["no-figures"] = () => [NoFigures()],
        ["empty"] = () => [],
    };
}
