namespace TradeTargets.IO;

/// <summary>A data file could not be loaded in strict mode; the message names the file, line, column, value and reason.</summary>
public sealed class DataFileException : TradeDataException
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">Where and why.</param>
    public DataFileException(DataProblem problem)
        : base(Preconditions.NotNull(problem).ToString())
    {
        Problem = problem;
    }

    /// <summary>Creates the exception for a problem caused by another exception.</summary>
    /// <param name="problem">Where and why.</param>
    /// <param name="innerException">The cause.</param>
    public DataFileException(DataProblem problem, Exception? innerException)
        : base(Preconditions.NotNull(problem).ToString(), innerException)
    {
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only; prefer the constructors taking a <see cref="DataProblem"/>.</summary>
    public DataFileException()
        : this(new DataProblem("(unknown)", 0, null, null, "The data file could not be loaded."))
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructors taking a <see cref="DataProblem"/>.</summary>
    /// <param name="message">The reason.</param>
    public DataFileException(string message)
        : this(new DataProblem("(unknown)", 0, null, null, message))
    {
    }

    /// <summary>Creates the exception with a message and a cause; prefer the constructors taking a <see cref="DataProblem"/>.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public DataFileException(string message, Exception? innerException)
        : this(new DataProblem("(unknown)", 0, null, null, message), innerException)
    {
    }

    /// <summary>Where and why.</summary>
    public DataProblem Problem { get; }

    /// <summary>The file name or display name.</summary>
    public string File => Problem.File;

    /// <summary>The 1-based line of the row at fault; 0 for the whole file.</summary>
    public long Line => Problem.Line;

    /// <summary>The column at fault, if one is.</summary>
    public string? Column => Problem.Column;

    /// <summary>The offending value, if any.</summary>
    public string? Value => Problem.Value;

    /// <summary>The reason.</summary>
    public string Reason => Problem.Reason;
}
