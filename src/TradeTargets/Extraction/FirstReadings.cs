namespace TradeTargets.Extraction;

/// <summary>
/// Keeps one reading per pair, flow and period: an article states a level (or a change) once, and the later amounts
/// read for the same pair, flow and period are nearly always its parts (a product, a port, a region, another partner's
/// line the sentence did not name) or a restatement.
/// </summary>
/// <remarks>
/// The reading kept is the first one whose own sentence names its partner and flow, or the first one if none does
/// ("Exports to Chile came to $1,071m. Molybdenum concentrates brought in $142m": the second is carried over from
/// the first sentence, and is a product). The others are returned, in the order of the text, so a person can still see
/// them.
/// </remarks>
internal static class FirstReadings
{
    private const InferredParts CarriedOver = InferredParts.Partner | InferredParts.Flow;

    public static (List<T> Kept, List<T> Repeats) Split<T, TKey>(List<T> readings, Func<T, TKey> key, Func<T, InferredParts> inferred)
        where TKey : notnull
    {
        var chosen = new Dictionary<TKey, int>();
        for (var i = 0; i < readings.Count; i++)
        {
            var k = key(readings[i]);
            if (!chosen.TryGetValue(k, out var first) || (IsCarriedOver(inferred(readings[first])) && !IsCarriedOver(inferred(readings[i]))))
            {
                chosen[k] = i;
            }
        }

        var kept = new List<T>(chosen.Count);
        var repeats = new List<T>(readings.Count - chosen.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            (chosen[key(readings[i])] == i ? kept : repeats).Add(readings[i]);
        }

        return (kept, repeats);
    }

    private static bool IsCarriedOver(InferredParts inferred) => (inferred & CarriedOver) != 0;
}
