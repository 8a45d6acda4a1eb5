using System.Globalization;

namespace TradeTargets.Reports;

/// <summary>Writes the report as Markdown: headline, table of goals, a section per goal, methods.</summary>
/// <remarks>Every text from the data is escaped (<see cref="MarkdownText"/>), so a renderer shows it as text.</remarks>
internal static class ReportMarkdown
{
    public static void Write(TextWriter output, EvaluationReport report)
    {
        var history = new ReportHistory(report.Evaluations);
        output.Write($"# {ReportText.DefaultTitle}\n\n");
        output.Write($"As of {ReportText.Date(report.Options.AsOf)}; {ReportText.Policies(report.Options)}.\n\n");
        output.Write($"{MarkdownText.Escape(report.Summary.Describe())}\n\n");
        output.Write($"Goals by outcome. {MarkdownText.Escape(ReportText.OutcomeNote(report.Summary))}\n\n");
        output.Write($"| {string.Join(" | ", ReportText.OutcomeHeads)} |\n|---{string.Concat(ReportText.OutcomeHeads.Skip(1).Select(_ => "|---:"))}|\n");
        foreach (var (group, cells) in ReportText.OutcomeRows(report.Summary))
        {
            output.Write($"| {MarkdownText.Escape(group)} | {string.Join(" | ", cells)} |\n");
        }

        output.Write("\n");
        var (heads, rows, note) = ReportText.StatusCounts(report.Summary);
        if (note is not null)
        {
            output.Write($"Goals by status. {MarkdownText.Escape(note)}\n\n");
        }

        output.Write($"| {string.Join(" | ", heads)} |\n|---{string.Concat(heads.Skip(1).Select(_ => "|---:"))}|\n");
        foreach (var (status, counts) in rows)
        {
            output.Write($"| {ReportText.Symbol(status)} {StatusText.Describe(status)} | {string.Join(" | ", counts.Select(ReportText.Number))} |\n");
        }

        output.Write("\n## Goals\n\n| # | Pair | Goal | Deadline | Status | Achievement | Gap |\n|---:|---|---|---|---|---:|---:|\n");
        foreach (var (e, number) in report.Evaluations.Select((e, i) => (e, i + 1)))
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"| {number} | {MarkdownText.Escape(ReportText.Pair(e))} | {MarkdownText.Escape(ReportText.Goal(e.Goal))} | "));
            output.Write($"{MarkdownText.Escape(e.Window.ToString())} | {ReportText.Symbol(e.Status)} {MarkdownText.Escape(StatusText.DescribeCompactly(e))} | {StatusText.DescribeAchievement(e)} | {MarkdownText.Escape(StatusText.DescribeGap(e))} |\n");
        }

        foreach (var (e, number) in report.Evaluations.Select((e, i) => (e, i + 1)))
        {
            WriteGoal(output, e, number, history);
        }

        output.Write("\n## Methods\n\n");
        foreach (var line in Methods.Lines(report.Options))
        {
            output.Write($"- {MarkdownText.Escape(line)}\n");
        }
    }

    private static void WriteGoal(TextWriter output, GoalEvaluation e, int number, ReportHistory history)
    {
        var goal = e.Goal;
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\n## {number}. {MarkdownText.Escape(ReportText.Heading(e))}\n\n"));
        output.Write($"**Status:** {ReportText.Symbol(e.Status)} {MarkdownText.Escape(StatusText.Describe(e.Assessments))}. {MarkdownText.Escape(e.Explanation)}\n\n");
        output.Write($"**Outcome:** {StatusText.Describe(e.Outcome)}. {MarkdownText.Escape(e.OutcomeReason)}\n\n");
        output.Write($"- Announced by {MarkdownText.Escape(goal.Announcer)} on {ReportText.Date(goal.AnnouncedOn)}: {MarkdownText.Source(goal.Source)}\n");
        output.Write($"- Goal id `{goal.Id.Replace("`", "'", StringComparison.Ordinal)}`; deadline read as {MarkdownText.Escape(e.Window.ToString())}\n");
        if (goal.Note is { } note)
        {
            output.Write($"- Note: {MarkdownText.Escape(note)}\n");
        }

        if (history.ChainOf(goal) is { } chain)
        {
            output.Write("\nHistory of restatements:\n\n");
            foreach (var (announcement, step) in chain.Select((g, i) => (g, i + 1)))
            {
                var current = announcement.Id == goal.Id ? " (this goal)" : string.Empty;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"{step}. {ReportText.Date(announcement.AnnouncedOn)}: {MarkdownText.Escape(ReportText.Goal(announcement))}, {MarkdownText.Escape(announcement.Announcer)}{current}\n"));
            }
        }
        else if (goal.RestatementOf is { } earlier)
        {
            output.Write($"- Restates goal {MarkdownText.Escape(earlier)}, which is not in this report\n");
        }

        output.Write("\nFigures used:\n\n");
        if (e.Observations.Count == 0)
        {
            output.Write("None.\n");
        }
        else
        {
            output.Write("| Period | Amount | Basis | Source |\n|---|---:|---|---|\n");
            foreach (var o in e.Observations)
            {
                output.Write($"| {o.Period} | {MarkdownText.Escape(o.Chosen.Amount.ToString())} | {o.Chosen.Basis} | {Sources(o.Chosen)} |\n");
            }
        }

        var passedOver = ReportText.PassedOver(e).ToList();
        if (passedOver.Count > 0)
        {
            output.Write("\nFigures passed over:\n\n| Period | Amount | Why | Source |\n|---|---:|---|---|\n");
            foreach (var (figure, reason) in passedOver)
            {
                output.Write($"| {figure.Period} | {MarkdownText.Escape(figure.Amount.ToString())} | {MarkdownText.Escape(reason)} | {Sources(figure)} |\n");
            }
        }

        if (e.Caveats.Count > 0)
        {
            output.Write("\nCaveats:\n\n");
            foreach (var caveat in e.Caveats)
            {
                output.Write($"- {MarkdownText.Escape(caveat)}\n");
            }
        }
    }

    private static string Sources(ReportedFigure figure) => string.Join("; ", figure.Sources.Select(MarkdownText.Source));
}
