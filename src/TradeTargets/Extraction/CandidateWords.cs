namespace TradeTargets.Extraction;

/// <summary>The qualifiers written with amounts and percentages, and the confidence a candidate gets for what was inferred.</summary>
internal static class CandidateWords
{
    /// <summary>The qualifier right before an amount ("about", "over", "almost"), else exact.</summary>
    public static AmountQualifier QualifierBefore(string before)
    {
        var m = TextPatterns.QualifierBefore().Match(before);
        return !m.Success ? AmountQualifier.Exact
            : m.Groups["about"].Success ? AmountQualifier.About
            : m.Groups["over"].Success ? AmountQualifier.Over
            : AmountQualifier.Almost;
    }

    /// <summary>The qualifier a pattern's own qualifier word names ("nearly double", "almost 20%").</summary>
    public static AmountQualifier Qualifier(string word) => word.ToLowerInvariant() switch
    {
        "almost" or "nearly" => AmountQualifier.Almost,
        "about" or "around" => AmountQualifier.About,
        _ => AmountQualifier.Over,
    };

    /// <summary>What a missing target or deadline takes off a candidate's confidence.</summary>
    public const double MissingPart = 0.2;

    /// <summary>What a deadline taken from the next sentence takes off a goal's confidence.</summary>
    public const double DeadlineFromNextSentence = 0.1;

    /// <summary>0.95 when everything was read in the sentence, less for each part inferred and 0.2 for each missing one.</summary>
    public static double Confidence(InferredParts inferred, int missing)
    {
        var c = 0.95;
        c -= inferred.HasFlag(InferredParts.Partner) ? 0.15 : 0;
        c -= inferred.HasFlag(InferredParts.Flow) ? 0.1 : 0;
        c -= inferred.HasFlag(InferredParts.Period) ? 0.15 : 0;
        c -= inferred.HasFlag(InferredParts.Year) ? 0.05 : 0;
        c -= inferred.HasFlag(InferredParts.Reporter) ? 0.05 : 0;
        c -= inferred.HasFlag(InferredParts.Currency) ? 0.05 : 0;
        c -= inferred.HasFlag(InferredParts.Target) ? 0.1 : 0;
        c -= inferred.HasFlag(InferredParts.Deadline) ? DeadlineFromNextSentence : 0;
        c -= missing * MissingPart;
        return Math.Round(Math.Clamp(c, 0.05, 1.0), 2);
    }
}
