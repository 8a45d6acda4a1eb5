namespace TradeTargets.Tests;

public class CountryTests
{
    [Theory]
    [InlineData("BLR", "BLR")]
    [InlineData("Vietnam", "VNM")]
    [InlineData("viet nam", "VNM")]
    [InlineData("UAE", "ARE")]
    [InlineData("Emirates", "ARE")]
    [InlineData("the Emirates", "ARE")]
    [InlineData("Czechia", "CZE")]
    [InlineData("Czech Republic", "CZE")]
    [InlineData("PK", "PAK")]
    [InlineData("Turkmenistan", "TKM")]
    public void Parse_CodesNamesAndAliases_FindTheCountry(string text, string code)
        => Country.Parse(text).Code.Should().Be(code);

    [Fact]
    public void Parse_UnknownName_ThrowsRatherThanInventingACountry()
    {
        var act = () => Country.Parse("Atlantis");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "text").WithMessage("*'Atlantis'*not a known country*");
    }

    [Fact]
    public void All_CoversEveryCountryNamedInTheSeedArticles()
    {
        var named = new[]
        {
            "Belarus", "Vietnam", "Pakistan", "United Arab Emirates", "Serbia", "Poland", "Luxembourg", "China", "Azerbaijan",
            "Turkmenistan", "Austria", "Slovakia", "Czechia", "Hungary", "Russia", "Ukraine", "Qatar", "Spain", "Latvia",
            "Lithuania", "Germany", "Netherlands", "Italy", "Ireland", "Slovenia", "Switzerland", "United States", "Angola",
            "Brazil", "Cambodia", "Cuba", "India", "Laos", "Kazakhstan", "Moldova", "Indonesia", "Malaysia", "Jordan", "Sudan",
            "Argentina", "Chile", "Namibia", "Turkey", "Bosnia", "Denmark", "Finland", "France", "Sweden", "Egypt", "Norway",
            "Colombia", "Uzbekistan", "Luxembourg",
        };

        named.Should().AllSatisfy(name => Country.TryParse(name, out _).Should().BeTrue(name));
    }

    [Fact]
    public void All_HasUniqueCodesAndNumericCodes()
    {
        Country.All.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        Country.All.Select(c => c.NumericCode).Should().OnlyHaveUniqueItems();
        Country.TryFromNumericCode(112, out var belarus).Should().BeTrue();
        belarus.Name.Should().Be("Belarus");
    }
}
