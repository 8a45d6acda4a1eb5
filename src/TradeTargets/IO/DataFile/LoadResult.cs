namespace TradeTargets.IO;

/// <summary>What a load gives back: the records that loaded, every row that did not (lenient loads only), and the rows left out by rule.</summary>
/// <param name="Data">The records that loaded.</param>
/// <param name="Problems">Every rejected row, unknown column or skipped line, in file order.</param>
public sealed record LoadResult(TradeDataSet Data, IReadOnlyList<DataProblem> Problems)
{
    /// <summary>Rows of an official statistics file kept out of the figures by a documented rule (World partner, re-exports, commodity detail, status rows), counted by reason, in strict and lenient loads alike; empty for TradeTargets data files.</summary>
    public IReadOnlyList<SkippedRows> Skipped { get; init; } = [];

    /// <summary>Files not read, with the reason: entries of a data folder that are not data files (subfolders included), and files given a second time, which are read once.</summary>
    public IReadOnlyList<SkippedFile> SkippedFiles { get; init; } = [];

    /// <summary>Whether every row loaded.</summary>
    public bool IsClean => Problems.Count == 0;
}
