namespace TradeTargets;

/// <summary>A deadline given only in words, such as "in the coming years".</summary>
public sealed record VagueDeadline : Deadline
{
    /// <summary>Creates a vague deadline.</summary>
    /// <param name="phrase">The phrase as announced.</param>
    /// <exception cref="ArgumentException">The phrase is blank.</exception>
    public VagueDeadline(string phrase) => Phrase = Preconditions.NotBlank(phrase);

    /// <summary>The phrase.</summary>
    public string Phrase { get; }

    internal override bool IsKnownTo(VagueDeadlinePolicy policy) => policy.Knows(Phrase);

    private protected override DeadlineWindow ResolveYears(DateOnly announcedOn, VagueDeadlinePolicy policy) => policy.Interpret(Phrase, announcedOn);

    /// <summary>Returns the phrase.</summary>
    /// <returns>The phrase.</returns>
    public override string ToString() => Phrase;
}
