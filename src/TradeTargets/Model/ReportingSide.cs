namespace TradeTargets;

/// <summary>Who produced a figure, which decides how much weight it carries.</summary>
public enum ReportingSide
{
    /// <summary>The source does not say where the number comes from.</summary>
    Unstated,

    /// <summary>The reporter's own official statistics.</summary>
    Reporter,

    /// <summary>The partner's official statistics read in mirror (its imports are the reporter's exports).</summary>
    PartnerMirror,

    /// <summary>A number stated by an official, for example in a speech, without a statistical source.</summary>
    OfficialClaim,
}
