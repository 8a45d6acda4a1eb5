namespace TradeTargets;

/// <summary>The reason an argument exception gives, without what the runtime adds for programmers.</summary>
internal static class ExceptionText
{
    /// <summary>
    /// The message without the runtime's " (Parameter 'x')" and "Actual value was ..." additions, for a message that
    /// quotes another one: a person reading a data problem never saw the parameter.
    /// </summary>
    public static string Reason(Exception e)
    {
        var message = e.Message;
        if (e is ArgumentOutOfRangeException { ActualValue: { } actual })
        {
            message = message.Replace($"{Environment.NewLine}Actual value was {actual}.", string.Empty, StringComparison.Ordinal);
        }

        return e is ArgumentException { ParamName: { } name } ? message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : message;
    }
}
