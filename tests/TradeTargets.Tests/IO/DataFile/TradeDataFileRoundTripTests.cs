using CsCheck;
using TradeTargets.IO;

namespace TradeTargets.Tests;

/// <summary>Property tests: whatever the writers write, the readers give back as equal records.</summary>
public class TradeDataFileRoundTripTests
{
    private static readonly string[] Countries = ["BLR", "VNM", "PAK", "ARE", "SRB", "POL", "CHN", "AZE", "SVK", "GBR"];
    private static readonly string[] Phrases = ["in the near future", "in a few years", "in the coming years", "soon", "in the long term"];

    private static readonly Gen<string> Text =
        Gen.Char["abcXYZ 019,\"'\n\r\t–éñ#;$%"].Array[0, 40].Select(cs => new string(cs));

    private static readonly Gen<string> NonBlankText = Text.Select(t => "T" + t + "z");

    private static readonly Gen<ReportingPeriod> Period =
        from year in Gen.Int[1990, 2030]
        from month in Gen.Int[1, 12]
        from count in Gen.Int[1, 12]
        select ReportingPeriod.Between(year, month, year + ((month - 1 + count - 1) / 12), ((month - 1 + count - 1) % 12) + 1);

    private static readonly Gen<Amount> Money =
        from cents in Gen.Long[0, 5_000_000_000_000_00]
        from currency in Gen.Int[0, 9]
        select Amount.FromUnits(cents / 100m, currency == 0 ? new Currency("EUR") : Currency.Usd);

    private static readonly Gen<DateOnly> Date = Gen.Int[0, 20000].Select(d => new DateOnly(1995, 1, 1).AddDays(d));

    private static readonly Gen<Source> SourceGen =
        from publication in NonBlankText
        from title in NonBlankText
        from published in Date
        from address in Gen.Int[0, 3]
        from covers in Period.Nullable(0.5)
        select new Source(publication, title, published, address == 0 ? null : new Uri($"https://example.org/a/{address}?q=1"), covers);

    private static readonly Gen<(Country Reporter, Country Partner)> Pair =
        from r in Gen.Int[0, Countries.Length - 1]
        from offset in Gen.Int[1, Countries.Length - 1]
        select (Country.Parse(Countries[r]), Country.Parse(Countries[(r + offset) % Countries.Length]));

    private static readonly Gen<TradeFlow> Flow = Gen.Int[0, 2].Select(i => (TradeFlow)i);
    private static readonly Gen<AmountQualifier> Qualifier = Gen.Int[0, 3].Select(i => (AmountQualifier)i);

    private static readonly Gen<Func<int, ReportedFigure>> FigureGen =
        from pair in Pair
        from flow in Flow
        from period in Period
        from amount in Money
        from coverage in Gen.Int[0, 3]
        from side in Gen.Int[0, 3]
        from source in SourceGen
        from lag in Gen.Int[1, 3000]
        from qualifier in Qualifier
        from note in Text.Null(0.3)
        select new Func<int, ReportedFigure>(i => new ReportedFigure(
            $"fig-{i}", pair.Reporter, pair.Partner, flow, period, amount, new Basis((Coverage)coverage, (ReportingSide)side), DatedOn(source, period.LastDay.AddDays(lag)), qualifier, note));

    // Records obey the time-order rules: a level is published after its period, a goal's source on or after the announcement.
    private static Source DatedOn(Source source, DateOnly published) => new(source.Publication, source.Title, published, source.Address, source.Covers);

    private static readonly Gen<Func<int, RelativeStatement>> StatementGen =
        from pair in Pair
        from flow in Flow
        from period in Period
        from back in Gen.Int[1, 10]
        from ratio in Gen.Double[0.001, 50]
        from source in SourceGen
        from lag in Gen.Int[1, 3000]
        from qualifier in Qualifier
        from note in Text.Null(0.3)
        select new Func<int, RelativeStatement>(i => new RelativeStatement(
            $"stmt-{i}", pair.Reporter, pair.Partner, flow, period, period.AddYears(-back), ratio, DatedOn(source, period.LastDay.AddDays(lag)), qualifier, note));

    private static readonly Gen<Deadline> DeadlineGen = Gen.Int[0, 2].SelectMany(kind => kind switch
    {
        0 => Gen.Int[0, 15].Select(y => (Deadline)new FixedDeadline(2050 + y)),
        1 => Gen.Int[1, 50].Select(n => (Deadline)new RelativeDeadline(n)),
        _ => Gen.Int[0, Phrases.Length - 1].Select(p => (Deadline)new VagueDeadline(Phrases[p])),
    });

