using System.Globalization;
using System.Text;

namespace TradeTargets;

/// <summary>Writes and reads enum values as lower-case hyphenated words (<c>GoodsAndServices</c> is <c>goods-and-services</c>).</summary>
internal static class EnumText
{
    public static string Format<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Format(value), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Select(v => Format(v)));
        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a {typeof(T).Name}; expected one of: {allowed}."));
    }
}
