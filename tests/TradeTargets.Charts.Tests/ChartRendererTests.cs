namespace TradeTargets.Charts.Tests;

public class ChartRendererTests
{
    [Fact]
    public void NumberClipIds_ScottPlotCounterIds_AreRenumberedInOrderOfAppearance()
    {
        var svg = "<clipPath id=\"cl_16c\"/><g clip-path=\"url(#cl_16c)\"/><clipPath id=\"cl_1a0\"/>";

        ChartRenderer.NumberClipIds(svg).Should().Be("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/>");
    }
}
