namespace TradeTargets.Extraction;

/// <summary>A sentence about trade with what was found in it and what the sentences before it leave behind.</summary>
/// <param name="Index">The sentence's place in the article.</param>
/// <param name="Sentence">Where it is.</param>
/// <param name="Countries">The countries it names, in order.</param>
/// <param name="Flows">Its flow words, in order.</param>
/// <param name="Periods">The periods it names, in order.</param>
/// <param name="PreviousTopic">The partner the sentences before were about, for a sentence that names none.</param>
/// <param name="CarriedFlow">The flow of the sentence before, when this one continues it without a flow word of its own.</param>
/// <param name="TopicIsAhead">Whether <paramref name="PreviousTopic"/> is the partner a later sentence names, no earlier one having named any.</param>
internal sealed record SentenceFacts(
    int Index,
    Sentence Sentence,
    List<CountryMention> Countries,
    List<FlowWord> Flows,
    List<PeriodMention> Periods,
    Country? PreviousTopic,
    TradeFlow? CarriedFlow,
    bool TopicIsAhead);
