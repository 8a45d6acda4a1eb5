namespace TradeTargets.IO;

/// <summary>Where the row loop puts a rejected row: the data set builder, or a log that a part of a file read on its own keeps until the parts before it are in.</summary>
internal interface IProblemSink
{
    /// <summary>Takes one problem and the exception behind it, if any.</summary>
    void Report(DataProblem problem, Exception? cause = null);
}
