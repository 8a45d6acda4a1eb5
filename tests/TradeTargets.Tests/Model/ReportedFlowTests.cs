namespace TradeTargets.Tests;

public class ReportedFlowTests
{
    private static readonly TradePair BelarusVietnam = new(Country.Parse("BLR"), Country.Parse("VNM"));

    [Theory]
    [InlineData(TradeFlow.Exports, ReportingSide.Reporter, TradeFlow.Imports, ReportingSide.PartnerMirror)]
    [InlineData(TradeFlow.Imports, ReportingSide.PartnerMirror, TradeFlow.Exports, ReportingSide.Reporter)]
    [InlineData(TradeFlow.Turnover, ReportingSide.Reporter, TradeFlow.Turnover, ReportingSide.PartnerMirror)]
    [InlineData(TradeFlow.Exports, ReportingSide.OfficialClaim, TradeFlow.Imports, ReportingSide.OfficialClaim)]
    [InlineData(TradeFlow.Imports, ReportingSide.Unstated, TradeFlow.Exports, ReportingSide.Unstated)]
    public void Mirrored_ReversesThePairTurnsTheFlowAndSwapsOwnAndMirrorSides(TradeFlow flow, ReportingSide side, TradeFlow mirroredFlow, ReportingSide mirroredSide)
    {
        var mirrored = new ReportedFlow(BelarusVietnam, flow, side).Mirrored;

        mirrored.Should().Be(new ReportedFlow(BelarusVietnam.Reversed, mirroredFlow, mirroredSide));
    }

    [Theory]
    [InlineData(TradeFlow.Exports, ReportingSide.Reporter)]
    [InlineData(TradeFlow.Imports, ReportingSide.PartnerMirror)]
    [InlineData(TradeFlow.Turnover, ReportingSide.OfficialClaim)]
    public void Mirrored_Twice_GivesTheFlowBack(TradeFlow flow, ReportingSide side)
    {
        var asRecorded = new ReportedFlow(BelarusVietnam, flow, side);

        asRecorded.Mirrored.Mirrored.Should().Be(asRecorded);
    }
}
