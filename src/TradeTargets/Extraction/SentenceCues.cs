namespace TradeTargets.Extraction;

/// <summary>
/// What a sentence with a number says about its numbers: its quote, where the first word that announces a goal or a
/// forecast stands, whether its goals are targets or forecasts, and where the words about something other than trade stand.
/// </summary>
/// <remarks>
/// Each is read the first time it is asked for: most sentences with a number hold no amount about trade, and the goal
/// and not-trade patterns are among the costliest to run.
/// </remarks>
internal sealed class SentenceCues(string text, string article, Sentence sentence)
{
    private string? sentenceText;
    private TextQuote? quote;
    private int? firstGoalCue;
    private List<(int Start, GoalKind Kind)>? kindWords;
    private List<(int Start, int End)>? notTrade;
    private bool? mayHoldMultiple;

    /// <summary>The sentence itself, for the patterns that read it whole.</summary>
    public string Text => sentenceText ??= text.Substring(sentence.Start, sentence.Length);

    /// <summary>The sentence as quoted in every candidate read from it.</summary>
    public TextQuote Quote => quote ??= new TextQuote(ReferenceEquals(text, article) ? Text : article.Substring(sentence.Start, sentence.Length), sentence.Start, sentence.Length);

    /// <summary>Where the first word that announces a goal or a forecast starts; <see cref="int.MaxValue"/> when there is none.</summary>
    public int FirstGoalCue => firstGoalCue ??= FindFirstGoalCue();

    /// <summary>Whether the sentence has a word that announces a goal or a forecast.</summary>
    public bool HasGoalCue => FirstGoalCue != int.MaxValue;

    /// <summary>Where each word about something else than trade (contracts, investment, a share) stands, in order.</summary>
    public List<(int Start, int End)> NotTrade => notTrade ??= FindNotTrade();

    /// <summary>Whether the sentence has a part of every multiple or percentage ("fold", "doubl", "times", "%", "cent"); without one it has neither.</summary>
    public bool MayHoldMultiple => mayHoldMultiple ??= TextPatterns.MultiplierPart().IsMatch(text.AsSpan(sentence.Start, sentence.Length));

    /// <summary>A target when the sentence has a target word or no forecast word ("expected", "could"), else a forecast.</summary>
    public GoalKind Kind => HasTargetWord || !KindWords.Exists(w => w.Kind == GoalKind.Forecast) ? GoalKind.Target : GoalKind.Forecast;

    /// <summary>Whether the sentence has a word that names a goal ("target", "aim", "wants to"), not only a future ("will reach").</summary>
    public bool HasTargetWord => KindWords.Exists(w => w.Kind == GoalKind.Target);

    /// <summary>
    /// Whether the goal whose amount stands from <paramref name="at"/> to <paramref name="end"/> is a target or a forecast:
    /// a target when a goal word follows the amount ("to reach the $10 billion target"), else as the last word before it
    /// that names a goal or a forecast says ("expects trade to climb to $1 billion by the end of the year, and is aiming
    /// for $3 billion in three years"), else as the sentence's words say (<see cref="Kind"/>). Stated is false when the
    /// sentence has no such word and the goal is a target for want of one.
    /// </summary>
    public (GoalKind Kind, bool Stated) KindAt(int at, int end)
    {
        GoalKind? last = null;
        foreach (var (start, wordKind) in KindWords)
        {
            if (start >= at)
            {
                return (start - end is >= 0 and <= 12 && wordKind == GoalKind.Target ? GoalKind.Target : last ?? Kind, true);
            }

            last = wordKind;
        }

        return (last ?? Kind, KindWords.Count > 0);
    }

    private List<(int Start, GoalKind Kind)> KindWords => kindWords ??= FindKindWords();

    // Where each word that names a goal or a forecast starts, in order; a future alone ("will reach") is neither.
    private List<(int Start, GoalKind Kind)> FindKindWords()
    {
        var found = new List<(int Start, GoalKind Kind)>();
        foreach (var m in TextPatterns.GoalCue.Matches(Text))
        {
            if (m.Groups["target"].Success || m.Groups["forecast"].Success)
            {
                found.Add((sentence.Start + m.Index, m.Groups["target"].Success ? GoalKind.Target : GoalKind.Forecast));
            }
        }

        return found;
    }

    // The first cue, passing over a reach a past change arrived at ("grew by 34% to reach 1.3 billion euros, and imports
    // went up by 15.6% to 1.7 billion"): it announces no goal for the amounts after it.
    private int FindFirstGoalCue()
    {
        var span = text.AsSpan(sentence.Start, sentence.Length);
        var at = TextPatterns.GoalCue.IndexOfFirst(span);
        if (at < 0)
        {
            return int.MaxValue;
        }

        if (span[at..].StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var m in TextPatterns.GoalCue.Matches(Text))
            {
                if (!IsReachAfterAChange(m))
                {
                    return sentence.Start + m.Index;
                }
            }

            return int.MaxValue;
        }

        return sentence.Start + at;
    }

    private bool IsReachAfterAChange(System.Text.RegularExpressions.Match cue)
    {
        var end = cue.Index + cue.Length;
        if (end < Text.Length && char.IsWhiteSpace(Text[end]))
        {
            end++;
        }

        var start = Math.Max(0, end - 90);
        return Text.AsSpan(cue.Index, cue.Length).IndexOfAny(TextPatterns.ReachVerbs) == 0
            && TextPatterns.ReachedAfterAChange().IsMatch(Text.AsSpan(start, end - start));
    }

    private List<(int Start, int End)> FindNotTrade()
    {
        var found = new List<(int Start, int End)>();
        foreach (var m in TextPatterns.NotTrade.Matches(Text))
        {
            found.Add((sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        }

        return found;
    }
}
