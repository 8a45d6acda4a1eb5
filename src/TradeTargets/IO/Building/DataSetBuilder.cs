using System.Globalization;
using System.Text;

namespace TradeTargets.IO;

/// <summary>
/// Collects the records a loader reads, row by row, through the data set's own rules (<see cref="DataSetRules"/>),
/// and turns each problem those rules report into a <see cref="DataProblem"/> at the record's file, line and
/// column. In strict mode the first problem throws; in lenient mode it is recorded and the row left out.
/// </summary>
internal sealed class DataSetBuilder : IProblemSink
{
    private readonly DataSetRules rules;
    private readonly Dictionary<string, (string File, long Line, int Load)> locations = new(StringComparer.Ordinal);
    private readonly List<(int Load, DataProblem Problem)> problems = [];
    private int load;

    /// <param name="strict">Whether the first problem throws.</param>
    /// <param name="start">Records loaded before, which the new ones join; they are not checked again.</param>
    /// <param name="vagueDeadlines">The policy whose phrases a goal's vague deadline may use.</param>
    public DataSetBuilder(bool strict, TradeDataSet start, VagueDeadlinePolicy vagueDeadlines)
    {
        Strict = strict;
        rules = new DataSetRules(start);
        VagueDeadlines = vagueDeadlines;
    }

    public bool Strict { get; }

    /// <summary>The policy whose phrases a goal's vague deadline may use; every reader of goal rows asks it.</summary>
    public VagueDeadlinePolicy VagueDeadlines { get; }

    /// <summary>Every problem in file order: by the order the files were loaded, then by line (a stable sort, so one line's problems keep their order).</summary>
    public IReadOnlyList<DataProblem> Problems => [.. problems.OrderBy(p => p.Load).ThenBy(p => p.Problem.Line).Select(p => p.Problem)];

    /// <summary>Starts the next file: problems and locations from here on belong to it.</summary>
    public void NextFile() => load++;

    public void Report(DataProblem problem, Exception? cause = null) => Report(problem, load, cause);

    private void Report(DataProblem problem, int atLoad, Exception? cause = null)
    {
        if (Strict)
        {
            throw new DataFileException(problem, cause);
        }

        problems.Add((atLoad, problem));
    }

    public void AddGoal(Goal goal, string file, long line) => Add(goal, file, line);

    public void AddFigure(ReportedFigure figure, string file, long line) => Add(figure, file, line);

    public void AddStatement(RelativeStatement statement, string file, long line) => Add(statement, file, line);

    /// <summary>Applies the rules that need every row (restatement links), then returns the records that passed.</summary>
    public TradeDataSet Build()
    {
        foreach (var (goal, problem, cycle) in rules.CheckRestatements())
        {
            var (file, line, atLoad) = locations[goal.Id];
            var located = Locate(problem, file, line, atLoad);
            if (cycle.Count > 0)
            {
                // Every goal of the cycle located, so the first problem (which stops a strict load) names them all.
                var where = string.Join(", ", cycle.Select(g => locations.TryGetValue(g.Id, out var at)
                    ? string.Create(CultureInfo.InvariantCulture, $"{g.Id} at {at.File} line {at.Line}")
                    : $"{g.Id} loaded before these files"));
                located = located with { Reason = $"{located.Reason} The goals of the cycle: {where}." };
            }

            Report(located, atLoad);
        }

        return rules.ToDataSet();
    }

    private void Add(TradeRecord record, string file, long line)
    {
        // Loading onto a data set merges, and merging keeps a record equal to one loaded before once (DataSetRules.Join).
        if (rules.Join(record, out var added) is { } problem)
        {
            Report(Locate(problem, file, line, load));
            return;
        }

        if (added)
        {
            locations[record.Id] = (file, line, load);
        }
    }

    private DataProblem Locate(RecordProblem problem, string file, long line, int atLoad)
    {
        var reason = problem.OtherRecordId is not { } other
            ? problem.Reason
            : locations.TryGetValue(other, out var at)
                ? $"{problem.Reason} The earlier record, {other}, is at {Where(at.File, at.Line, at.Load, file, atLoad)}."
                : $"{problem.Reason} The earlier record, {other}, was loaded before these files (for example with the seed data).";
        return new DataProblem(file, line, ColumnOf(problem.Member), problem.Value, reason);
    }

    // Columns are the members' names in snake case: RestatementOf is restatement_of.
    private static string ColumnOf(string member)
    {
        var column = new StringBuilder(member.Length + 4);
        foreach (var c in member)
        {
            if (char.IsUpper(c) && column.Length > 0)
            {
                column.Append('_');
            }

            column.Append(char.ToLowerInvariant(c));
        }

        return column.ToString();
    }

    private static string Where(string earlierFile, long earlierLine, int earlierLoad, string file, int atLoad)
        => earlierLoad == atLoad
            ? string.Create(CultureInfo.InvariantCulture, $"line {earlierLine}")
            : earlierFile == file
                ? string.Create(CultureInfo.InvariantCulture, $"line {earlierLine} of an earlier load of {earlierFile} (the same file loaded twice?)")
                : string.Create(CultureInfo.InvariantCulture, $"{earlierFile} line {earlierLine}");
}
