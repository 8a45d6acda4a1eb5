using TradeTargets.IO;

namespace TradeTargets;

/// <summary>Goals, reported figures and relative statements that belong together, checked for consistency.</summary>
/// <remarks>
/// Ids are unique across goals, figures and statements; every restatement points at a goal of the set; no
/// two figures share pair, flow, period, basis and source. <see cref="Figures"/> are the figures as
/// reported; <see cref="AllFigures"/> adds every figure <see cref="FigureDerivations.DeriveAll"/> can build
/// from them (turnover from exports and imports, levels pinned by relative statements).
/// </remarks>
/// <example><code>
/// var data = SeedData.Load().Merge(TradeDataFile.Load("my-figures.csv"));
/// var scores = GoalEvaluator.EvaluateAll(data.Goals, data.AllFigures, EvaluationOptions.At(new DateOnly(2017, 12, 31)));
/// </code></example>
public sealed class TradeDataSet
{
    private readonly Lazy<IReadOnlyList<ReportedFigure>> allFigures;

    /// <summary>Creates a data set from records, applying the consistency rules in the remarks.</summary>
    /// <param name="goals">The goals.</param>
    /// <param name="figures">Reported (not derived) figures.</param>
    /// <param name="statements">Relative statements.</param>
    /// <exception cref="ArgumentException">A rule is broken; the message names the record.</exception>
    public TradeDataSet(IEnumerable<Goal> goals, IEnumerable<ReportedFigure> figures, IEnumerable<RelativeStatement> statements)
        : this(Validate(goals, figures, statements), validated: true)
    {
    }

    private TradeDataSet((List<Goal> Goals, List<ReportedFigure> Figures, List<RelativeStatement> Statements) records, bool validated)
    {
        _ = validated;
        Goals = records.Goals.AsReadOnly();
        Figures = records.Figures.AsReadOnly();
        Statements = records.Statements.AsReadOnly();
        allFigures = new(() => [.. Figures, .. FigureDerivations.DeriveAll(Figures, Statements)]);
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

    /// <summary>Combines two data sets; a record present in both with equal content is kept once.</summary>
    /// <param name="other">Another data set.</param>
    /// <returns>The combined set: this set's records first.</returns>
    /// <exception cref="ArgumentException">An id names different records in the two sets, or another rule is broken by the combination.</exception>
    public TradeDataSet Merge(TradeDataSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var known = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var record in Records(this))
        {
            known[Id(record)] = record;
        }

        var added = new List<object>();
        foreach (var record in Records(other))
        {
            if (known.TryGetValue(Id(record), out var existing))
            {
                if (!existing.Equals(record))
                {
                    throw new ArgumentException($"Cannot merge: id '{Id(record)}' names different records in the two data sets.", nameof(other));
                }

                continue;
            }

            added.Add(record);
        }

        return new TradeDataSet(
            [.. Goals, .. added.OfType<Goal>()],
            [.. Figures, .. added.OfType<ReportedFigure>()],
            [.. Statements, .. added.OfType<RelativeStatement>()]);
    }

    /// <summary>Finds a goal by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The goal, or null.</returns>
    public Goal? FindGoal(string id) => Goals.FirstOrDefault(g => g.Id == id);

    /// <summary>Returns "7 goals, 12 figures, 2 statements".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => $"{Goals.Count} goals, {Figures.Count} figures, {Statements.Count} statements";

    internal static TradeDataSet CreateValidated(List<Goal> goals, List<ReportedFigure> figures, List<RelativeStatement> statements)
        => new((goals, figures, statements), validated: true);

    private static (List<Goal>, List<ReportedFigure>, List<RelativeStatement>) Validate(
        IEnumerable<Goal> goals, IEnumerable<ReportedFigure> figures, IEnumerable<RelativeStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(goals);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(statements);
        var builder = new DataSetBuilder(strict: true);
        const string Name = "data set";
        try
        {
            var index = 0;
            foreach (var goal in goals)
            {
                builder.AddGoal(Preconditions.NotNull(goal), Name, ++index);
            }

            foreach (var figure in figures)
            {
                ArgumentNullException.ThrowIfNull(figure);
                if (figure.IsDerived)
                {
                    throw new ArgumentException($"Figure {figure.Id} is derived; a data set holds reported figures and derives the rest in AllFigures.", nameof(figures));
                }

                builder.AddFigure(figure, Name, ++index);
            }

            foreach (var statement in statements)
            {
                builder.AddStatement(Preconditions.NotNull(statement), Name, ++index);
            }

            var built = builder.Build();
            return ([.. built.Goals], [.. built.Figures], [.. built.Statements]);
        }
        catch (DataFileException e)
        {
            throw new ArgumentException($"The records are inconsistent: {e.Reason}", e);
        }
    }

    private static IEnumerable<object> Records(TradeDataSet set) => [.. set.Goals, .. set.Figures, .. set.Statements];

    private static string Id(object record) => record switch
    {
        Goal g => g.Id,
        ReportedFigure f => f.Id,
        RelativeStatement s => s.Id,
        _ => throw new InvalidOperationException("Unexpected record type."),
    };
}
