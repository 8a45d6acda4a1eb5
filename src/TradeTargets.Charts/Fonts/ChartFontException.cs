namespace TradeTargets.Charts;

/// <summary>Thrown when the font family a chart asks for is not installed, so that text would silently render blank or in a fallback face.</summary>
/// <remarks>
/// The default family, "TradeTargets Sans", is DejaVu Sans bundled with the package and never throws. Only a
/// family named in <see cref="ChartOptions.FontFamily"/> that the system does not have leads here: install it,
/// or leave the option at its default.
/// </remarks>
public sealed class ChartFontException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ChartFontException()
        : this("The font family named in ChartOptions.FontFamily is not installed: install it, or leave the option at its default, the bundled 'TradeTargets Sans'.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ChartFontException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ChartFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The family that was asked for and not found, when known.</summary>
    public string? FontFamily { get; init; }
}
