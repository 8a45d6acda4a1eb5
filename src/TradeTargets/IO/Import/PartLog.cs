namespace TradeTargets.IO;

/// <summary>The total one row gives; a part of a file read on its own defers it, to be checked against the totals of the parts before it.</summary>
internal readonly record struct DeferredTotal(TradePair Pair, TradeFlow Flow, ReportingPeriod Period, ReportingSide Side, decimal Amount, long Line);

/// <summary>
/// What one part of a file read on its own leaves to be settled in file order: its problems and its totals, in the order
/// of its rows, and its skipped rows, with line numbers counted from the part's first line (1).
/// </summary>
internal sealed class PartLog : IProblemSink
{
    /// <summary>The part's rows skipped by rule, to be added to the file's counts (<see cref="SkipCounter.Add"/>) after <see cref="Replay"/>.</summary>
    public SkipCounter Skipped { get; } = new();

    private readonly List<(DataProblem Problem, Exception? Cause)> problems = [];
    private readonly List<(DeferredTotal Total, int ProblemsBefore)> totals = [];

    public void Report(DataProblem problem, Exception? cause = null) => problems.Add((problem, cause));

    public void Defer(DeferredTotal total) => totals.Add((total, problems.Count));

    /// <summary>Hands on the problems and totals in the order of their rows, lines moved on by <paramref name="lineOffset"/>.</summary>
    /// <param name="lineOffset">The lines of the file before the part.</param>
    /// <param name="builder">Where the problems go.</param>
    /// <param name="check">Settles a deferred total, its line already moved on.</param>
    public void Replay(long lineOffset, IProblemSink builder, Action<DeferredTotal> check)
    {
        var reported = 0;
        foreach (var (total, before) in totals)
        {
            for (; reported < before; reported++)
            {
                Report(builder, problems[reported], lineOffset);
            }

            check(total with { Line = total.Line + lineOffset });
        }

        for (; reported < problems.Count; reported++)
        {
            Report(builder, problems[reported], lineOffset);
        }
    }

    private static void Report(IProblemSink builder, (DataProblem Problem, Exception? Cause) entry, long lineOffset)
    {
        var (problem, cause) = entry;
        builder.Report(
            problem with { Line = problem.Line + lineOffset },
            cause is CsvSyntaxException syntax ? new CsvSyntaxException(syntax.Line + lineOffset, syntax.Reason) : cause);
    }
}
