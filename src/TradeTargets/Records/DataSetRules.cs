namespace TradeTargets;

/// <summary>
/// The rules that make records one consistent <see cref="TradeDataSet"/>, checked once per record as it is added:
/// ids unique across goals, figures and statements; no two figures for the same pair, flow, period, basis and
/// source; only reported figures (derived ones are recomputed); every restatement points at a goal of the set.
/// </summary>
/// <remarks>
/// Problems name records by id. The constructor and <see cref="TradeDataSet.Merge"/> use these rules directly;
/// loaders use them too and add file, line and column to each problem, so each rule is written once.
/// </remarks>
internal sealed class DataSetRules
{
    private readonly List<Goal> goals;
    private readonly List<ReportedFigure> figures;
    private readonly List<RelativeStatement> statements;
    private readonly Dictionary<string, TradeRecord> ids;
    private readonly Dictionary<(TradePair, TradeFlow, ReportingPeriod, Basis, Source), ReportedFigure> figureKeys;
    private readonly List<Goal> linksToCheck = [];

    /// <summary>Starts with no records.</summary>
    public DataSetRules()
    {
        goals = [];
        figures = [];
        statements = [];
        ids = new(StringComparer.Ordinal);
        figureKeys = [];
    }

    /// <summary>Starts from the records of a set that already obeys the rules; they are indexed, not checked again.</summary>
    public DataSetRules(TradeDataSet start)
    {
        goals = [.. start.Goals];
        figures = [.. start.Figures];
        statements = [.. start.Statements];
        ids = new(goals.Count + figures.Count + statements.Count, StringComparer.Ordinal);
        figureKeys = new(figures.Count);
        foreach (var goal in goals)
        {
            ids[goal.Id] = goal;
        }

        foreach (var figure in figures)
        {
            ids[figure.Id] = figure;
            figureKeys[FigureKey(figure)] = figure;
        }

        foreach (var statement in statements)
        {
            ids[statement.Id] = statement;
        }
    }

    /// <summary>Whether a record with the same id and equal content is already held.</summary>
    public bool Holds(TradeRecord record) => ids.TryGetValue(record.Id, out var held) && held.Equals(record);

    /// <summary>Adds a goal, or returns why it cannot be added. Its restatement link is checked by <see cref="CheckRestatements"/>.</summary>
    public RecordProblem? Add(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        if (IdProblem(goal) is { } problem)
        {
            return problem;
        }

        goals.Add(goal);
        if (goal.RestatementOf is not null)
        {
            linksToCheck.Add(goal);
        }

        return null;
    }

    /// <summary>Adds a reported figure, or returns why it cannot be added.</summary>
    public RecordProblem? Add(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.IsDerived)
        {
            return new RecordProblem(figure.KindName, figure.Id, nameof(ReportedFigure.Derivation), figure.Derivation!.Method.ToString(), "the figure is derived; a data set holds reported figures and derives the rest itself.");
        }

        var key = FigureKey(figure);
        if (figureKeys.TryGetValue(key, out var earlier) && earlier.Id != figure.Id)
        {
            var reason = earlier.Amount == figure.Amount
                ? $"the same figure ({figure.Amount}) for this pair, flow, period, basis and source is already held as {earlier.Id}; a figure is recorded once."
                : $"conflicts with figure {earlier.Id}: the same pair, flow, period, basis and source give {earlier.Amount} there and {figure.Amount} here.";
            return new RecordProblem(figure.KindName, figure.Id, nameof(ReportedFigure.Amount), figure.Amount.ToString(), reason, earlier.Id);
        }

        if (IdProblem(figure) is { } problem)
        {
            return problem;
        }

        figureKeys[key] = figure;
        figures.Add(figure);
        return null;
    }

    /// <summary>Adds a relative statement, or returns why it cannot be added.</summary>
    public RecordProblem? Add(RelativeStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (IdProblem(statement) is { } problem)
        {
            return problem;
        }

        statements.Add(statement);
        return null;
    }

    /// <summary>
    /// Checks that every goal added since the last call restates a goal of the set; a goal whose original is missing
    /// is taken out again and returned with its problem. Call once all goals are added, since an original may come later.
    /// </summary>
    public IReadOnlyList<(Goal Goal, RecordProblem Problem)> CheckRestatements()
    {
        var broken = new List<(Goal, RecordProblem)>();
        foreach (var goal in linksToCheck)
        {
            var original = goal.RestatementOf!;
            if (!ids.TryGetValue(original, out var record) || record is not Goal)
            {
                var what = record is null ? "no record of the data set has that id" : $"'{original}' is a {record.KindName}, not a goal";
                broken.Add((goal, new RecordProblem(goal.KindName, goal.Id, nameof(Goal.RestatementOf), original, $"the goal restates goal '{original}', but {what}.")));
            }
        }

        linksToCheck.Clear();
        foreach (var (goal, _) in broken)
        {
            goals.Remove(goal);
            ids.Remove(goal.Id);
        }

        return broken;
    }

    /// <summary>The records that passed, as a data set; call after <see cref="CheckRestatements"/>.</summary>
    public TradeDataSet ToDataSet() => TradeDataSet.FromCheckedRecords(goals, figures, statements);

    private static (TradePair, TradeFlow, ReportingPeriod, Basis, Source) FigureKey(ReportedFigure figure)
        => (figure.Pair, figure.Flow, figure.Period, figure.Basis, figure.Sources[0]);

    private RecordProblem? IdProblem(TradeRecord record)
    {
        var id = record.Id;
        if (!ids.TryGetValue(id, out var earlier))
        {
            ids[id] = record;
            return null;
        }

        var reason = earlier.Equals(record)
            ? "the identical record is already held under this id; it is kept once."
            : $"the id is already used by a different {earlier.KindName}; ids must be unique across goals, figures and statements.";
        return new RecordProblem(record.KindName, id, nameof(TradeRecord.Id), id, reason, id);
    }
}
