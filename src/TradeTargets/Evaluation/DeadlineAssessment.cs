namespace TradeTargets;

/// <summary>The measures of a goal against one reading of its deadline (one year; a vague deadline has one per end of its window).</summary>
public sealed record DeadlineAssessment
{
    /// <summary>The deadline year assessed.</summary>
    public required int DeadlineYear { get; init; }

    /// <summary>Whether the deadline year had ended by the evaluation date.</summary>
    public required bool DeadlinePassed { get; init; }

    /// <summary>The full-year level of the deadline year, when known.</summary>
    public LevelEstimate? LevelAtDeadline { get; init; }

    /// <summary>CAGR_r = (goal / base)^(1 / (T − t_base)) − 1, or null when undefined.</summary>
    public double? RequiredGrowth { get; init; }

    /// <summary>R = CAGR_o / |CAGR_r|, or null when either is undefined.</summary>
    public double? ProgressRatio { get; init; }

    /// <summary>The Eurostat category of <see cref="ProgressRatio"/>.</summary>
    public ProgressCategory? ProgressCategory { get; init; }

    /// <summary>The UNSD anticipated level at the deadline, v_latest (1 + CAGR_o)^(T − t_latest).</summary>
    public double? AnticipatedLevel { get; init; }

    /// <summary>(v_anticipated − v_base) / (v_goal − v_base).</summary>
    public double? AnticipatedRatio { get; init; }

    /// <summary>The UNSD category of <see cref="AnticipatedRatio"/>.</summary>
    public AnticipatedProgress? AnticipatedProgress { get; init; }

    /// <summary>The evaluation's <see cref="GoalEvaluation.Trend"/> projected to this deadline year, or null when no trend was fitted (its note says why).</summary>
    public TrendProjection? Trend { get; init; }

    /// <summary>Years the latest level lags the required path (negative: ahead), or null when undefined.</summary>
    public double? YearsBehindSchedule { get; init; }

    /// <summary>The status for this deadline year.</summary>
    public required GoalStatus Status { get; init; }

    /// <summary>Why the status is what it is, in one sentence.</summary>
    public required string Reason { get; init; }
}
