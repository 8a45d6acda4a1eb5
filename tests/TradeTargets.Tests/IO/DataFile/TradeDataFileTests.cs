using TradeTargets.IO;
using static TradeTargets.Tests.DataFileLines;

namespace TradeTargets.Tests;

public class TradeDataFileTests
{
    private static TradeDataSet Load(string text, string name = "figures.csv") => TradeDataFile.Load(new StringReader(text), name);

    private static LoadResult Lenient(string text, string name = "figures.csv") => TradeDataFile.LoadLenient(new StringReader(text), name);

    [Fact]
    public void Load_VagueDeadlineOfACustomPolicy_LoadsWithThatPolicyAndIsRefusedWithoutIt()
    {
        var policy = new VagueDeadlinePolicy("Patient", new Dictionary<string, (int, int)> { ["some day"] = (5, 20) });
        var text = Lines(GoalHeader, Goal("g").Replace(",2015,", ",some day,", StringComparison.Ordinal));

        var data = TradeDataFile.Load(new StringReader(text), "goals.csv", new ImportOptions { VagueDeadlines = policy });
        var evaluation = GoalEvaluator.Evaluate(data.Goals[0], data, EvaluationOptions.At(new DateOnly(2016, 12, 31)) with { VagueDeadlinePolicy = policy });

        evaluation.Window.Should().Be(new DeadlineWindow(2019, 2034, evaluation.Window.Interpretation));
        FluentActions.Invoking(() => TradeDataFile.Load(new StringReader(text), "goals.csv"))
            .Should().Throw<DataFileException>().WithMessage("goals.csv line 2, column 'deadline'*some day*");
    }

    [Fact]
    public void Load_ValidFigures_LoadsEveryRow()
    {
        var data = Load(Lines(FigureHeader, Figure("a"), Figure("b", period: "2016-01/2016-08", amount: "$18.7m")));

        data.Figures.Should().HaveCount(2);
        data.Figures[1].Period.Should().Be(ReportingPeriod.Months(2016, 1, 8));
        data.Figures[1].Amount.Should().Be(Amount.FromMillions(18.7m));
    }

    [Fact]
    public void Load_ColumnsInAnyOrderWithCommentsBomAndCrlf_Loads()
    {
        var text = "\uFEFF# figures kept by hand\r\n# second comment\r\n"
            + "source_covers,source_address,source_published,source_title,source_publication,note,side,coverage,qualifier,amount,period,flow,partner,reporter,id\r\n"
            + ",,2016-10-31,An article,Digest,,unstated,unstated,about,$50m,2015,turnover,Pakistan,Belarus,pak\r\n";

        var data = Load(text);

        var figure = data.Figures.Should().ContainSingle().Subject;
        figure.Partner.Code.Should().Be("PAK");
        figure.Qualifier.Should().Be(AmountQualifier.About);
    }

    [Fact]
    public void Load_GoalsNamingCountriesOutsideTheOldHandWrittenList_Loads()
    {
        var text = Lines(
            GoalHeader,
            "g-cmr,Cameroon,Panama,turnover,$50m,2020,2017-03-01,Minister,,,,,,Digest,An article,2017-03-02,,",
            "g-jam,JAM,CM,exports,$5m,within 3 years,2018-05-10,Ministry,,,,,,Digest,An article,2018-05-11,,");

        var goals = Load(text, "goals.csv").Goals;

        goals.Select(g => (g.Reporter.Code, g.Partner.Code)).Should().Equal(("CMR", "PAN"), ("JAM", "CMR"));
        goals[0].Partner.Name.Should().Be("Panama");
    }

    [Fact]
    public void Load_EmptyFile_ThrowsNamingTheFile()
    {
        var act = () => Load(string.Empty);

        act.Should().Throw<DataFileException>().Where(e => e.File == "figures.csv" && e.Message.Contains("empty"));
        Lenient("\n\n").Problems.Should().ContainSingle();
    }

    [Fact]
    public void Load_HeaderOnly_GivesNoRecordsAndNoProblems()
    {
        var result = Lenient(Lines(FigureHeader));

        result.IsClean.Should().BeTrue();
        result.Data.Figures.Should().BeEmpty();
    }

