namespace TradeTargets;

/// <summary>Where the rates of a table come from: a short key and a description with the publisher, vintage and method.</summary>
/// <param name="Key">The key rows of the rates file name it by, for example <c>ECB</c>.</param>
/// <param name="Description">The publisher, series, vintage and averaging method, as the file declares them.</param>
public sealed record RateSource(string Key, string Description)
{
    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;
}
