using System.Globalization;

namespace TradeTargets.IO;

/// <summary>
/// The columns of the three record kinds and the mapping between a record and its text fields. CSV and
/// JSON share it, and every value goes through the domain type's own Parse and ToString.
/// </summary>
internal static class RecordColumns
{
    public const string DateFormat = "yyyy-MM-dd";

    public static readonly string[] SourceColumns = ["source_publication", "source_title", "source_published", "source_address", "source_covers"];

    public static readonly string[] Goal =
    [
        "id", "reporter", "partner", "flow", "kind", "target", "deadline", "announced_on", "announcer",
        "baseline_amount", "baseline_period", "multiplier", "restatement_of", "note", .. SourceColumns,
    ];

    public static readonly string[] Figure =
    [
        "id", "reporter", "partner", "flow", "period", "amount", "qualifier", "coverage", "side", "note", .. SourceColumns,
    ];

    public static readonly string[] Statement =
    [
        "id", "reporter", "partner", "flow", "period", "reference_period", "ratio", "qualifier", "note", .. SourceColumns,
    ];

    public static string?[] Write(Goal goal) =>
    [
        goal.Id,
        goal.Reporter.Code,
        goal.Partner.Code,
        EnumText.Format(goal.Flow),
        EnumText.Format(goal.Kind),
        goal.Target.ToString(),
        goal.Deadline.ToString(),
        goal.AnnouncedOn.ToString(DateFormat, CultureInfo.InvariantCulture),
        goal.Announcer,
        goal.Baseline?.Amount.ToString(),
        goal.Baseline?.Period.ToString(),
        goal.Multiplier?.ToString(),
        goal.RestatementOf,
        goal.Note,
        .. Write(goal.Source),
    ];

    public static string?[] Write(ReportedFigure figure)
    {
        if (figure.IsDerived || figure.Sources.Count != 1)
        {
            throw new ArgumentException(
                $"Figure {figure.Id} is derived; data files hold reported figures only and derivations are recomputed on loading. Write its inputs instead.",
                nameof(figure));
        }

        return
        [
            figure.Id,
            figure.Reporter.Code,
            figure.Partner.Code,
            EnumText.Format(figure.Flow),
            figure.Period.ToString(),
            figure.Amount.ToString(),
            EnumText.Format(figure.Qualifier),
            EnumText.Format(figure.Basis.Coverage),
            EnumText.Format(figure.Basis.Side),
            figure.Note,
            .. Write(figure.Sources[0]),
        ];
    }

    public static string?[] Write(RelativeStatement statement) =>
    [
        statement.Id,
        statement.Reporter.Code,
        statement.Partner.Code,
        EnumText.Format(statement.Flow),
        statement.Period.ToString(),
        statement.ReferencePeriod.ToString(),
        FormatRatio(statement.Ratio),
        EnumText.Format(statement.Qualifier),
        statement.Note,
        .. Write(statement.Source),
    ];

    public static string FormatRatio(double ratio) => ratio.ToString("R", CultureInfo.InvariantCulture);

    public static Goal ReadGoal(RowValues row, VagueDeadlinePolicy vagueDeadlines)
    {
        var id = row.Required("id");
        var reporter = row.Parse("reporter", Country.Parse);
        var partner = row.Parse("partner", Country.Parse);
        var flow = row.Parse("flow", EnumText.Parse<TradeFlow>);
        // Optional, so that goal files written before the column existed still load: a goal is a target unless it says otherwise.
        var kind = row.ParseOptionalValue("kind", EnumText.Parse<GoalKind>) ?? GoalKind.Target;
        var target = row.Parse("target", Amount.Parse);
        var deadline = row.Parse("deadline", text => Deadline.Parse(text, vagueDeadlines));
        var announcedOn = row.Parse("announced_on", ParseDate);
        var announcer = row.Required("announcer");
        var baselineAmount = row.ParseOptionalValue("baseline_amount", Amount.Parse);
        var baselinePeriod = row.ParseOptionalValue("baseline_period", ReportingPeriod.Parse);
        if (baselineAmount.HasValue != baselinePeriod.HasValue)
        {
            var missing = baselineAmount.HasValue ? "baseline_period" : "baseline_amount";
            throw new RowException(missing, null, "a baseline needs both baseline_amount and baseline_period, or neither.");
        }

        var multiplier = row.ParseOptional("multiplier", GoalMultiplier.Parse);
        var source = ReadSource(row);
        return Construct(() => new Goal(
            id,
            reporter,
            partner,
            flow,
            target,
            deadline,
            announcedOn,
            announcer,
            source,
            baselineAmount is { } a && baselinePeriod is { } p ? new GoalBaseline(a, p) : null,
            multiplier,
            row.Optional("restatement_of"),
            row.Optional("note"))
        {
            Kind = kind,
        });
    }

