using System.Globalization;

namespace TradeTargets;

/// <summary>Small counts as people write them in deadlines and articles: digits, the words "a"/"one" to "eleven", and "decade" (ten years).</summary>
internal static class NumberWords
{
    /// <summary>Reads a count already matched by a pattern that allows only digits or these words.</summary>
    public static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "decade" => 10,
        var digits => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a number written in words before a scale word: "eight", "fifteen", "twenty-five", "hundred", "seven hundred", "two hundred and fifty".</summary>
    public static int Amount(string words)
    {
        var lower = words.ToLowerInvariant();
        var hundred = lower.IndexOf("hundred", StringComparison.Ordinal);
        if (hundred > 0)
        {
            // "seven hundred", "two hundred and fifty": the hundreds, then what follows them.
            var rest = lower[(hundred + "hundred".Length)..].Trim();
            rest = rest.StartsWith("and ", StringComparison.Ordinal) ? rest[4..].TrimStart() : rest;
            return (Count(lower[..hundred].Trim()) * 100) + (rest.Length == 0 ? 0 : Amount(rest));
        }

        var parts = lower.Split('-');
        var tens = parts[0] switch
        {
            "twelve" => 12,
            "fifteen" => 15,
            "twenty" => 20,
            "thirty" => 30,
            "forty" => 40,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            "hundred" => 100,
            var small => Count(small),
        };
        return parts.Length == 2 ? tens + Count(parts[1]) : tens;
    }
}
