using TradeTargets.IO;
using static TradeTargets.Testing.TestData;

namespace TradeTargets.Tests;

/// <summary>Time order is a rule of every record, built in code or loaded: no record can see the future.</summary>
public class TimeOrderTests
{
    [Theory]
    [InlineData(1990, 1, 1)]
    [InlineData(2023, 12, 31)]
    public void Figure_SourceOnOrBeforeTheLastDayOfItsPeriod_IsRefusedNamingBothDates(int year, int month, int day)
    {
        var act = () => Figure("f", "IND", ReportingPeriod.Year(2023), 100m, source: PublishedOn(year, month, day));

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains($"{year:0000}-{month:00}-{day:00}") && e.Message.Contains("2023-12-31") && e.Message.Contains("2024-01-01"));
    }

    [Fact]
    public void Figure_PartYear_MayBePublishedFromTheDayAfterItEnds()
    {
        Figure("f", "IND", ReportingPeriod.Months(2016, 1, 8), 10m, source: PublishedOn(2016, 9, 1)).Period.Should().Be(ReportingPeriod.Months(2016, 1, 8));
        var act = () => Figure("f", "IND", ReportingPeriod.Months(2016, 1, 8), 10m, source: PublishedOn(2016, 8, 31));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Figure_AnOfficialsEstimateForAYearNotYetOver_IsRefusedSayingItIsAForecast()
    {
        var act = () => Figure("f", "IND", ReportingPeriod.Year(2025), 100m, basis: new Basis(Coverage.Unstated, ReportingSide.OfficialClaim), source: PublishedOn(2025, 6, 1));

        act.Should().Throw<ArgumentException>().WithMessage("*official's estimate*forecast*");
    }

    [Fact]
    public void Statement_PublishedBeforeItsLaterPeriodEnds_IsRefused()
    {
        var act = () => new RelativeStatement("s", Belarus, Country.Parse("CHN"), TradeFlow.Exports, ReportingPeriod.Year(2016), ReportingPeriod.Year(2015), 0.5, PublishedOn(2016, 10, 31));

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("2016-10-31") && e.Message.Contains("2016-12-31"));
    }

    [Fact]
    public void Goal_SourceDatedBeforeTheAnnouncement_IsRefused()
    {
        var act = () => Goal("IND", 500, Deadline.InYear(2030), new DateOnly(2024, 7, 9), source: PublishedOn(2024, 7, 8));

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("2024-07-08") && e.Message.Contains("2024-07-09"));
    }

    [Fact]
    public void Goal_BaselineAfterTheAnnouncementYear_IsRefused()
    {
        var act = () => Goal("IND", 500, Deadline.InYear(2030), new DateOnly(2024, 7, 9), new GoalBaseline(Amount.Parse("$60m"), ReportingPeriod.Year(2025)));

        act.Should().Throw<ArgumentException>().Where(e => e.Message.Contains("2025-01-01") && e.Message.Contains("2024-07-09"));
    }

    [Theory]
    [InlineData("f,BLR,IND,turnover,2023,$100m,exact,unstated,unstated,,Digest,An article,1990-01-01,,", "figures.csv", "source_published")]
    [InlineData("s,BLR,IND,turnover,2023,2022,0.5,exact,,Digest,An article,0001-01-01,,", "statements.csv", "source_published")]
    [InlineData("g,BLR,IND,turnover,$500m,2030,2024-07-09,President,,,,,,Digest,An article,2024-07-08,,", "goals.csv", "source_published")]
    [InlineData("g,BLR,IND,turnover,$500m,2030,2024-07-09,President,$60m,2025,,,,Digest,An article,2024-07-09,,", "goals.csv", "baseline_period")]
    public void Load_ARecordOutOfTimeOrder_IsAProblemAtItsLineAndColumn(string row, string file, string column)
    {
        var header = file switch
        {
            "figures.csv" => "id,reporter,partner,flow,period,amount,qualifier,coverage,side,note,source_publication,source_title,source_published,source_address,source_covers",
            "statements.csv" => "id,reporter,partner,flow,period,reference_period,ratio,qualifier,note,source_publication,source_title,source_published,source_address,source_covers",
            _ => "id,reporter,partner,flow,target,deadline,announced_on,announcer,baseline_amount,baseline_period,multiplier,restatement_of,note,source_publication,source_title,source_published,source_address,source_covers",
        };

        var act = () => new TradeDataLoader(TradeDataSet.Empty).Add(new StringReader(header + "\n" + row + "\n"), file).Finish();

        act.Should().Throw<DataFileException>().Where(e => e.Line == 2 && e.Column == column && e.Message.Contains(file));
    }

    [Fact]
    public void SeedData_ObeysTimeOrder()
        => SeedData.Load().Figures.Should().OnlyContain(f => f.PublishedOn > f.Period.LastDay);
}
