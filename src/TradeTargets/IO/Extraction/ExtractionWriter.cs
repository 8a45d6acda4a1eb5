using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TradeTargets.IO;

namespace TradeTargets.Extraction;

/// <summary>Writes extraction candidates as one JSON document (docs/extraction-candidates.schema.json) or as one CSV table.</summary>
public static class ExtractionWriter
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"goals": [...], "figures": [...], "statements": [...], "repeatedFigures": [...], "repeatedStatements": [...], "undatedFigures": [...], "notes": [...]}</c>; the repeats are <see cref="ExtractionResult.RepeatedFigures"/> and <see cref="ExtractionResult.RepeatedStatements"/>, the levels goals start from that the text gives no period for <see cref="ExtractionResult.UndatedFigures"/>, and the notes say how the text was read (<see cref="ExtractionResult.Notes"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The candidates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(TextWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            Array(json, "goals", result.Goals, Goal);
            Array(json, "figures", result.Figures, Figure);
            Array(json, "statements", result.Statements, Statement);
            Array(json, "repeatedFigures", result.RepeatedFigures, Figure);
            Array(json, "repeatedStatements", result.RepeatedStatements, Statement);
            Array(json, "undatedFigures", result.UndatedFigures, Figure);
            Array(json, "notes", result.Notes, (j, note) => j.WriteStringValue(note));
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    private static void Goal(Utf8JsonWriter json, GoalCandidate g)
    {
        json.WriteStartObject();
        Pair(json, g.Reporter, g.Partner, g.Flow);
        if (g.Target is { } target)
        {
            json.WriteStartObject("target");
            Money(json, target);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("target");
        }

        if (g.Multiplier is { } m)
        {
            json.WriteNumber("multiplier", m.Factor);
        }
        else
        {
            json.WriteNull("multiplier");
        }

        if (g.Baseline is { } b)
        {
            json.WriteStartObject("baseline");
            Money(json, b.Amount);
            json.WriteString("period", b.Period.ToString());
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("baseline");
        }

        Deadline(json, g.Deadline);
        json.WriteString("kind", EnumText.Format(g.Kind));
        json.WriteString("announcedOn", g.AnnouncedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("announcer", g.Announcer);
        Provenance(json, g.Quote, g.Inferred, g.Confidence);
        json.WriteEndObject();
    }

    private static void Deadline(Utf8JsonWriter json, ExtractedDeadline? deadline)
    {
        if (deadline is not { } d)
        {
            json.WriteNull("deadline");
            return;
        }

        json.WriteStartObject("deadline");
        json.WriteString("phrase", d.Phrase);
        json.WriteString("reading", d.Deadline.ToString());
        json.WriteNumber("firstYear", d.FirstYear);
        json.WriteNumber("lastYear", d.LastYear);
        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, FigureCandidate f)
    {
        json.WriteStartObject();
        Pair(json, f.Reporter, f.Partner, f.Flow);
        json.WriteString("period", f.Period.ToString());
        Money(json, f.Amount);
        json.WriteString("qualifier", EnumText.Format(f.Qualifier));
        json.WriteString("side", EnumText.Format(f.Side));
        Provenance(json, f.Quote, f.Inferred, f.Confidence);
        json.WriteEndObject();
    }

    private static void Statement(Utf8JsonWriter json, StatementCandidate s)
    {
        json.WriteStartObject();
        Pair(json, s.Reporter, s.Partner, s.Flow);
        json.WriteString("period", s.Period.ToString());
        json.WriteString("referencePeriod", s.ReferencePeriod.ToString());
        json.WriteNumber("ratio", s.Ratio);
        json.WriteString("qualifier", EnumText.Format(s.Qualifier));
        Provenance(json, s.Quote, s.Inferred, s.Confidence);
        json.WriteEndObject();
    }

    /// <summary>Writes one CSV table, one row per candidate, with a <c>record</c> column (goal, figure, statement, repeated-figure or repeated-statement for the repeats, and undated-figure for the levels goals start from that the text gives no period for).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="result">The candidates.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(TextWriter writer, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvText.WriteRecord(writer, ["record", "reporter", "partner", "flow", "period", "amount", "qualifier", "reference_period", "ratio", "multiplier", "baseline", "deadline", "kind", "inferred", "confidence", "start", "length", "quote"]);
        foreach (var g in result.Goals)
        {
            CsvText.WriteRecord(writer, [
                "goal", g.Reporter.Code, g.Partner.Code, EnumText.Format(g.Flow), null, g.Target?.ToString(), null, null, null, g.Multiplier?.ToString(),
                g.Baseline is { } b ? $"{b.Amount} {b.Period}" : null, g.Deadline?.Deadline.ToString(), EnumText.Format(g.Kind), Inferred(g.Inferred), Number(g.Confidence),
                Number(g.Quote.Start), Number(g.Quote.Length), g.Quote.Text]);
        }

        foreach (var f in result.Figures)
        {
            FigureRow(writer, "figure", f);
        }

        foreach (var s in result.Statements)
        {
            StatementRow(writer, "statement", s);
        }

        foreach (var f in result.RepeatedFigures)
        {
            FigureRow(writer, "repeated-figure", f);
        }

        foreach (var s in result.RepeatedStatements)
        {
            StatementRow(writer, "repeated-statement", s);
        }

        foreach (var f in result.UndatedFigures)
        {
            FigureRow(writer, "undated-figure", f);
        }
    }

    private static void FigureRow(TextWriter writer, string record, FigureCandidate f)
        => CsvText.WriteRecord(writer, [
            record, f.Reporter.Code, f.Partner.Code, EnumText.Format(f.Flow), f.Period.ToString(), f.Amount.ToString(), EnumText.Format(f.Qualifier), null, null, null,
            null, null, null, Inferred(f.Inferred), Number(f.Confidence), Number(f.Quote.Start), Number(f.Quote.Length), f.Quote.Text]);

    private static void StatementRow(TextWriter writer, string record, StatementCandidate s)
        => CsvText.WriteRecord(writer, [
            record, s.Reporter.Code, s.Partner.Code, EnumText.Format(s.Flow), s.Period.ToString(), null, EnumText.Format(s.Qualifier), s.ReferencePeriod.ToString(), Number(s.Ratio), null,
            null, null, null, Inferred(s.Inferred), Number(s.Confidence), Number(s.Quote.Start), Number(s.Quote.Length), s.Quote.Text]);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Inferred(InferredParts parts) => ExtractionResult.Describe(parts);

    private static void Pair(Utf8JsonWriter json, Country reporter, Country partner, TradeFlow flow)
    {
        json.WriteString("reporter", reporter.Code);
        json.WriteString("partner", partner.Code);
        json.WriteString("flow", EnumText.Format(flow));
    }

    private static void Money(Utf8JsonWriter json, Amount amount)
    {
        json.WriteNumber("value", amount.Value);
        json.WriteString("currency", amount.Currency.Code);
    }

    private static void Provenance(Utf8JsonWriter json, TextQuote quote, InferredParts inferred, double confidence)
    {
        json.WriteString("quote", quote.Text);
        json.WriteNumber("start", quote.Start);
        json.WriteNumber("length", quote.Length);
        json.WriteStartArray("inferred");
        foreach (var part in Enum.GetValues<InferredParts>().Where(p => p != InferredParts.None && inferred.HasFlag(p)))
        {
            json.WriteStringValue(EnumText.Format(part));
        }

        json.WriteEndArray();
        json.WriteNumber("confidence", confidence);
    }
}
