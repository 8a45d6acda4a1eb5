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

    [Theory]
    [InlineData("Cameroon", "CMR", 120)]
    [InlineData("Panama", "PAN", 591)]
    [InlineData("Jamaica", "JAM", 388)]
    [InlineData("JM", "JAM", 388)]
    [InlineData("Åland Islands", "ALA", 248)]
    [InlineData("Bolivia, Plurinational State of", "BOL", 68)]
    [InlineData("Plurinational State of Bolivia", "BOL", 68)]
    [InlineData("Dem. People's Rep. of Korea", "PRK", 408)]
    public void Parse_CountriesOutsideTheOldHandWrittenList_FindTheCountry(string text, string code, int numeric)
    {
        var country = Country.Parse(text);

        country.Code.Should().Be(code);
        country.NumericCode.Should().Be(numeric);
    }

    [Fact]
    public void All_CoversEveryIso3166Entry()
    {
        // ISO 3166-1 has 249 entries (countries and territories); the catalogue holds them all and nothing else.
        Country.All.Should().HaveCount(249);
        Country.All.Select(c => c.Code).Should().BeInAscendingOrder(StringComparer.Ordinal).And.Contain(["ATA", "GRL", "PRI", "TWN", "SSD", "BES"]);
        Country.All.Should().OnlyContain(c => c.Code.Length == 3 && c.Name.Length > 0 && c.NumericCode > 0);
        Country.Parse("Russia").Name.Should().Be("Russia", "the names the catalogue used before stay the display names");
        Country.Parse("VNM").Name.Should().Be("Vietnam");
        Country.Parse("TUR").Name.Should().Be("Turkey");
    }

    // Expected values from UN Comtrade's reference tables (Reporters.json / partnerAreas.json): Comtrade's own
    // codes for countries whose area differs from the ISO one, and ISO numeric codes for the rest.
    [Theory]
    [InlineData(842, "USA")]
    [InlineData(251, "FRA")]
    [InlineData(757, "CHE")]
    [InlineData(699, "IND")]
    [InlineData(579, "NOR")]
    [InlineData(112, "BLR")]
    [InlineData(704, "VNM")]
    [InlineData(120, "CMR")]
    [InlineData(591, "PAN")]
    [InlineData(388, "JAM")]
    public void TryFromComtradeCode_CountryCodes_FindTheCountry(int comtradeCode, string code)
    {
        Country.TryFromComtradeCode(comtradeCode, out var country).Should().BeTrue();
        country.Code.Should().Be(code);
    }

    [Theory]
    [InlineData(0, "World")]
    [InlineData(97, "European Union")]
    [InlineData(899, "Areas, nes")]
    [InlineData(490, "Other Asia, nes")]
    [InlineData(837, "Bunkers")]
    [InlineData(838, "Free Zones")]
    [InlineData(810, "USSR (...1990)")]
    [InlineData(280, "Fed. Rep. of Germany (...1990)")]
    public void TryFromComtradeCode_AreasAndGroups_AreNotCountries(int comtradeCode, string name)
    {
        Country.TryFromComtradeCode(comtradeCode, out _).Should().BeFalse();
        CountryCatalog.TryFindComtradeArea(comtradeCode, out var area).Should().BeTrue();
        area.Should().Be(name);
    }

    [Fact]
    public void TryFromComtradeCode_UnknownCode_FindsNothing()
    {
        Country.TryFromComtradeCode(999, out _).Should().BeFalse();
        CountryCatalog.TryFindComtradeArea(999, out _).Should().BeFalse();
        CountryCatalog.TryFindComtradeArea(842, out _).Should().BeFalse("842 is the United States, a country");
    }

    [Fact]
    public void TryFromNumericCode_StaysIso()
    {
        Country.TryFromNumericCode(840, out var usa).Should().BeTrue();
        usa.Code.Should().Be("USA");
        Country.TryFromNumericCode(842, out _).Should().BeFalse("842 is Comtrade's code, not an ISO numeric code");
    }

    [Fact]
    public void Catalogue_ReadsOnlyAConsistentTable()
    {
        const string header = "kind,code,alpha2,numeric,imf,comtrade,name,aliases,region\n";
        var good = CountryCatalog.Read(new StringReader(header + "country,AAA,AA,1,,1 2,Aland,\"A, land\";Al,Europe\narea,,,,,0,World,,\n"));
        good.All.Should().ContainSingle().Which.Name.Should().Be("Aland");
        good.All[0].Region.Should().Be("Europe");
        good.ByText.Keys.Should().BeEquivalentTo(["AAA", "AA", "ALAND", "A, LAND", "AL"]);
        good.ByComtradeCode.Keys.Should().BeEquivalentTo([1, 2]);
        good.ComtradeAreas[0].Should().Be("World");

        var clash = () => CountryCatalog.Read(new StringReader(header + "country,AAA,AA,1,,,Aland,,\ncountry,BBB,BB,2,,,Bland,Aland,\n"));
        clash.Should().Throw<InvalidOperationException>().WithMessage("*line 3*'ALAND' already names AAA*");
        var kind = () => CountryCatalog.Read(new StringReader(header + "region,AAA,AA,1,,,Aland,,\n"));
        kind.Should().Throw<InvalidOperationException>().WithMessage("*line 2*kind*");
        var column = () => CountryCatalog.Read(new StringReader("kind,code,alpha2,numeric,imf,comtrade,name,aliases\ncountry,AAA,AA,1,,,Aland,\n"));
        column.Should().Throw<InvalidOperationException>().WithMessage("*line 1*region*");
    }

    [Theory]
    [InlineData("BLR", "Europe")]
    [InlineData("VNM", "Asia")]
    [InlineData("BRA", "Americas")]
    [InlineData("EGY", "Africa")]
    [InlineData("AUS", "Oceania")]
    [InlineData("TWN", null)]
    public void Region_IsTheM49Region(string code, string? region) => Country.Parse(code).Region.Should().Be(region);

    [Fact]
    public void Region_IsKnownForEveryCountryButTwo()
        => Country.All.Where(c => c.Region is null).Select(c => c.Code).Should().BeEquivalentTo(["ATA", "TWN"]);
}
