using System.Globalization;

namespace TradeTargets;

/// <summary>An announced bilateral trade goal: who promised what level of which flow with whom, by when, from which baseline, on which source.</summary>
/// <example><code>
/// var goal = new Goal("blr-are-2015", Country.Parse("BLR"), Country.Parse("UAE"), TradeFlow.Turnover,
///     Amount.Parse("$500m"), Deadline.InYear(2015), new DateOnly(2014, 10, 27), "President", source);
/// </code></example>
public sealed record Goal : TradeRecord
{
    /// <summary>Creates a goal.</summary>
    /// <param name="id">A unique identifier.</param>
    /// <param name="reporter">The country whose trade is measured.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="flow">The flow the goal is about.</param>
    /// <param name="target">The level to reach.</param>
    /// <param name="deadline">When it is due.</param>
    /// <param name="announcedOn">When it was announced.</param>
    /// <param name="announcer">Who announced it (person or office).</param>
    /// <param name="source">Where the announcement is reported.</param>
    /// <param name="baseline">The stated starting level, if any.</param>
    /// <param name="multiplier">The stated multiple of the baseline, if any.</param>
    /// <param name="restatementOf">The id of the earlier goal this one restates, if any.</param>
    /// <param name="note">The editor's remark.</param>
    /// <exception cref="ArgumentException">An argument is missing, reporter equals partner, the goal restates itself, the source is dated before the announcement, or the baseline period begins after the announcement year.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target is zero, above <see cref="Amount.MaxRecordedValue"/> or not above the stated baseline; a fixed deadline falls before the announcement year, a fixed or relative deadline before the end of the baseline period; or the announcement year is outside 1800 to <see cref="MaxAnnouncementYear"/>.</exception>
    public Goal(
        string id,
        Country reporter,
        Country partner,
        TradeFlow flow,
        Amount target,
        Deadline deadline,
        DateOnly announcedOn,
        string announcer,
        Source source,
        GoalBaseline? baseline = null,
        GoalMultiplier? multiplier = null,
        string? restatementOf = null,
        string? note = null)
        : base(id, new TradePair(reporter, partner), flow, note)
    {

        Target = Preconditions.Recorded(target).Value > 0 ? target : throw new ArgumentOutOfRangeException(nameof(target), target, $"The target must be greater than zero; it was {target}.");
        Deadline = Preconditions.NotNull(deadline);
        if (deadline is FixedDeadline fixedDeadline && fixedDeadline.Year < announcedOn.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(deadline),
                fixedDeadline.Year,
                string.Create(CultureInfo.InvariantCulture, $"The deadline {fixedDeadline.Year} falls before the announcement on {announcedOn:yyyy-MM-dd}; expected a year of {announcedOn.Year} or later."));
        }

