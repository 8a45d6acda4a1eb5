using System.CommandLine;
using System.Globalization;
using TradeTargets.Extraction;
using TradeTargets.IO;

namespace TradeTargets.Sample;

/// <summary>The <c>extract</c> command: candidate goals, figures and statements from an article's text.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("PATH") { Description = "A text file holding one article (UTF-8; paragraphs on their own lines)." };
        var published = new Option<DateOnly?>("--published")
        {
            HelpName = "DATE",
            Description = "The article's publication date (yyyy-mm-dd). Required.",
            Required = true,
            CustomParser = result => DateOption.Parse(result, "--published", "2017-07-31"),
        };
        var reporter = new Option<string?>("--reporter") { HelpName = "ISO3", Description = "The reporting country; default: the country the article names most." };
        var format = new Option<string>("--format") { HelpName = "json|csv", Description = "json (one document) or csv (one row per candidate).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var outDir = new Option<string?>("--out") { HelpName = "DIR", Description = "Also write goals.csv, figures.csv and statements.csv in the data format, loadable with --data." };
        var publication = new Option<string?>("--publication") { HelpName = "NAME", Description = "The publication named as the source in --out files; default: the file name." };

        var command = new Command("extract", "Reads candidate goals, figures and relative statements out of an article's text, for a person to confirm.")
        {
            path, published, reporter, format, outDir, publication,
        };
        command.SetAction(parsed => Execute(
            parsed.GetValue(path)!, parsed.GetValue(published)!.Value, parsed.GetValue(reporter), parsed.GetValue(format)!, parsed.GetValue(outDir), parsed.GetValue(publication), output, error));
        return command;
    }


    private static int Execute(string path, DateOnly published, string? reporterText, string format, string? outDir, string? publication, TextWriter output, TextWriter error)
    {
        Country? reporter = null;
        if (reporterText is not null)
        {
            if (!Country.TryParse(reporterText, out var country))
            {
                error.WriteLine($"error: --reporter '{reporterText}' is not a known country; expected an ISO 3166-1 alpha-3 code such as BLR.");
                return SampleApp.DataError;
            }

            reporter = country;
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not read '{path}': {e.Message}");
            return SampleApp.DataError;
        }

        if (text.IndexOf('\0', StringComparison.Ordinal) is var nul and >= 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: '{path}' is not a text file: it holds a NUL character at character {nul:N0}; extract reads UTF-8 text."));
            return SampleApp.DataError;
        }

        var result = TradeTextExtractor.Extract(text, new ExtractionContext(published, reporter));
        foreach (var note in result.Notes)
        {
            error.WriteLine($"note: {note}");
        }

        if (format == "csv")
        {
            ExtractionWriter.WriteCsv(output, result);
        }
        else
        {
            ExtractionWriter.WriteJson(output, result);
        }

        if (outDir is null)
        {
            return 0;
        }

        var source = new Source(publication ?? Path.GetFileName(path), TitleOf(text, path), published);
        var records = result.ToDataSet(source);
        var data = records.Data;
        try
        {
            StagedOutput.Write(outDir, ["goals.csv", "figures.csv", "statements.csv"], staging =>
            {
                Write(Path.Combine(staging, "goals.csv"), w => TradeDataFile.WriteGoalsCsv(w, data.Goals));
                Write(Path.Combine(staging, "figures.csv"), w => TradeDataFile.WriteFiguresCsv(w, data.Figures));
                Write(Path.Combine(staging, "statements.csv"), w => TradeDataFile.WriteStatementsCsv(w, data.Statements));
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: could not write to '{outDir}': {e.Message}");
            return SampleApp.OutputError;
        }

        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {data.Goals.Count} goal(s), {data.Figures.Count} figure(s), {data.Statements.Count} statement(s) to {outDir}; {records.LeftOut.Count} candidate(s) left out"));
        foreach (var left in records.LeftOut)
        {
            error.WriteLine($"left out: {left}");
        }
        return 0;
    }

    // The first non-blank line is the title when it is short enough to be one; otherwise the file name stands in.
    private static string TitleOf(string text, string path)
    {
        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return first is { Length: <= 200 } ? first : Path.GetFileNameWithoutExtension(path);
    }

    private static void Write(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path);
        write(writer);
    }
}
