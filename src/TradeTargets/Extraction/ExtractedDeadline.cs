namespace TradeTargets.Extraction;

/// <summary>A deadline as written and as the data format reads it.</summary>
/// <param name="Phrase">The words in the article: "in a few years’ time", "by 2020", "within the next two years".</param>
/// <param name="Deadline">The deadline in the data format's terms; a vague phrase is one the context's <see cref="ExtractionContext.VagueDeadlines"/> knows.</param>
/// <param name="FirstYear">The earliest year it can mean for the candidate's announcement date under the default policy.</param>
/// <param name="LastYear">The latest year it can mean; equal to <paramref name="FirstYear"/> unless the deadline is vague.</param>
public sealed record ExtractedDeadline(string Phrase, Deadline Deadline, int FirstYear, int LastYear);
