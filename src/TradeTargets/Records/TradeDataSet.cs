using System.Collections.Concurrent;
using System.Globalization;

namespace TradeTargets;

/// <summary>Goals, reported figures and relative statements that belong together, checked for consistency.</summary>
/// <remarks>
/// <para>
/// Ids are unique across goals, figures and statements; every restatement points at a goal of the set; no
/// two figures share pair, flow, period, basis and source; figures are as reported, never derived. Each rule
/// is checked once, when a record enters the set; a broken rule throws a <see cref="DataSetException"/>
/// whose problems name the records.
/// </para>
/// <para>
/// <see cref="Figures"/> are the figures as reported; <see cref="AllFigures"/> adds every figure
/// <see cref="FigureDerivations.DeriveAll"/> can build from them (turnover from exports and imports, levels
/// pinned by relative statements). Evaluation takes the whole set, so derived figures cannot be left out.
/// </para>
/// </remarks>
/// <example><code>
/// var data = SeedData.Load().Merge(TradeDataFile.Load("my-figures.csv"));
/// var scores = GoalEvaluator.EvaluateAll(data, EvaluationOptions.At(new DateOnly(2017, 12, 31)));
/// </code></example>
public sealed class TradeDataSet
{
    private readonly Lazy<IReadOnlyList<ReportedFigure>> allFigures;
    private readonly Lazy<ILookup<(TradePair, TradeFlow), ReportedFigure>> figuresBySeries;
    private readonly ConcurrentDictionary<(TradePair, TradeFlow), IReadOnlyList<ReportedFigure>> mirrorsBySeries = new();
    private readonly Lazy<ILookup<string, Goal>> restatements;
    private IReadOnlySet<Currency>? currencies;

    /// <summary>Creates a data set from records, applying the consistency rules in the remarks.</summary>
    /// <param name="goals">The goals.</param>
    /// <param name="figures">Reported (not derived) figures.</param>
    /// <param name="statements">Relative statements.</param>
    /// <exception cref="DataSetException">A rule is broken; its problems name every record at fault.</exception>
    public TradeDataSet(IEnumerable<Goal> goals, IEnumerable<ReportedFigure> figures, IEnumerable<RelativeStatement> statements)
        : this(Check(new DataSetRules(), goals, figures, statements))
    {
    }

    private TradeDataSet(List<Goal> goals, List<ReportedFigure> figures, List<RelativeStatement> statements)
    {
        Goals = goals.AsReadOnly();
        Figures = figures.AsReadOnly();
        Statements = statements.AsReadOnly();
        allFigures = new(() => [.. Figures, .. FigureDerivations.DeriveAll(Figures, Statements)]);
        figuresBySeries = new(() => AllFigures.ToLookup(f => (f.Pair, f.Flow)));
        restatements = new(() => Goals.Where(g => g.RestatementOf is not null).ToLookup(g => g.RestatementOf!, StringComparer.Ordinal));
    }

    private TradeDataSet(TradeDataSet checkedSet)
        : this([.. checkedSet.Goals], [.. checkedSet.Figures], [.. checkedSet.Statements])
    {
    }

    /// <summary>A data set with no records.</summary>
    public static TradeDataSet Empty { get; } = new([], [], []);

    /// <summary>The goals, in the order loaded.</summary>
    public IReadOnlyList<Goal> Goals { get; }

    /// <summary>The reported figures, in the order loaded.</summary>
    public IReadOnlyList<ReportedFigure> Figures { get; }

    /// <summary>The relative statements, in the order loaded.</summary>
    public IReadOnlyList<RelativeStatement> Statements { get; }

    /// <summary>The reported figures followed by every figure derived from them and the statements.</summary>
    public IReadOnlyList<ReportedFigure> AllFigures => allFigures.Value;

    /// <summary>The currencies the reported figures are in, so evaluation can skip conversion work when there is one.</summary>
    internal IReadOnlySet<Currency> Currencies => currencies ??= Figures.Select(f => f.Amount.Currency).ToHashSet();

