using System.Globalization;

namespace TradeTargets;

/// <summary>Where a figure or goal was published.</summary>
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="publication">The publication or statistics office, for example a digest series or a statistics committee.</param>
    /// <param name="title">The title of the article, table or release.</param>
    /// <param name="published">The date it became public; evaluations as of an earlier date ignore it.</param>
    /// <param name="address">An optional web address.</param>
    /// <param name="covers">The months the publication reports on, when it says so (a two-monthly digest covers two months).</param>
    /// <exception cref="ArgumentException">The publication or title is blank, or <paramref name="covers"/> is <c>default(ReportingPeriod)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The publication date is before <see cref="ReportingPeriod.MinYear"/> (as <c>default(DateOnly)</c>, 0001-01-01, is): such a source would count in every evaluation.</exception>
    public Source(string publication, string title, DateOnly published, Uri? address = null, ReportingPeriod? covers = null)
    {
        Publication = Preconditions.NotBlank(publication);
        Title = Preconditions.NotBlank(title);
        Published = published.Year >= ReportingPeriod.MinYear
            ? published
            : throw new ArgumentOutOfRangeException(nameof(published), published, string.Create(CultureInfo.InvariantCulture, $"The publication date must be from {ReportingPeriod.MinYear} on; it was {published:yyyy-MM-dd}{(published == default ? " (default(DateOnly), not set)" : string.Empty)}."));
        Address = address;
        Covers = covers is { } months ? Preconditions.Period(months, nameof(covers)) : null;
    }

    /// <summary>The publication or office.</summary>
    public string Publication { get; }

    /// <summary>The title of the article or table.</summary>
    public string Title { get; }

    /// <summary>The date it became public.</summary>
    public DateOnly Published { get; }

    /// <summary>The web address, if any.</summary>
    public Uri? Address { get; }

    /// <summary>The months the publication reports on, if stated; for example <c>2016-09/2016-10</c> for a September–October digest.</summary>
    public ReportingPeriod? Covers { get; }

    /// <summary>Returns "Publication, 'Title' (yyyy-mm-dd)".</summary>
    /// <returns>A citation line.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Publication}, '{Title}' ({Published:yyyy-MM-dd})");
}
