using System.Globalization;

namespace TradeTargets;

/// <summary>The monthly and annual averages of one base and quote currency, and the averaging over a period.</summary>
internal sealed class RateSeries
{
    private readonly Dictionary<int, Entry> months = [];
    private readonly Dictionary<int, Entry> years = [];

    public int Count => months.Count + years.Count;

    public bool HasMonth(int year, int month) => months.ContainsKey(MonthIndex(year, month));

    public bool HasYear(int year) => years.ContainsKey(year);

    public void AddMonth(int year, int month, double rate, int? days, RateSource source) => months.Add(MonthIndex(year, month), new Entry(rate, days, source));

    public void AddYear(int year, double rate, int? days, RateSource source) => years.Add(year, new Entry(rate, days, source));

    public IEnumerable<ExchangeRate> Rates(Currency baseCurrency, Currency quote)
        => months.OrderBy(m => m.Key).Select(m => new ExchangeRate(baseCurrency, quote, ReportingPeriod.Month(m.Key / 12, (m.Key % 12) + 1), m.Value.Rate, m.Value.Days, m.Value.Source))
            .Concat(years.OrderBy(y => y.Key).Select(y => new ExchangeRate(baseCurrency, quote, ReportingPeriod.Year(y.Key), y.Value.Rate, y.Value.Days, y.Value.Source)));

    public Average? AverageOver(ReportingPeriod period)
    {
        var inPeriod = new List<Entry>(period.MonthCount);
        for (var i = 0; i < period.MonthCount; i++)
        {
            if (!months.TryGetValue(MonthIndex(period.StartYear, period.StartMonth) + i, out var entry))
            {
                return AnnualAverage(period);
            }

            inPeriod.Add(entry);
        }

        var sources = new ValueList<RateSource>(inPeriod.Select(e => e.Source).Distinct());
        if (inPeriod.All(e => e.Days is not null))
        {
            var days = inPeriod.Sum(e => e.Days!.Value);
            return new Average(inPeriod.Sum(e => e.Rate * e.Days!.Value) / days, sources, string.Create(CultureInfo.InvariantCulture, $"mean of {days} daily rates"), false);
        }

        return new Average(inPeriod.Average(e => e.Rate), sources, string.Create(CultureInfo.InvariantCulture, $"mean of {inPeriod.Count} monthly averages"), false);
    }

    // Only annual averages: each calendar year the period touches counts by its months in the period.
    private Average? AnnualAverage(ReportingPeriod period)
    {
        var first = period.StartYear;
        var last = period.EndYear;
        if (!years.TryGetValue(first, out var a) || !years.TryGetValue(last, out var b))
        {
            return null;
        }

        var monthsInFirst = first == last ? 12 : 13 - period.StartMonth;
        var monthsInLast = first == last ? 0 : period.MonthCount - monthsInFirst;
        var rate = ((a.Rate * monthsInFirst) + (b.Rate * monthsInLast)) / (monthsInFirst + monthsInLast);
        var method = first == last
            ? string.Create(CultureInfo.InvariantCulture, $"annual average of {first}")
            : string.Create(CultureInfo.InvariantCulture, $"annual averages of {first} and {last} weighted by months");
        return new Average(rate, new(new[] { a.Source, b.Source }.Distinct()), method, AnnualOnly: !(period.IsFullYear && first == last));
    }

    private static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    internal sealed record Average(double Rate, ValueList<RateSource> Sources, string Method, bool AnnualOnly);

    private sealed record Entry(double Rate, int? Days, RateSource Source);
}
