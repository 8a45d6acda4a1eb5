using System.Text.Json;

namespace TradeTargets.Reports;

/// <summary>Field writers the JSON documents share.</summary>
internal static class JsonFields
{
    /// <summary>A number, or null when there is none or it is not finite (JSON has no NaN or infinity).</summary>
    public static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
