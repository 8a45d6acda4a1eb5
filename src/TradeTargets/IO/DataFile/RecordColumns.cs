using System.Globalization;

namespace TradeTargets.IO;

/// <summary>
/// The columns of the three record kinds and the mapping between a record and its text fields. CSV and
/// JSON share it, and every value goes through the domain type's own Parse and ToString.
/// </summary>
internal static class RecordColumns
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The columns of a goals file, in the order they are written.</summary>
    public static readonly RecordColumn[] Goal =
    [
        Columns.Id, Columns.Reporter, Columns.Partner, Columns.Flow, Columns.Kind, Columns.Target, Columns.Deadline, Columns.AnnouncedOn,
        Columns.Announcer, Columns.BaselineAmount, Columns.BaselinePeriod, Columns.Multiplier, Columns.RestatementOf, Columns.Note,
        .. Columns.Source,
    ];

    /// <summary>The columns of a figures file, in the order they are written.</summary>
    public static readonly RecordColumn[] Figure =
    [
        Columns.Id, Columns.Reporter, Columns.Partner, Columns.Flow, Columns.Period, Columns.Amount, Columns.Qualifier, Columns.Coverage,
        Columns.Side, Columns.Note, .. Columns.Source,
    ];

    /// <summary>The columns of a statements file, in the order they are written.</summary>
    public static readonly RecordColumn[] Statement =
    [
        Columns.Id, Columns.Reporter, Columns.Partner, Columns.Flow, Columns.Period, Columns.ReferencePeriod, Columns.Ratio,
        Columns.Qualifier, Columns.Note, .. Columns.Source,
    ];

    // The column a constructor's argument error is reported at, from the parameters each column declares.
    private static readonly Dictionary<string, string> ColumnsByParameter = Goal.Concat(Figure).Concat(Statement)
        .SelectMany(column => column.Parameters.Select(parameter => (parameter, column.Name)))
        .DistinctBy(p => p.parameter)
        .ToDictionary(p => p.parameter, p => p.Name, StringComparer.Ordinal);

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
        var (id, reporter, partner, flow) = ReadWhoAndFlow(row);
        // A goal is a target unless it says otherwise.
        var kind = Columns.Kind.ParseValue(row, EnumText.Parse<GoalKind>) ?? GoalKind.Target;
        var target = Columns.Target.Parse(row, Amount.Parse);
        var deadline = Columns.Deadline.Parse(row, text => Deadline.Parse(text, vagueDeadlines));
        var announcedOn = Columns.AnnouncedOn.Parse(row, ParseDate);
        var announcer = Columns.Announcer.Text(row);
        var baselineAmount = Columns.BaselineAmount.ParseValue(row, Amount.Parse);
        var baselinePeriod = Columns.BaselinePeriod.ParseValue(row, ReportingPeriod.Parse);
        if (baselineAmount.HasValue != baselinePeriod.HasValue)
        {
            var missing = baselineAmount.HasValue ? Columns.BaselinePeriod.Name : Columns.BaselineAmount.Name;
            throw new RowException(missing, null, "a baseline needs both baseline_amount and baseline_period, or neither.");
        }

        var multiplier = Columns.Multiplier.Parse(row, GoalMultiplier.Parse);
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
            Columns.RestatementOf.Text(row),
            Columns.Note.Text(row))
        {
            Kind = kind,
        });
    }

    public static ReportedFigure ReadFigure(RowValues row)
    {
        var (id, reporter, partner, flow) = ReadWhoAndFlow(row);
        var period = Columns.Period.Parse(row, ReportingPeriod.Parse);
        var amount = Columns.Amount.Parse(row, Amount.Parse);
        var qualifier = Columns.Qualifier.ParseValue(row, EnumText.Parse<AmountQualifier>) ?? AmountQualifier.Exact;
        var coverage = Columns.Coverage.Parse(row, EnumText.Parse<Coverage>);
        var side = Columns.Side.Parse(row, EnumText.Parse<ReportingSide>);
        var source = ReadSource(row);
        return Construct(() => new ReportedFigure(id, reporter, partner, flow, period, amount, new Basis(coverage, side), source, qualifier, Columns.Note.Text(row)));
    }

    public static RelativeStatement ReadStatement(RowValues row)
    {
        var (id, reporter, partner, flow) = ReadWhoAndFlow(row);
        var period = Columns.Period.Parse(row, ReportingPeriod.Parse);
        var reference = Columns.ReferencePeriod.Parse(row, ReportingPeriod.Parse);
        var ratio = Columns.Ratio.Parse(row, ParseRatio);
        var qualifier = Columns.Qualifier.ParseValue(row, EnumText.Parse<AmountQualifier>) ?? AmountQualifier.Exact;
        var source = ReadSource(row);
        return Construct(() => new RelativeStatement(id, reporter, partner, flow, period, reference, ratio, source, qualifier, Columns.Note.Text(row)));
    }

    // The columns every kind starts with, read in this order so that the first bad one is the one reported.
    private static (string Id, Country Reporter, Country Partner, TradeFlow Flow) ReadWhoAndFlow(RowValues row)
        => (Columns.Id.Text(row), Columns.Reporter.Parse(row, Country.Parse), Columns.Partner.Parse(row, Country.Parse), Columns.Flow.Parse(row, EnumText.Parse<TradeFlow>));

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
        var publication = Columns.SourcePublication.Text(row);
        var title = Columns.SourceTitle.Text(row);
        var published = Columns.SourcePublished.Parse(row, ParseDate);
        var address = Columns.SourceAddress.Parse(row, ParseAddress);
        var covers = Columns.SourceCovers.ParseValue(row, ReportingPeriod.Parse);
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

    private static string? ColumnOf(string? parameter)
        => parameter is not null && ColumnsByParameter.TryGetValue(parameter, out var column) ? column : null;

    /// <summary>
    /// Every column of the three record kinds, declared once: its name, whether a row needs a value in it (the header check
    /// and the row readers both take that from here), and the constructor parameters whose argument errors it answers for.
    /// </summary>
    private static class Columns
    {
        public static readonly RequiredColumn Id = new("id", "id");
        public static readonly RequiredColumn Reporter = new("reporter", "reporter");
        public static readonly RequiredColumn Partner = new("partner", "partner");
        public static readonly RequiredColumn Flow = new("flow", "flow");

        // Optional, so that goal files written before the column existed still load.
        public static readonly OptionalColumn Kind = new("kind", nameof(TradeTargets.Goal.Kind));
        public static readonly RequiredColumn Target = new("target", "target");
        public static readonly RequiredColumn Deadline = new("deadline", "deadline");
        public static readonly RequiredColumn AnnouncedOn = new("announced_on", "announcedOn");
        public static readonly RequiredColumn Announcer = new("announcer", "announcer");
        public static readonly OptionalColumn BaselineAmount = new("baseline_amount", "baseline");
        public static readonly OptionalColumn BaselinePeriod = new("baseline_period", TradeTargets.Goal.BaselinePeriodParameter);
        public static readonly OptionalColumn Multiplier = new("multiplier", "multiplier");
        public static readonly OptionalColumn RestatementOf = new("restatement_of", "restatementOf");
        public static readonly OptionalColumn Note = new("note");
        public static readonly RequiredColumn Period = new("period", "period");
        public static readonly RequiredColumn Amount = new("amount", "amount");
        public static readonly OptionalColumn Qualifier = new("qualifier");
        public static readonly RequiredColumn Coverage = new("coverage");
        public static readonly RequiredColumn Side = new("side");
        public static readonly RequiredColumn ReferencePeriod = new("reference_period", "referencePeriod");
        public static readonly RequiredColumn Ratio = new("ratio", "ratio");
        public static readonly RequiredColumn SourcePublication = new("source_publication", "publication");
        public static readonly RequiredColumn SourceTitle = new("source_title", "title");

        // The records' time-order checks (a source published before the period it reports or the announcement) name "source".
        public static readonly RequiredColumn SourcePublished = new("source_published", "published", "source");
        public static readonly OptionalColumn SourceAddress = new("source_address");
        public static readonly OptionalColumn SourceCovers = new("source_covers");

        public static readonly RecordColumn[] Source = [SourcePublication, SourceTitle, SourcePublished, SourceAddress, SourceCovers];
    }
}
