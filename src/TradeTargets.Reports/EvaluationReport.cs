using System.Text;

namespace TradeTargets.Reports;

/// <summary>A portfolio of goal evaluations made under one set of options, ready to be written as JSON, CSV, Markdown or HTML.</summary>
/// <remarks>
/// Every format is written with the invariant culture, so the same evaluations give the same text on every machine.
/// Texts that come from data files (announcers, notes, titles, addresses) are treated as untrusted: the HTML page
/// escapes every one of them and turns a source address into a link only for http and https.
/// </remarks>
/// <example><code>
/// var report = EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31)));
/// File.WriteAllText("tracker.html", report.ToText(ReportFormat.Html));
/// </code></example>
public sealed class EvaluationReport
{
    /// <summary>The value of the JSON report's <c>schema</c> property: docs/evaluation-report.schema.json, version 4.</summary>
    public const string JsonSchemaId = "tradetargets-evaluation-report/4";

    /// <summary>Creates a report of evaluations that were all made under <paramref name="options"/>.</summary>
    /// <param name="evaluations">The evaluations, in the order the report lists them.</param>
    /// <param name="options">The options every evaluation was made under; the report states its as-of date and policies.</param>
    /// <exception cref="ArgumentNullException">An argument or an evaluation is null.</exception>
    /// <exception cref="ArgumentException">An evaluation was made under other options, or two evaluations are of goals with the same id.</exception>
    public EvaluationReport(IReadOnlyList<GoalEvaluation> evaluations, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(options);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evaluation in evaluations)
        {
            ArgumentNullException.ThrowIfNull(evaluation, nameof(evaluations));
            if (!evaluation.Options.Equals(options))
            {
                throw new ArgumentException($"The evaluation of goal {evaluation.Goal.Id} was made under the options {evaluation.Options}, not under the report's options {options}; evaluate every goal with the same options.", nameof(evaluations));
            }

            if (!ids.Add(evaluation.Goal.Id))
            {
                throw new ArgumentException($"Goal {evaluation.Goal.Id} is evaluated twice; a report lists each goal once.", nameof(evaluations));
            }
        }

        Evaluations = [.. evaluations];
        Options = options;
        Summary = PortfolioSummary.From(Evaluations);
    }

    private EvaluationReport(EvaluationReport other)
    {
        Evaluations = other.Evaluations;
        Options = other.Options;
        Summary = other.Summary;
        Backtest = other.Backtest;
    }

    /// <summary>The same report, carrying a backtest for the tracker page to show.</summary>
    /// <param name="backtest">
    /// A backtest, usually <see cref="ForecastBacktest.Run"/> on the data the report was evaluated from. The page shows it
    /// as it is given: the report does not check that it was run on the same goals.
    /// </param>
    /// <returns>A report with the same evaluations, options and summary, and the backtest.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="backtest"/> is null.</exception>
    public EvaluationReport WithBacktest(BacktestResult backtest)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        return new EvaluationReport(this) { Backtest = backtest };
    }

    /// <summary>Evaluates every goal of <paramref name="data"/> under <paramref name="options"/> and wraps the results in a report.</summary>
    /// <param name="data">The goals and figures.</param>
    /// <param name="options">The as-of date and policies.</param>
    /// <returns>The report, with the goals in the data set's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationReport Evaluate(TradeDataSet data, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        return new EvaluationReport(GoalEvaluator.EvaluateAll(data, options), options);
    }

    /// <summary>The evaluations, in the order the report lists them.</summary>
    public IReadOnlyList<GoalEvaluation> Evaluations { get; }

    /// <summary>
    /// The track record of the trend's forecasts that the tracker page shows under "How good are these forecasts", or
    /// null (the page then says that its probabilities and bands have not been checked). See <see cref="WithBacktest"/>.
    /// </summary>
    public BacktestResult? Backtest { get; private init; }

    /// <summary>The as-of date and policies every evaluation was made under.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>Counts by status, hit rate and median growth of the evaluations.</summary>
    public PortfolioSummary Summary { get; }

    /// <summary>Writes the report in one format.</summary>
    /// <param name="output">Where to write; the writer is not closed.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public void Write(TextWriter output, ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        switch (format)
        {
            case ReportFormat.Json:
                ReportJson.Write(output, this);
                break;
            case ReportFormat.Csv:
                ReportCsv.Write(output, this);
                break;
            case ReportFormat.Markdown:
                ReportMarkdown.Write(output, this);
                break;
            case ReportFormat.Html:
                TrackerPage.Write(output, this);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Expected one of the ReportFormat values: Json, Csv, Markdown or Html.");
        }
    }

    /// <summary>Writes the tracker as a folder: <c>index.html</c>, a page per goal under <c>goals/</c>, and <c>evaluations.csv</c> and <c>evaluations.json</c>.</summary>
    /// <param name="folder">A folder that does not exist yet (it is created) or is empty.</param>
    /// <remarks>
    /// For portfolios too large for one page (<see cref="ReportFormat.Html"/>): pages are streamed to their files and
    /// each gap chart is rendered once, so memory stays bounded however many goals there are. Every file is created new;
    /// when writing fails, what this call created is removed and nothing that existed before is touched.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty.</exception>
    /// <exception cref="IOException">The folder is a file, a symbolic link or not empty, or a file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or a file may not be written.</exception>
    public void WriteSite(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        TrackerSite.Write(this, folder);
    }

    /// <summary>The report in one format, as text.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The whole document.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public string ToText(ReportFormat format)
    {
        var builder = new StringBuilder();
        using (var writer = new StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture))
        {
            Write(writer, format);
        }

        return builder.ToString();
    }

    /// <summary>Says how many goals the report holds and as of when.</summary>
    /// <returns>For example "7 goals as of 2017-12-31".</returns>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Evaluations.Count} goals as of {Options.AsOf:yyyy-MM-dd}");
}
