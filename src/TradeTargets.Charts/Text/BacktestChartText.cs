using System.Globalization;

namespace TradeTargets.Charts;

/// <summary>The words and ticks the backtest charts share.</summary>
internal static class BacktestChartText
{
    public static string Source(BacktestResult result) => string.Create(
        CultureInfo.InvariantCulture,
        $"Source: TradeTargets backtest of {result.Settled.Count} settled goal(s), outcomes as of {result.Options.SettledAsOf:yyyy-MM-dd}; each forecast uses only the figures published by its date.");

    /// <summary>Ticks at every tenth from 0 to 1, labelled as percentages.</summary>
    public static ScottPlot.TickGenerators.NumericManual Tenths()
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i <= 10; i += 2)
        {
            ticks.AddMajor(i / 10.0, BacktestText.WholePercent(i / 10.0));
        }

        return ticks;
    }
}
