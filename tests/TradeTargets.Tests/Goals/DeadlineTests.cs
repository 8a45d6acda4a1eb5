namespace TradeTargets.Tests;

public class DeadlineTests
{
    private static readonly DateOnly October2016 = new(2016, 10, 5);

    [Theory]
    [InlineData("2015", 2015, 2015)]
    [InlineData("in 2018", 2018, 2018)]
    [InlineData("by mid-2018", 2018, 2018)]
    [InlineData("by the end of 2018", 2018, 2018)]
    [InlineData("within 4 years", 2020, 2020)]
    [InlineData("in the next four years", 2020, 2020)]
    [InlineData("in the next two years", 2018, 2018)]
    [InlineData("in the near future", 2017, 2019)]
    [InlineData("in a few years", 2018, 2021)]
    [InlineData("in a few years' time", 2018, 2021)]
    [InlineData("in the coming years", 2018, 2021)]
    public void Resolve_DefaultPolicy_GivesWindow(string text, int first, int last)
    {
        var window = Deadline.Parse(text).Resolve(October2016, VagueDeadlinePolicy.Default);

        window.FirstYear.Should().Be(first);
        window.LastYear.Should().Be(last);
    }

    [Fact]
    public void Resolve_VaguePhrase_SaysHowItWasRead()
    {
        var window = Deadline.Parse("in the near future").Resolve(October2016, VagueDeadlinePolicy.Default);

        window.IsWindow.Should().BeTrue();
        window.Ends.Should().Equal(2017, 2019);
        window.Interpretation.Should().Be("'in the near future' read as 1 to 3 years after 2016 (policy Default)");
    }

    [Fact]
    public void Resolve_UnknownPhrase_ThrowsListingKnownPhrases()
    {
        var act = () => Deadline.Parse("one fine day").Resolve(October2016, VagueDeadlinePolicy.Default);

        act.Should().Throw<ArgumentException>().WithMessage("*'one fine day'*policy Default*'in the near future'*");
    }

    [Fact]
    public void Resolve_CustomPolicy_UsesItsReading()
    {
        var policy = new VagueDeadlinePolicy("Strict", new Dictionary<string, (int, int)> { ["in the near future"] = (1, 1) });

        Deadline.Vague("In the near future.").Resolve(October2016, policy).Should().Be(new DeadlineWindow(2017, 2017, "'In the near future.' read as 1 to 1 years after 2016 (policy Strict)"));
    }

    [Theory]
    [InlineData("2015")]
    [InlineData("within 4 years")]
    [InlineData("within 1 year")]
    [InlineData("in the near future")]
    public void ToString_ThenParse_RoundTrips(string text)
    {
        var deadline = Deadline.Parse(text);

        Deadline.Parse(deadline.ToString()).Should().Be(deadline);
        deadline.ToString().Should().Be(text);
    }

    [Fact]
    public void Parse_WithPolicy_RejectsUnknownVaguePhrase()
    {
        Deadline.Parse("in the near future", VagueDeadlinePolicy.Default).Should().Be(Deadline.Vague("in the near future"));
        FluentActions.Invoking(() => Deadline.Parse("one fine day", VagueDeadlinePolicy.Default))
            .Should().Throw<FormatException>().WithMessage("*'one fine day'*policy Default*'in a few years'*");
    }

    [Theory]
    [InlineData("by ٢٠٢٥")]
    [InlineData("within ٥ years")]
    [InlineData("２０２５")]
    public void Parse_WithPolicy_DigitsOtherThanAscii_AreNoYearAndTheMessageSaysWhy(string text)
        => FluentActions.Invoking(() => Deadline.Parse(text, VagueDeadlinePolicy.Default))
            .Should().Throw<FormatException>().WithMessage($"'{text}' is neither a year, 'within N years', nor a vague phrase known to policy Default*");

    [Fact]
    public void Within_ZeroYears_Throws()
        => FluentActions.Invoking(() => Deadline.Within(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 1 and 50*0*");

    [Fact]
    public void Deadline_CannotBeDerivedOutsideTheLibrary()
    {
        // A derived type must implement every abstract member; one that only the library can see closes the hierarchy,
        // the record's protected copy constructor included.
        var abstractMembers = typeof(Deadline).GetMethods(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
            .Where(m => m.IsAbstract).ToList();

        abstractMembers.Should().Contain(m => m.IsFamilyAndAssembly || m.IsAssembly);
    }

    [Fact]
    public void DeadlineWindow_FirstYearAfterLast_Throws()
        => FluentActions.Invoking(() => new DeadlineWindow(2021, 2018, string.Empty)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "FirstYear");

    [Fact]
    public void DeadlineWindow_Default_DescribesItselfWithoutThrowing()
    {
        default(DeadlineWindow).IsWindow.Should().BeFalse();
        default(DeadlineWindow).ToString().Should().Be("0");
    }

    [Fact]
    public void VagueDeadlinePolicy_KnowsNull_ThrowsNamingPhrase()
        => FluentActions.Invoking(() => VagueDeadlinePolicy.Default.Knows(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "phrase");
}
