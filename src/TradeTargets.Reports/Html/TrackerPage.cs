using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TradeTargets.Charts;

namespace TradeTargets.Reports;

/// <summary>
/// Writes the tracker page: one self-contained HTML file with the headline, the scoreboard, a sortable table of
/// goals, a section per goal with its gap chart and sources, the methods, and the data as CSV and JSON.
/// </summary>
/// <remarks>
/// The page makes no request: styles and script are inline, charts are inline SVG, the data are data: links, and
/// a content security policy forbids anything else. Without JavaScript the table is complete in the report's order;
/// the script only adds sorting and filtering.
/// </remarks>
internal static partial class TrackerPage
{
    // Gap charts rendered at once before they are written: enough to keep every core busy, few enough that a page of
    // thousands of goals never holds more than this many chart documents.
    private const int ChartWindow = 64;

    private static readonly TrustedHtml Style = TrustedHtml.FromResource("TradeTargets.Reports.Html.tracker.css");
    private static readonly TrustedHtml Script = TrustedHtml.FromResource("TradeTargets.Reports.Html.tracker.js");
    private static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script.Markup)));

    /// <summary>Above this many goals the scoreboard is left out: its rows would make one image tens of thousands of pixels tall.</summary>
    public const int ScoreboardGoalLimit = 1000;

    /// <summary>The largest report (UTF-8 bytes) the one page carries as a download; a larger one is named but left out.</summary>
    public const int MaxEmbeddedBytes = 10_000_000;

    /// <summary>The one-page tracker: every goal's section, and the data embedded as data: links (each up to <see cref="MaxEmbeddedBytes"/>).</summary>
    public static void Write(TextWriter output, EvaluationReport report)
    {
        var html = Begin(output, $"{ReportText.DefaultTitle}, as of {ReportText.Date(report.Options.AsOf)}", "goals");
        WriteSummaryPart(html, report, pageOfGoal: null);
        WriteGoals(html, report);
        WriteForecastRecord(html, report);
        WriteMethods(html, report);
        WriteData(html, report);
        End(html, report, withScript: true);
    }

    /// <summary>The index page of the tracker as a site: as the one page, with links to a page per goal and to the data files beside it.</summary>
    public static void WriteIndex(TextWriter output, EvaluationReport report, Func<int, string> pageOfGoal, string csvFile, string jsonFile)
    {
        var html = Begin(output, $"{ReportText.DefaultTitle}, as of {ReportText.Date(report.Options.AsOf)}", "goals");
        WriteSummaryPart(html, report, pageOfGoal);
        WriteForecastRecord(html, report);
        WriteMethods(html, report);
        html.Open("section", ("aria-labelledby", "data")).Line();
        html.Element("h2", "Data", ("id", "data")).Line();
        html.Element("p", "The evaluations behind these pages, in the folder beside this page.").Line();
        html.Open("ul", ("class", "downloads")).Line().Open("li").PageLink("Evaluations as CSV (one row per goal)", csvFile).Close("li").Line();
        html.Open("li").PageLink($"Evaluations as JSON (every input, schema {EvaluationReport.JsonSchemaId})", jsonFile).Close("li").Line();
        html.Close("ul").Line().Close("section").Line();
        End(html, report, withScript: true);
    }

    /// <summary>The page of one goal of the tracker as a site.</summary>
    public static void WriteGoalPage(TextWriter output, EvaluationReport report, GoalEvaluation e, int index, ReportHistory history, TrustedHtml chartSvg, string indexPage)
    {
        var html = Begin(output, $"{e.Goal.Describe()}, as of {ReportText.Date(report.Options.AsOf)}", GoalId(index));
        html.Open("nav", ("aria-label", "Tracker")).PageLink("All goals", indexPage).Close("nav").Line();
        html.Close("header").Line().Open("main").Line();
        html.Open("section", ("aria-labelledby", "one-by-one")).Line();
        html.Element("h2", $"Goal {ReportText.Number(index + 1)} of {ReportText.Number(report.Evaluations.Count)}", ("id", "one-by-one")).Line();
        WriteGoal(html, e, index, history, chartSvg);
        html.Close("section").Line();
        End(html, report, withScript: false);
    }

    /// <summary>
    /// Renders the gap charts a window at a time on every core and hands each goal with its chart to
    /// <paramref name="write"/> in order: the same output as a serial run, with at most two windows of charts in memory
    /// (the one being written and the next) and each chart rendered once.
    /// </summary>
    public static void ForEachGoalWithChart(IReadOnlyList<GoalEvaluation> evaluations, Action<GoalEvaluation, int, TrustedHtml> write)
    {
        // The next window renders while this one is written, so the cores are not idle while the page is written.
        var next = evaluations.Count > 0 ? RenderWindow(evaluations, 0) : null;
        try
        {
            for (var start = 0; next is not null; start += ChartWindow)
            {
                var charts = next.GetAwaiter().GetResult();
                next = start + ChartWindow < evaluations.Count ? RenderWindow(evaluations, start + ChartWindow) : null;
                for (var i = 0; i < charts.Length; i++)
                {
                    write(evaluations[start + i], start + i, charts[i]);
                }
            }
        }
        finally
        {
            // A failed write leaves no rendering running behind the caller's back; the write's exception is
            // the one that propagates (WaitAny does not throw, and reading Exception marks the rendering's own as seen).
            if (next is not null)
            {
                Task.WaitAny(next);
                _ = next.Exception;
            }
        }
    }

    private static Task<TrustedHtml[]> RenderWindow(IReadOnlyList<GoalEvaluation> evaluations, int start) => Task.Run(() =>
    {
        var charts = new TrustedHtml[Math.Min(ChartWindow, evaluations.Count - start)];
        Parallel.For(0, charts.Length, i => charts[i] = GapChartSvg(evaluations[start + i], start + i));
        return charts;
    });

    /// <summary>The head, the opening of the body and the header with the page's h1 (left open for a goal page's navigation).</summary>
    private static HtmlWriter Begin(TextWriter output, string title, string skipTarget)
    {
        var html = new HtmlWriter(output);
        output.Write("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en")).Line().Open("head").Line();
        html.Void("meta", ("charset", "utf-8")).Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", $"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{ScriptHash}'; base-uri 'none'; form-action 'none'")).Line();
        html.Void("meta", ("name", "generator"), ("content", "TradeTargets.Reports")).Line();
        html.Element("title", title).Line();
        html.Open("style").Trusted(Style).Close("style").Line();
        html.Close("head").Line().Open("body").Line();
        html.Anchor(skipTarget == "goals" ? "Skip to the table of goals" : "Skip to the goal", skipTarget, "skip").Line();
        html.Open("header").Line();
        html.Element("h1", ReportText.DefaultTitle).Line();
        return html;
    }

    /// <summary>Lede, headline, scoreboard and the table of goals: linked to sections of the page, or to pages of the site.</summary>
    private static void WriteSummaryPart(HtmlWriter html, EvaluationReport report, Func<int, string>? pageOfGoal)
    {
        html.Element("p", $"Announced bilateral trade goals scored against reported figures, as of {ReportText.Date(report.Options.AsOf)}.", ("class", "lede")).Line();
        html.Close("header").Line().Open("main").Line();
        WriteHeadline(html, report);
        WriteScoreboard(html, report);
        WriteTable(html, report, pageOfGoal);
    }

    private static void End(HtmlWriter html, EvaluationReport report, bool withScript)
    {
        html.Close("main").Line();
        html.Open("footer").Element("p", $"Written by TradeTargets.Reports from {ReportText.Number(report.Evaluations.Count)} evaluations as of {ReportText.Date(report.Options.AsOf)}; {ReportText.Policies(report.Options)}.").Close("footer").Line();
        if (withScript)
        {
            html.Open("script").Trusted(Script).Close("script").Line();
        }

        html.Close("body").Line().Close("html").Line();
        html.Finish();
    }

    private static void WriteHeadline(HtmlWriter html, EvaluationReport report)
    {
        var summary = report.Summary;
        html.Open("section", ("aria-labelledby", "headline")).Line();
        html.Element("h2", "Headline", ("id", "headline")).Line();
        html.Element("p", summary.Describe(), ("class", "headline")).Line();
        html.Open("dl", ("class", "figures")).Line();
        Figure(html, "As of", ReportText.Date(report.Options.AsOf));
        Figure(html, "Goals", ReportText.Number(summary.GoalCount));
        Figure(html, "Met", ReportText.Number(summary.Met));
        Figure(html, "Missed", ReportText.Number(summary.Missed));
        Figure(html, "Superseded", ReportText.Number(summary.Superseded));
        Figure(html, "Open", ReportText.Number(summary.Open));
        Figure(html, "Hit rate", ProseText.Percent(summary.HitRate));
        Figure(html, "Median required growth", ProseText.Growth(summary.MedianRequiredGrowth));
        Figure(html, "Median observed growth", ProseText.Growth(summary.MedianObservedGrowth));
        html.Close("dl").Line();
        var (heads, rows, note) = ReportText.StatusCounts(summary);
        html.Open("table", ("class", "counts")).Line();
        html.Open("caption").Text("Goals by status");
        if (note is not null)
        {
            html.Element("span", " " + note, ("class", "caption-note"));
        }

        html.Close("caption").Line();
        html.Open("thead").Open("tr");
        foreach (var head in heads)
        {
            html.Element("th", head, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var (status, counts) in rows)
        {
            html.Open("tr").Open("th", ("scope", "row"));
            Status(html, status, StatusText.Describe(status));
            html.Close("th");
            foreach (var count in counts)
            {
                html.Element("td", ReportText.Number(count), ("class", "num"));
            }

            html.Close("tr").Line();
        }

        html.Close("tbody").Line().Close("table").Line();
        WriteOutcomes(html, summary);
        html.Close("section").Line();
    }

    private static void WriteOutcomes(HtmlWriter html, PortfolioSummary summary)
    {
        // Ten columns do not fit a phone: the table scrolls on its own, and can be reached and scrolled by keyboard; the
        // note stands before it so that it wraps with the page rather than scrolling with the table.
        html.Element("p", ReportText.OutcomeNote(summary), ("class", "caption-note")).Line();
        html.Open("div", ("class", "scroll-x"), ("tabindex", "0"), ("role", "region"), ("aria-label", "Goals by outcome")).Line();
        html.Open("table", ("class", "outcomes")).Line();
        html.Element("caption", "Goals by outcome").Line();
        html.Open("thead").Open("tr");
        foreach (var head in ReportText.OutcomeHeads)
        {
            html.Element("th", head, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var (group, cells) in ReportText.OutcomeRows(summary))
        {
            html.Open("tr").Element("th", group, ("scope", "row"));
            foreach (var cell in cells)
            {
                html.Element("td", cell, ("class", "num"));
            }

            html.Close("tr").Line();
        }

        html.Close("tbody").Line().Close("table").Line().Close("div").Line();
    }

    private static void Figure(HtmlWriter html, string term, string value)
        => html.Open("div").Element("dt", term).Element("dd", value).Close("div").Line();

    private static void Status(HtmlWriter html, GoalStatus status, string words)
    {
        html.Open("span", ("class", "status status-" + EnumText.Format(status)));
        html.Element("span", ReportText.Symbol(status), ("aria-hidden", "true")).Text(" " + words).Close("span");
    }

    private static void WriteScoreboard(HtmlWriter html, EvaluationReport report)
    {
        html.Open("section", ("aria-labelledby", "scoreboard")).Line();
        html.Element("h2", "Scoreboard", ("id", "scoreboard")).Line();
        if (report.Evaluations.Count > ScoreboardGoalLimit)
        {
            html.Element("p", $"The scoreboard is drawn for up to {ReportText.Number(ScoreboardGoalLimit)} goals; this portfolio has {ReportText.Number(report.Evaluations.Count)}. The table below gives each goal's achievement and status.").Line();
            html.Close("section").Line();
            return;
        }

        html.Open("figure").Line();
        html.Trusted(SvgSanitizer.Sanitize(TradeCharts.Scoreboard(report.Evaluations).ToSvg(), "scoreboard-", "scoreboard-caption")).Line();
        html.Element("figcaption", ReportText.ScoreboardAlternative(report.Evaluations), ("id", "scoreboard-caption")).Line();
        html.Close("figure").Line().Close("section").Line();
    }

    private static void WriteTable(HtmlWriter html, EvaluationReport report, Func<int, string>? pageOfGoal)
    {
        html.Open("section", ("aria-labelledby", "goals")).Line();
        html.Element("h2", "Goals", ("id", "goals")).Line();
        html.Element("p", pageOfGoal is null ? "Each goal links to its section below. With scripts on, a column header sorts the table and the box above it filters the rows." : "Each goal links to its page. With scripts on, a column header sorts the table and the box above it filters the rows.", ("class", "hint")).Line();
        html.Open("div", ("class", "table-wrap")).Line();
        html.Open("table", ("id", "goal-table")).Line();
        html.Element("caption", $"{ReportText.Number(report.Evaluations.Count)} goals as of {ReportText.Date(report.Options.AsOf)}").Line();
        html.Open("thead").Open("tr");
        foreach (var (name, kind) in new[] { ("Pair", "text"), ("Goal", "number"), ("Deadline", "number"), ("Status", "number"), ("Achievement", "number"), ("Gap", "number") })
        {
            html.Element("th", name, ("scope", "col"), ("data-sort-type", kind));
        }

        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var (e, index) in report.Evaluations.Select((e, i) => (e, i)))
        {
            html.Open("tr", ("data-status", EnumText.Format(e.Status)));
            html.Open("th", ("scope", "row"), ("data-sort", ReportText.Pair(e)));
            if (pageOfGoal is null)
            {
                html.Anchor(ReportText.Pair(e), GoalId(index));
            }
            else
            {
                html.PageLink(ReportText.Pair(e), pageOfGoal(index));
            }

            html.Close("th");
            html.Element("td", ReportText.Goal(e.Goal), ("data-label", "Goal"), ("data-sort", Invariant(e.Goal.Target.ToDouble())));
            html.Element("td", e.Window.ToString(), ("data-label", "Deadline"), ("data-sort", Invariant(e.Window.LastYear)));
            html.Open("td", ("data-label", "Status"), ("data-sort", Invariant((int)e.Status)));
            Status(html, e.Status, StatusText.DescribeCompactly(e));
            html.Close("td");
            html.Element("td", StatusText.DescribeAchievement(e), ("class", "num"), ("data-label", "Achievement"), ("data-sort", e.Achievement is { } a ? Invariant(a) : string.Empty));
            html.Element("td", StatusText.DescribeGap(e), ("class", "num"), ("data-label", "Gap"), ("data-sort", e.Gap is { } g ? Invariant(g) : string.Empty));
            html.Close("tr").Line();
        }

        html.Close("tbody").Line().Close("table").Line().Close("div").Line().Close("section").Line();
    }

    private static void WriteGoals(HtmlWriter html, EvaluationReport report)
    {
        var history = new ReportHistory(report.Evaluations);
        html.Open("section", ("aria-labelledby", "one-by-one")).Line();
        html.Element("h2", "Goal by goal", ("id", "one-by-one")).Line();
        ForEachGoalWithChart(report.Evaluations, (e, index, chart) => WriteGoal(html, e, index, history, chart));
        html.Close("section").Line();
    }

    private static TrustedHtml GapChartSvg(GoalEvaluation e, int index)
    {
        var id = GoalId(index);
        return SvgSanitizer.Sanitize(TradeCharts.GapChart(e).ToSvg(), id + "-", id + "-chart");
    }

    private static void WriteGoal(HtmlWriter html, GoalEvaluation e, int index, ReportHistory history, TrustedHtml chartSvg)
    {
        var id = GoalId(index);
        html.Open("article", ("id", id), ("aria-labelledby", id + "-title"), ("class", "goal")).Line();
        html.Element("h3", ReportText.Heading(e), ("id", id + "-title")).Line();
        html.Open("p", ("class", "verdict"));
        Status(html, e.Status, StatusText.Describe(e.Assessments));
        html.Close("p").Line();
        html.Element("p", e.Explanation).Line();
        html.Element("p", $"Outcome: {StatusText.Describe(e.Outcome)}. {e.OutcomeReason}", ("class", "outcome")).Line();
        WriteFacts(html, e);

        html.Open("figure").Line();
        html.Trusted(chartSvg).Line();
        html.Element("figcaption", ReportText.GapChartAlternative(e), ("id", id + "-chart")).Line();
        html.Close("figure").Line();

        WriteHistory(html, e.Goal, history);
        WriteFigures(html, e);
        if (e.Caveats.Count > 0)
        {
            html.Element("h4", "Caveats").Line().Open("ul", ("class", "caveats")).Line();
            foreach (var caveat in e.Caveats)
            {
                html.Element("li", caveat).Line();
            }

            html.Close("ul").Line();
        }

        html.Close("article").Line();
    }

    /// <summary>The goal's facts: announcement, source, how the deadline was read, the measures, the note and the id.</summary>
    private static void WriteFacts(HtmlWriter html, GoalEvaluation e)
    {
        var goal = e.Goal;
        html.Open("dl", ("class", "facts")).Line();
        Fact(html, "Announced", $"{ReportText.Date(goal.AnnouncedOn)} by {goal.Announcer}");
        html.Open("div").Element("dt", "Source").Open("dd");
        Source(html, goal.Source);
        html.Close("dd").Close("div").Line();
        Fact(html, "Deadline read as", e.Window.IsWindow ? e.Window + ProseText.Aside(e.Window.Interpretation) : e.Window.ToString());
        Fact(html, "Achievement", StatusText.DescribeAchievement(e));
        Fact(html, "Gap", StatusText.DescribeGap(e));
        Fact(html, "Observed growth", ProseText.Growth(e.ObservedGrowth));
        Fact(html, "Required growth", string.Join(", ", e.Assessments.Select(a => string.Create(CultureInfo.InvariantCulture, $"{ProseText.Growth(a.RequiredGrowth)} to {a.DeadlineYear}"))));
        if (goal.Note is { } note)
        {
            Fact(html, "Note", note);
        }

        Fact(html, "Goal id", goal.Id);
        html.Close("dl").Line();
    }

    /// <summary>The chain of announcements the goal belongs to, with this goal marked, or the earlier goal it names when that is not in the report.</summary>
    private static void WriteHistory(HtmlWriter html, Goal goal, ReportHistory history)
    {
        if (history.ChainOf(goal) is { } chain)
        {
            html.Element("h4", "History of restatements").Line().Open("ol", ("class", "history")).Line();
            foreach (var announcement in chain)
            {
                html.Open("li", ("aria-current", announcement.Id == goal.Id ? "true" : null));
                html.Text($"{ReportText.Date(announcement.AnnouncedOn)}: {ReportText.Goal(announcement)}, announced by {announcement.Announcer}");
                if (announcement.Id == goal.Id)
                {
                    html.Text(" (this goal)");
                }

                html.Close("li").Line();
            }

            html.Close("ol").Line();
        }
        else if (goal.RestatementOf is { } earlier)
        {
            html.Element("h4", "History of restatements").Line().Element("p", $"Restates goal {earlier}, which is not in this report.").Line();
        }
    }

    /// <summary>The figures used and those passed over, each with its source.</summary>
    private static void WriteFigures(HtmlWriter html, GoalEvaluation e)
    {
        html.Element("h4", "Figures used").Line();
        if (e.Observations.Count == 0)
        {
            html.Element("p", "No reported figure for this goal's pair and flow.").Line();
        }
        else
        {
            FigureTable(html, $"Figures used for {ReportText.Heading(e)}", "Basis", e.Observations.Select(o => (o.Chosen, o.Chosen.Basis.ToString())));
        }

        var passedOver = ReportText.PassedOver(e).ToList();
        html.Element("h4", "Figures passed over").Line();
        if (passedOver.Count == 0)
        {
            html.Element("p", "None: every figure found was used.").Line();
        }
        else
        {
            FigureTable(html, $"Figures passed over for {ReportText.Heading(e)}", "Why", passedOver);
        }
    }

    private static void Fact(HtmlWriter html, string term, string value)
        => html.Open("div").Element("dt", term).Element("dd", value).Close("div").Line();

    private static void FigureTable(HtmlWriter html, string caption, string thirdColumn, IEnumerable<(ReportedFigure Figure, string Third)> rows)
    {
        html.Open("div", ("class", "table-wrap")).Open("table", ("class", "figures-table")).Line();
        html.Element("caption", caption, ("class", "visually-hidden"));
        html.Open("thead").Open("tr");
        html.Element("th", "Period", ("scope", "col")).Element("th", "Amount", ("scope", "col")).Element("th", thirdColumn, ("scope", "col")).Element("th", "Source", ("scope", "col"));
        html.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var (figure, third) in rows)
        {
            html.Open("tr").Element("th", figure.Period.ToString(), ("scope", "row")).Element("td", figure.Amount.ToString(), ("class", "num")).Element("td", third).Open("td");
            foreach (var (source, i) in figure.Sources.Select((s, i) => (s, i)))
            {
                if (i > 0)
                {
                    html.Text("; ");
                }

                Source(html, source);
            }

            if (figure.Derivation is { } derivation)
            {
                html.Text($" (derived: {derivation.Formula})");
            }

            html.Close("td").Close("tr").Line();
        }

        html.Close("tbody").Close("table").Close("div").Line();
    }

    private static void Source(HtmlWriter html, Source source)
    {
        html.Text(source.Publication + ", ").Link(source.Title, source.Address).Text(", " + ReportText.Date(source.Published));
        if (source.Address is { } address && !ReportText.IsWebAddress(address))
        {
            html.Text(" (address not linked: " + address.OriginalString + ")");
        }
    }

    private static void WriteMethods(HtmlWriter html, EvaluationReport report)
    {
        html.Open("section", ("aria-labelledby", "methods")).Line();
        html.Element("h2", "Methods", ("id", "methods")).Line().Open("ul").Line();
        foreach (var line in Methods.Lines(report.Options))
        {
            html.Element("li", line).Line();
        }

        html.Close("ul").Line().Close("section").Line();
    }

    private static void WriteData(HtmlWriter html, EvaluationReport report)
    {
        var stamp = ReportText.Date(report.Options.AsOf);
        html.Open("section", ("aria-labelledby", "data")).Line();
        html.Element("h2", "Data", ("id", "data")).Line();
        html.Element("p", "The evaluations behind this page travel inside it; these links save them without going online.").Line();
        html.Open("ul", ("class", "downloads")).Line();
        Embedded(html, "Evaluations as CSV (one row per goal)", "CSV report", $"evaluations-{stamp}.csv", "text/csv", writer => report.Write(writer, ReportFormat.Csv));
        Embedded(html, $"Evaluations as JSON (every input, schema {EvaluationReport.JsonSchemaId})", "JSON report", $"evaluations-{stamp}.json", "application/json", writer => report.Write(writer, ReportFormat.Json));
        html.Close("ul").Line().Close("section").Line();
    }

    private static void Embedded(HtmlWriter html, string text, string what, string fileName, string mediaType, Action<TextWriter> write)
    {
        html.Open("li");
        if (!html.Download(text, fileName, mediaType, MaxEmbeddedBytes, write))
        {
            html.Text(string.Create(CultureInfo.InvariantCulture, $"The {what} is larger than {MaxEmbeddedBytes / 1_000_000} MB, too large to travel inside this page; save it separately (EvaluationReport.Write, or a tracker site, which writes it beside its pages)."));
        }

        html.Close("li").Line();
    }

    /// <summary>The id of a goal's section, "goal-1": also the name of its page in a site.</summary>
    public static string GoalId(int index) => string.Create(CultureInfo.InvariantCulture, $"goal-{index + 1}");

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
