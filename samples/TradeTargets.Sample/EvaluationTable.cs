using System.Globalization;
using Spectre.Console;

namespace TradeTargets.Sample;

/// <summary>
/// Prints the scoreboard as a table (pair, goal, deadline, status, achievement, gap), then the one-line
/// explanation of each goal under its row number, so long sentences never squeeze the table.
/// </summary>
internal static class EvaluationTable
{
    // Wide enough that no row of the table is folded: redirected output is read by programs and editors, not a screen.
    private const int RedirectedWidth = 4096;

    public static void Write(TextWriter output, IReadOnlyList<GoalEvaluation> evaluations, PortfolioSummary summary, EvaluationOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        // A terminal wraps prose to its width. A pipe or a file has no width: its lines stay whole, so the title,
        // explanations and summary are written as plain lines (Spectre would wrap them at the profile's width, the
        // title at the table's) and the table may be as wide as its rows.
        var redirected = output != Console.Out || Console.IsOutputRedirected;
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        void Line(string text)
        {
            if (redirected)
            {
                output.WriteLine(text);
            }
            else
            {
                console.WriteLine(text);
            }
        }

        var title = $"Trade goals {options}";
        var table = new Table().Border(TableBorder.Rounded);
        if (redirected)
        {
            Line(title);
        }
        else
        {
            table.Title(Markup.Escape(title));
        }

        table.AddColumns("#", "Pair", "Goal", "Deadline", "Status", "Achieved", "Gap");
        foreach (var (e, number) in evaluations.Select((e, i) => (e, i + 1)))
        {
            var goal = e.Goal;
            table.AddRow(
                number.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(ProseText.Describe(goal.Pair)),
                Markup.Escape($"{goal.Target} {ProseText.Describe(goal.Flow)}"),
                Markup.Escape(e.Window.ToString()),
                $"[{Colour(e.Status)}]{Markup.Escape(StatusText.DescribeCompactly(e))}[/]",
                Markup.Escape(StatusText.DescribeAchievement(e)),
                Markup.Escape(StatusText.DescribeGap(e)));
        }

        console.Write(table);
        foreach (var (e, number) in evaluations.Select((e, i) => (e, i + 1)))
        {
            // The explanation names the pair itself (ProseText.Describe), so the line needs only its row number.
            Line(string.Create(CultureInfo.InvariantCulture, $"{number}. {e.Explanation}"));
        }

        Line(string.Empty);
        Line(summary.Describe());
    }

    private static string Colour(GoalStatus status) => status switch
    {
        GoalStatus.Achieved or GoalStatus.OnTrack => "green",
        GoalStatus.Missed or GoalStatus.MovingAway => "red",
        GoalStatus.InsufficientData => "grey",
        _ => "yellow",
    };
}
