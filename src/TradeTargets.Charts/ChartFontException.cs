namespace TradeTargets.Charts;

/// <summary>Thrown when the font family a chart asks for is not installed, so that text would silently render blank or in a fallback face.</summary>
/// <remarks>
/// The charts use DejaVu Sans by default. On Debian or Ubuntu install it with
/// <c>apt-get install fonts-dejavu-core</c>; elsewhere install any sans-serif family and name it in
/// <see cref="ChartOptions.FontFamily"/>.
/// </remarks>
public sealed class ChartFontException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ChartFontException()
        : this("No usable sans-serif font is installed: install fonts-dejavu-core (Debian/Ubuntu) or name an installed family in ChartOptions.FontFamily.")
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
