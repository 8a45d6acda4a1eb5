using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace TradeTargets;

/// <summary>
/// The one spelling of enum values outside code: a lower-case hyphenated token for files and reports
/// (<c>GoodsAndServices</c> is <c>goods-and-services</c>) and the same words with spaces for prose
/// (<c>goods and services</c>).
/// </summary>
/// <remarks>
/// Data files, the JSON and CSV reports and the explanations all spell enum values through this class, so a
/// status reads <c>needs-acceleration</c> in a file and "needs acceleration" in a sentence, never anything else.
/// Parsing accepts the token and, for convenience, the C# name, ignoring case.
/// </remarks>
public static class EnumText
{
    /// <summary>The token for a value: lower-case words joined by hyphens, as data files and reports write it.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The token, for example <c>needs-acceleration</c>.</returns>
    /// <example><code>EnumText.Format(ReportingSide.PartnerMirror) // "partner-mirror"</code></example>
    public static string Format<T>(T value)
        where T : struct, Enum
        => Table<T>.Tokens.TryGetValue(value, out var token) ? token : Tokenise(value.ToString());

    /// <summary>The value in lower-case words for prose: the token with spaces for hyphens.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The words, for example "needs acceleration".</returns>
    public static string Words<T>(T value)
        where T : struct, Enum
        => Format(value).Replace('-', ' ');

    /// <summary>Reads a token (or the C# name), ignoring case and surrounding white space.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a token or name of <typeparamref name="T"/>; the message lists the tokens.</exception>
    public static T Parse<T>(string text)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Table<T>.Values.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        var allowed = string.Join(", ", Table<T>.InOrder);
        throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a {typeof(T).Name}; expected one of: {allowed}."));
    }

    private static string Tokenise(string name)
    {
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

    /// <summary>The table for one enum type, built once: value to token, and token or name back to value.</summary>
    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Tokens = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Tokenise(v.ToString()));

        public static readonly string[] InOrder = [.. Enum.GetValues<T>().Distinct().Select(v => Tokens[v])];

        public static readonly FrozenDictionary<string, T> Values = Tokens
            .SelectMany(p => new[] { (Key: p.Value, Value: p.Key), (Key: p.Key.ToString(), Value: p.Key) })
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
