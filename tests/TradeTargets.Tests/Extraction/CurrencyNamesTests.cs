using TradeTargets.Extraction;

namespace TradeTargets.Tests.Extraction;

public sealed class CurrencyNamesTests
{
    private static readonly Country[] Kuwait = [Country.Parse("KWT")];

    [Theory]
    [InlineData("Kuwaiti dinars", "KWD")]
    [InlineData("Indian Rupee", "INR")]
    [InlineData("Pound Sterling", "GBP")]
    [InlineData("dinars", "KWD")]
    [InlineData("de dólares", "USD")]
    [InlineData("Omani rials", "OMR")]
    [InlineData("CFA francs", "XOF")]
    public void Read_TheSameNameTwice_ReadsTheSameCurrencyBothTimes(string name, string code)
    {
        // The second read comes from the kept parse of the first.
        CurrencyNames.Read(name, Kuwait).Should().Be(new Currency(code));
        CurrencyNames.Read(name, Kuwait).Should().Be(new Currency(code));
    }

    [Fact]
    public void Read_ByTheCountriesOfEachCall_NotOfTheFirstCall()
    {
        CurrencyNames.Read("riyals", [Country.Parse("QAT")]).Should().Be(new Currency("QAR"));
        CurrencyNames.Read("riyals", [Country.Parse("OMN")]).Should().Be(new Currency("OMR"));
    }

    [Fact]
    public void Read_ManyMadeUpNames_KeepsAtMostTheBoundedNumberOfParses()
    {
        for (var i = 0; i < CurrencyNames.MostNamesKept + 500; i++)
        {
            CurrencyNames.Read($"Zq{i} dollars", Kuwait).Should().Be(Currency.Usd);
        }

        CurrencyNames.NamesKept.Should().BeLessThanOrEqualTo(CurrencyNames.MostNamesKept);
    }
}
