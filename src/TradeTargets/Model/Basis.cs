namespace TradeTargets;

/// <summary>What a figure covers and who reported it; a figure without its basis is half a fact.</summary>
/// <param name="Coverage">Goods only, goods and services, goods without fuels, or not stated.</param>
/// <param name="Side">The reporter's statistics, the partner's mirror statistics, an official's claim, or not stated.</param>
public readonly record struct Basis(Coverage Coverage, ReportingSide Side)
{
    /// <summary>Neither coverage nor side is known.</summary>
    public static Basis Unstated => new(Coverage.Unstated, ReportingSide.Unstated);

    /// <summary>Goods trade from the reporter's own statistics: what customs statistics publish.</summary>
    public static Basis ReporterGoods => new(Coverage.Goods, ReportingSide.Reporter);

    /// <summary>Returns the basis as <c>coverage/side</c> in lower-case words, for example <c>goods/reporter</c>.</summary>
    /// <returns>The text form read back by <see cref="Parse"/>.</returns>
    public override string ToString() => $"{EnumText.Format(Coverage)}/{EnumText.Format(Side)}";

    /// <summary>Reads a basis written as <c>coverage/side</c>, for example <c>goods/partner-mirror</c>.</summary>
    /// <param name="text">The text form.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="FormatException">The text is not two known words separated by a slash.</exception>
    public static Basis Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            throw new FormatException($"'{text}' is not a basis; expected 'coverage/side' such as 'goods/reporter'.");
        }

        return new Basis(EnumText.Parse<Coverage>(parts[0]), EnumText.Parse<ReportingSide>(parts[1]));
    }
}
