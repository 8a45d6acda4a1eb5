using System.Globalization;

namespace TradeTargets;

/// <summary>A goal stated as a multiple of the baseline: "fourfold", "almost double".</summary>
public sealed record GoalMultiplier
{
    /// <summary>Creates a multiplier.</summary>
    /// <param name="factor">The multiple, greater than zero: 4 for "fourfold", 2 for "double".</param>
    /// <param name="qualifier">"Almost double" is <see cref="AmountQualifier.Almost"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not positive.</exception>
    public GoalMultiplier(decimal factor, AmountQualifier qualifier = AmountQualifier.Exact)
    {
        Factor = factor is > 0 and <= MaxFactor ? factor : throw new ArgumentOutOfRangeException(nameof(factor), factor, $"The multiplier must be greater than zero and at most {MaxFactor.ToString(CultureInfo.InvariantCulture)}; it was {factor.ToString(CultureInfo.InvariantCulture)}.");
        Qualifier = Preconditions.Defined(qualifier);
    }

    /// <summary>The multiple.</summary>
    public decimal Factor { get; }

    /// <summary>The largest factor: a million-fold goal. It keeps the implied target of any recorded baseline within <see cref="decimal"/>.</summary>
    public const decimal MaxFactor = 1_000_000m;

    /// <summary>How the multiple was qualified.</summary>
    public AmountQualifier Qualifier { get; }

    /// <summary>Returns "x4" or "almost x2".</summary>
    /// <returns>The text form read back by <see cref="Parse"/>.</returns>
    public override string ToString()
        => (Qualifier == AmountQualifier.Exact ? string.Empty : EnumText.Format(Qualifier) + " ") + "x" + Factor.ToString("G29", CultureInfo.InvariantCulture);

    /// <summary>Reads "x4", "almost x2" or "about x1.5".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The multiplier.</returns>
    /// <exception cref="FormatException">The text is not a multiplier.</exception>
    public static GoalMultiplier Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var qualifier = parts.Length == 2 ? EnumText.Parse<AmountQualifier>(parts[0]) : AmountQualifier.Exact;
        var factorText = parts.Length is 1 or 2 ? parts[^1] : string.Empty;
        if (!factorText.StartsWith('x')
            || !decimal.TryParse(factorText[1..], NumberStyles.Number, CultureInfo.InvariantCulture, out var factor) || factor <= 0)
        {
            throw new FormatException($"'{text}' is not a multiplier; expected 'x4', 'almost x2' or 'about x1.5'.");
        }

        return new GoalMultiplier(factor, qualifier);
    }
}
