namespace TradeTargets.Charts.Tests;

public class ChartOptionsTests
{
    [Fact]
    public void Default_LeavesTheHeightToTheChart()
    {
        ChartOptions.Default.Width.Should().Be(800);
        ChartOptions.Default.Height.Should().BeNull();
        ChartOptions.Default.Scale.Should().Be(1);
    }

    [Theory]
    [InlineData(0, 500, 1)]
    [InlineData(800, 10, 1)]
    [InlineData(800, 500, 0)]
    [InlineData(800, 500, double.NaN)]
    public void Init_OutOfRange_Throws(int width, int height, double scale)
    {
        var act = () => new ChartOptions { Width = width, Height = height, Scale = scale };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
