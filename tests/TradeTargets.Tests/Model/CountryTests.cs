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

    // Expected values read from the countrycode package's IMF dictionary (vincentarelbundock/countrycode,
    // dictionary/data_imf.csv): Belarus 913, United States of America 111, Viet Nam 582, China 924,
    // United Kingdom 112, Republic of Korea 542.
    [Theory]
    [InlineData(913, "BLR")]
    [InlineData(111, "USA")]
    [InlineData(582, "VNM")]
    [InlineData(924, "CHN")]
    [InlineData(112, "GBR")]
    [InlineData(542, "KOR")]
    public void TryFromImfCode_KnownCodes_FindTheCountry(int imfCode, string code)
    {
        Country.TryFromImfCode(imfCode, out var country).Should().BeTrue();
        country.Code.Should().Be(code);
        country.ImfCode.Should().Be(imfCode);
    }

    [Fact]
    public void TryFromImfCode_WorldOrUnknownCode_FindsNothing()
    {
        Country.TryFromImfCode(1, out _).Should().BeFalse("001 is World, not a country");
        Country.TryFromImfCode(999, out _).Should().BeFalse();
    }

    [Fact]
    public void ImfCode_IsNotTheIsoNumericCode()
    {
        var belarus = Country.Parse("BLR");
        belarus.NumericCode.Should().Be(112);
        belarus.ImfCode.Should().Be(913);
        Country.TryFromImfCode(112, out var imf112).Should().BeTrue();
        imf112.Code.Should().Be("GBR", "IMF code 112 is the United Kingdom, whatever ISO numeric 112 is");
    }

    [Fact]
    public void All_NoTwoCountriesShareAnImfCode()
    {
        var codes = Country.All.Where(c => c.ImfCode is not null).Select(c => c.ImfCode).ToList();
        codes.Should().OnlyHaveUniqueItems();
        codes.Should().HaveCountGreaterThan(100);
        Country.All.Where(c => c.ImfCode is not null).Should().AllSatisfy(c => Country.TryFromImfCode(c.ImfCode!.Value, out var found).Should().BeTrue(c.Code));
        Country.Parse("PRK").ImfCode.Should().BeNull("the source table gives no code for North Korea");
    }
}
