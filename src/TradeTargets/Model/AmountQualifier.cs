namespace TradeTargets;

/// <summary>How a source qualified a number: "around $50m" is not "$50m".</summary>
public enum AmountQualifier
{
    /// <summary>Stated as a plain number.</summary>
    Exact,

    /// <summary>"About", "around", "some".</summary>
    About,

    /// <summary>"Almost", "nearly": a little under the number.</summary>
    Almost,

    /// <summary>"Over", "more than": at least the number.</summary>
    Over,
}