    /// <summary>
    /// Every figure that speaks of one pair and flow: the pair's own figures (reported and derived, in the order of
    /// <see cref="AllFigures"/>), then the partner's figures seen in mirror (<see cref="FigureDerivations.Mirror"/>).
    /// </summary>
    /// <param name="pair">The reporter and partner.</param>
    /// <param name="flow">The flow, from the reporter's side.</param>
    /// <returns>The figures; empty when there are none.</returns>
    /// <remarks>
    /// A goal for Belarus–Vietnam turnover thus also sees what Vietnam reports of its trade with Belarus. Which of
    /// several figures for one period counts is the selection policy's choice (by default own statistics, then
    /// mirror statistics, then unstated figures, then officials' claims); a period with only mirror data uses it.
    /// The figures are indexed by pair and flow once, so looking up every goal's figures costs time in proportion
    /// to the figures, not their product with the goals.
    /// </remarks>
    public IEnumerable<ReportedFigure> FiguresOf(TradePair pair, TradeFlow flow)
        => figuresBySeries.Value[(pair, flow)].Concat(MirrorsOf(pair, flow));

    // Mirror figures are made only for the series someone asks about, once each: most pairs of a large statistics
    // download are never the subject of a goal, and mirroring every figure up front cost more than all the rest. The
    // partner's figures that mirror into a series are those of the series' own mirror.
    private IReadOnlyList<ReportedFigure> MirrorsOf(TradePair pair, TradeFlow flow)
        => mirrorsBySeries.GetOrAdd(
            (pair, flow),
            key =>
            {
                var partners = new ReportedFlow(key.Item1, key.Item2, ReportingSide.Reporter).Mirrored;
                return [.. figuresBySeries.Value[(partners.Pair, partners.Flow)].Select(FigureDerivations.Mirror)];
            });

    /// <summary>Combines two data sets; a record present in both with equal content is kept once.</summary>
    /// <param name="other">Another data set.</param>
    /// <returns>The combined set: this set's records first.</returns>
    /// <exception cref="DataSetException">An id names different records in the two sets, two figures clash, or another rule is broken by the combination.</exception>
    /// <remarks>Only the other set's records are checked, against this set's: each set obeyed the rules already.</remarks>
    public TradeDataSet Merge(TradeDataSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Check(new DataSetRules(this), other.Goals, other.Figures, other.Statements);
    }

    /// <summary>Finds a goal by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The goal, or null.</returns>
    public Goal? FindGoal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>The goals that restate the goal with this id directly (their <see cref="Goal.RestatementOf"/> is it), in the order loaded.</summary>
    /// <param name="id">A goal's id.</param>
    /// <returns>The restatements; empty when there are none.</returns>
    public IEnumerable<Goal> RestatementsOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return restatements.Value[id];
    }

    /// <summary>Returns "7 goals, 12 figures, 2 statements".</summary>
    /// <returns>The counts.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Goals.Count} goals, {Figures.Count} figures, {Statements.Count} statements");

    /// <summary>Wraps records that <see cref="DataSetRules"/> has accepted; they are not checked again.</summary>
    internal static TradeDataSet FromCheckedRecords(List<Goal> goals, List<ReportedFigure> figures, List<RelativeStatement> statements)
        => new(goals, figures, statements);

    private static TradeDataSet Check(DataSetRules rules, IEnumerable<Goal> goals, IEnumerable<ReportedFigure> figures, IEnumerable<RelativeStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(statements);
        var problems = new List<RecordProblem>();
        AddAll(goals, rules, problems);
        AddAll(figures, rules, problems);
        AddAll(statements, rules, problems);
        problems.AddRange(rules.CheckRestatements().Select(b => b.Problem));
        return problems.Count == 0 ? rules.ToDataSet() : throw new DataSetException(problems);
    }

    // Merging keeps a record the set already holds with equal content once (DataSetRules.Join); building from records
    // has no starting set, so nothing is skipped.
    private static void AddAll(IEnumerable<TradeRecord> records, DataSetRules rules, List<RecordProblem> problems)
    {
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (rules.Join(record, out _) is { } problem)
            {
                problems.Add(problem);
            }
        }
    }
}
