using CsCheck;

namespace TradeTargets.Tests;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2016", PeriodKind.CalendarYear, 12)]
    [InlineData("2016-Q3", PeriodKind.Quarter, 3)]
    [InlineData("2016-H1", PeriodKind.Half, 6)]
    [InlineData("2016-01/2016-08", PeriodKind.Months, 8)]
    [InlineData("2016-07/2017-06", PeriodKind.FiscalYear, 12)]
    [InlineData("2016-05", PeriodKind.Months, 1)]
    public void Parse_TextForms_GiveKindAndLength(string text, PeriodKind kind, int months)
    {
        var period = ReportingPeriod.Parse(text);

        period.Kind.Should().Be(kind);
        period.MonthCount.Should().Be(months);
        period.ToString().Should().Be(text);
    }

    [Fact]
    public void Months_JanuaryToAugust_IsPartialAndEndsInAugust()
    {
        var period = ReportingPeriod.Months(2016, 1, 8);

        period.IsFullYear.Should().BeFalse();
        period.EndMonth.Should().Be(8);
        period.LastDay.Should().Be(new DateOnly(2016, 8, 31));
        period.YearFraction.Should().BeApproximately(8 / 12.0, 1e-15);
        period.Describe().Should().Be("Jan–Aug 2016");
    }

    [Fact]
    public void FiscalYear_JulyToJune_StraddlesTwoYears()
    {
        var period = ReportingPeriod.FiscalYear(2016, 7);

        period.EndYear.Should().Be(2017);
        period.EndMonth.Should().Be(6);
        period.TimeCoordinate.Should().BeApproximately(2016.5, 1e-12);
        period.Describe().Should().Be("Jul 2016–Jun 2017");
    }

    [Fact]
    public void Months_Month13_ThrowsNamingArgumentAndValue()
    {
        var act = () => ReportingPeriod.Months(2016, 1, 13);

        act.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "lastMonth").WithMessage("*between 1 and 12*13*");
    }

    [Theory]
    [InlineData("2016-13")]
    [InlineData("2016-Q5")]
    [InlineData("16")]
    [InlineData("2016-01/2017-03")]
    public void Parse_Invalid_ThrowsFormatExceptionQuotingText(string text)
        => FluentActions.Invoking(() => ReportingPeriod.Parse(text)).Should().Throw<FormatException>().WithMessage($"*'{text}'*");

    [Fact]
    public void ToStringThenParse_RoundTripsEveryPeriod()
    {
        var periods = from year in Gen.Int[1900, 2100]
                      from month in Gen.Int[1, 12]
                      from count in Gen.Int[1, 12]
                      select ReportingPeriod.Between(year, month, year + ((month - 1 + count - 1) / 12), ((month - 1 + count - 1) % 12) + 1);
        periods.Sample(p => ReportingPeriod.Parse(p.ToString()).Should().Be(p));
    }

    [Fact]
    public void AddYears_PreservesShapeAndLength()
    {
        var periods = from year in Gen.Int[1900, 2100]
                      from month in Gen.Int[1, 12]
                      from count in Gen.Int[1, 12]
                      from shift in Gen.Int[-50, 50]
                      select (Period: ReportingPeriod.Between(year, month, year + ((month - 1 + count - 1) / 12), ((month - 1 + count - 1) % 12) + 1), Shift: shift);
        periods.Sample(t =>
        {
            var moved = t.Period.AddYears(t.Shift);
            moved.MonthCount.Should().Be(t.Period.MonthCount);
            moved.Kind.Should().Be(t.Period.Kind);
            moved.AddYears(-t.Shift).Should().Be(t.Period);
            moved.FirstDay.Should().Be(t.Period.FirstDay.AddYears(t.Shift));
        });
    }

    [Fact]
    public void Contains_YearContainsItsMonthsAndOverlapsIsSymmetric()
    {
        var months = from year in Gen.Int[2000, 2020] from first in Gen.Int[1, 12] from last in Gen.Int[1, 12] select (year, Math.Min(first, last), Math.Max(first, last));
        months.Sample(t =>
        {
            var run = ReportingPeriod.Months(t.year, t.Item2, t.Item3);
            ReportingPeriod.Year(t.year).Contains(run).Should().BeTrue();
            ReportingPeriod.Year(t.year + 1).Overlaps(run).Should().BeFalse();
            run.Overlaps(ReportingPeriod.Year(t.year)).Should().Be(ReportingPeriod.Year(t.year).Overlaps(run));
        });
    }

    [Fact]
    public void CompareTo_OrdersByEndThenLongerFirst()
    {
        var ordered = new[] { ReportingPeriod.Year(2016), ReportingPeriod.Months(2016, 1, 8), ReportingPeriod.Year(2015), ReportingPeriod.Half(2016, 2) }
            .Order().ToList();

        ordered.Should().Equal(ReportingPeriod.Year(2015), ReportingPeriod.Months(2016, 1, 8), ReportingPeriod.Year(2016), ReportingPeriod.Half(2016, 2));
    }

    [Theory]
    [InlineData(1, 3, PeriodKind.Quarter)]
    [InlineData(4, 3, PeriodKind.Quarter)]
    [InlineData(7, 3, PeriodKind.Quarter)]
    [InlineData(10, 3, PeriodKind.Quarter)]
    [InlineData(2, 3, PeriodKind.Months)]
    [InlineData(1, 6, PeriodKind.Half)]
    [InlineData(7, 6, PeriodKind.Half)]
    [InlineData(4, 6, PeriodKind.Months)]
    [InlineData(1, 12, PeriodKind.CalendarYear)]
    [InlineData(7, 12, PeriodKind.FiscalYear)]
    [InlineData(3, 1, PeriodKind.Months)]
    public void Kind_StartMonthAndLength_NameTheShape(int startMonth, int months, PeriodKind kind)
    {
        // A run of months from startMonth, possibly into the next year: last month = (startMonth − 1 + months − 1) mod 12 + 1.
        var lastMonth = ((startMonth - 1 + months - 1) % 12) + 1;
        var period = ReportingPeriod.Between(2016, startMonth, lastMonth < startMonth ? 2017 : 2016, lastMonth);

        period.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData(1, 1, 3, "2016-Q1")]
    [InlineData(2, 4, 6, "2016-Q2")]
    [InlineData(3, 7, 9, "2016-Q3")]
    [InlineData(4, 10, 12, "2016-Q4")]
    public void Quarter_EachQuarter_CoversItsThreeMonths(int quarter, int firstMonth, int lastMonth, string text)
    {
        var period = ReportingPeriod.Quarter(2016, quarter);

        period.StartMonth.Should().Be(firstMonth);
        period.EndMonth.Should().Be(lastMonth);
        period.MonthCount.Should().Be(3);
        period.ToString().Should().Be(text);
        ReportingPeriod.Parse(text).Should().Be(period);
    }

    [Theory]
    [InlineData(1, 1, 6, "2016-H1")]
    [InlineData(2, 7, 12, "2016-H2")]
    public void Half_EachHalf_CoversItsSixMonths(int half, int firstMonth, int lastMonth, string text)
    {
        var period = ReportingPeriod.Half(2016, half);

        period.StartMonth.Should().Be(firstMonth);
        period.EndMonth.Should().Be(lastMonth);
        period.EndYear.Should().Be(2016);
        period.ToString().Should().Be(text);
        ReportingPeriod.Parse(text).Should().Be(period);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_OutsideOneToFour_ThrowsNamingIt(int quarter)
        => FluentActions.Invoking(() => ReportingPeriod.Quarter(2016, quarter)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "quarter");

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Half_NotOneOrTwo_ThrowsNamingIt(int half)
        => FluentActions.Invoking(() => ReportingPeriod.Half(2016, half)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "half");

    [Theory]
    [InlineData(1800)]
    [InlineData(2200)]
    public void Year_FirstAndLastAccepted_AreValid(int year)
        => ReportingPeriod.Year(year).StartYear.Should().Be(year);

    [Theory]
    [InlineData(1799)]
    [InlineData(2201)]
    public void Year_OutsideTheAcceptedYears_ThrowsNamingIt(int year)
        => FluentActions.Invoking(() => ReportingPeriod.Year(year)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "startYear");

    [Fact]
    public void Months_LastBeforeFirst_ThrowsNamingLastMonth()
        => FluentActions.Invoking(() => ReportingPeriod.Months(2016, 5, 4)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "lastMonth");

    [Fact]
    public void Months_FirstMonthZero_ThrowsNamingIt()
        => FluentActions.Invoking(() => ReportingPeriod.Months(2016, 0, 4)).Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "firstMonth");

    [Fact]
    public void Month_OneMonth_StartsAndEndsInIt()
    {
        var period = ReportingPeriod.Month(2016, 2);

        // February 2016 is a leap-year February: 1 to 29 February.
        period.MonthCount.Should().Be(1);
        period.FirstDay.Should().Be(new DateOnly(2016, 2, 1));
        period.LastDay.Should().Be(new DateOnly(2016, 2, 29));
        period.ToString().Should().Be("2016-02");
        period.Describe().Should().Be("Feb 2016");
    }

    [Theory]
    [InlineData(2016, 5, 2016, 5, 1)]
    [InlineData(2016, 1, 2016, 12, 12)]
    [InlineData(2016, 12, 2017, 11, 12)]
    [InlineData(2016, 11, 2017, 2, 4)]
    public void Between_OneToTwelveMonths_CountsThemInclusively(int firstYear, int firstMonth, int lastYear, int lastMonth, int months)
    {
        // (lastYear − firstYear) × 12 + (lastMonth − firstMonth) + 1, e.g. Nov 2016–Feb 2017: 12 + (2 − 11) + 1 = 4.
        var period = ReportingPeriod.Between(firstYear, firstMonth, lastYear, lastMonth);

        period.MonthCount.Should().Be(months);
        period.EndYear.Should().Be(lastYear);
        period.EndMonth.Should().Be(lastMonth);
    }

    [Theory]
    [InlineData(2016, 5, 2016, 4, 0)]
    [InlineData(2016, 1, 2017, 1, 13)]
    public void Between_EmptyOrLongerThanAYear_ThrowsGivingTheCount(int firstYear, int firstMonth, int lastYear, int lastMonth, int months)
        => FluentActions.Invoking(() => ReportingPeriod.Between(firstYear, firstMonth, lastYear, lastMonth))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "lastMonth")
            .WithMessage($"A reporting period runs from 1 to 12 months; {firstYear}-{firstMonth:00} to {lastYear}-{lastMonth:00} is {months} months.*");

    [Theory]
    [InlineData(2016, 13, 2017, 1, "The first month must be between 1 and 12; it was 13.*")]
    [InlineData(2016, 0, 2016, 5, "The first month must be between 1 and 12; it was 0.*")]
    [InlineData(2015, 12, 2015, 13, "The last month must be between 1 and 12; it was 13.*")]
    [InlineData(2016, 1, 2017, 0, "The last month must be between 1 and 12; it was 0.*")]
    public void Between_MonthOutsideOneToTwelve_ThrowsNamingIt(int firstYear, int firstMonth, int lastYear, int lastMonth, string message)
    {
        // Each run counts 1 to 12 months as written (December 2015 to "month 13" of 2015 would be 2), so only the month check refuses it.
        FluentActions.Invoking(() => ReportingPeriod.Between(firstYear, firstMonth, lastYear, lastMonth))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage(message);
    }

    [Fact]
    public void TimeCoordinate_PeriodInsideOneYear_IsThatYear()
    {
        ReportingPeriod.Year(2015).TimeCoordinate.Should().Be(2015);
        ReportingPeriod.Months(2016, 1, 8).TimeCoordinate.Should().Be(2016);
        // Nov 2016–Feb 2017 ends in February: 2017 + (2 − 12) / 12 = 2016.1667.
        ReportingPeriod.Between(2016, 11, 2017, 2).TimeCoordinate.Should().BeApproximately(2017 - (10 / 12.0), 1e-12);
    }

    [Fact]
    public void Describe_RunAcrossTheYearEnd_NamesBothYears()
        => ReportingPeriod.Between(2016, 11, 2017, 2).Describe().Should().Be("Nov 2016–Feb 2017");

    [Fact]
    public void Describe_QuarterAndHalf_NameTheirMonths()
    {
        ReportingPeriod.Quarter(2016, 4).Describe().Should().Be("Oct–Dec 2016");
        ReportingPeriod.Half(2016, 1).Describe().Should().Be("Jan–Jun 2016");
        ReportingPeriod.Year(2016).Describe().Should().Be("2016");
    }

    [Fact]
    public void Contains_SharedFirstOrLastDay_CountsAsInside()
    {
        var year = ReportingPeriod.Year(2016);

        year.Contains(year).Should().BeTrue();
        year.Contains(ReportingPeriod.Month(2016, 1)).Should().BeTrue();
        year.Contains(ReportingPeriod.Month(2016, 12)).Should().BeTrue();
        year.Contains(ReportingPeriod.Between(2016, 12, 2017, 1)).Should().BeFalse();
        year.Contains(ReportingPeriod.Between(2015, 12, 2016, 1)).Should().BeFalse();
        ReportingPeriod.Month(2016, 6).Contains(year).Should().BeFalse();
    }

    [Fact]
    public void Overlaps_AdjacentPeriods_DoNotButOneSharedMonthDoes()
    {
        var firstQuarter = ReportingPeriod.Quarter(2016, 1);

        // Jan–Mar and Mar–May share March; Jan–Mar and Apr–Jun share nothing, in either order.
        firstQuarter.Overlaps(ReportingPeriod.Months(2016, 3, 5)).Should().BeTrue();
        ReportingPeriod.Months(2016, 3, 5).Overlaps(firstQuarter).Should().BeTrue();
        firstQuarter.Overlaps(ReportingPeriod.Quarter(2016, 2)).Should().BeFalse();
        ReportingPeriod.Quarter(2016, 2).Overlaps(firstQuarter).Should().BeFalse();
    }

    [Fact]
    public void Operators_EarlierAndLaterPeriods_AgreeWithCompareTo()
    {
        var earlier = ReportingPeriod.Year(2015);
        var later = ReportingPeriod.Year(2016);

        (earlier < later).Should().BeTrue();
        (later < earlier).Should().BeFalse();
        (later > earlier).Should().BeTrue();
        (earlier > later).Should().BeFalse();
        (earlier <= later).Should().BeTrue();
        (later <= earlier).Should().BeFalse();
        (later >= earlier).Should().BeTrue();
        (earlier >= later).Should().BeFalse();
    }

    [Fact]
    public void Operators_EqualPeriods_OnlyTheNonStrictOnesHold()
    {
        var a = ReportingPeriod.Year(2016);
        var b = ReportingPeriod.Year(2016);

        (a < b).Should().BeFalse();
        (a > b).Should().BeFalse();
        (a <= b).Should().BeTrue();
        (a >= b).Should().BeTrue();
        a.CompareTo(b).Should().Be(0);
    }

    [Fact]
    public void CompareTo_SameEnd_TheLongerSortsFirst()
    {
        // Both end on 31 December 2016; the year (12 months) sorts before the second half (6 months).
        ReportingPeriod.Year(2016).CompareTo(ReportingPeriod.Half(2016, 2)).Should().BeNegative();
        ReportingPeriod.Half(2016, 2).CompareTo(ReportingPeriod.Year(2016)).Should().BePositive();
        (ReportingPeriod.Year(2016) < ReportingPeriod.Half(2016, 2)).Should().BeTrue();
    }

    [Theory]
    [InlineData(" 2016-Q3 ", "2016-Q3")]
    [InlineData("2016-q3", "2016-Q3")]
    [InlineData("2016-h2", "2016-H2")]
    [InlineData("2016-5", "2016-05")]
    public void Parse_SurroundingSpaceLowerCaseOrOneDigitMonth_IsRead(string text, string canonical)
        => ReportingPeriod.Parse(text).ToString().Should().Be(canonical);

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
        => FluentActions.Invoking(() => ReportingPeriod.Parse(null!)).Should().Throw<ArgumentNullException>().Where(e => e.ParamName == "text");

    [Fact]
    public void Parse_NotAPeriod_SaysWhatIsExpected()
        => FluentActions.Invoking(() => ReportingPeriod.Parse("last year")).Should().Throw<FormatException>()
            .WithMessage("'last year' is not a reporting period; expected '2016', '2016-Q3', '2016-H1', '2016-05' or '2016-01/2016-08'.");

    [Fact]
    public void Parse_OutOfRange_SaysWhyKeepingTheCause()
    {
        var thrown = FluentActions.Invoking(() => ReportingPeriod.Parse("2016-H3")).Should().Throw<FormatException>().Which;

        thrown.Message.Should().Be("'2016-H3' is not a valid reporting period: The half must be between 1 and 2; it was 3.");
        thrown.InnerException.Should().BeOfType<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("half");
    }

    [Fact]
    public void Default_DescribesItselfAsNoPeriod()
    {
        default(ReportingPeriod).ToString().Should().Be("(no period)");
        default(ReportingPeriod).Describe().Should().Be("(no period)");
    }

    [Fact]
    public void Default_IsRefusedAsAFigurePeriod()
        => FluentActions.Invoking(() => TradeTargets.Testing.TestData.Figure("f", "VNM", default, 1m, source: TradeTargets.Testing.TestData.Digest))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "period").WithMessage("*default(ReportingPeriod)*");
}