    [Fact]
    public void Load_TruncatedRow_NamesItsLine()
    {
        var text = Lines(FigureHeader, Figure("a"), "b,BLR,ARE,turnover,2015", Figure("c", period: "2016"));

        var act = () => Load(text);

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Message.Contains("figures.csv line 3") && e.Reason.Contains("5 field(s)"));
        var lenient = Lenient(text);
        lenient.Data.Figures.Select(f => f.Id).Should().Equal("a", "c");
        lenient.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Theory]
    [InlineData("amount", "lots", "lots")]
    [InlineData("amount", "1e400", "1e400")]
    [InlineData("amount", "-5m", "-5m")]
    [InlineData("amount", "$-5m", "$-5m")]
    [InlineData("period", "2016-13", "2016-13")]
    [InlineData("partner", "Atlantis", "Atlantis")]
    [InlineData("partner", "BLR", null)]
    [InlineData("source_published", "31/10/2016", "31/10/2016")]
    public void Load_BadValue_NamesLineColumnAndValue(string column, string bad, string? reportedValue)
    {
        var row = column switch
        {
            "amount" => Figure("x", amount: bad),
            "period" => Figure("x", period: bad),
            "partner" => Figure("x", partner: bad),
            _ => Figure("x").Replace("2017-10-31", bad, StringComparison.Ordinal),
        };
        var text = Lines(FigureHeader, Figure("a"), row);

        var act = () => Load(text);

        var error = act.Should().Throw<DataFileException>().Which;
        error.Line.Should().Be(3);
        error.Column.Should().Be(column);
        error.Value.Should().Be(reportedValue);
        error.Message.Should().StartWith($"figures.csv line 3, column '{column}'");
        Lenient(text).Data.Figures.Should().ContainSingle().Which.Id.Should().Be("a");
    }

    [Fact]
    public void Load_StrayQuote_NamesItsLineAndKeepsLaterRows()
    {
        var text = Lines(FigureHeader, Figure("a"), Figure("b", note: "a \"quoted\" word"), Figure("c", period: "2016"));

        var act = () => Load(text);

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Reason.Contains("stray quote"));
        var lenient = Lenient(text);
        lenient.Data.Figures.Select(f => f.Id).Should().Equal("a", "c");
        lenient.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Load_QuotedNoteWithCommasQuotesAndLineBreaks_ReadsItAndCountsLines()
    {
        var text = Lines(FigureHeader, Figure("a", note: "\"one, \"\"two\"\"\nthree\""), Figure("b", amount: "bad", period: "2016"));

        var result = Lenient(text);

        result.Data.Figures.Single().Note.Should().Be("one, \"two\"\nthree");
        result.Problems.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Fact]
    public void Load_UnknownColumn_IsRejectedStrictlyAndReportedLeniently()
    {
        var text = Lines(FigureHeader + ",comment", Figure("a") + ",hello");

        var act = () => Load(text);

        act.Should().Throw<DataFileException>().Where(e => e.Line == 1 && e.Column == "comment" && e.Reason.Contains("unknown column"));
        var lenient = Lenient(text);
        lenient.Data.Figures.Should().ContainSingle();
        lenient.Problems.Should().ContainSingle().Which.Column.Should().Be("comment");
    }

    [Fact]
    public void Load_MissingRequiredColumn_RejectsEveryRowWithAReason()
    {
        var text = Lines("id,reporter,partner,flow,period,amount", "a,BLR,ARE,turnover,2015,$1m");

        var result = Lenient(text);

        result.Data.Figures.Should().BeEmpty();
        result.Problems.Should().Contain(p => p.Line == 1 && p.Column == "coverage");
        result.Problems.Should().Contain(p => p.Line == 2);
    }

    [Fact]
    public void Load_UnrecognisedHeader_Throws()
    {
        var act = () => Load(Lines("foo,bar", "1,2"));

        act.Should().Throw<DataFileException>().Where(e => e.Line == 1 && e.Reason.Contains("no known layout"));
    }

    [Fact]
    public void Load_DuplicateIds_ReportsIdenticalAndConflictingOnes()
    {
        var text = Lines(FigureHeader, Figure("a"), Figure("a"), Figure("a", period: "2016"));

        var result = Lenient(text);

        result.Data.Figures.Should().ContainSingle();
        result.Problems.Select(p => (p.Line, p.Column)).Should().Equal((3L, "id"), (4L, "id"));
        result.Problems[0].Reason.Should().Contain("identical");
        result.Problems[1].Reason.Should().Contain("different figure");
    }

    [Fact]
    public void Load_SameFigureKeyWithDifferentAmounts_IsAConflict()
    {
        var text = Lines(FigureHeader, Figure("a"), Figure("b", amount: "$30m"));

        var act = () => Load(text);

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Reason.Contains("conflicts with figure a"));
    }

    [Fact]
    public void Load_UnknownVagueDeadline_NamesLineColumnAndKnownPhrases()
    {
        var text = Lines(GoalHeader, Goal("g1").Replace(",2015,2014-10-29,", ",one fine day,2014-10-29,", StringComparison.Ordinal));

        var act = () => Load(text, "goals.csv");

        act.Should().Throw<DataFileException>()
            .Where(e => e.Line == 2 && e.Column == "deadline" && e.Value == "one fine day")
            .WithMessage("*in the near future*");
    }

    [Fact]
    public void Load_RestatementOfMissingGoal_IsRejected()
    {
        var text = Lines(GoalHeader, Goal("g1"), Goal("g2", restates: "g1"), Goal("g3", restates: "g9"));

        var act = () => Load(text, "goals.csv");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 4 && e.Column == "restatement_of" && e.Value == "g9");
        Lenient(text, "goals.csv").Data.Goals.Select(g => g.Id).Should().Equal("g1", "g2");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-0.5")]
    [InlineData("0")]
    [InlineData("NaN")]
    [InlineData("32%")]
    public void Load_AbsurdRatio_NamesTheRatioColumn(string ratio)
    {
        var text = Lines(StatementHeader, $"s,BLR,CHN,exports,2016-01/2016-08,2015-01/2015-08,{ratio},exact,,Digest,An article,2016-10-31,,");

        var act = () => Load(text, "statements.csv");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 2 && e.Column == "ratio");
    }

    [Fact]
    public void Load_Json_ReadsAllThreeKindsAndNamesTheLineOfABadRecord()
    {
        var json = """
            {
              "goals": [],
              "figures": [
                { "id": "a", "reporter": "BLR", "partner": "ARE", "flow": "turnover", "period": "2015", "amount": "$29.7m",
                  "coverage": "unstated", "side": "unstated", "source_publication": "Digest", "source_title": "T", "source_published": "2016-10-31" },
                { "id": "b", "reporter": "BLR", "partner": "ARE", "flow": "turnover", "period": "2016", "amount": "much",
                  "coverage": "unstated", "side": "unstated", "source_publication": "Digest", "source_title": "T", "source_published": "2016-10-31" }
              ],
              "statements": [
                { "id": "s", "reporter": "BLR", "partner": "CHN", "flow": "exports", "period": "2016-01/2016-08", "reference_period": "2015-01/2015-08",
                  "ratio": 0.32, "source_publication": "Digest", "source_title": "T", "source_published": "2016-10-31" }
              ]
            }
            """;

        var result = Lenient(json, "data.json");

        result.Data.Figures.Should().ContainSingle().Which.Id.Should().Be("a");
        result.Data.Statements.Should().ContainSingle().Which.Ratio.Should().Be(0.32);
        var problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Column, problem.Value).Should().Be((6L, "amount", "much"));
        var act = () => Load(json, "data.json");
        act.Should().Throw<DataFileException>().Where(e => e.Line == 6);
    }

    [Fact]
    public void Load_MalformedJson_NamesTheLine()
    {
        var act = () => Load("{\n  \"goals\": [\n    { \"id\": \"g\",, }\n  ]\n}\n", "data.json");

        act.Should().Throw<DataFileException>().Where(e => e.Line == 3 && e.Reason.Contains("malformed"));
    }

    [Fact]
    public void Load_JsonUnknownProperty_IsRejectedStrictlyAndReportedLeniently()
    {
        var json = "{ \"figures\": [], \"remarks\": \"none\" }";

        var act = () => Load(json, "data.json");

        act.Should().Throw<DataFileException>().Where(e => e.Column == "remarks");
        Lenient(json, "data.json").Problems.Should().ContainSingle();
    }

    [Fact]
    public void WriteFiguresCsv_DerivedFigure_IsRefused()
    {
        var derived = SeedData.Load().AllFigures.First(f => f.IsDerived);

        var act = () => TradeDataFile.WriteFiguresCsv(new StringWriter(), [derived]);

        act.Should().Throw<ArgumentException>().WithMessage("*derived*");
    }

    [Fact]
    public void Load_FromPath_DetectsKindFromContentNotExtension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tt-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Lines(GoalHeader, Goal("g1")));
        try
        {
            TradeDataFile.Load(path).Goals.Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A problem's reason is read by a person who never saw the constructor: no "(Parameter 'x')", no "Actual value was",
    // no message that starts with an identifier such as startYear.
    [Theory]
    [InlineData("2016-13")]
    [InlineData("2016-H3")]
    [InlineData("2016-Q5")]
    [InlineData("0000")]
    [InlineData("2016-01/2017-05")]
    [InlineData("2016-10/2016-03")]
    public void LoadLenient_PeriodOutOfRange_GivesAReasonWithoutProgrammersWords(string period)
    {
        var problem = Lenient(Lines(FigureHeader, Figure("f", period: period))).Problems.Should().ContainSingle().Subject;

        problem.Column.Should().Be("period");
        problem.Reason.Should().NotContain("Parameter").And.NotContain("Actual value");
        problem.Reason.Should().NotMatchRegex(@"(^|: )[a-z]+[A-Z]\w* ", "no sentence starts with a parameter name");
    }

    [Fact]
    public void LoadLenient_GoalOfZero_SaysTheTargetInWords()
    {
        var goal = "g1,BLR,ARE,turnover,$0,2015,2014-10-29,President,,,,,,Digest,An article,2016-10-31,,";

        var problem = Lenient(Lines(GoalHeader, goal), "goals.csv").Problems.Should().ContainSingle().Subject;

        problem.Column.Should().Be("target");
        problem.Reason.Should().Contain(": The target must be greater than zero; it was $0.");
    }
}
