namespace TradeTargets;

/// <summary>Reads the format strings the value types accept in <see cref="IFormattable.ToString(string?, IFormatProvider?)"/>.</summary>
internal static class FormatString
{
    /// <summary>Whether the format asks for the general form: null, empty or "G".</summary>
    public static bool IsGeneral(string? format) => string.IsNullOrEmpty(format) || format == "G";

    /// <summary>The exception for a format the type does not know, naming the ones it does.</summary>
    public static FormatException Unknown(string? format, string typeName, string known)
        => new($"'{format}' is not a format of {typeName}; expected {known}.");
}
