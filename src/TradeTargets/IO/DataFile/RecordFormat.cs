using System.Globalization;

namespace TradeTargets.IO;

/// <summary>
/// One of the project's own record files (goals, figures, relative statements), as CSV and as an array of the JSON
/// document: its columns, how its header is recognised, and how a row becomes a record of the builder.
/// </summary>
internal sealed class RecordFormat : ICsvFormat
{
    /// <summary>Goals, recognised by the columns <c>target</c> and <c>deadline</c>.</summary>
    public static readonly RecordFormat Goals = new(
        "goals",
        RecordColumns.Goal,
        ["target", "deadline"],
        (row, builder, file, line) => builder.AddGoal(RecordColumns.ReadGoal(row, builder.VagueDeadlines), file, line));

    /// <summary>Reported figures, recognised by the columns <c>amount</c> and <c>period</c>.</summary>
    public static readonly RecordFormat Figures = new(
        "figures",
        RecordColumns.Figure,
        ["amount", "period"],
        (row, builder, file, line) => builder.AddFigure(RecordColumns.ReadFigure(row), file, line));

    /// <summary>Relative statements, recognised by the columns <c>ratio</c> and <c>reference_period</c>.</summary>
    public static readonly RecordFormat Statements = new(
        "statements",
        RecordColumns.Statement,
        ["ratio", "reference_period"],
        (row, builder, file, line) => builder.AddStatement(RecordColumns.ReadStatement(row), file, line));

    private readonly string[] signature;
    private readonly Action<RowValues, DataSetBuilder, string, long> add;

    private RecordFormat(string name, RecordColumn[] columns, string[] signature, Action<RowValues, DataSetBuilder, string, long> add)
    {
        Name = name;
        Columns = [.. columns.Select(c => c.Name)];
        Required = [.. columns.Where(c => c.IsRequired).Select(c => c.Name)];
        this.signature = signature;
        this.add = add;
    }

    /// <summary>The kind's name: the word messages use and the JSON document's array.</summary>
    public string Name { get; }

    /// <summary>The columns' names, in the order they are written.</summary>
    public string[] Columns { get; }

    /// <summary>The columns every row needs a value in, in the same order.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>The record kind whose JSON array has this name, or null.</summary>
    public static RecordFormat? Named(string name) => name switch
    {
        "goals" => Goals,
        "figures" => Figures,
        "statements" => Statements,
        _ => null,
    };

    /// <summary>Whether the header names this kind's signature columns (ignoring case and surrounding spaces).</summary>
    public bool Recognises(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return signature.All(names.Contains);
    }

    /// <summary>Turns one row into a record of the builder; a <see cref="RowException"/> rejects the row.</summary>
    public void Add(RowValues row, DataSetBuilder builder, string file, long line) => add(row, builder, file, line);

    /// <summary>Checks the header's columns, then reads every row into a record of the builder.</summary>
    public IReadOnlyList<SkippedRows> Read(CsvInput input)
    {
        var (csv, names, file, headerLine, _, builder, _) = input;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i].Trim().ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                builder.Report(new DataProblem(file, headerLine, names[i], null, $"unknown column '{names[i]}' in a {Name} file; its values are not loaded. Known columns: {string.Join(", ", Columns)}."));
                continue;
            }

            if (!index.TryAdd(name, i))
            {
                builder.Report(new DataProblem(file, headerLine, names[i], null, $"column '{name}' appears twice in the header; only the first is read."));
            }
        }

        foreach (var required in Required.Where(r => !index.ContainsKey(r)))
        {
            builder.Report(new DataProblem(file, headerLine, required, null, $"the required column '{required}' is missing from the header; no row can load without it."));
        }

        CsvRows.ReadAll(csv, file, builder, "row not loaded", new Rows(this, file, names.Length, index, builder));
        return [];
    }

    /// <summary>Turns each row of the file into a record of the builder.</summary>
    private readonly struct Rows(RecordFormat format, string file, int fieldCount, Dictionary<string, int> index, DataSetBuilder builder) : ICsvRowHandler
    {
        public void Row(CsvReader csv)
        {
            var line = csv.Line;
            if (csv.FieldCount != fieldCount)
            {
                builder.Report(new DataProblem(
                    file,
                    line,
                    null,
                    null,
                    string.Create(CultureInfo.InvariantCulture, $"row not loaded: it has {csv.FieldCount} field(s) but the header has {fieldCount}; a row may be truncated or a note may need quotes.")));
                return;
            }

            format.Add(new RowValues(index, csv.FieldStrings()), builder, file, line);
        }
    }
}
