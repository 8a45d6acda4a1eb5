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

    [Theory]
    [InlineData("$100000000000m")] // 1e11 × 1e6 = 1e17
    [InlineData("$100000000000000000000")] // exactly 1e20, the largest recorded value
    [InlineData("$100000000000bn")] // 1e11 × 1e9 = 1e20
    public void Parse_UpToTheRecordedBound_IsRead(string text)
    {
        Amount.Parse(text).Value.Should().BeLessThanOrEqualTo(Amount.MaxRecordedValue);
    }

    [Theory]
    [InlineData("$100000000000000000001")] // 1e20 + 1
    [InlineData("$100000000001bn")] // 1.00000000001e20
    [InlineData("$7e28")] // within decimal, far above the bound
    [InlineData("$1e29")] // beyond decimal
    public void Parse_AboveTheRecordedBound_ThrowsNamingTheBound(string text)
    {
        var act = () => Amount.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"'{text}' is too large for an amount; the largest is 1e20 units.");
        Amount.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void MaxRecordedValue_IsTheBoundTheMessagesName()
    {
        decimal.Parse(RecordedAmount.LargestInWords, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be(Amount.MaxRecordedValue);
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

    [Theory]
    [InlineData(121, 121_000_000)]
    [InlineData(18.7, 18_700_000)]
    [InlineData(0.001, 1_000)]
    public void FromMillions_Value_IsMillionsTimesAMillion(decimal millions, decimal expectedUnits)
        => Amount.FromMillions(millions).Value.Should().Be(expectedUnits);

    [Fact]
    public void FromBillions_Value_IsBillionsTimesABillion()
        // 1.25 × 1 000 000 000 = 1 250 000 000 units.
        => Amount.FromBillions(1.25m).Value.Should().Be(1_250_000_000m);

    [Theory]
    [InlineData(18_700_000, 18.7)]
    [InlineData(500_000, 0.5)]
    [InlineData(2_000_000_000, 2000)]
    public void Millions_Value_IsUnitsDividedByAMillion(decimal units, double expectedMillions)
        => Amount.FromUnits(units).Millions.Should().Be(expectedMillions);

    [Theory]
    [InlineData(1234.4, 1234)]
    [InlineData(1234.6, 1235)]
    [InlineData(2.5, 2)] // Math.Round rounds halves to even: 2.5 → 2, 3.5 → 4.
    [InlineData(3.5, 4)]
    public void FromDouble_Fraction_RoundsToWholeUnits(double value, decimal expected)
        => Amount.FromDouble(value).Value.Should().Be(expected);

    [Fact]
    public void FromBillions_OtherCurrency_KeepsIt()
        => Amount.FromBillions(2, new Currency("EUR")).Should().Be(Amount.FromMillions(2000, new Currency("EUR")));

    [Fact]
    public void FromDouble_OtherCurrency_KeepsIt()
        => Amount.FromDouble(5e6, new Currency("EUR")).Should().Be(Amount.FromMillions(5, new Currency("EUR")));

    [Fact]
    public void ToDouble_Value_IsTheWholeUnits()
        => Amount.FromMillions(18.7m).ToDouble().Should().Be(18_700_000d);

    [Fact]
    public void Zero_IsZeroUsDollars()
    {
        Amount.Zero.Value.Should().Be(0m);
        Amount.Zero.Currency.Should().Be(Currency.Usd);
    }

    [Fact]
    public void FromUnits_DefaultCurrency_IsUsDollars()
    {
        // default(Currency) has no code; an amount never carries that, it falls back to dollars.
        var amount = Amount.FromUnits(5, default(Currency));

        amount.Currency.Should().Be(Currency.Usd);
        amount.ToString().Should().Be("$5");
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => FluentActions.Invoking(() => Amount.Parse(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");

    [Fact]
    public void TryParse_ValidText_ReturnsTrueAndTheAmount()
    {
        Amount.TryParse("$18.7m", out var amount).Should().BeTrue();

        amount.Should().Be(Amount.FromUnits(18_700_000));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("$-5m")]
    [InlineData("$1e30")]
    public void TryParse_NotAnAmount_ReturnsFalseAndDefault(string? text)
    {
        Amount.TryParse(text, out var amount).Should().BeFalse();

        amount.Should().Be(default(Amount));
    }

    [Fact]
    public void Add_SameCurrency_SumsValuesInThatCurrency()
    {
        var euro = new Currency("EUR");

        // €1.5m + €2.25m = €3.75m.
        var sum = Amount.FromMillions(1.5m, euro) + Amount.FromMillions(2.25m, euro);

        sum.Value.Should().Be(3_750_000m);
        sum.Currency.Should().Be(euro);
    }

    [Fact]
    public void Compare_EqualAmounts_OnlyTheNonStrictOperatorsHold()
    {
        var left = Amount.FromMillions(121);
        var right = Amount.FromUnits(121_000_000);

        left.CompareTo(right).Should().Be(0);
        (left < right).Should().BeFalse();
        (left > right).Should().BeFalse();
        (left <= right).Should().BeTrue();
        (left >= right).Should().BeTrue();
    }

    [Fact]
    public void Compare_SmallerAndLarger_EachOperatorAgrees()
    {
        var smaller = Amount.FromMillions(121);
        var larger = Amount.FromMillions(500);

        smaller.CompareTo(larger).Should().BeNegative();
        larger.CompareTo(smaller).Should().BePositive();
        (smaller < larger).Should().BeTrue();
        (larger < smaller).Should().BeFalse();
        (larger > smaller).Should().BeTrue();
        (smaller > larger).Should().BeFalse();
        (smaller <= larger).Should().BeTrue();
        (larger <= smaller).Should().BeFalse();
        (larger >= smaller).Should().BeTrue();
        (smaller >= larger).Should().BeFalse();
    }

    [Fact]
    public void Compare_DifferentCurrencies_EveryComparisonThrows()
    {
        var dollars = Amount.FromMillions(1);
        var euros = Amount.FromMillions(2, new Currency("EUR"));

        FluentActions.Invoking(() => dollars.CompareTo(euros)).Should().Throw<ArgumentException>().Where(e => e.ParamName == "other").WithMessage("*$1m*EUR 2m*currencies differ*");
        FluentActions.Invoking(() => dollars < euros).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => dollars > euros).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => dollars <= euros).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => dollars >= euros).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FromDouble_BeyondDecimal_ThrowsOutOfRangeNamingValue()
        => FluentActions.Invoking(() => Amount.FromDouble(1e30)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "value");

    [Fact]
    public void FromMillions_BeyondDecimal_ThrowsOutOfRangeNamingMillions()
        => FluentActions.Invoking(() => Amount.FromMillions(decimal.MaxValue)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "millions");

    [Fact]
    public void FromBillions_BeyondDecimal_ThrowsOutOfRangeNamingBillions()
        => FluentActions.Invoking(() => Amount.FromBillions(1e20m)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "billions");

    [Fact]
    public void Add_SumBeyondDecimal_ThrowsOutOfRange()
        => FluentActions.Invoking(() => Amount.FromUnits(decimal.MaxValue) + Amount.FromUnits(1m)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Default_IsZeroDollars()
    {
        var amount = default(Amount);

        amount.Should().Be(Amount.Zero);
        amount.Currency.Should().Be(Currency.Usd);
        amount.ToString().Should().Be(Amount.Zero.ToString());
    }
}
