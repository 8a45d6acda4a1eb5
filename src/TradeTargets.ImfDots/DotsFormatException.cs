namespace TradeTargets.ImfDots;

/// <summary>A DOTS workbook that cannot be read: another layout, a missing year row, or (when read strictly) a bad cell.</summary>
public sealed class DotsFormatException : Exception
{
    /// <summary>Creates the exception for a problem at one place of a workbook.</summary>
    /// <param name="problem">Where and why.</param>
    public DotsFormatException(DotsNote problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).ToString())
    {
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public DotsFormatException(string message)
        : base(message)
    {
        Problem = new DotsNote(string.Empty, string.Empty, string.Empty, string.Empty, message);
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DotsFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = new DotsNote(string.Empty, string.Empty, string.Empty, string.Empty, message);
    }

    /// <summary>Creates the exception without a message.</summary>
    public DotsFormatException()
        : this("The DOTS workbook cannot be read.")
    {
    }

    /// <summary>Where the problem is and why.</summary>
    public DotsNote Problem { get; }
}
