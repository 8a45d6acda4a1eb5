namespace TradeTargets.Extraction;

/// <summary>What the extractor knows about an article besides its text: when it was published and, optionally, whose trade it is about.</summary>
/// <remarks>
/// The publication date anchors every inference about time: a period without a year ("in January–August") takes the
/// year of the publication, a level without a period ("trade is stuck at around $50m") is read as the latest full
/// year, and a relative deadline counts from the announcement, which is the publication date unless the text dates it.
/// Without a reporter, the country the article names most often is taken as the reporter, and every candidate says so.
/// </remarks>
public sealed record ExtractionContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="published">The day the article was published.</param>
    /// <param name="reporter">The country whose trade the article is about, when known; otherwise it is inferred from the text.</param>
    public ExtractionContext(DateOnly published, Country? reporter = null)
    {
        Published = published;
        Reporter = reporter;
    }

    /// <summary>The day the article was published.</summary>
    public DateOnly Published { get; }

    /// <summary>The reporting country given by the caller, or null to infer it.</summary>
    public Country? Reporter { get; }

    /// <summary>
    /// The policy whose phrases a vague deadline is read as, the same one the goals will be loaded and evaluated with
    /// (<see cref="IO.ImportOptions"/>, <see cref="EvaluationOptions"/>). A phrase the policy knows is kept as written;
    /// any other vague phrase is mapped onto the nearest of the default policy's phrases when this policy knows it, and
    /// otherwise read as no deadline. Default: <see cref="VagueDeadlinePolicy.Default"/>.
    /// </summary>
    public VagueDeadlinePolicy VagueDeadlines { get; init; } = VagueDeadlinePolicy.Default;
}