    private static readonly Gen<Func<int, Goal>> GoalGen =
        from pair in Pair
        from flow in Flow
        from target in Money.Where(m => m.Value > 0 && m.Currency == Currency.Usd)
        from deadline in DeadlineGen
        from announced in Date
        from announcer in NonBlankText
        from source in SourceGen
        from lag in Gen.Int[0, 3000]
        from baseline in Gen.Int[0, 1]
        from baseAmount in Money.Select(m => Amount.FromUnits(m.Value))
        from basePeriod in Period
        from multiplier in Gen.Int[0, 40].Select(f => f == 0 ? null : new GoalMultiplier(f / 4m, (AmountQualifier)(f % 4)))
        from restates in Gen.Int[0, 1]
        from note in Text.Null(0.3)
        select new Func<int, Goal>(i => new Goal(
            $"goal-{i}",
            pair.Reporter,
            pair.Partner,
            flow,
            target,
            deadline,
            announced,
            announcer,
            DatedOn(source, announced.AddDays(lag)),
            // A stated baseline lies below the target, ends by the deadline and begins by the announcement year: goals of growth only (see the README's scoring section).
            baseline == 0 || baseAmount.Value >= target.Value
                || (deadline is FixedDeadline fixedYear && fixedYear.Year < basePeriod.EndYear)
                || (deadline is RelativeDeadline relative && announced.Year + relative.Years < basePeriod.EndYear)
                || basePeriod.StartYear > announced.Year
                ? null
                : new GoalBaseline(baseAmount, basePeriod),
            multiplier,
            restates == 1 && i > 0 ? $"goal-{i - 1}" : null,
            note));

    private static readonly Gen<TradeDataSet> DataSetGen =
        from goals in GoalGen.List[0, 6]
        from figures in FigureGen.List[0, 8]
        from statements in StatementGen.List[0, 4]
        select new TradeDataSet(
            goals.Select((g, i) => g(i)),
            figures.Select((f, i) => f(i)),
            statements.Select((s, i) => s(i)));

    [Fact]
    public void WriteCsv_ThenLoad_GivesBackEqualRecords()
    {
        DataSetGen.Sample(data =>
        {
            var goals = RoundTrip(w => TradeDataFile.WriteGoalsCsv(w, data.Goals), "goals.csv");
            var figures = RoundTrip(w => TradeDataFile.WriteFiguresCsv(w, data.Figures), "figures.csv");
            var statements = RoundTrip(w => TradeDataFile.WriteStatementsCsv(w, data.Statements), "statements.csv");

            goals.Goals.Should().Equal(data.Goals);
            figures.Figures.Should().Equal(data.Figures);
            statements.Statements.Should().Equal(data.Statements);
        }, iter: 300);
    }

    [Fact]
    public void WriteJson_ThenLoad_GivesBackEqualRecords()
    {
        DataSetGen.Sample(data =>
        {
            var loaded = RoundTrip(w => TradeDataFile.WriteJson(w, data), "data.json");

            loaded.Goals.Should().Equal(data.Goals);
            loaded.Figures.Should().Equal(data.Figures);
            loaded.Statements.Should().Equal(data.Statements);
        }, iter: 300);
    }

    [Fact]
    public void WriteCsv_WithCrlfAndBom_LoadsTheSameRecords()
    {
        DataSetGen.Sample(data =>
        {
            var writer = new StringWriter();
            TradeDataFile.WriteFiguresCsv(writer, data.Figures);
            var text = "\uFEFF" + writer.ToString().Replace("\n", "\r\n", StringComparison.Ordinal);

            var loaded = TradeDataFile.Load(new StringReader(text), "figures.csv");

            // A note's own line breaks come back as CRLF too, so compare everything but notes exactly.
            loaded.Figures.Select(f => f.Id).Should().Equal(data.Figures.Select(f => f.Id));
            loaded.Figures.Select(f => (f.Amount, f.Period, f.Basis, f.Sources[0].Published)).Should()
                .Equal(data.Figures.Select(f => (f.Amount, f.Period, f.Basis, f.Sources[0].Published)));
        }, iter: 100);
    }

    private static TradeDataSet RoundTrip(Action<TextWriter> write, string name)
    {
        var writer = new StringWriter();
        write(writer);
        var result = TradeDataFile.LoadLenient(new StringReader(writer.ToString()), name);
        result.Problems.Should().BeEmpty(writer.ToString());
        return result.Data;
    }

    [Fact]
    public void WriteGoalsCsv_NullAmongGoals_ThrowsNamingTheElement()
        => FluentActions.Invoking(() => TradeDataFile.WriteGoalsCsv(new StringWriter(), [null!]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "goals").WithMessage("*element 0 is null*");
}
