namespace TradeTargets.ImfDots;

/// <summary>What one DOTS workbook holds: its reporter's annual exports and imports by partner, and what was left out.</summary>
public sealed class DotsWorkbook
{
    internal DotsWorkbook(string name, string reporterName, Country? reporter, string? skipReason, IReadOnlyList<DotsValue> values, IReadOnlyList<DotsNote> skipped, IReadOnlyList<DotsNote> problems)
    {
        Name = name;
        ReporterName = reporterName;
        Reporter = reporter;
        SkipReason = skipReason;
        Values = values;
        Skipped = skipped;
        Problems = problems;
    }

    /// <summary>The workbook's name (its file name).</summary>
    public string Name { get; }

    /// <summary>The reporter as the IMF names it, for example <c>Belarus, Rep. of</c>.</summary>
    public string ReporterName { get; }

    /// <summary>The reporting country, or null when the workbook reports for an aggregate or an area (see <see cref="SkipReason"/>).</summary>
    public Country? Reporter { get; }

    /// <summary>Why the whole workbook is left out (its reporter is an aggregate or a former country), or null.</summary>
    public string? SkipReason { get; }

    /// <summary>Every value of a catalogue partner, exports first, in sheet order.</summary>
    public IReadOnlyList<DotsValue> Values { get; }

    /// <summary>Rows left out by rule: aggregates, unspecified areas, former countries, repeated rows.</summary>
    public IReadOnlyList<DotsNote> Skipped { get; }

    /// <summary>Cells that could not be read (only when read leniently; a strict read throws at the first).</summary>
    public IReadOnlyList<DotsNote> Problems { get; }
}
