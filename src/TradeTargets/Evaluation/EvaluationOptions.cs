using System.Globalization;

namespace TradeTargets;

/// <summary>The date and the policies an evaluation runs under; every result records them.</summary>
/// <param name="AsOf">Figures published after this date are ignored; deadlines are over once their year ends before it.</param>
public sealed record EvaluationOptions(DateOnly AsOf)
{
    /// <summary>Picks one figure per period; <see cref="OfficialStatisticsFirstPolicy"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IFigureSelectionPolicy SelectionPolicy { get; init => field = Preconditions.NotNull(value, nameof(SelectionPolicy)); } = OfficialStatisticsFirstPolicy.Instance;

    /// <summary>Turns a partial-period level into an annual estimate; pro rata by months by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IAnnualisationPolicy AnnualisationPolicy { get; init => field = Preconditions.NotNull(value, nameof(AnnualisationPolicy)); } = AnnualisationPolicies.ProRataByMonths;

    /// <summary>Reads vague deadlines; <see cref="VagueDeadlinePolicy.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public VagueDeadlinePolicy VagueDeadlinePolicy { get; init => field = Preconditions.NotNull(value, nameof(VagueDeadlinePolicy)); } = VagueDeadlinePolicy.Default;

    /// <summary>
    /// Converts figures in another currency than the goal's; <see cref="CurrencyConversion.Default"/> (the bundled
    /// rates) by default. Null switches conversion off: such figures are then passed over and listed, with a caveat.
    /// </summary>
    public CurrencyConversion? Conversion { get; init; } = CurrencyConversion.Default;

    /// <summary>Options as of a date with the default policies.</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The options.</returns>
    public static EvaluationOptions At(DateOnly asOf) => new(asOf);

    /// <summary>
    /// Returns "as of 2016-12-31; official statistics first; pro rata by months; vague deadlines: Default; currencies:
    /// average rates of each figure's period (bundled)" ("currencies: not converted" when conversion is off).
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"as of {AsOf:yyyy-MM-dd}; {SelectionPolicy.Name}; {AnnualisationPolicy.Name}; vague deadlines: {VagueDeadlinePolicy.Name}; currencies: {(Conversion is null ? "not converted" : Conversion.Name)}");
}
