namespace TradeTargets.Charts.Tests;

/// <summary>Keeps every rendered image under the test output folder (rendered/) so a person can look at it.</summary>
internal static class Rendered
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "rendered");

    public static void Keep(string name, byte[] png)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(Path.Combine(Folder, name + ".png"), png);
    }

    public static void Keep(string name, string svg)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".svg"), svg);
    }
}
