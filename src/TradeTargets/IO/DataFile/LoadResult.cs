namespace TradeTargets.IO;

/// <summary>What a lenient load gives back: the rows that were good and a report of every row that was not.</summary>
/// <param name="Data">The records that loaded.</param>
/// <param name="Problems">Every rejected row, unknown column or skipped line, in file order.</param>
public sealed record LoadResult(TradeDataSet Data, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Rows of an official statistics file kept out of the figures by a documented rule (World partner, re-exports, commodity detail, status rows), counted by reason; empty for TradeTargets data files.</summary>
    public IReadOnlyList<SkippedRows> Skipped { get; init; } = [];

    /// <summary>Whether every row loaded.</summary>
    public bool IsClean => Problems.Count == 0;
}