    public static ReportedFigure ReadFigure(RowValues row)
    {
        var id = row.Required("id");
        var reporter = row.Parse("reporter", Country.Parse);
        var partner = row.Parse("partner", Country.Parse);
        var flow = row.Parse("flow", EnumText.Parse<TradeFlow>);
        var period = row.Parse("period", ReportingPeriod.Parse);
        var amount = row.Parse("amount", Amount.Parse);
        var qualifier = row.ParseOptionalValue("qualifier", EnumText.Parse<AmountQualifier>) ?? AmountQualifier.Exact;
        var coverage = row.Parse("coverage", EnumText.Parse<Coverage>);
        var side = row.Parse("side", EnumText.Parse<ReportingSide>);
        var source = ReadSource(row);
        return Construct(() => new ReportedFigure(id, reporter, partner, flow, period, amount, new Basis(coverage, side), source, qualifier, row.Optional("note")));
    }

    public static RelativeStatement ReadStatement(RowValues row)
    {
        var id = row.Required("id");
        var reporter = row.Parse("reporter", Country.Parse);
        var partner = row.Parse("partner", Country.Parse);
        var flow = row.Parse("flow", EnumText.Parse<TradeFlow>);
        var period = row.Parse("period", ReportingPeriod.Parse);
        var reference = row.Parse("reference_period", ReportingPeriod.Parse);
        var ratio = row.Parse("ratio", ParseRatio);
        var qualifier = row.ParseOptionalValue("qualifier", EnumText.Parse<AmountQualifier>) ?? AmountQualifier.Exact;
        var source = ReadSource(row);
        return Construct(() => new RelativeStatement(id, reporter, partner, flow, period, reference, ratio, source, qualifier, row.Optional("note")));
    }

    private static string?[] Write(Source source) =>
    [
        source.Publication,
        source.Title,
        source.Published.ToString(DateFormat, CultureInfo.InvariantCulture),
        source.Address?.OriginalString,
        source.Covers?.ToString(),
    ];

    private static Source ReadSource(RowValues row)
    {
        var publication = row.Required("source_publication");
        var title = row.Required("source_title");
        var published = row.Parse("source_published", ParseDate);
        var address = row.ParseOptional("source_address", ParseAddress);
        var covers = row.ParseOptionalValue("source_covers", ReportingPeriod.Parse);
        return Construct(() => new Source(publication, title, published, address, covers));
    }

    private static DateOnly ParseDate(string text)
        => DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date; expected yyyy-mm-dd such as 2016-10-31.");

    private static Uri ParseAddress(string text)
        => Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"'{text}' is not an absolute web address; expected one such as https://example.org/article.");

    private static double ParseRatio(string text)
    {
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio))
        {
            throw new FormatException($"'{text}' is not a number; expected a ratio such as 0.32 for \"32% of\" or 0.6 for \"down 40%\".");
        }

        return double.IsFinite(ratio) && ratio > 0
            ? ratio
            : throw new FormatException($"'{text}' is not a usable ratio; expected a finite number greater than zero.");
    }

    private static T Construct<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new RowException(ColumnOf(e.ParamName), null, RowValues.Reason(e));
        }
    }

    private static string? ColumnOf(string? parameter) => parameter switch
    {
        null => null,
        "id" => "id",
        "reporter" => "reporter",
        "partner" => "partner",
        "flow" => "flow",
        "Kind" => "kind",
        "target" => "target",
        "deadline" => "deadline",
        "announcer" => "announcer",
        "announcedOn" => "announced_on",
        "amount" => "amount",
        "baseline" => "baseline_amount",
        "multiplier" => "multiplier",
        "restatementOf" => "restatement_of",
        "period" => "period",
        "referencePeriod" => "reference_period",
        "ratio" => "ratio",
        "publication" => "source_publication",
        "title" => "source_title",
        "published" => "source_published",
        "source" => "source_published",
        TradeTargets.Goal.BaselinePeriodParameter => "baseline_period",
        _ => null,
    };
}
