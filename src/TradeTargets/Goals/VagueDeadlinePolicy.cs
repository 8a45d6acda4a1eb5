using System.Globalization;

namespace TradeTargets;

/// <summary>A named, documented reading of vague deadline phrases as windows of years after the announcement.</summary>
/// <remarks>
/// <see cref="Default"/> reads: "soon" and "in the near future" as 1 to 3 years; "in a few years",
/// "in the coming years" and "in the next few years" as 2 to 5 years; "in the medium term" as 3 to 5
/// years; "in the long term" as 5 to 10 years. Phrases are matched ignoring case, a trailing
/// "time" ("in a few years' time") and trailing punctuation. Build your own policy with the constructor.
/// </remarks>
public sealed class VagueDeadlinePolicy
{
    private readonly Dictionary<string, (int MinYears, int MaxYears)> readings;

    /// <summary>Creates a policy.</summary>
    /// <param name="name">A short name shown with every result computed under it.</param>
    /// <param name="readings">Phrase to (minimum, maximum) years after the announcement year.</param>
    /// <exception cref="ArgumentException">The name is blank, or a reading has a minimum below 0 or above its maximum, or a maximum above 100 years.</exception>
    public VagueDeadlinePolicy(string name, IReadOnlyDictionary<string, (int MinYears, int MaxYears)> readings)
    {
        Name = Preconditions.NotBlank(name);
        ArgumentNullException.ThrowIfNull(readings);
        this.readings = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var (phrase, (min, max)) in readings)
        {
            if (min < 0 || max < min || max > 100)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The reading of '{phrase}' must satisfy 0 <= minimum <= maximum <= 100; it was {min} to {max}."), nameof(readings));
            }

            this.readings[Normalise(phrase)] = (min, max);
        }
    }

    /// <summary>The default reading described in the remarks.</summary>
    public static VagueDeadlinePolicy Default { get; } = new("Default", new Dictionary<string, (int, int)>
    {
        ["soon"] = (1, 3),
        ["in the near future"] = (1, 3),
        ["in a few years"] = (2, 5),
        ["in the coming years"] = (2, 5),
        ["in the next few years"] = (2, 5),
        ["in the medium term"] = (3, 5),
        ["in the long term"] = (5, 10),
    });

    /// <summary>The policy's name.</summary>
    public string Name { get; }

    /// <summary>The phrases the policy knows, normalised.</summary>
    public IEnumerable<string> Phrases => readings.Keys.Order(StringComparer.Ordinal);

    /// <summary>The known phrases quoted and listed for a message: "'in a few years', 'soon'".</summary>
    internal string KnownPhrases => string.Join(", ", Phrases.Select(p => $"'{p}'"));

    /// <summary>Turns a phrase into a window of years after the announcement year.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <param name="announcedOn">The announcement date.</param>
    /// <returns>The window, with the interpretation spelled out.</returns>
    /// <exception cref="ArgumentException">The policy does not know the phrase; the message lists the known ones.</exception>
    public DeadlineWindow Interpret(string phrase, DateOnly announcedOn)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (!readings.TryGetValue(Normalise(phrase), out var reading))
        {
            throw new ArgumentException(
                $"The vague deadline '{phrase}' is not known to policy {Name}; known phrases: {KnownPhrases}.",
                nameof(phrase));
        }

        var year = announcedOn.Year;
        return new DeadlineWindow(
            year + reading.MinYears,
            year + reading.MaxYears,
            string.Create(CultureInfo.InvariantCulture, $"'{phrase}' read as {reading.MinYears} to {reading.MaxYears} years after {year} (policy {Name})"));
    }

    /// <summary>Whether the policy knows the phrase.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>Whether <see cref="Interpret"/> accepts it.</returns>
    /// <exception cref="ArgumentNullException">The phrase is null.</exception>
    public bool Knows(string phrase) => readings.ContainsKey(Normalise(Preconditions.NotNull(phrase)));

    private static string Normalise(string phrase)
    {
        var key = phrase.Trim().TrimEnd('.', '!', ';', ',').ToLowerInvariant().Replace("’", "'", StringComparison.Ordinal);
        foreach (var suffix in new[] { "' time", " time" })
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal))
            {
                return key[..^suffix.Length];
            }
        }

        return key;
    }
}
