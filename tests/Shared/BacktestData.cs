using static TradeTargets.Testing.TestData;

namespace TradeTargets.Testing;

/// <summary>A small portfolio for backtests: three goals announced mid-2014, due 2016, settled by figures published in 2017.</summary>
internal static class BacktestData
{
    /// <summary>The day the three goals were announced.</summary>
    public static readonly DateOnly Announced = new(2014, 6, 1);

    // 2010–2013 published before the announcement; 2014 and 2015 published after it, the deadline year 2016 in 2017.
    private static IEnumerable<ReportedFigure> Series(string partner, decimal y2016)
    {
        yield return Annual(partner, 2010, 100m, PublishedOn(2014, 3, 1));
        yield return Annual(partner, 2011, 112m, PublishedOn(2014, 3, 1));
        yield return Annual(partner, 2012, 119m, PublishedOn(2014, 3, 1));
        yield return Annual(partner, 2013, 135m, PublishedOn(2014, 3, 1));
        yield return Annual(partner, 2014, 140m, PublishedOn(2015, 6, 30));
        yield return Annual(partner, 2015, 150m, PublishedOn(2016, 6, 30));
        yield return Annual(partner, 2016, y2016, PublishedOn(2017, 6, 30));
    }

    /// <summary>Met (180 ≥ 150), missed (170 &lt; 400), met (170 ≥ 160); <paramref name="extra"/> figures are added.</summary>
    public static TradeDataSet ThreeSettledGoals(params ReportedFigure[] extra) => new(
        [
            Goal("POL", 150, Deadline.InYear(2016), Announced, id: "pol"),
            Goal("VNM", 400, Deadline.InYear(2016), Announced, id: "vnm"),
            Goal("PAK", 160, Deadline.InYear(2016), Announced, id: "pak"),
        ],
        Series("POL", 180m).Concat(Series("VNM", 170m)).Concat(Series("PAK", 170m)).Concat(extra),
        []);
}
