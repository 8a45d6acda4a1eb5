using System.Globalization;

namespace TradeTargets;

/// <summary>
/// The time-order rules every record obeys, so that an evaluation as of a date can never see the future: a figure or a
/// relative statement is published after its period ends, a goal's source is published on or after the announcement,
/// and a stated baseline does not lie after the announcement year.
/// </summary>
/// <remarks>
/// The record constructors call these rules, so records built in code and records read from files pass the same
/// checks; loaders report the exception at the row's line and column. Every message names both dates.
/// </remarks>
internal static class TimeOrder
{
    /// <summary>Whether a source dated <paramref name="published"/> can report a level for <paramref name="period"/>: only from the day after it ends.</summary>
    public static bool CanReport(DateOnly published, ReportingPeriod period) => published > period.LastDay;

    /// <summary>Refuses a source dated on or before the last day of the period it reports on.</summary>
    /// <param name="period">The period the record states a level (or a comparison) for.</param>
    /// <param name="source">The source.</param>
    /// <param name="side">Who reported it; an official's claim gets its own explanation.</param>
    /// <param name="paramName">The constructor parameter, which loaders map to the source date's column.</param>
    public static void CheckPublishedAfter(ReportingPeriod period, Source source, ReportingSide side, string paramName)
    {
        if (CanReport(source.Published, period))
        {
            return;
        }

        var why = side == ReportingSide.OfficialClaim
            ? "an official's estimate for a period not yet over is a forecast, not a reported figure; record it as a goal, or record the figure once the period is over"
            : "a level for a period cannot be known before the period is over";
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The source is dated {source.Published:yyyy-MM-dd}, on or before {period.LastDay:yyyy-MM-dd}, the last day of {period.Describe()}: {why}. A source for it is dated {period.LastDay.AddDays(1):yyyy-MM-dd} or later."),
            paramName);
    }

    /// <summary>Refuses a goal whose source is dated before the goal was announced.</summary>
    public static void CheckSourceAfterAnnouncement(DateOnly announcedOn, Source source, string paramName)
    {
        if (source.Published < announcedOn)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The source is dated {source.Published:yyyy-MM-dd}, before the announcement on {announcedOn:yyyy-MM-dd}; a source reports an announcement on or after the day it was made."),
                paramName);
        }
    }

    /// <summary>Refuses a stated baseline whose period begins after the announcement year.</summary>
    public static void CheckBaselineNotAfterAnnouncement(DateOnly announcedOn, GoalBaseline baseline, string paramName)
    {
        if (baseline.Period.StartYear > announcedOn.Year)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The baseline period {baseline.Period.Describe()} begins on {baseline.Period.FirstDay:yyyy-MM-dd}, after the year of the announcement on {announcedOn:yyyy-MM-dd}; a baseline is a level from before or at the announcement."),
                paramName);
        }
    }
}
