namespace TradeTargets;

/// <summary>Whether an announced level is a commitment (a target) or a prediction (an official's forecast); goals and extraction share it.</summary>
public enum GoalKind
{
    /// <summary>A goal someone set or agreed to ("agreed to aim at $500m", "set a target of").</summary>
    Target,

    /// <summary>An expectation or forecast ("is expected to reach", "could reach").</summary>
    Forecast,
}
