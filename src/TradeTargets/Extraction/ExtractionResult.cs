using System.Globalization;
using System.Text;

namespace TradeTargets.Extraction;

/// <summary>The candidates read from one article.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(IReadOnlyList<GoalCandidate> goals, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<StatementCandidate> statements, IReadOnlyList<string> notes, IReadOnlyList<FigureCandidate> repeatedFigures, IReadOnlyList<StatementCandidate> repeatedStatements, IReadOnlyList<FigureCandidate> undatedFigures)
    {
        Goals = goals;
        Figures = figures;
        Statements = statements;
        Notes = notes;
        RepeatedFigures = repeatedFigures;
        RepeatedStatements = repeatedStatements;
        UndatedFigures = undatedFigures;
    }

    /// <summary>What the reader should know about how the text was read, in full sentences: for example that a sentence too long to read whole was read in pieces. Empty for ordinary text.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Goals and forecasts, complete or not.</summary>
    public IReadOnlyList<GoalCandidate> Goals { get; }

    /// <summary>Reported trade levels.</summary>
    public IReadOnlyList<FigureCandidate> Figures { get; }

    /// <summary>Relative statements.</summary>
    public IReadOnlyList<StatementCandidate> Statements { get; }

    /// <summary>
    /// Levels read for a pair, flow and period that <see cref="Figures"/> already holds one for, in the order of the text.
    /// An article states a level once; a later amount for the same pair, flow and period is nearly always a part of it
    /// (a product, a port, a region) or another partner's line, so it is kept here for a person to see, not among the
    /// figures. Of several, the figure kept is the first whose own sentence names its partner and flow.
    /// </summary>
    public IReadOnlyList<FigureCandidate> RepeatedFigures { get; }

    /// <summary>Changes read for a pair, flow and periods that <see cref="Statements"/> already holds one for, chosen as for <see cref="RepeatedFigures"/>.</summary>
    public IReadOnlyList<StatementCandidate> RepeatedStatements { get; }

    /// <summary>
    /// Levels a goal starts from that the text gives no period for ("to raise trade from $4bn to $5bn within two years"),
    /// in the order of the text. Their <see cref="FigureCandidate.Period"/> is the year before publication, a guess, so
    /// they are kept here for a person to date, not among the figures; the goal still takes one as its baseline.
    /// </summary>
    public IReadOnlyList<FigureCandidate> UndatedFigures { get; }

    /// <summary>Turns the candidates into records of the data format, ready to be written and loaded, and lists those left out.</summary>
    /// <remarks>
    /// Ids start with <c>x-</c> so they do not clash with hand-made records. Each record's note holds the quote and what
    /// was inferred. A candidate the data set would reject becomes no record and is listed in
    /// <see cref="ExtractedRecords.LeftOut"/> with the reason, never dropped silently: a goal without a target or a
    /// deadline (<see cref="GoalCandidate.IsComplete"/>) or with a deadline before its announcement, the
    /// <see cref="UndatedFigures"/>, the <see cref="RepeatedFigures"/> and <see cref="RepeatedStatements"/>, and a record that breaks a rule of the records, such as time
    /// order (a figure for a period not over by the article's date, a goal announced after it).
    /// </remarks>
    /// <param name="source">The article: publication, title, date.</param>
    /// <returns>The records and the candidates left out.</returns>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    public ExtractedRecords ToDataSet(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var leftOut = new List<LeftOutCandidate>();
        var goals = new List<Goal>();
        foreach (var g in Goals)
        {
            if (!g.IsComplete)
            {
                leftOut.Add(new("goal", g.Quote, "no target or no deadline was read."));
            }
            else if (g.Deadline!.Deadline is FixedDeadline fixedDeadline && fixedDeadline.Year < g.AnnouncedOn.Year)
            {
                leftOut.Add(new("goal", g.Quote, string.Create(CultureInfo.InvariantCulture, $"the deadline {fixedDeadline.Year} is before the announcement year {g.AnnouncedOn.Year}.")));
            }
            else
            {
                Make("goal", g.Quote, goals, leftOut, () => new Goal(
                    Unique(ids, string.Create(CultureInfo.InvariantCulture, $"x-goal-{Code(g.Reporter)}-{Code(g.Partner)}-{g.AnnouncedOn:yyyy-MM-dd}")),
                    g.Reporter, g.Partner, g.Flow, g.Target!.Value, g.Deadline.Deadline, g.AnnouncedOn, g.Announcer, source, g.Baseline, g.Multiplier, null, Note(g.Quote, g.Inferred, g.Kind == GoalKind.Forecast ? "A forecast, not a commitment." : null)));
            }
        }

        var figures = new List<ReportedFigure>();
        foreach (var f in Figures)
        {
            Make("figure", f.Quote, figures, leftOut, () => new ReportedFigure(
                Unique(ids, $"x-{Code(f.Reporter)}-{Code(f.Partner)}-{EnumText.Format(f.Flow)}-{PeriodId(f.Period)}"),
                f.Reporter, f.Partner, f.Flow, f.Period, f.Amount, new Basis(Coverage.Unstated, f.Side), source, f.Qualifier, Note(f.Quote, f.Inferred, null)));
        }

        leftOut.AddRange(UndatedFigures.Select(undated => new LeftOutCandidate("figure", undated.Quote, string.Create(CultureInfo.InvariantCulture, $"{undated.Amount} is the level a goal starts from, and the text gives it no period."))));
        leftOut.AddRange(RepeatedFigures.Select(repeat => new LeftOutCandidate("figure", repeat.Quote, string.Create(CultureInfo.InvariantCulture, $"{repeat.Amount} is a second level for the same pair, flow and period (a part of the level kept, or a restatement)."))));

        var statements = new List<RelativeStatement>();
        foreach (var s in Statements)
        {
            Make("statement", s.Quote, statements, leftOut, () => new RelativeStatement(
                Unique(ids, $"x-stmt-{Code(s.Reporter)}-{Code(s.Partner)}-{EnumText.Format(s.Flow)}-{PeriodId(s.Period)}"),
                s.Reporter, s.Partner, s.Flow, s.Period, s.ReferencePeriod, s.Ratio, source, s.Qualifier, Note(s.Quote, s.Inferred, null)));
        }

        leftOut.AddRange(RepeatedStatements.Select(repeat => new LeftOutCandidate("statement", repeat.Quote, "a second change for the same pair, flow and periods (a part of the change kept, or a restatement).")));

        return new ExtractedRecords(new TradeDataSet(goals, figures, statements), leftOut);
    }

    // A record's constructor holds its rules (time order among them); a candidate that breaks one is left out with the rule's own words.
    private static void Make<T>(string kind, TextQuote quote, List<T> records, List<LeftOutCandidate> leftOut, Func<T> create)
    {
        try
        {
            records.Add(create());
        }
        catch (ArgumentException e)
        {
            leftOut.Add(new LeftOutCandidate(kind, quote, ExceptionText.Reason(e)));
        }
    }

    private static string Code(Country country) => country.Code.ToLowerInvariant();

    private static string PeriodId(ReportingPeriod period) => period.ToString().Replace('/', '-');

    private static string Unique(HashSet<string> ids, string id)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{id}-{n}");
        }

        return candidate;
    }

    private static string Note(TextQuote quote, InferredParts inferred, string? remark)
    {
        var note = new StringBuilder("Extracted from: \"").Append(quote.Text).Append('"');
        if (inferred != InferredParts.None)
        {
            note.Append(" Inferred: ").Append(Describe(inferred)).Append('.');
        }

        if (remark is not null)
        {
            note.Append(' ').Append(remark);
        }

        return note.ToString();
    }

    /// <summary>The inferred parts in words: "partner, year".</summary>
    internal static string Describe(InferredParts inferred)
        => string.Join(", ", Enum.GetValues<InferredParts>().Where(p => p != InferredParts.None && inferred.HasFlag(p)).Select(p => EnumText.Format(p)));
}
