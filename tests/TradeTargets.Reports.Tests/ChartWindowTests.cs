namespace TradeTargets.Reports.Tests;

/// <summary>The tracker's chart windows: every goal handed over once, in order, with its own chart, whatever the window edges.</summary>
public class ChartWindowTests
{
    [Fact]
    public void ForEachGoalWithChart_MoreGoalsThanTwoWindows_HandsEachGoalOnceInOrderWithItsOwnChart()
    {
        // 150 goals span three windows of 64, the last part-full, so the window that renders while another is written
        // is exercised at both kinds of edge.
        var seed = Pages.Seed.Evaluations;
        var evaluations = Enumerable.Range(0, 150).Select(i => seed[i % seed.Count]).ToList();
        var seen = new List<(GoalEvaluation Evaluation, int Index, string Chart)>();

        TrackerPage.ForEachGoalWithChart(evaluations, (e, i, chart) => seen.Add((e, i, chart.Markup)));

        seen.Select(s => s.Index).Should().Equal(Enumerable.Range(0, 150));
        seen.Select(s => s.Evaluation).Should().Equal(evaluations);
        seen.Should().OnlyContain(s => s.Chart.Contains($"goal-{s.Index + 1}-chart", StringComparison.Ordinal), "each chart is labelled by its own goal's caption");
    }

    [Fact]
    public void ForEachGoalWithChart_WriteFails_ThrowsTheWritersExceptionAndStopsHandingOver()
    {
        var seed = Pages.Seed.Evaluations;
        var evaluations = Enumerable.Range(0, 100).Select(i => seed[i % seed.Count]).ToList();
        var handed = 0;

        var act = () => TrackerPage.ForEachGoalWithChart(evaluations, (_, i, _) =>
        {
            handed++;
            if (i == 10)
            {
                throw new IOException("disk full");
            }
        });

        act.Should().Throw<IOException>().WithMessage("disk full");
        handed.Should().Be(11);
    }
}
