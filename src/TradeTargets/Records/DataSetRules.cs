namespace TradeTargets;

/// <summary>
/// The rules that make records one consistent <see cref="TradeDataSet"/>, checked once per record as it is added:
/// ids unique across goals, figures and statements; no two figures for the same pair, flow, period, basis and
/// source; only reported figures (derived ones are recomputed); every restatement points at a goal of the set, and no
/// restatement links form a cycle.
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
    private readonly HashSet<string> startIds = new(StringComparer.Ordinal);

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

        startIds.UnionWith(ids.Keys);
    }

    /// <summary>
    /// The merge rule, written once for <see cref="TradeDataSet.Merge"/> and the loaders: a record equal to one of the
    /// starting set's (same id, same content) is already held and is kept once, so it is not added again; a record
    /// that repeats one added since is a duplicate, which <see cref="Add(Goal)"/> and its overloads refuse.
    /// </summary>
    private bool HeldFromStart(TradeRecord record)
        => startIds.Contains(record.Id) && ids.TryGetValue(record.Id, out var held) && held.Equals(record);

    /// <summary>
    /// Adds a record of any kind through its rules, unless the starting set already holds it
    /// (<see cref="HeldFromStart"/>): the one path a merge and a load take, so a record already held is kept once
    /// however it arrives.
    /// </summary>
    /// <param name="record">A goal, reported figure or relative statement.</param>
    /// <param name="added">Whether the record was added: false for a record already held, and for one refused.</param>
    /// <returns>Why the record cannot be added, or null.</returns>
    public RecordProblem? Join(TradeRecord record, out bool added)
    {
        ArgumentNullException.ThrowIfNull(record);
        added = false;
        if (HeldFromStart(record))
        {
            return null;
        }

        // Only the three record kinds derive from TradeRecord.
        var problem = record switch
        {
            Goal goal => Add(goal),
            ReportedFigure figure => Add(figure),
            _ => Add((RelativeStatement)record),
        };
        added = problem is null;
        return problem;
    }

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
    /// Checks that every goal added since the last call restates a goal of the set and that no restatement links form a
    /// cycle; a goal at fault is taken out again and returned with its problem and, for a cycle, every goal of the
    /// cycle in link order. Call once all goals are added, since an original may come later.
    /// </summary>
    public IReadOnlyList<(Goal Goal, RecordProblem Problem, IReadOnlyList<Goal> Cycle)> CheckRestatements()
    {
        var broken = new List<(Goal, RecordProblem, IReadOnlyList<Goal>)>();
        // Cycles first: once a cycle's goals are out, a goal that restates one of them has a broken link.
        foreach (var cycle in FindCycles())
        {
            var links = string.Join(", ", cycle.Select(g => $"{g.Id} restates {g.RestatementOf}"));
            foreach (var goal in cycle)
            {
                broken.Add((goal, new RecordProblem(goal.KindName, goal.Id, nameof(Goal.RestatementOf), goal.RestatementOf!, $"the restatement links form a cycle ({links}); a chain of restatements begins with an announcement that restates nothing."), cycle));
                goals.Remove(goal);
                ids.Remove(goal.Id);
            }
        }

        foreach (var goal in linksToCheck.Where(g => ids.TryGetValue(g.Id, out var held) && ReferenceEquals(held, g)))
        {
            var original = goal.RestatementOf!;
            if (!ids.TryGetValue(original, out var record) || record is not Goal)
            {
                var what = record is null ? "no record of the data set has that id" : $"'{original}' is a {record.KindName}, not a goal";
                broken.Add((goal, new RecordProblem(goal.KindName, goal.Id, nameof(Goal.RestatementOf), original, $"the goal restates goal '{original}', but {what}."), []));
            }
        }

        linksToCheck.Clear();
        foreach (var (goal, _, _) in broken)
        {
            goals.Remove(goal);
            ids.Remove(goal.Id);
        }

        return broken;
    }

    /// <summary>The cycles that the links of the goals added since the last check close, each in link order.</summary>
    /// <remarks>Each goal restates at most one other, so following the links from every new goal finds every cycle once.</remarks>
    private List<List<Goal>> FindCycles()
    {
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<Goal>>();
        foreach (var start in linksToCheck)
        {
            var path = new List<Goal>();
            Goal? current = start;
            while (current is not null && !done.Contains(current.Id) && onPath.Add(current.Id))
            {
                path.Add(current);
                current = current.RestatementOf is { } next && ids.TryGetValue(next, out var record) ? record as Goal : null;
            }

            if (current is not null && onPath.Contains(current.Id) && !done.Contains(current.Id))
            {
                cycles.Add(path[path.FindIndex(g => g.Id == current.Id)..]);
            }

            foreach (var goal in path)
            {
                onPath.Remove(goal.Id);
                done.Add(goal.Id);
            }
        }

        return cycles;
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
