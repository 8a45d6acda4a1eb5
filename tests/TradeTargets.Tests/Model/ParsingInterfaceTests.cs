using System.Globalization;
using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>The value types work with .NET's generic parsing and formatting, and Parse and TryParse agree on every input.</summary>
public class ParsingInterfaceTests
{
    public static TheoryData<string> AmountTexts => ["$121m", "$4 bn", "EUR 5m", "half a billion", "US$ 18.7 million", "", " ", "$", "-$5m", "$1e40", "EUR", "12 apples", "$1bn$"];

    public static TheoryData<string> CountryTexts => ["BLR", "vietnam", "Emirates", "VN", "", "XXX", "Atlantis", "BLR "];

    public static TheoryData<string> PeriodTexts => ["2016", "2016-Q3", "2016-H1", "2016-05", "2016-01/2016-08", "", "2016-Q5", "2016-13", "16", "2016-08/2016-01", "abcd", "٢٠١٦", "２０１６"];

    public static TheoryData<string> CurrencyTexts => ["USD", "eur", "BYR", "", "US", "XYZ", "USDD", "12$"];

    [Theory]
    [MemberData(nameof(AmountTexts))]
    public void Amount_ParseAndTryParseAgree(string text) => Agree<Amount>(text);

    [Theory]
    [MemberData(nameof(CountryTexts))]
    public void Country_ParseAndTryParseAgree(string text) => Agree<Country>(text);

    [Theory]
    [MemberData(nameof(PeriodTexts))]
    public void ReportingPeriod_ParseAndTryParseAgree(string text) => Agree<ReportingPeriod>(text);

    [Theory]
    [MemberData(nameof(CurrencyTexts))]
    public void Currency_ParseAndTryParseAgree(string text) => Agree<Currency>(text);

    [Theory]
    [InlineData("٢٠١٦")]
    [InlineData("２０１６-Q1")]
    public void ReportingPeriod_DigitsOfOtherScripts_AreRefusedAsNotAPeriod(string text)
        => FluentActions.Invoking(() => ReportingPeriod.Parse(text)).Should().Throw<FormatException>().WithMessage($"'{text}' is not a reporting period*");

    [Fact]
    public void Formats_AreTheDocumentedOnesInEveryCulture()
    {
        var amount = Amount.Parse("$371.4m");
        var vietnam = Country.Parse("VNM");
        var period = ReportingPeriod.Parse("2016-Q3");
        using var _ = new CultureScope("ar-SA");

        amount.ToString("G", CultureInfo.CurrentCulture).Should().Be(amount.ToString());
        amount.ToString("S3", null).Should().Be("$371m");
        $"{amount:S2}".Should().Be("$370m");
        vietnam.ToString("N", null).Should().Be("Vietnam");
        $"{vietnam}, {vietnam:N}".Should().Be("VNM, Vietnam");
        period.ToString("D", null).Should().Be(period.Describe());
        $"{period}".Should().Be("2016-Q3");
        Currency.Eur.ToString(null, CultureInfo.CurrentCulture).Should().Be("EUR");
    }

    [Theory]
    [InlineData("X")]
    [InlineData("S0")]
    [InlineData("S16")]
    [InlineData("N2")]
    public void UnknownFormat_ThrowsFormatExceptionNamingIt(string format)
    {
        FluentActions.Invoking(() => Amount.Parse("$1m").ToString(format, null)).Should().Throw<FormatException>().WithMessage($"'{format}'*Amount*");
        FluentActions.Invoking(() => ReportingPeriod.Year(2016).ToString(format, null)).Should().Throw<FormatException>().WithMessage($"'{format}'*ReportingPeriod*");
    }

    [Fact]
    public void ValueList_IsBuiltFromACollectionExpressionAndComparedByItems()
    {
        ValueList<int> numbers = [1, 2, 3];
        ValueList<int> empty = [];

        numbers.Should().Equal(1, 2, 3);
        empty.Should().BeEmpty();
        numbers.Equals(new ValueList<int>([1, 2, 3])).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_SameInputTwice_GivesEqualEvaluations()
    {
        var data = new TradeDataSet(
            [Goal("VNM", 500, Deadline.Vague("in a few years"), new DateOnly(2015, 12, 9))],
            [Annual("VNM", 2014, 169.3m, PublishedOn(2016, 3, 1)), Annual("VNM", 2016, 121m, PublishedOn(2017, 7, 31))],
            []);
        var options = EvaluationOptions.At(new DateOnly(2017, 12, 31));

        var first = GoalEvaluator.Evaluate(data.Goals[0], data, options);
        var second = GoalEvaluator.Evaluate(data.Goals[0], data, options);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
        GoalEvaluator.Evaluate(data.Goals[0], data, EvaluationOptions.At(new DateOnly(2018, 12, 31))).Should().NotBe(first);
    }

    // Parse either returns what TryParse returns, or throws where TryParse says false; the generic interfaces agree with both.
    private static void Agree<T>(string text)
        where T : ISpanParsable<T>
    {
        var tried = T.TryParse(text, CultureInfo.InvariantCulture, out var viaTry);
        var spanTried = T.TryParse(text.AsSpan(), null, out var viaSpan);
        T? parsed = default;
        Exception? error = null;
        try
        {
            parsed = T.Parse(text, null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            error = e;
        }

        spanTried.Should().Be(tried);
        if (tried)
        {
            error.Should().BeNull();
            parsed.Should().Be(viaTry);
            viaSpan.Should().Be(viaTry);
            T.Parse(text.AsSpan(), null).Should().Be(viaTry);
        }
        else
        {
            error.Should().NotBeNull($"TryParse refused '{text}', so Parse must throw");
            if (text.Trim().Length > 0)
            {
                error!.Message.Should().Contain(text.Trim(), "the message quotes what was refused");
            }
        }
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentCulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = previous;
    }
}
