using CsCheck;

namespace TradeTargets.Tests;

public class AmountTests
{
    [Theory]
    [InlineData("$121m", 121_000_000)]
    [InlineData("$1bn", 1_000_000_000)]
    [InlineData("$4 bn", 4_000_000_000)]
    [InlineData("$6.7m", 6_700_000)]
    [InlineData("half a billion", 500_000_000)]
    [InlineData("US$ 18.7 million", 18_700_000)]
    [InlineData("USD 500 million", 500_000_000)]
    [InlineData("$3.5bn", 3_500_000_000)]
    [InlineData("$1,200m", 1_200_000_000)]
    [InlineData("$950k", 950_000)]
    [InlineData("  $29.7m ", 29_700_000)]
    [InlineData("a billion dollars", 1_000_000_000)]
    [InlineData("250 million dollars", 250_000_000)]
    [InlineData("$0", 0)]
    public void Parse_WrittenForms_GiveExactDollars(string text, decimal expected)
    {
        var amount = Amount.Parse(text);

        amount.Value.Should().Be(expected);
        amount.Currency.Should().Be(Currency.Usd);
    }

    [Fact]
    public void Parse_OtherCurrency_KeepsItsCode()
    {
        var amount = Amount.Parse("EUR 5m");

        amount.Should().Be(Amount.FromMillions(5, new Currency("EUR")));
        amount.ToString().Should().Be("EUR 5m");
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("$12x")]
    [InlineData("$-5m")]
    [InlineData("$ 5m USD")]
    [InlineData("five million")]
    public void Parse_NotAnAmount_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var act = () => Amount.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
    }

    [Fact]
    public void FromMillions_Negative_ThrowsNamingValueAndExpectation()
    {
        var act = () => Amount.FromMillions(-1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "value")
            .WithMessage("*zero or more*-1000000*");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_NonFinite_ThrowsNamingValue(double value)
    {
        var act = () => Amount.FromDouble(value);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "value").WithMessage("*finite*");
    }

    [Theory]
    [InlineData(18_700_000, "$18.7m")]
    [InlineData(1_000_000_000, "$1bn")]
    [InlineData(1_250_000_000, "$1.25bn")]
    [InlineData(6_700_000, "$6.7m")]
    [InlineData(950_000, "$950k")]
    [InlineData(12, "$12")]
    [InlineData(0, "$0")]
    public void ToString_WritesCompactExactForm(decimal dollars, string expected)
        => Amount.FromUnits(dollars).ToString().Should().Be(expected);

    [Fact]
    public void ToString_ThenParse_RoundTripsAnyNonNegativeAmount()
    {
        Gen.Decimal[0m, 1_000_000_000_000_000m].Sample(value =>
        {
            var amount = Amount.FromUnits(value);
            Amount.Parse(amount.ToString()).Should().Be(amount);
        });
    }

    [Fact]
    public void ToRoundedString_RoundsToSignificantDigits()
    {
        Amount.FromUnits(470_300_000).ToRoundedString().Should().Be("$470m");
        Amount.FromUnits(1_234_000_000).ToRoundedString(2).Should().Be("$1.2bn");
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBoth()
    {
        var act = () => Amount.FromMillions(1) + Amount.FromMillions(1, new Currency("EUR"));

        act.Should().Throw<ArgumentException>().WithMessage("*$1m*EUR 1m*");
    }

    [Fact]
    public void Compare_OrdersByValue()
    {
        (Amount.Parse("$121m") < Amount.Parse("half a billion")).Should().BeTrue();
        (Amount.Parse("$1bn") >= Amount.Parse("$1000m")).Should().BeTrue();
    }
}
