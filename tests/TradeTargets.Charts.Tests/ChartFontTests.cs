namespace TradeTargets.Charts.Tests;

public class ChartFontTests
{
    [Fact]
    public void GapChart_UninstalledFontFamily_ThrowsAClearFontException()
    {
        var options = new ChartOptions { FontFamily = "No Such Sans 42" };

        var act = () => TradeCharts.GapChart(ChartTestData.Emirates(), options);

        act.Should().Throw<ChartFontException>()
            .WithMessage("*No Such Sans 42*fonts-dejavu-core*")
            .Which.FontFamily.Should().Be("No Such Sans 42");
    }

    [Fact]
    public void DefaultFont_IsTheSansSerifDejaVu()
    {
        ChartOptions.Default.FontFamily.Should().Be("DejaVu Sans");
        ChartFonts.IsInstalled("DejaVu Sans").Should().BeTrue("build/install-prerequisites.sh installs fonts-dejavu-core");
        ScottPlot.Fonts.Default.Should().Be("DejaVu Sans", "the charts set ScottPlot's default once, before the first chart");
    }

    [Fact]
    public void FontFamilyOption_ReachesEveryText()
    {
        var options = new ChartOptions { FontFamily = "DejaVu Sans Mono" };

        var svgs = new[]
        {
            TradeCharts.GapChart(ChartTestData.VagueVietnam(), options).ToSvg(),
            TradeCharts.Scoreboard(ChartTestData.Portfolio(), options).ToSvg(),
            TradeCharts.Dumbbell(ChartTestData.Hundred(), options).ToSvg(),
        };

        foreach (var svg in svgs)
        {
            var families = System.Text.RegularExpressions.Regex.Matches(svg, "font-family=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct();
            families.Should().Equal("DejaVu Sans Mono");
        }
    }

    [Theory]
    [InlineData(0, 500, 1)]
    [InlineData(800, 10, 1)]
    [InlineData(800, 500, 0)]
    [InlineData(800, 500, double.NaN)]
    public void ChartOptions_OutOfRange_Throws(int width, int height, double scale)
    {
        var act = () => new ChartOptions { Width = width, Height = height, Scale = scale };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
