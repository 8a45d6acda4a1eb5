using System.Globalization;
using Spectre.Console;

namespace TradeTargets.Sample;

/// <summary>
/// Prints the scoreboard as a table (partner, goal, deadline, status, achievement, gap), then the one-line
/// explanation of each goal under its row number, so long sentences never squeeze the table.
/// </summary>
internal static class EvaluationTable
{
    public static void Write(TextWriter output, IReadOnlyList<GoalEvaluation> evaluations, PortfolioSummary summary, EvaluationOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        // Redirected output has no width of its own; 120 columns keep the table on one line per goal.
        if (output != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 120;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"Trade goals {options}"));
        table.AddColumns("#", "Partner", "Goal", "Deadline", "Status", "Achieved", "Gap");
        foreach (var (e, number) in evaluations.Select((e, i) => (e, i + 1)))
        {
            var goal = e.Goal;
            table.AddRow(
                number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(goal.Partner.Name),
                Markup.Escape($"{goal.Target} {ProseText.Describe(goal.Flow)}"),
                Markup.Escape(e.Window.ToString()),
                $"[{Colour(e.Status)}]{Markup.Escape(StatusText.DescribeCompactly(e))}[/]",
                Markup.Escape(e.Achievement is { } a ? ProseText.Percent(a) : "n/a"),
                Markup.Escape(e.Gap is { } g ? MoneyText.Format(g, goal.Target.Currency) : "n/a"));
        }

        console.Write(table);
        foreach (var (e, number) in evaluations.Select((e, i) => (e, i + 1)))
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{number}. {e.Goal.Partner.Name}: {e.Explanation}"));
        }

        console.WriteLine();
        var hitRate = summary.HitRate is { } h ? ProseText.Percent(h) : "n/a";
        console.MarkupLine(Markup.Escape(
            string.Create(CultureInfo.InvariantCulture, $"{summary.GoalCount} goals: {summary.Met} met, {summary.Missed} missed, {summary.Open} open") +
            (summary.Unsettled > 0 ? string.Create(CultureInfo.InvariantCulture, $", {summary.Unsettled} past their deadline without a figure to settle them") : string.Empty) +
            $"; hit rate {hitRate}; " +
            $"median required growth {ProseText.Growth(summary.MedianRequiredGrowth)}, median observed growth {ProseText.Growth(summary.MedianObservedGrowth)}."));
    }

    private static string Colour(GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => "green",
        GoalStatus.Missed or GoalStatus.MovingAway => "red",
        GoalStatus.InsufficientData => "grey",
        _ => "yellow",
    };
}
