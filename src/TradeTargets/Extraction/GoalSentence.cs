namespace TradeTargets.Extraction;

/// <summary>What every goal of one sentence shares: the sentence, its cues, the level it starts from and when it was announced.</summary>
/// <param name="Facts">The sentence and its context.</param>
/// <param name="Cues">Its quote and goal words.</param>
/// <param name="Baseline">The level the goal starts from ("from $121m in 2016"), if the sentence states one.</param>
/// <param name="AnnouncedOn">When the goal was announced.</param>
/// <param name="Dated">Whether the text dates the announcement (otherwise it is the publication date).</param>
/// <param name="MultiplierAt">Where the multiplier stands, for a goal with no target amount ("to double trade by 2020").</param>
internal sealed record GoalSentence(SentenceFacts Facts, SentenceCues Cues, FigureCandidate? Baseline, DateOnly AnnouncedOn, bool Dated, int MultiplierAt);
