using System.Text;

namespace TradeTargets.ImfDots;

/// <summary>
/// The names in DOTS workbooks that are no catalogue country (World, regions, unions, unspecified areas, former
/// countries), each with the reason it is left out: the embedded file <c>Data/imf-areas.csv</c>.
/// </summary>
internal static class ImfAreas
{
    private const string ResourceName = "TradeTargets.ImfDots.imf-areas.csv";

    private static readonly Lazy<Dictionary<string, string>> Reasons = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Finds why a name is left out, or returns false for a name that is not a known area.</summary>
    public static bool TryGetReason(string name, out string reason)
        => Reasons.Value.TryGetValue(name.Trim(), out reason!);

    private static Dictionary<string, string> Load()
    {
        using var stream = typeof(ImfAreas).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource '{ResourceName}' is missing from {typeof(ImfAreas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var reasons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            // "name",reason: a quoted name may hold commas; reasons hold none.
            var split = line.LastIndexOf(',');
            var name = line[..split].Trim('"');
            if (!reasons.TryAdd(name, line[(split + 1)..]))
            {
                throw new InvalidOperationException($"'{name}' is listed twice in {ResourceName}.");
            }
        }

        return reasons;
    }
}
