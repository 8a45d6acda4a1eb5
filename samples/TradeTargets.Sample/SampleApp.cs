using System.CommandLine;
using TradeTargets.IO;
using TradeTargets.Reports;

namespace TradeTargets.Sample;

/// <summary>The sample console: evaluates the bundled seed data (and the user's files) and writes every chart.</summary>
internal static class SampleApp
{
    /// <summary>Exit code for bad data files.</summary>
    public const int DataError = 2;

    /// <summary>Exit code for a failure while writing output.</summary>
    public const int OutputError = 3;

    /// <summary>Exit code for a bug: an exception that is neither bad usage, bad data nor a failed write (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>Parses the arguments and runs the sample.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output: the report, and the chart paths with the table.</param>
    /// <param name="error">Standard error: problems, and the chart paths with the other formats.</param>
    /// <param name="terminal">A terminal to show a live count of charts rendered, or null when standard error is redirected.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextWriter? terminal = null)
    {
        var root = new MainCommand().Create(output, error, terminal);
        try
        {
            // The parser's own handler would print the exception and exit 1, as if the usage were wrong.
            return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in TradeTargets, not a problem with your data; please report it with the command line and this message:");
            error.WriteLine(e.StackTrace);
            return InternalError;
        }
    }

    private static CurrencyConversion? Conversion(SampleSettings settings) => settings switch
    {
        { ConvertCurrencies: false } => null,
        { RatesFile: { } path } => CurrencyConversion.AtAverageRates(ExchangeRateFile.Load(path)),
        _ => CurrencyConversion.Default,
    };

    /// <summary>The --world option, shared by the main command and backtest.</summary>
    internal static Option<bool> WorldOption() => new("--world")
    {
        Description = "Add the world record (seeds/world: 220 announced goals of 95 pairs, each checked against its source); with --no-seed, the world record alone.",
    };

    // The words --format takes; "table" is the console table (no report format).
    private static readonly (string Name, ReportFormat? Format)[] FormatNames =
        [("table", null), ("json", ReportFormat.Json), ("csv", ReportFormat.Csv), ("md", ReportFormat.Markdown), ("html", ReportFormat.Html)];

    // The option keeps the word the user gave, checked here; FormatNamed turns it into the format.
    private static string ParseFormat(string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (!FormatNames.Any(f => f.Name.Equals(text, StringComparison.OrdinalIgnoreCase)))
        {
            result.AddError($"--format '{text}' is not a format; expected {string.Join(", ", FormatNames.Select(f => f.Name).SkipLast(1))} or {FormatNames[^1].Name}.");
        }

        return text;
    }

