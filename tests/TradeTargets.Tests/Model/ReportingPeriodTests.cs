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
}
