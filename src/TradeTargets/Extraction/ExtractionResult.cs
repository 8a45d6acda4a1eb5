using System.Globalization;
using System.Text;

namespace TradeTargets.Extraction;

/// <summary>The candidates read from one article.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(IReadOnlyList<GoalCandidate> goals, IReadOnlyList<FigureCandidate> figures, IReadOnlyList<StatementCandidate> statements)
    {
        Goals = goals;
        Figures = figures;
        Statements = statements;
    }

    /// <summary>Goals and forecasts, complete or not.</summary>
    public IReadOnlyList<GoalCandidate> Goals { get; }

    /// <summary>Reported trade levels.</summary>
    public IReadOnlyList<FigureCandidate> Figures { get; }

    /// <summary>Relative statements.</summary>
    public IReadOnlyList<StatementCandidate> Statements { get; }

    /// <summary>Turns the candidates into records of the data format, ready to be written and loaded.</summary>
    /// <remarks>
    /// Ids start with <c>x-</c> so they do not clash with hand-made records. Each record's note holds the quote and what
    /// was inferred. Goals without a target or a deadline (<see cref="GoalCandidate.IsComplete"/>), and a second figure
    /// or statement for the same pair, flow and period(s), are left out: the data set would reject them.
    /// </remarks>
    /// <param name="source">The article: publication, title, date.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    public TradeDataSet ToDataSet(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var goals = new List<Goal>();
        foreach (var g in Goals.Where(g => g.IsComplete))
        {
            if (g.Deadline!.Deadline is FixedDeadline fixedDeadline && fixedDeadline.Year < g.AnnouncedOn.Year)
            {
                continue;
            }

            var id = Unique(ids, string.Create(CultureInfo.InvariantCulture, $"x-goal-{Code(g.Reporter)}-{Code(g.Partner)}-{g.AnnouncedOn:yyyy-MM-dd}"));
            goals.Add(new Goal(
                id, g.Reporter, g.Partner, g.Flow, g.Target!.Value, g.Deadline.Deadline, g.AnnouncedOn, g.Announcer, source, g.Baseline, g.Multiplier, null, Note(g.Quote, g.Inferred, g.Kind == GoalKind.Forecast ? "A forecast, not a commitment." : null)));
        }

        var figures = new List<ReportedFigure>();
        foreach (var f in Figures.DistinctBy(f => (f.Reporter, f.Partner, f.Flow, f.Period, f.Side)))
        {
            var id = Unique(ids, $"x-{Code(f.Reporter)}-{Code(f.Partner)}-{EnumText.Format(f.Flow)}-{PeriodId(f.Period)}");
            figures.Add(new ReportedFigure(id, f.Reporter, f.Partner, f.Flow, f.Period, f.Amount, new Basis(Coverage.Unstated, f.Side), source, f.Qualifier, Note(f.Quote, f.Inferred, null)));
        }

        var statements = new List<RelativeStatement>();
        foreach (var s in Statements.DistinctBy(s => (s.Reporter, s.Partner, s.Flow, s.Period, s.ReferencePeriod)))
        {
            var id = Unique(ids, $"x-stmt-{Code(s.Reporter)}-{Code(s.Partner)}-{EnumText.Format(s.Flow)}-{PeriodId(s.Period)}");
            statements.Add(new RelativeStatement(id, s.Reporter, s.Partner, s.Flow, s.Period, s.ReferencePeriod, s.Ratio, source, s.Qualifier, Note(s.Quote, s.Inferred, null)));
        }

        return new TradeDataSet(goals, figures, statements);
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
