namespace TradeTargets.Charts.Benchmarks;

/// <summary>A goal with a trend and a partial year, and a portfolio of ten goals, built through the core API.</summary>
internal static class BenchmarkData
{
    private static readonly Country Belarus = Country.Parse("BLR");
    private static readonly Source Source = new("Benchmark Digest", "Figures for benchmarking", new DateOnly(2016, 3, 1));

    public static GoalEvaluation Emirates() => Evaluate("ARE", 500, 2015, [(2011, 14.2m), (2012, 20.1m), (2013, 25.4m), (2014, 35.0m), (2015, 29.7m)], partial: 18.7m);

    public static IReadOnlyList<GoalEvaluation> Portfolio()
    {
        string[] partners = ["ARE", "PAK", "VNM", "SRB", "POL", "CHN", "KAZ", "MNG", "ISL", "RUS"];
        return [.. partners.Select((p, i) => Evaluate(p, 100 + (i * 350), 2015 + (i % 5), [(2013, 40m + (i * 90)), (2014, 50m + (i * 100)), (2015, 60m + (i * 120))]))];
    }

    private static GoalEvaluation Evaluate(string partner, decimal targetMillions, int deadline, (int Year, decimal Millions)[] annual, decimal? partial = null)
    {
        var country = Country.Parse(partner);
        var figures = annual.Select(a => Figure(country, ReportingPeriod.Year(a.Year), a.Millions)).ToList();
        if (partial is { } p)
        {
            figures.Add(Figure(country, ReportingPeriod.Months(2016, 1, 8), p));
        }

        var goal = new Goal($"goal-{partner}", Belarus, country, TradeFlow.Turnover, Amount.FromMillions(targetMillions), Deadline.InYear(deadline), new DateOnly(2014, 10, 27), "President", Source);
        return GoalEvaluator.Evaluate(goal, new TradeDataSet([], figures, []), EvaluationOptions.At(new DateOnly(2016, 12, 31)));
    }

    // Each figure is published the day after its period ends, as the time-order rule requires.
    private static ReportedFigure Figure(Country partner, ReportingPeriod period, decimal millions)
        => new($"{partner.Code}-{period}", Belarus, partner, TradeFlow.Turnover, period, Amount.FromMillions(millions), Basis.Unstated, new Source(Source.Publication, Source.Title, period.LastDay.AddDays(1)), AmountQualifier.Exact);
}
