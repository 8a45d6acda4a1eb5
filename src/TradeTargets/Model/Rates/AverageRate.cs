using System.Globalization;

namespace TradeTargets;

/// <summary>The average exchange rate of one period, as used to convert a figure, with how it was obtained.</summary>
/// <param name="From">The currency converted from.</param>
/// <param name="To">The currency converted to.</param>
/// <param name="Period">The period averaged over: the figure's own period.</param>
/// <param name="Rate">Units of <paramref name="To"/> per one unit of <paramref name="From"/>.</param>
/// <param name="Sources">The sources of the rates averaged.</param>
/// <param name="Method">How the average was taken, for example "mean of 255 daily rates".</param>
/// <param name="AnnualOnly">
/// Whether the period is part of a year (or straddles two) but the table holds only annual averages for it, so the
/// annual average stands in for the period's own.
/// </param>
public sealed record AverageRate(Currency From, Currency To, ReportingPeriod Period, double Rate, ValueList<RateSource> Sources, string Method, bool AnnualOnly)
{
    /// <summary>The source keys, for example <c>ECB</c>.</summary>
    public string SourceKeys => string.Join(", ", Sources.Select(s => s.Key));

    /// <summary>Describes the rate: "1.1195 USD per EUR, 2019 average (mean of 255 daily rates; ECB)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Rate:0.####} {To} per {From}, {Period.Describe()} average ({Method}; {SourceKeys})");
}
