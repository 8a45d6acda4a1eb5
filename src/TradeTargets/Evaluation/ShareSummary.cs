namespace TradeTargets;

/// <summary>The spread of a set of shares (level / goal, new goal / old goal): how many, and their quartiles.</summary>
/// <param name="Count">How many shares.</param>
/// <param name="LowerQuartile">The 25th percentile, or null without shares.</param>
/// <param name="Median">The median, or null without shares.</param>
/// <param name="UpperQuartile">The 75th percentile, or null without shares.</param>
/// <remarks>Quartiles are MathNet's <c>Statistics.Quantile</c> (the R-8 estimate, median-unbiased), so they can be checked by hand or in R with <c>quantile(x, type = 8)</c>.</remarks>
public sealed record ShareSummary(int Count, double? LowerQuartile, double? Median, double? UpperQuartile)
{
    /// <summary>Summarises shares.</summary>
    /// <param name="shares">The shares; none may be NaN.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shares"/> is null.</exception>
    /// <exception cref="ArgumentException">A share is NaN.</exception>
    public static ShareSummary Of(IEnumerable<double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var values = shares.ToArray();
        if (values.Any(double.IsNaN))
        {
            throw new ArgumentException("A share is NaN.", nameof(shares));
        }

        return values.Length == 0
            ? new ShareSummary(0, null, null, null)
            : new ShareSummary(
                values.Length,
                MathNet.Numerics.Statistics.Statistics.Quantile(values, 0.25),
                MathNet.Numerics.Statistics.Statistics.Median(values),
                MathNet.Numerics.Statistics.Statistics.Quantile(values, 0.75));
    }
}
