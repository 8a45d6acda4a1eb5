using System.CommandLine.Parsing;
using System.Globalization;

namespace TradeTargets.Sample;

/// <summary>Reads a date option (--as-of, --published) in the one form the console takes: yyyy-mm-dd.</summary>
internal static class DateOption
{
    /// <summary>The date, or null with a usage error naming the option and an example.</summary>
    public static DateOnly? Parse(ArgumentResult result, string option, string example)
    {
        var text = result.Tokens.Single().Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"{option} '{text}' is not a date; expected yyyy-mm-dd, for example {example}.");
        return null;
    }
}
