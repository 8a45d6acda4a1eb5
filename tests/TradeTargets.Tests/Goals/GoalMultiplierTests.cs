namespace TradeTargets.Tests;

public class GoalMultiplierTests
{
    [Fact]
    public void Parse_QualifiedFactor_GivesFactorAndQualifier()
        => GoalMultiplier.Parse("almost x2").Should().Be(new GoalMultiplier(2, AmountQualifier.Almost));

    [Fact]
    public void ToString_ExactFactor_IsXAndTheFactor()
        => new GoalMultiplier(4).ToString().Should().Be("x4");

    [Fact]
    public void Parse_Word_ThrowsQuotingTheText()
        => FluentActions.Invoking(() => GoalMultiplier.Parse("double")).Should().Throw<FormatException>().WithMessage("*'double'*");
}
