namespace TradeTargets.Testing;

/// <summary>Small builders for hand-worked examples, shared by every test project: Belarus reports, turnover by default.</summary>
internal static class TestData
{
    public static readonly Country Belarus = Country.Parse("BLR");

    public static readonly Source Digest = new("Test Digest", "A test article", new DateOnly(2016, 11, 1));

    public static Source PublishedOn(int year, int month, int day) => new("Test Digest", $"Article of {year}-{month:00}-{day:00}", new DateOnly(year, month, day));

    public static ReportedFigure Figure(
        string id,
        string partner,
        ReportingPeriod period,
        decimal millions,
        TradeFlow flow = TradeFlow.Turnover,
        Basis? basis = null,
        Source? source = null,
        AmountQualifier qualifier = AmountQualifier.Exact)
        => new(id, Belarus, Country.Parse(partner), flow, period, Amount.FromMillions(millions), basis ?? Basis.Unstated, source ?? SourceFor(period), qualifier);

    /// <summary>The test digest, or, for a period not over by its date, an article of the day after the period ends: a figure is never published before its period is over.</summary>
    public static Source SourceFor(ReportingPeriod period)
        => Digest.Published > period.LastDay ? Digest : PublishedOn(period.LastDay.AddDays(1));

    private static Source PublishedOn(DateOnly date) => PublishedOn(date.Year, date.Month, date.Day);

    /// <summary>A data set holding only the figures, for evaluating goals built in a test.</summary>
    public static TradeDataSet Figures(IEnumerable<ReportedFigure> figures) => new([], figures, []);

    /// <summary>A calendar-year turnover figure with the id <c>partner-year</c>.</summary>
    public static ReportedFigure Annual(string partner, int year, decimal millions, Source? source = null)
        => Figure($"{partner}-{year}", partner, ReportingPeriod.Year(year), millions, source: source);

    public static Goal Goal(
        string partner,
        decimal targetMillions,
        Deadline deadline,
        DateOnly announcedOn,
        GoalBaseline? baseline = null,
        GoalMultiplier? multiplier = null,
        string id = "goal",
        Source? source = null)
        => new(id, Belarus, Country.Parse(partner), TradeFlow.Turnover, Amount.FromMillions(targetMillions), deadline, announcedOn, "President", source ?? (announcedOn <= Digest.Published ? Digest : PublishedOn(announcedOn)), baseline, multiplier);

    /// <summary>
    /// Two goals with one partner and two reporters, India–Russia $100bn and China–Russia $200bn turnover by 2030: told
    /// apart only when a text names both sides.
    /// </summary>
    public static IReadOnlyList<Goal> TwoReportersOnePartner() =>
    [
        new("ind-rus", Country.Parse("IND"), Country.Parse("RUS"), TradeFlow.Turnover, Amount.Parse("$100bn"), Deadline.InYear(2030), new DateOnly(2016, 11, 1), "Prime Minister", Digest),
        new("chn-rus", Country.Parse("CHN"), Country.Parse("RUS"), TradeFlow.Turnover, Amount.Parse("$200bn"), Deadline.InYear(2030), new DateOnly(2016, 11, 1), "President", Digest),
    ];
}
