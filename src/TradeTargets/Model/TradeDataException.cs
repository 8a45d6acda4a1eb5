namespace TradeTargets;

/// <summary>
/// The data, not the program, is at fault: records that break a rule of <see cref="TradeDataSet"/>
/// (<see cref="DataSetException"/>) or a file that cannot be read as data (<see cref="IO.DataFileException"/>).
/// Catch this type to tell a user's bad data from a bug: a bug never throws it.
/// </summary>
public abstract class TradeDataException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong and where.</param>
    protected TradeDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause.</param>
    protected TradeDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
