namespace TradeTargets.ImfDots;

/// <summary>One pair's annual figures as one side reported them: the reporter's exports FOB and imports CIF with the partner.</summary>
public sealed class DotsSeries
{
    internal DotsSeries(Country reporter, Country partner, IReadOnlyList<DotsValue> values)
    {
        Reporter = reporter;
        Partner = partner;
        Values = values;
    }

    /// <summary>The country whose statistics these are.</summary>
    public Country Reporter { get; }

    /// <summary>The counterpart.</summary>
    public Country Partner { get; }

    /// <summary>Every value, exports first, each flow by year.</summary>
    public IReadOnlyList<DotsValue> Values { get; }

    /// <summary>Finds the value of one flow and year.</summary>
    /// <param name="flow">Exports or imports.</param>
    /// <param name="year">The year.</param>
    /// <returns>The value, or null when the reporter published none.</returns>
    public DotsValue? Find(TradeFlow flow, int year)
    {
        foreach (var value in Values)
        {
            if (value.Flow == flow && value.Year == year)
            {
                return value;
            }
        }

        return null;
    }
}
