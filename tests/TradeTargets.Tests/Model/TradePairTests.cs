namespace TradeTargets.Tests;

public class TradePairTests
{
    private static readonly Country Belarus = Country.Parse("BLR");
    private static readonly Country Vietnam = Country.Parse("VNM");

    [Fact]
    public void Constructor_SameCountryTwice_IsRejected()
    {
        var act = () => new TradePair(Belarus, Belarus);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "partner" && e.Message.Contains("BLR"));
    }

    [Fact]
    public void Constructor_MissingCountry_IsRejected()
    {
        var act = () => new TradePair(default, Vietnam);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "reporter");
    }

    [Fact]
    public void TryCreate_SameCountryOrMissing_ReturnsFalse()
    {
        TradePair.TryCreate(Belarus, Belarus, out _).Should().BeFalse();
        TradePair.TryCreate(Belarus, default, out _).Should().BeFalse();
        TradePair.TryCreate(Belarus, Vietnam, out var pair).Should().BeTrue();
        pair.Should().Be(new TradePair(Belarus, Vietnam));
    }

    [Fact]
    public void Reversed_SwapsReporterAndPartner()
    {
        var reversed = new TradePair(Belarus, Vietnam).Reversed;

        reversed.Reporter.Should().Be(Vietnam);
        reversed.Partner.Should().Be(Belarus);
    }

    [Fact]
    public void ToString_JoinsCodesWithAnEnDash() => new TradePair(Belarus, Vietnam).ToString().Should().Be("BLR–VNM");

}