    private static ReportFormat? FormatNamed(string name) => FormatNames.First(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Format;

    private static string ParseFolder(string option, string text, System.CommandLine.Parsing.ArgumentResult result)
    {
        if (string.IsNullOrWhiteSpace(text) || text.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            result.AddError($"{option} '{text}' is not a folder name; name a folder, for example {option} {(option == "--out" ? "charts" : "tracker")}.");
        }

        return text;
    }


    private static int Execute(SampleSettings settings, TextWriter output, TextWriter error, TextWriter? terminal)
    {
        var options = EvaluationOptions.At(settings.AsOf);
        IReadOnlyList<GoalEvaluation> evaluations;
        BacktestResult? backtest = null;
        try
        {
            options = options with { Conversion = Conversion(settings) };
            var dataSet = DataLoader.Load(settings, error);
            evaluations = GoalEvaluator.EvaluateAll(dataSet, options);
            if (settings.WithBacktest)
            {
                // BacktestException (nothing settled, or no settled goal with a forecast) is a TradeDataException.
                backtest = ForecastBacktest.Run(dataSet, BacktestOptions.At(settings.AsOf) with { Policies = options });
            }
        }
        catch (Exception e) when (e is TradeDataException or IOException or UnauthorizedAccessException)
        {
            // TradeDataException: a file that cannot be read as data, or records that clash when merged (one id, two records).
            error.WriteLine($"error: {e.Message}");
            return DataError;
        }

        var report = new EvaluationReport(evaluations, options);
        if (backtest is not null)
        {
            report = report.WithBacktest(backtest);
        }
        if (settings.Format is { } format)
        {
            report.Write(output, format);
        }
        else
        {
            EvaluationTable.Write(output, evaluations, report.Summary, options);
        }

        // Paths and progress go to standard output only for the table; the documents keep it clean for pipes.
        var log = settings.Format is null ? output : error;
        if (settings.SiteDirectory is { } siteDirectory)
        {
            try
            {
                report.WriteSite(siteDirectory);
                log.WriteLine(Path.Combine(siteDirectory, "index.html"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: could not write the site to '{siteDirectory}': {e.Message}");
                return OutputError;
            }
        }

        if (!settings.WriteCharts)
        {
            return 0;
        }

        try
        {
            var written = ChartWriter.WriteAll(evaluations, settings.OutputDirectory, log, terminal);
            foreach (var path in written)
            {
                log.WriteLine(path);
            }
        }
        catch (Exception e) when (ChartWriter.IsOutputFailure(e))
        {
            error.WriteLine($"error: could not write the charts to '{settings.OutputDirectory}': {ChartWriter.Describe(e)}");
            return OutputError;
        }

        return 0;
    }

    /// <summary>The main command's options, and the settings a parsed command line gives.</summary>
    private sealed class MainCommand
    {
        private readonly Option<string[]> data = new("--data")
        {
            HelpName = "PATH",
            Description = "A goals, figures or statements file (CSV or JSON in the documented format, or a UN Comtrade / IMF export, plain, .gz or .zip), or a folder of them (not recursive), added to the seed data. Repeatable; a file given twice is read once.",
            AllowMultipleArgumentsPerToken = false,
        };

        private readonly Option<bool> noSeed = new("--no-seed") { Description = "Leave the bundled seed data out." };

        private readonly Option<bool> world = WorldOption();

        private readonly Option<bool> noStatistics = new("--no-statistics") { Description = "Leave the bundled official statistics (IMF Direction of Trade, 2022 vintage) out; by default they add both sides' figures for the pairs the goals name." };

        // No default value object: help would print it in a culture's date format; "today" is resolved below.
        private readonly Option<DateOnly?> asOf = new("--as-of")
        {
            HelpName = "DATE",
            Description = "Evaluate as of this date (yyyy-mm-dd); figures published later are ignored. Default: today.",
            CustomParser = result => DateOption.Parse(result, "--as-of", "2017-12-31"),
        };

        private readonly Option<string> outDir = new("--out")
        {
            HelpName = "DIR",
            Description = "Folder for the PNG charts.",
            DefaultValueFactory = _ => "charts",
            CustomParser = result => ParseFolder("--out", result.Tokens.Single().Value, result),
        };

        // Only the documented names: the enum's parser would also take numbers (--format 7). No default value object
        // either: help would print the enum's name (Table), not the word the option takes; the default is in the text.
        private readonly Option<string?> format = new("--format")
        {
            HelpName = string.Join("|", FormatNames.Select(f => f.Name)),
            Description = "table, json, csv, md (Markdown) or html (the tracker page). Default: table.",
            CustomParser = result => ParseFormat(result.Tokens.Single().Value, result),
        };

        private readonly Option<string?> site = new("--site")
        {
            HelpName = "DIR",
            Description = "Also write the tracker as a folder (new or empty): index.html, a page per goal, and the data. For portfolios too large for one page.",
            CustomParser = result => ParseFolder("--site", result.Tokens.Single().Value, result),
        };

        private readonly Option<bool> noCharts = new("--no-charts") { Description = "Print the evaluations only; write no charts." };

        private readonly Option<string> rates = new("--rates")
        {
            HelpName = "PATH",
            Description = "An exchange-rates file in the documented format, used instead of the bundled rates to convert figures into the goal's currency.",
        };

        private readonly Option<bool> noConversion = new("--no-conversion") { Description = "Convert no figure: figures in another currency than the goal's are passed over, with a caveat." };

        private readonly Option<bool> backtest = new("--backtest")
        {
            Description = "With --format html or --site: also backtest the trend's forecasts on the same data and show the track record on the page (see the backtest command).",
        };

        /// <summary>The command with its options in help order, the subcommands, and the action that runs the sample.</summary>
        public RootCommand Create(TextWriter output, TextWriter error, TextWriter? terminal)
        {
            var root = new RootCommand("Evaluates announced bilateral trade goals against reported figures and draws the gap.")
            {
                data, noSeed, world, noStatistics, asOf, outDir, format, site, noCharts, rates, noConversion, backtest,
            };
            root.Validators.Add(result =>
            {
                if (result.GetValue(noConversion) && result.GetValue(rates) is not null)
                {
                    result.AddError("--rates and --no-conversion contradict each other; give one or the other.");
                }

                if (result.GetValue(backtest) && result.GetValue(site) is null && !"html".Equals(result.GetValue(format), StringComparison.OrdinalIgnoreCase))
                {
                    result.AddError("--backtest adds the forecasts' track record to the tracker page; give it with --format html or --site.");
                }
            });
            root.Subcommands.Add(ExtractCommand.Create(output, error));
            root.Subcommands.Add(BacktestCommand.Create(output, error));
            root.SetAction(parsed => Execute(Settings(parsed), output, error, terminal));
            return root;
        }

        private SampleSettings Settings(ParseResult parsed) => new(
            parsed.GetValue(data) ?? [],
            !parsed.GetValue(noSeed),
            !parsed.GetValue(noStatistics),
            parsed.GetValue(asOf) ?? DateOnly.FromDateTime(DateTime.Today),
            parsed.GetValue(outDir)!,
            FormatNamed(parsed.GetValue(format) ?? "table"),
            !parsed.GetValue(noCharts),
            parsed.GetValue(site))
        {
            IncludeWorld = parsed.GetValue(world),
            RatesFile = parsed.GetValue(rates),
            ConvertCurrencies = !parsed.GetValue(noConversion),
            WithBacktest = parsed.GetValue(backtest),
        };
    }
}
