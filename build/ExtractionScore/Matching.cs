using System.Globalization;
using TradeTargets.Extraction;

namespace TradeTargets.ExtractionScore;

/// <summary>
/// Matches extracted candidates to gold records. A record matches when reporter and partner agree (a record stated from
/// the partner's side matches with both turned and the flow mirrored), and flow, currency, amount (within 1%) and period
/// or deadline (a vague one by the window the default policy reads it as, "within five years" by the year it means) all
/// agree; a statement's ratio within 0.5%.
/// </summary>
internal static class Matching
{
    public static GoldRecord FromGoal(GoalCandidate g)
        => new("goal", g.Reporter, g.Partner, g.Flow, g.Target, g.Deadline?.Deadline.ToString() ?? "none", g.Kind,
            DeadlineYear: g.Deadline is { } d && d.FirstYear == d.LastYear ? d.LastYear : null);

    /// <summary>
    /// A period or deadline as it is compared: a vague deadline by the window of years the default policy reads it as ("in
    /// the coming years" and "in the next few years" are both two to five years after the announcement, so one deadline);
    /// "within 1 years" and "within 1 year" alike; any other as written.
    /// </summary>
    private static string WhenKey(string when)
    {
        if (when.StartsWith("within ", StringComparison.Ordinal) && when.EndsWith(" year", StringComparison.Ordinal))
        {
            return when + "s";
        }

        if (!VagueDeadlinePolicy.Default.Knows(when))
        {
            return when;
        }

        var window = VagueDeadlinePolicy.Default.Interpret(when, new DateOnly(2000, 1, 1));
        return string.Create(CultureInfo.InvariantCulture, $"vague: {window.FirstYear - 2000} to {window.LastYear - 2000} years");
    }

    public static GoldRecord FromFigure(FigureCandidate f) => new("figure", f.Reporter, f.Partner, f.Flow, f.Amount, f.Period.ToString());

    public static GoldRecord FromStatement(StatementCandidate s) => new("statement", s.Reporter, s.Partner, s.Flow, null, $"{s.Period} {s.ReferencePeriod}", Ratio: s.Ratio);

    /// <summary>The fields of <paramref name="candidate"/> that disagree with <paramref name="gold"/>; empty for a match. Null when the pair differs.</summary>
    public static IReadOnlyList<string>? Differences(GoldRecord gold, GoldRecord candidate)
    {
        var flow = candidate.Flow;
        if (candidate.Reporter == gold.Partner && candidate.Partner == gold.Reporter)
        {
            flow = flow.Mirrored();
        }
        else if (candidate.Reporter != gold.Reporter || candidate.Partner != gold.Partner)
        {
            return null;
        }

        var fields = new List<string>();
        if (flow != gold.Flow)
        {
            fields.Add("flow");
        }

        if (gold.Amount is { } a && candidate.Amount is { } b)
        {
            if (a.Currency != b.Currency)
            {
                fields.Add("currency");
            }
            else if (Math.Abs(b.ToDouble() - a.ToDouble()) > 0.01 * a.ToDouble())
            {
                fields.Add("amount");
            }
        }
        else if (gold.Amount is not null || candidate.Amount is not null)
        {
            fields.Add("amount");
        }

        // "within five years" of 2010 and "2015" are one deadline, written two ways.
        if (!string.Equals(WhenKey(gold.When), WhenKey(candidate.When), StringComparison.Ordinal)
            && (gold.DeadlineYear is not { } year || candidate.DeadlineYear != year))
        {
            fields.Add(gold.Kind == "goal" ? "deadline" : "period");
        }

        if (gold.Kind == "statement" && Math.Abs(candidate.Ratio - gold.Ratio) > 0.005 * Math.Abs(gold.Ratio))
        {
            fields.Add("ratio");
        }

        return fields;
    }

    public static string Describe(GoldRecord r) => r.Kind switch
    {
        "goal" => $"{r.Reporter}-{r.Partner} {EnumText.Format(r.Flow)} {r.Amount?.ToString() ?? "none"} {r.When}{(r.GoalKind == GoalKind.Forecast ? " (forecast)" : string.Empty)}",
        "figure" => $"{r.Reporter}-{r.Partner} {EnumText.Format(r.Flow)} {r.When} {r.Amount}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{r.Reporter}-{r.Partner} {EnumText.Format(r.Flow)} {r.When} {r.Ratio:0.###}"),
    };
}