        if (announcedOn.Year is < ReportingPeriod.MinYear or > MaxAnnouncementYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(announcedOn),
                announcedOn,
                string.Create(CultureInfo.InvariantCulture, $"The announcement date {announcedOn:yyyy-MM-dd} must fall in the years {ReportingPeriod.MinYear} to {MaxAnnouncementYear}, so that every reading of its deadline is a year up to {ReportingPeriod.MaxYear}."));
        }

        AnnouncedOn = announcedOn;
        Announcer = Preconditions.NotBlank(announcer);
        Source = Preconditions.NotNull(source);
        if (baseline is not null && baseline.Amount.Currency != target.Currency)
        {
            throw new ArgumentException($"The baseline {baseline.Amount} and the target {target} are in different currencies.", nameof(baseline));
        }

        Baseline = baseline is null ? null : baseline with { Amount = Preconditions.Recorded(baseline.Amount, nameof(baseline)) };
        // Fixed and relative deadlines name their year without a policy, so both obey the rule; a vague one is read later.
        if (baseline is not null && deadline.YearWithoutPolicy(announcedOn) is { } dueYear && dueYear < baseline.Period.EndYear)
        {
            var due = deadline is FixedDeadline ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ('{deadline}' after {announcedOn.Year})");
            throw new ArgumentOutOfRangeException(
                nameof(deadline),
                dueYear,
                string.Create(CultureInfo.InvariantCulture, $"The deadline {dueYear}{due} falls before the end of the stated baseline period ({baseline.Period.Describe()}); a goal is reached after its baseline."));
        }

        // Goals are goals of growth: a target at or below the stated baseline would score as achieved on the first day.
        // Decrease goals are not modelled; such a goal is refused rather than scored wrongly.
        if (baseline is not null && target.Value <= baseline.Amount.Value)
        {
            throw new ArgumentOutOfRangeException(
                nameof(target),
                target,
                $"The target {target} is not above the stated baseline {baseline.Amount}; only goals of growth are scored (a goal to reduce trade is not modelled).");
        }

        TimeOrder.CheckSourceAfterAnnouncement(announcedOn, source, nameof(source));
        if (baseline is not null)
        {
            TimeOrder.CheckBaselineNotAfterAnnouncement(announcedOn, baseline, BaselinePeriodParameter);
        }

        Multiplier = multiplier;
        RestatementOf = string.IsNullOrWhiteSpace(restatementOf) ? null : restatementOf.Trim();
        if (RestatementOf == Id)
        {
            throw new ArgumentException($"Goal {Id} cannot be a restatement of itself.", nameof(restatementOf));
        }
    }

    /// <summary>
    /// Whether the goal was set (<see cref="GoalKind.Target"/>, the default) or only expected by an official
    /// (<see cref="GoalKind.Forecast"/>); both are scored alike, and reports keep them apart.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="GoalKind"/>.</exception>
    public GoalKind Kind
    {
        get;
        init => field = Preconditions.Defined(value, nameof(Kind));
    }

    /// <summary>The parameter name of the baseline's period in exceptions, so loaders point at its own column.</summary>
    internal const string BaselinePeriodParameter = "baseline.Period";

    /// <summary>The level to reach, as announced.</summary>
    public Amount Target { get; }

    /// <summary>The latest announcement year a goal may have: a hundred years before <see cref="ReportingPeriod.MaxYear"/>, the longest reading of a deadline.</summary>
    public const int MaxAnnouncementYear = ReportingPeriod.MaxYear - 100;

    /// <summary>When it is due.</summary>
    public Deadline Deadline { get; }

    /// <summary>When it was announced.</summary>
    public DateOnly AnnouncedOn { get; }

    /// <summary>Who announced it.</summary>
    public string Announcer { get; }

    /// <summary>Where the announcement is reported.</summary>
    public Source Source { get; }

    /// <summary>The stated baseline, if any.</summary>
    public GoalBaseline? Baseline { get; }

    /// <summary>The stated multiple of the baseline, if any.</summary>
    public GoalMultiplier? Multiplier { get; }

    /// <summary>The id of the goal this one restates, if any.</summary>
    public string? RestatementOf { get; }

    /// <summary>The level that baseline times multiplier gives ("fourfold from $121m" is $484m), or null when either is missing.</summary>
    public Amount? ImpliedTarget => Baseline is null || Multiplier is null
        ? null
        : Amount.FromUnits(Baseline.Amount.Value * Multiplier.Factor, Target.Currency);

    /// <summary>The stated target divided by <see cref="ImpliedTarget"/>: 1.033 when "fourfold from $121m" is announced as $500m.</summary>
    public double? TargetOverImplied => ImpliedTarget is { Value: > 0 } implied ? Target.ToDouble() / implied.ToDouble() : null;

    /// <summary>
    /// The goal as a reader meets it, both sides named: "India–Russia: $100bn turnover by 2030", "Belarus–Vietnam: $500m
    /// turnover in a few years". Tables, reports, chart titles and labels name a goal with this, so goals of two
    /// reporters with one partner are never told apart by the partner alone.
    /// </summary>
    /// <returns>The pair (<see cref="ProseText.Describe(TradePair)"/>), then <see cref="DescribeTarget"/>.</returns>
    public string Describe() => $"{ProseText.Describe(Pair)}: {DescribeTarget()}";

    /// <summary>The target, flow and deadline as announced, without the pair: "$100bn turnover by 2030", "$1bn turnover within 4 years".</summary>
    /// <returns>The words.</returns>
    public string DescribeTarget() => $"{Target} {ProseText.Describe(Flow)} {(Deadline is FixedDeadline ? "by " : string.Empty)}{Deadline}";

    /// <summary>Returns "BLR–ARE turnover $500m by 2015".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Pair} {EnumText.Format(Flow)} {Target} by {Deadline}";

    /// <inheritdoc/>
    internal override string KindName => "goal";
}
