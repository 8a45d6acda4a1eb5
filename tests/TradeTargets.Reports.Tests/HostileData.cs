namespace TradeTargets.Reports.Tests;

/// <summary>
/// A data set whose texts try to inject markup and script: the page must show them as text and run nothing.
/// Shared with the browser check, which opens the same page in chromium.
/// </summary>
internal static class HostileData
{
    public const string Announcer = "<script>alert(1)</script>";
    public const string Note = "<img src=x onerror=alert(1)>";
    public const string Title = "Title\" onmouseover=\"alert(2)";
    public const string Publication = "Digest</td><script>alert(3)</script>";
    public const string Caveat = "<svg onload=alert(4)>";

    public static readonly Country Belarus = Country.Parse("BLR");

    public static readonly EvaluationOptions Options = EvaluationOptions.At(new DateOnly(2017, 12, 31));

    public static TradeDataSet DataSet()
    {
        var vietnam = Country.Parse("VNM");
        var safe = new Source("Statistics office", "Annual trade", new DateOnly(2017, 3, 1), new Uri("https://example.org/trade?a=1&b=2"));
        var script = new Source(Publication, Title, new DateOnly(2017, 3, 1), new Uri("javascript:alert(5)"));
        var file = new Source("Local copy", "A file on disk", new DateOnly(2017, 3, 1), new Uri("file:///etc/passwd"));
        var goal = new Goal("goal-hostile", Belarus, vietnam, TradeFlow.Turnover, Amount.FromMillions(500), new FixedDeadline(2017), new DateOnly(2014, 5, 1), Announcer, script, note: Note);
        var restated = new Goal("goal-hostile-again", Belarus, vietnam, TradeFlow.Turnover, Amount.FromMillions(700), new FixedDeadline(2020), new DateOnly(2016, 5, 1), Announcer, safe, restatementOf: goal.Id, note: Caveat);
        ReportedFigure[] figures =
        [
            new("f-2013", Belarus, vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2013), Amount.FromMillions(150), Basis.ReporterGoods, safe),
            new("f-2014", Belarus, vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2014), Amount.FromMillions(180), Basis.ReporterGoods, script),
            new("f-2015", Belarus, vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2015), Amount.FromMillions(210), Basis.ReporterGoods, file, note: Caveat),
            new("f-2015-claim", Belarus, vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2015), Amount.FromMillions(400), new Basis(Coverage.Unstated, ReportingSide.OfficialClaim), script),
            new("f-2016", Belarus, vietnam, TradeFlow.Turnover, ReportingPeriod.Year(2016), Amount.FromMillions(230), Basis.ReporterGoods, safe),
        ];
        return new TradeDataSet([goal, restated], figures, []);
    }

    public static EvaluationReport Report() => EvaluationReport.Evaluate(DataSet(), Options);
}
