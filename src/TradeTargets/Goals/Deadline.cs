using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets;

/// <summary>When a goal is due: a fixed year, a number of years after the announcement, or a vague phrase.</summary>
/// <remarks>
/// A deadline year Y means the annual figure for calendar year Y must reach the goal. A vague phrase
/// ("in a few years") becomes a window of years through a <see cref="VagueDeadlinePolicy"/>, and every
/// result computed under it says so.
/// Text forms: <c>2015</c> (also "in 2015", "by 2015", "by mid-2015", "by the end of 2015": a deadline is a
/// calendar year); <c>within 4 years</c>; any other phrase is vague, for example <c>in the near future</c>.
/// The three kinds are the only ones: the type cannot be derived from outside the library, so every deadline
/// resolves to a window whose first year is not after its last.
/// </remarks>
public abstract partial record Deadline
{
    private protected Deadline()
    {
    }

    /// <summary>Due in a calendar year: "in 2015".</summary>
    /// <param name="year">The year.</param>
    /// <returns>The deadline.</returns>
    public static Deadline InYear(int year) => new FixedDeadline(year);

    /// <summary>Due a number of years after the announcement: "within four years".</summary>
    /// <param name="years">One or more.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Within(int years) => new RelativeDeadline(years);

    /// <summary>Due at a time given only in words: "in the near future".</summary>
    /// <param name="phrase">The phrase, interpreted later by a <see cref="VagueDeadlinePolicy"/>.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Vague(string phrase) => new VagueDeadline(phrase);

    /// <summary>The years the deadline can mean for a goal announced on a given date.</summary>
    /// <param name="announcedOn">The announcement date.</param>
    /// <param name="policy">How vague phrases become windows.</param>
    /// <returns>The window; first and last year are equal unless the deadline is vague.</returns>
    /// <exception cref="ArgumentNullException">The policy is null.</exception>
    /// <exception cref="ArgumentException">The deadline is vague and the policy does not know its phrase.</exception>
    public DeadlineWindow Resolve(DateOnly announcedOn, VagueDeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return ResolveYears(announcedOn, policy);
    }

    /// <summary>The deadline year when it does not depend on a vague-deadline policy: a fixed year, or the announcement year plus a count.</summary>
    internal virtual int? YearWithoutPolicy(DateOnly announcedOn) => null;

    /// <summary>
    /// Whether <see cref="Resolve"/> can read the deadline under a policy: always, unless it is a vague phrase the
    /// policy does not know. Reading a goals file and evaluating a goal both ask it, each with the policy in force.
    /// </summary>
    internal virtual bool IsKnownTo(VagueDeadlinePolicy policy) => true;

    // Private protected and abstract: no type outside the library can derive from Deadline (even through the
    // record's protected copy constructor), since it could not implement this.
    private protected abstract DeadlineWindow ResolveYears(DateOnly announcedOn, VagueDeadlinePolicy policy);

    /// <summary>Reads a deadline: a four-digit year, "within N years" (or "in the next N years", N in digits or words), or a vague phrase.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The text is blank.</exception>
    public static Deadline Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new FormatException("A deadline is required; expected a year such as '2015', 'within 4 years' or a phrase such as 'in the near future'.");
        }

        var year = YearPattern().Match(trimmed);
        if (year.Success)
        {
            return InYear(int.Parse(year.Groups["year"].Value, CultureInfo.InvariantCulture));
        }

        var relative = RelativePattern().Match(trimmed);
        if (relative.Success)
        {
            return Within(NumberWords.Count(relative.Groups["count"].Value));
        }

        return Vague(trimmed);
    }

    /// <summary>Reads a deadline and checks that a vague phrase is one the policy can interpret.</summary>
    /// <param name="text">The text, as for <see cref="Parse(string)"/>.</param>
    /// <param name="policy">The policy vague phrases must be known to.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="FormatException">The text is blank, or a vague phrase the policy does not know; the message lists the known phrases.</exception>
    public static Deadline Parse(string text, VagueDeadlinePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var deadline = Parse(text);
        if (!deadline.IsKnownTo(policy))
        {
            throw new FormatException(
                $"'{text}' is neither a year, 'within N years', nor a vague phrase known to policy {policy.Name} ({policy.KnownPhrases}).");
        }

        return deadline;
    }

    [GeneratedRegex(@"^((in|by)\s+((the\s+)?(end|middle)\s+of\s+|(mid|end)-)?)?(?<year>[0-9]{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(within( the next)?|in the next|in)\s+(?<count>[0-9]{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePattern();
}
