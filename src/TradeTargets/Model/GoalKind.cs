namespace TradeTargets.Extraction;

/// <summary>Whether an announced level is a commitment or a prediction.</summary>
public enum GoalKind
{
    /// <summary>A goal someone set or agreed to ("agreed to aim at $500m", "set a target of").</summary>
    Target,

    /// <summary>An expectation or forecast ("is expected to reach", "could reach").</summary>
    Forecast,
}
