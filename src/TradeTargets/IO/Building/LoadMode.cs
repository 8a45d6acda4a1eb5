namespace TradeTargets.IO;

/// <summary>What a loader does with a bad row.</summary>
public enum LoadMode
{
    /// <summary>The first bad row throws a <see cref="DataFileException"/> naming file, line, column, value and reason.</summary>
    Strict,

    /// <summary>Every good row loads; every bad one becomes a <see cref="DataProblem"/> in the result.</summary>
    Lenient,
}
