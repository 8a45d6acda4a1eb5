namespace TradeTargets.Extraction;

/// <summary>Which parts of a candidate were not written in its sentence but inferred.</summary>
[Flags]
public enum InferredParts
{
    /// <summary>Everything was read from the sentence.</summary>
    None = 0,

    /// <summary>The reporter came from the caller or from the country the article names most.</summary>
    Reporter = 1,

    /// <summary>The partner was named in another sentence, not in this one: an earlier one, or for a goal written before any partner is named, one of the next.</summary>
    Partner = 2,

    /// <summary>The flow was carried over from an earlier sentence.</summary>
    Flow = 4,

    /// <summary>The year was taken from the publication date ("in January–August", "last year").</summary>
    Year = 8,

    /// <summary>No period was stated; the latest full year (or the current year for "a year") was assumed.</summary>
    Period = 16,

    /// <summary>No currency was written ("half a billion"); the currency of the article's other amounts, or US dollars, was assumed.</summary>
    Currency = 32,

    /// <summary>The announcement date came from a date earlier in the text ("On 29 June") or from "two years ago", not the publication date.</summary>
    AnnouncedOn = 64,

    /// <summary>No target amount was written; it is the baseline times the multiplier ("double trade, currently $5.6bn").</summary>
    Target = 128,

    /// <summary>The sentence gave no time; the deadline stands in the next one ("He expects the figure to be reached soon").</summary>
    Deadline = 256,
}
