using System.Text.RegularExpressions;

namespace TradeTargets.Extraction;

/// <summary>What a sentence with a number says about its numbers: its quote, the words that announce a goal or a forecast, and the words about something other than trade.</summary>
internal sealed record SentenceCues(TextQuote Quote, List<Match> GoalCues, List<Match> NotTrade);
