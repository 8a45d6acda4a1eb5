namespace TradeTargets;

/// <summary>The two countries of a bilateral trade relation: the reporter, whose trade is measured, and its partner.</summary>
/// <remarks>
/// Every goal, figure and relative statement has one, and every rule about the two countries lives here: both
/// are required and they differ. Exports and imports are seen from the <see cref="Reporter"/>'s side.
/// </remarks>
/// <example><code>
/// var pair = new TradePair(Country.Parse("BLR"), Country.Parse("VNM"));
/// Console.WriteLine(pair); // BLR–VNM
/// </code></example>
public readonly record struct TradePair
{
    /// <summary>Creates a pair.</summary>
    /// <param name="reporter">The country whose trade is measured.</param>
    /// <param name="partner">The counterpart, different from the reporter.</param>
    /// <exception cref="ArgumentException">A country is missing, or the two are the same.</exception>
    public TradePair(Country reporter, Country partner)
    {
        Reporter = Preconditions.Country(reporter);
        Partner = Preconditions.Country(partner);
        if (reporter == partner)
        {
            throw new ArgumentException($"The partner must differ from the reporter; both were {reporter.Code}.", nameof(partner));
        }
    }

    /// <summary>The country whose trade is measured.</summary>
    public Country Reporter { get; }

    /// <summary>The counterpart.</summary>
    public Country Partner { get; }

    /// <summary>Makes a pair when the two countries can form one, without throwing: for rows of statistics files, where a reporter trading with itself is skipped, not an error.</summary>
    /// <param name="reporter">The country whose trade is measured.</param>
    /// <param name="partner">The counterpart.</param>
    /// <param name="pair">The pair, when the result is true.</param>
    /// <returns>Whether both countries are set and differ.</returns>
    public static bool TryCreate(Country reporter, Country partner, out TradePair pair)
    {
        if (reporter.Code is null || partner.Code is null || reporter == partner)
        {
            pair = default;
            return false;
        }

        pair = new TradePair(reporter, partner);
        return true;
    }

    /// <summary>The same two countries seen from the partner's side.</summary>
    public TradePair Reversed => new(Partner, Reporter);

    /// <summary>Returns the two codes joined by an en dash: "BLR–VNM".</summary>
    /// <returns>The pair.</returns>
    public override string ToString() => $"{Reporter.Code}–{Partner.Code}";
}
