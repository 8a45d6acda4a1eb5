using System.CommandLine;
using TradeTargets.Charts;
using TradeTargets.Reports;

namespace TradeTargets.Sample;

/// <summary>The <c>backtest</c> command: the trend's forecasts of every settled goal checked against what happened.</summary>
internal static class BacktestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string[]>("--data")
        {
            HelpName = "PATH",
            Description = "A data file or a folder of them (not recursive), added to the seed data, as for the main command. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var noSeed = new Option<bool>("--no-seed") { Description = "Leave the bundled seed data out." };
        var world = SampleApp.WorldOption();
        var noStatistics = new Option<bool>("--no-statistics") { Description = "Leave the bundled official statistics (IMF Direction of Trade) out, as for the main command." };
        var format = new Option<string>("--format") { HelpName = "table|json", Description = "table or json (docs/backtest.schema.json). Default: table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var outDir = new Option<string?>("--out") { HelpName = "DIR", Description = "Also write the reliability diagram and the interval-coverage chart (PNG) to this folder." };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            HelpName = "DATE",
            Description = "Read outcomes as of this date (yyyy-mm-dd). Default: today.",
            CustomParser = result => DateOption.Parse(result, "--as-of", "2025-12-31"),
        };

        var command = new Command("backtest", "Checks the trend's probabilities and intervals against the outcomes of every settled goal, beside simple baselines.")
        {
            data, noSeed, world, noStatistics, format, outDir, asOf,
        };
        command.SetAction(parsed => Execute(
            new SampleSettings(parsed.GetValue(data) ?? [], !parsed.GetValue(noSeed), !parsed.GetValue(noStatistics), parsed.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today), parsed.GetValue(outDir) ?? string.Empty, null, parsed.GetValue(outDir) is not null) { IncludeWorld = parsed.GetValue(world) },
            parsed.GetValue(format) == "json",
            output,
            error));
        return command;
    }


    private static int Execute(SampleSettings settings, bool json, TextWriter output, TextWriter error)
    {
        BacktestResult result;
        try
        {
            var dataSet = DataLoader.Load(settings, error);
            result = ForecastBacktest.Run(dataSet, BacktestOptions.At(settings.AsOf));
        }
        catch (Exception e) when (e is TradeDataException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return SampleApp.DataError;
        }

        if (json)
        {
            BacktestJson.Write(output, result);
        }
        else
        {
            BacktestTable.Write(output, result);
        }

        if (!settings.WriteCharts)
        {
            return 0;
        }

        var log = json ? error : output;
        try
        {
            foreach (var (name, chart) in new[] { ("reliability.png", TradeCharts.ReliabilityDiagram(result)), ("interval-coverage.png", TradeCharts.IntervalCoverage(result)) })
            {
                var path = Path.Combine(settings.OutputDirectory, name);
                chart.SavePng(path);
                log.WriteLine(path);
            }
        }
        catch (Exception e) when (ChartWriter.IsOutputFailure(e))
        {
            error.WriteLine($"error: could not write the charts to '{settings.OutputDirectory}': {ChartWriter.Describe(e)}");
            return SampleApp.OutputError;
        }

        return 0;
    }
}
