namespace TradeTargets.Tests;

public class EnumTextTests
{
    [Theory]
    [InlineData(Coverage.GoodsAndServices, "goods-and-services", "goods and services")]
    [InlineData(ReportingSide.PartnerMirror, "partner-mirror", "partner mirror")]
    [InlineData(TradeFlow.Turnover, "turnover", "turnover")]
    public void FormatAndWords_PascalCaseName_GiveHyphenatedTokenAndSpacedWords(Enum value, string token, string words)
    {
        FormatOf(value).Should().Be(token);
        WordsOf(value).Should().Be(words);
    }

    [Fact]
    public void Format_GoalStatus_IsTheTokenTheReportsWrite()
    {
        EnumText.Format(GoalStatus.NeedsAcceleration).Should().Be("needs-acceleration");
        EnumText.Words(GoalStatus.NeedsAcceleration).Should().Be("needs acceleration");
    }

    [Fact]
    public void Words_EveryGoalStatus_IsWhatProseTextSays()
        => Enum.GetValues<GoalStatus>().Should().AllSatisfy(s => StatusText.Describe(s).Should().Be(EnumText.Words(s)));

    [Fact]
    public void ParseFormat_EveryValueOfEveryPublicEnum_RoundTripsAndTokensAreDistinct()
    {
        var enums = typeof(Amount).Assembly.GetExportedTypes().Where(t => t.IsEnum).ToList();
        enums.Should().Contain([typeof(GoalStatus), typeof(Coverage), typeof(DerivationMethod)]);
        foreach (var type in enums)
        {
            var values = Enum.GetValues(type).Cast<Enum>().ToList();
            var tokens = values.Select(FormatOf).ToList();
            tokens.Should().OnlyHaveUniqueItems($"{type.Name} tokens must tell its values apart");
            tokens.Should().AllSatisfy(t => t.Should().MatchRegex("^[a-z0-9]+(-[a-z0-9]+)*$"));
            values.Should().AllSatisfy(v => ParseOf(type, FormatOf(v)).Should().Be(v));
        }
    }

    [Theory]
    [InlineData("goods-and-services")]
    [InlineData(" GOODS-AND-SERVICES ")]
    [InlineData("GoodsAndServices")]
    public void Parse_TokenOrNameInAnyCase_GivesTheValue(string text)
        => EnumText.Parse<Coverage>(text).Should().Be(Coverage.GoodsAndServices);

    [Fact]
    public void Parse_Unknown_ThrowsListingTokensInDeclarationOrder()
        => FluentActions.Invoking(() => EnumText.Parse<TradeFlow>("barter")).Should().Throw<FormatException>()
            .WithMessage("'barter' is not a TradeFlow; expected one of: turnover, exports, imports.");

    private static string FormatOf(Enum value) => Call(nameof(EnumText.Format), value.GetType(), value);

    private static string WordsOf(Enum value) => Call(nameof(EnumText.Words), value.GetType(), value);

    private static Enum ParseOf(Type type, string text) => (Enum)typeof(EnumText).GetMethod(nameof(EnumText.Parse))!.MakeGenericMethod(type).Invoke(null, [text])!;

    private static string Call(string method, Type type, Enum value) => (string)typeof(EnumText).GetMethod(method)!.MakeGenericMethod(type).Invoke(null, [value])!;
}
