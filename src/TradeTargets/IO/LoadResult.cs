namespace TradeTargets.IO;

/// <summary>What a lenient load gives back: the rows that were good and a report of every row that was not.</summary>
/// <param name="Data">The records that loaded.</param>
/// <param name="Problems">Every rejected row, unknown column or skipped line, in file order.</param>
public sealed record LoadResult(TradeDataSet Data, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Whether every row loaded.</summary>
    public bool IsClean => Problems.Count == 0;
}
