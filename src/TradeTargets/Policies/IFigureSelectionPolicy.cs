namespace TradeTargets;

/// <summary>Picks, among several figures for the same pair, flow and period, the one used for scoring.</summary>
/// <remarks>The others stay in the evaluation as alternatives, so the spread between sources stays visible.</remarks>
public interface IFigureSelectionPolicy
{
    /// <summary>A short name shown with every result computed under the policy.</summary>
    string Name { get; }

    /// <summary>Chooses one figure.</summary>
    /// <param name="candidates">One or more figures for the same pair, flow and period.</param>
    /// <returns>The figure to score with; it must be one of the candidates (the same instance), or the evaluator throws an <see cref="InvalidOperationException"/> naming the policy.</returns>
    ReportedFigure Choose(IReadOnlyList<ReportedFigure> candidates);
}
