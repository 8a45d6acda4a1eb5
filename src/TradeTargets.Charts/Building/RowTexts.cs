namespace TradeTargets.Charts;

/// <summary>
/// The words beside each row of a chart with one row per goal (scoreboard, dumbbell): the row's position, its label
/// (the goal) and its detail (level and status), written by <see cref="ChartCanvas.RowLabels"/>.
/// </summary>
/// <param name="count">The number of rows.</param>
internal sealed class RowTexts(int count)
{
    public double[] Positions { get; } = new double[count];

    public string[] Labels { get; } = new string[count];

    public string[] Details { get; } = new string[count];

    /// <summary>Writes each row's label and detail from <paramref name="x"/>, <paramref name="rise"/> above the row.</summary>
    public void WriteBeside(ChartCanvas canvas, double x, double rise) => canvas.RowLabels(x, Positions, Labels, Details, rise);
}
