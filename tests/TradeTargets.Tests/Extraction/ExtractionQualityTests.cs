using System.Text;

namespace TradeTargets.Tests.Extraction;

/// <summary>
/// Precision, recall and F1 of the extractor on the seed articles (gold: the hand-made seed files) and on the development
/// passages (annotated by hand before the extractor was run on them). The table is written to
/// <c>extraction-quality.md</c> in the test output folder; docs/extraction.md quotes it.
/// </summary>
public class ExtractionQualityTests
{
    [Fact]
    public void SeedArticles_GoalsAndFigures_StayAboveTheFloor()
    {
        var (goals, figures, _) = Measure(ExtractionCorpus.Seed());

        goals.F1.Should().BeGreaterThanOrEqualTo(0.9, string.Join("; ", goals.Errors));
        figures.F1.Should().BeGreaterThanOrEqualTo(0.9, string.Join("; ", figures.Errors));
    }

    [Fact]
    public void DevelopmentPassages_GoalsAndFigures_StayAboveTheMeasuredLevel()
    {
        var corpus = ExtractionCorpus.Development();
        var (goals, figures, _) = Measure(corpus);

        corpus.Should().HaveCountGreaterThanOrEqualTo(15);
        goals.F1.Should().BeGreaterThanOrEqualTo(DevelopmentFloor, string.Join("; ", goals.Errors));
        figures.F1.Should().BeGreaterThanOrEqualTo(DevelopmentFloor, string.Join("; ", figures.Errors));
    }

    [Fact]
    public void BothSets_Table_IsWrittenForTheDocs()
    {
        var seed = Measure(ExtractionCorpus.Seed());
        var dev = Measure(ExtractionCorpus.Development());
        var table = new StringBuilder()
            .AppendLine("| set | records | gold | extracted | matched | precision | recall | F1 |")
            .AppendLine("|---|---|---|---|---|---|---|---|")
            .AppendLine(seed.Goals.Row("seed", "goals"))
            .AppendLine(seed.Figures.Row("seed", "figures"))
            .AppendLine(seed.Statements.Row("seed", "statements"))
            .AppendLine(dev.Goals.Row("development", "goals"))
            .AppendLine(dev.Figures.Row("development", "figures"))
            .AppendLine(dev.Statements.Row("development", "statements"))
            .AppendLine()
            .AppendLine("Errors:")
            .AppendLine();
        foreach (var error in seed.Goals.Errors.Concat(seed.Figures.Errors).Concat(seed.Statements.Errors)
            .Concat(dev.Goals.Errors).Concat(dev.Figures.Errors).Concat(dev.Statements.Errors))
        {
            table.Append("- ").AppendLine(error);
        }

        var path = Path.Combine(AppContext.BaseDirectory, "extraction-quality.md");
        File.WriteAllText(path, table.ToString());

        File.ReadAllText(path).Should().Contain("| seed | goals |");
    }

    // The development set is not tuned to 0.9; the floor is set just under what the extractor measured, so a change that
    // makes it worse fails here. docs/extraction.md gives the measured numbers.
    private const double DevelopmentFloor = 0.9;

    private static (Score Goals, Score Figures, Score Statements) Measure(IReadOnlyList<AnnotatedText> corpus)
    {
        var goals = new Score();
        var figures = new Score();
        var statements = new Score();
        foreach (var text in corpus)
        {
            var result = text.Extract();
            goals.Add(text.Name, text.Goals, result.Goals.Select(g => ExtractionCorpus.GoalKey(g.Partner, g.Flow, g.Target, g.Deadline?.Deadline)));
            figures.Add(text.Name, text.Figures, result.Figures.Select(f => ExtractionCorpus.FigureKey(f.Partner, f.Flow, f.Period, f.Amount)));
            statements.Add(text.Name, text.Statements, result.Statements.Select(s => ExtractionCorpus.StatementKey(s.Partner, s.Flow, s.Period, s.ReferencePeriod, s.Ratio)));
        }

        return (goals, figures, statements);
    }
}
