using System.Globalization;
using System.Text.RegularExpressions;

namespace TradeTargets;

/// <summary>Reads the rates-file format (docs/exchange-rates.md) and refuses bad input at its line.</summary>
/// <remarks>
/// Rules, each refused with the line: a header <c>period,base,quote,rate,days,source</c>; a period that is a day
/// (<c>2015-03-02</c>), a month (<c>2015-03</c>) or a year (<c>2015</c>); ISO 4217 codes, used before the day a
/// withdrawn code was replaced; base and quote different; a positive rate; no row repeated; within one base, quote
/// and kind of period, periods in increasing order, no month without any rate between the first and the last
/// (weekends and holidays are not gaps: a month is), and no rate more than ten times, or less than a tenth of, the
/// one before it. Months a source did not quote are declared in a comment (<c># gap EUR/ISK 2008-12 2018-01: reason</c>),
/// which allows exactly that gap. Daily rates are averaged into months as they are read.
/// </remarks>
internal sealed partial class ExchangeRateReader(string name)
{
    private const string Header = "period,base,quote,rate,days,source";

    private readonly Dictionary<string, RateSource> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Base, string Quote, int Kind), Previous> previous = [];
    private readonly Dictionary<(string Base, string Quote), RateSeries> series = [];
    private readonly Dictionary<(string Base, string Quote, int Month), DailyMonth> dailyMonths = [];
    private readonly HashSet<(string Base, string Quote, string From, string To)> declaredGaps = [];

    public ExchangeRateTable Read(TextReader reader)
    {
        var lineNumber = 0L;
        var sawHeader = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                var declaration = SourceDeclaration().Match(line);
                if (declaration.Success)
                {
                    var key = declaration.Groups["key"].Value;
                    sources[key] = new RateSource(key, declaration.Groups["description"].Value.Trim());
                }

                var gap = GapDeclaration().Match(line);
                if (gap.Success)
                {
                    declaredGaps.Add((gap.Groups["base"].Value, gap.Groups["quote"].Value, gap.Groups["from"].Value, gap.Groups["to"].Value));
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (!sawHeader)
            {
                sawHeader = line.Trim() == Header ? true : throw Fail(lineNumber, null, line, $"the header must be '{Header}'.");
                continue;
            }

            ReadRow(line, lineNumber);
        }

        if (!sawHeader)
        {
            throw Fail(lineNumber, null, null, $"the file has no header '{Header}' and no rates.");
        }

        foreach (var ((baseCode, quote, month), day) in dailyMonths)
        {
            Series(baseCode, quote).AddMonth(month / 12, (month % 12) + 1, day.Sum / day.Count, day.Count, day.Source);
        }

        return new ExchangeRateTable(name, [.. sources.Values.OrderBy(s => s.Key, StringComparer.Ordinal)], series);
    }

    private void ReadRow(string line, long lineNumber)
    {
        var fields = line.Split(',');
        if (fields.Length != 6)
        {
            throw Fail(lineNumber, null, line, string.Create(CultureInfo.InvariantCulture, $"a row has 6 fields ({Header}); this one has {fields.Length}."));
        }

        var (kind, firstDay) = Period(fields[0].Trim(), lineNumber);
        var baseCurrency = Code(fields[1].Trim(), "base", firstDay, lineNumber);
        var quote = Code(fields[2].Trim(), "quote", firstDay, lineNumber);
        if (baseCurrency == quote)
        {
            throw Fail(lineNumber, "quote", fields[2], "the quote currency must differ from the base currency.");
        }

        var rateText = fields[3].Trim();
        if (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || !double.IsFinite(rate) || rate <= 0)
        {
            throw Fail(lineNumber, "rate", rateText, "the rate must be a positive number (units of quote per unit of base).");
        }

        var days = Days(fields[4].Trim(), kind, lineNumber);
        var sourceKey = fields[5].Trim();
        var source = sourceKey.Length == 0
            ? Source(name, $"{name} (no source named)")
            : Source(sourceKey, sourceKey);

        Sequence(baseCurrency.Code, quote.Code, kind, firstDay, rate, lineNumber, fields[0].Trim());
        Store(baseCurrency.Code, quote.Code, kind, firstDay, rate, days, source, lineNumber, fields[0].Trim());
    }

    // Order, duplicates, gaps and tenfold jumps are rules of one series of one kind of period.
    private void Sequence(string baseCode, string quote, int kind, DateOnly firstDay, double rate, long lineNumber, string period)
    {
        var key = (baseCode, quote, kind);
        if (previous.TryGetValue(key, out var last))
        {
            if (firstDay == last.FirstDay)
            {
                throw Fail(lineNumber, "period", period, string.Create(CultureInfo.InvariantCulture, $"{baseCode}/{quote} {period} repeats line {last.Line}."));
            }

            if (firstDay < last.FirstDay)
            {
                throw Fail(lineNumber, "period", period, string.Create(CultureInfo.InvariantCulture, $"dates out of order: {baseCode}/{quote} {period} comes after {last.Period} on line {last.Line}."));
            }

            var monthsApart = MonthIndex(firstDay) - MonthIndex(last.FirstDay);
            var missing = last.FirstDay.AddMonths(1);
            var declared = declaredGaps.Contains((baseCode, quote, missing.ToString("yyyy-MM", CultureInfo.InvariantCulture), firstDay.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture)));
            if (kind != YearKind && monthsApart > 1 && !declared)
            {
                throw Fail(lineNumber, "period", period, string.Create(CultureInfo.InvariantCulture, $"{baseCode}/{quote} has no rate in {missing:yyyy-MM} (between line {last.Line}, {last.Period}, and this line): a month without any rate is a gap; weekends and holidays are not."));
            }

            if (!declared && (rate > last.Rate * 10 || rate < last.Rate / 10))
            {
                throw Fail(lineNumber, "rate", rate.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{baseCode}/{quote} {rate} is more than ten times apart from {last.Rate} on line {last.Line}; a redenomination is a change of code, not a jump in one series."));
            }
        }

        previous[key] = new Previous(firstDay, rate, lineNumber, period);
    }

    private void Store(string baseCode, string quote, int kind, DateOnly firstDay, double rate, int? days, RateSource source, long lineNumber, string period)
    {
        var s = Series(baseCode, quote);
        var month = MonthIndex(firstDay);
        var clash = kind switch
        {
            DayKind => s.HasMonth(firstDay.Year, firstDay.Month),
            MonthKind => dailyMonths.ContainsKey((baseCode, quote, month)),
            _ => false,
        };
        if (clash)
        {
            throw Fail(lineNumber, "period", period, string.Create(CultureInfo.InvariantCulture, $"{baseCode}/{quote} has both a monthly average and daily rates for {firstDay:yyyy-MM}; give one or the other."));
        }

        switch (kind)
        {
            case DayKind:
                var day = dailyMonths.TryGetValue((baseCode, quote, month), out var d) ? d : new DailyMonth(0, 0, source);
                dailyMonths[(baseCode, quote, month)] = day with { Sum = day.Sum + rate, Count = day.Count + 1 };
                break;
            case MonthKind:
                s.AddMonth(firstDay.Year, firstDay.Month, rate, days, source);
                break;
            default:
                s.AddYear(firstDay.Year, rate, days, source);
                break;
        }
    }

    private RateSeries Series(string baseCode, string quote)
    {
        if (!series.TryGetValue((baseCode, quote), out var s))
        {
            s = new RateSeries();
            series[(baseCode, quote)] = s;
        }

        return s;
    }

    private RateSource Source(string key, string description)
    {
        if (!sources.TryGetValue(key, out var source))
        {
            source = new RateSource(key, description);
            sources[key] = source;
        }

        return source;
    }

    private (int Kind, DateOnly FirstDay) Period(string text, long lineNumber)
    {
        var formats = new[] { ("yyyy-MM-dd", DayKind), ("yyyy-MM", MonthKind), ("yyyy", YearKind) };
        foreach (var (format, kind) in formats)
        {
            if (text.Length == format.Length && DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && day.Year is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear)
            {
                return (kind, day);
            }
        }

        throw Fail(lineNumber, "period", text, "the period must be a day (2015-03-02), a month (2015-03) or a year (2015).");
    }

    private Currency Code(string text, string column, DateOnly firstDay, long lineNumber)
    {
        if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper) || !CurrencyCatalog.IsKnown(text))
        {
            throw Fail(lineNumber, column, text, "unknown currency code; expected an ISO 4217 code such as USD or EUR.");
        }

        var currency = new Currency(text);
        if (CurrencyCatalog.Replacement(currency) is { } replaced && firstDay >= replaced.ReplacedOn)
        {
            throw Fail(lineNumber, column, text, string.Create(CultureInfo.InvariantCulture, $"{text} was replaced by {replaced.Successor} on {replaced.ReplacedOn:yyyy-MM-dd}; rates from that day are {replaced.Successor} rates."));
        }

        return currency;
    }

    private int? Days(string text, int kind, long lineNumber)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (kind == DayKind)
        {
            throw Fail(lineNumber, "days", text, "a day's rate has no count of days; leave it empty.");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 366
            ? days
            : throw Fail(lineNumber, "days", text, "days is the number of daily rates averaged: a whole number from 1 to 366, or empty.");
    }

    private static int MonthIndex(DateOnly day) => (day.Year * 12) + day.Month - 1;

    private RateFileException Fail(long line, string? column, string? value, string reason) => new(name, line, column, value, reason);

    private const int DayKind = 0;
    private const int MonthKind = 1;
    private const int YearKind = 2;

    [GeneratedRegex(@"^#\s*source\s+(?<key>[A-Za-z0-9_.-]+)\s*:(?<description>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceDeclaration();

    // "# gap EUR/ISK 2008-12 2018-01: reason" declares months a source did not quote, so they are not read as missing data.
    [GeneratedRegex(@"^#\s*gap\s+(?<base>[A-Z]{3})/(?<quote>[A-Z]{3})\s+(?<from>[0-9]{4}-[0-9]{2})\s+(?<to>[0-9]{4}-[0-9]{2})\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex GapDeclaration();

    private sealed record Previous(DateOnly FirstDay, double Rate, long Line, string Period);

    private sealed record DailyMonth(double Sum, int Count, RateSource Source);
}
