using System.Globalization;
using TradeTargets.ExtractionScore;

// Usage: ExtractionScore <split name> <folder of passages> [--errors | --check]
// Prints, as Markdown, precision, recall and F1 for goals, figures and statements, the fields wrong in near misses, the
// target/forecast confusion and, with --errors, every miss. With --check it only reads the headers and counts the
// records, without running the extractor: a new blind split is checked so before the one run that scores it.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: ExtractionScore <split name> <folder of passages> [--errors | --check]");
    return 1;
}

var split = args[0];
List<Passage> passages;
try
{
    passages = Directory.GetFiles(args[1], "*.txt").Order(StringComparer.Ordinal).Select(Passage.Read).ToList();
}
catch (FormatException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

var pairs = passages.SelectMany(p => p.Gold.Select(g => string.Join('-', new[] { g.Reporter.Code, g.Partner.Code }.Order(StringComparer.Ordinal)))).Distinct().Count();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{split}: {passages.Count} passages, {pairs} country pairs, {passages.Select(p => new Uri(p.Address).Host).Distinct().Count()} sites."));
if (args.Contains("--check"))
{
    Console.WriteLine($"{split}: headers read; {passages.Sum(p => p.Gold.Count(g => g.Kind == "goal"))} goals, {passages.Sum(p => p.Gold.Count(g => g.Kind == "figure"))} figures, {passages.Sum(p => p.Gold.Count(g => g.Kind == "statement"))} statements; the extractor was not run.");
    return 0;
}

var goals = new Tally("goal");
var figures = new Tally("figure");
var statements = new Tally("statement");
foreach (var passage in passages)
{
    var result = passage.Extract();
    goals.Add(passage.File, passage.Gold.Where(g => g.Kind == "goal"), result.Goals.Select(Matching.FromGoal));
    figures.Add(passage.File, passage.Gold.Where(g => g.Kind == "figure"), result.Figures.Select(Matching.FromFigure));
    statements.Add(passage.File, passage.Gold.Where(g => g.Kind == "statement"), result.Statements.Select(Matching.FromStatement));
}

Console.WriteLine();
Console.WriteLine("| split | records | gold | extracted | matched | precision | recall | F1 |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
foreach (var tally in new[] { goals, figures, statements })
{
    Console.WriteLine(tally.Row(split));
}

Console.WriteLine();
foreach (var tally in new[] { goals, figures, statements })
{
    Console.WriteLine($"- {tally.Kind}s not matched, by the field that was wrong in the nearest candidate: {(tally.FieldErrors.Count == 0 ? "none" : string.Join(", ", tally.FieldErrors.Select(p => $"{p.Key} {p.Value}")))}");
}

Console.WriteLine($"- matched goals, target or forecast: {(goals.KindConfusion.Count == 0 ? "none" : string.Join(", ", goals.KindConfusion.Select(p => $"{p.Key} {p.Value}")))}");
if (args.Contains("--errors"))
{
    Console.WriteLine();
    foreach (var error in goals.Errors.Concat(figures.Errors).Concat(statements.Errors))
    {
        Console.WriteLine($"- {error}");
    }
}

return 0;
