using System.Globalization;

namespace TradeTargets.IO;

/// <summary>
/// Collects records row by row and applies the cross-row rules: ids unique across goals, figures and
/// statements; no two figures for the same pair, flow, period, basis and source; restatements point at a
/// goal of the set. In strict mode the first problem throws; in lenient mode it is recorded and the row left out.
/// </summary>
internal sealed class DataSetBuilder
{
    private readonly List<(Goal Goal, long Line, string File)> goals = [];
    private readonly List<ReportedFigure> figures = [];
    private readonly List<RelativeStatement> statements = [];
    private readonly Dictionary<string, (object Record, long Line, string File)> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(Country, Country, TradeFlow, ReportingPeriod, Basis, Source), (ReportedFigure Figure, long Line, string File)> figureKeys = [];
    private readonly List<DataProblem> problems = [];

    private readonly IReadOnlySet<string> knownGoalIds;

    /// <param name="strict">Whether the first problem throws.</param>
    /// <param name="knownGoalIds">Goals loaded elsewhere that a restatement may point at besides the set's own.</param>
    public DataSetBuilder(bool strict, IReadOnlySet<string>? knownGoalIds = null)
    {
        Strict = strict;
        this.knownGoalIds = knownGoalIds ?? new HashSet<string>(StringComparer.Ordinal);
    }

    public bool Strict { get; }

    public IReadOnlyList<DataProblem> Problems => problems;

    public void Report(DataProblem problem, Exception? cause = null)
    {
        if (Strict)
        {
            throw new DataFileException(problem, cause);
        }

        problems.Add(problem);
    }

    public void AddGoal(Goal goal, string file, long line)
    {
        if (CheckId(goal.Id, goal, file, line))
        {
            goals.Add((goal, line, file));
        }
    }

    public void AddStatement(RelativeStatement statement, string file, long line)
    {
        if (CheckId(statement.Id, statement, file, line))
        {
            statements.Add(statement);
        }
    }

    public void AddFigure(ReportedFigure figure, string file, long line)
    {
        var key = (figure.Reporter, figure.Partner, figure.Flow, figure.Period, figure.Basis, figure.Sources[0]);
        if (figureKeys.TryGetValue(key, out var earlier) && !ReferenceEquals(earlier.Figure, figure) && earlier.Figure.Id != figure.Id)
        {
            var reason = earlier.Figure.Amount == figure.Amount
                ? $"the same figure ({figure.Amount}) for this pair, flow, period, basis and source is already loaded as {earlier.Figure.Id} from {Where(earlier.File, earlier.Line, file)}; a figure is recorded once."
                : $"conflicts with figure {earlier.Figure.Id} from {Where(earlier.File, earlier.Line, file)}: the same pair, flow, period, basis and source give {earlier.Figure.Amount} there and {figure.Amount} here.";
            Report(new DataProblem(file, line, "amount", figure.Amount.ToString(), reason));
            return;
        }

        if (CheckId(figure.Id, figure, file, line))
        {
            figureKeys[key] = (figure, line, file);
            figures.Add(figure);
        }
    }

    /// <summary>Applies the rules that need every row, then returns the records that passed.</summary>
    public TradeDataSet Build()
    {
        var goalIds = goals.Select(g => g.Goal.Id).ToHashSet(StringComparer.Ordinal);
        var kept = new List<Goal>(goals.Count);
        foreach (var (goal, line, file) in goals)
        {
            if (goal.RestatementOf is { } original && !goalIds.Contains(original) && !knownGoalIds.Contains(original))
            {
                Report(new DataProblem(file, line, "restatement_of", original, $"goal {goal.Id} restates goal '{original}', which is neither in the data set nor among the known goals."));
                continue;
            }

            kept.Add(goal);
        }

        return TradeDataSet.CreateValidated(kept, figures, statements);
    }

    private bool CheckId(string id, object record, string file, long line)
    {
        if (ids.TryGetValue(id, out var earlier))
        {
            var reason = earlier.Record.Equals(record)
                ? $"id '{id}' repeats the identical record from {Where(earlier.File, earlier.Line, file)}; it is loaded once."
                : $"id '{id}' is already used by a different {Kind(earlier.Record)} from {Where(earlier.File, earlier.Line, file)}; ids must be unique across goals, figures and statements.";
            Report(new DataProblem(file, line, "id", id, reason));
            return false;
        }

        ids[id] = (record, line, file);
        return true;
    }

    private static string Kind(object record) => record switch
    {
        Goal => "goal",
        ReportedFigure => "figure",
        _ => "statement",
    };

    private static string Where(string earlierFile, long earlierLine, string file)
        => earlierFile == file
            ? string.Create(CultureInfo.InvariantCulture, $"line {earlierLine}")
            : string.Create(CultureInfo.InvariantCulture, $"{earlierFile} line {earlierLine}");
}
