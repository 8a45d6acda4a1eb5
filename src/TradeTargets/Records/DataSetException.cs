using System.Globalization;

namespace TradeTargets;

/// <summary>Records built in code break a rule of <see cref="TradeDataSet"/>; every problem names the record at fault.</summary>
public sealed class DataSetException : TradeDataException
{
    /// <summary>Creates the exception for the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    public DataSetException(IReadOnlyList<RecordProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only; prefer the constructor taking the problems.</summary>
    public DataSetException()
        : this("The records are inconsistent.")
    {
    }

    /// <summary>Creates the exception with a message only; prefer the constructor taking the problems.</summary>
    /// <param name="message">The reason.</param>
    public DataSetException(string message)
        : base(message)
    {
        Problems = [];
    }

    /// <summary>Creates the exception with a message and a cause; prefer the constructor taking the problems.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public DataSetException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Every problem found, in the order of the records.</summary>
    public IReadOnlyList<RecordProblem> Problems { get; }

    private static string Describe(IReadOnlyList<RecordProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 1
            ? $"The records are inconsistent: {problems[0]}"
            : string.Create(CultureInfo.InvariantCulture, $"The records are inconsistent ({problems.Count} problems): {string.Join("; ", problems)}");
    }
}
