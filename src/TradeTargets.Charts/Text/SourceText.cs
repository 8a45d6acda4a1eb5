using System.Globalization;

namespace TradeTargets.Charts;

/// <summary>The source line at the foot of a chart: where the goal and the figures come from, and the as-of date.</summary>
internal static class SourceText
{
    private const int MaxListed = 4;

    public static string For(GoalEvaluation evaluation)
    {
        var goal = evaluation.Goal.Source;
        var figures = evaluation.Observations.SelectMany(o => o.Chosen.Sources).Distinct().OrderBy(s => s.Published).ThenBy(s => s.Publication, StringComparer.Ordinal).ToList();
        var text = string.Create(CultureInfo.InvariantCulture, $"Source: goal: {goal.Publication}, '{goal.Title}' ({goal.Published:yyyy-MM-dd})");
        if (figures.Count > 0)
        {
            text += "; figures: " + List(figures.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Publication} ({s.Published:yyyy-MM-dd})")).Distinct().ToList());
        }

        return text + string.Create(CultureInfo.InvariantCulture, $". Evaluated as of {evaluation.Options.AsOf:yyyy-MM-dd}.");
    }

    public static string For(IReadOnlyList<GoalEvaluation> evaluations)
    {
        if (evaluations.Count == 0)
        {
            return "Source: no goals.";
        }

        var publications = evaluations.Select(e => e.Goal.Source.Publication)
            .Concat(evaluations.SelectMany(e => e.Observations.SelectMany(o => o.Chosen.Sources.Select(s => s.Publication))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var asOf = evaluations.Select(e => e.Options.AsOf).Distinct().Order().ToList();
        var dates = asOf.Count == 1
            ? asOf[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{asOf[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {asOf[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return $"Source: goals and figures from {List(publications)}. Evaluated as of {dates}.";
    }

    private static string List(List<string> items)
        => items.Count <= MaxListed
            ? string.Join(", ", items)
            : string.Join(", ", items.Take(MaxListed)) + string.Create(CultureInfo.InvariantCulture, $" and {items.Count - MaxListed} more");
}
