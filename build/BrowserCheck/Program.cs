using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using TradeTargets;
using TradeTargets.ImfDots;
using TradeTargets.Reports;
using TradeTargets.Reports.Tests;

// Usage: BrowserCheck <axe.min.js> <screenshot folder>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: BrowserCheck <path of axe.min.js> <folder for the screenshots>");
    return 2;
}

var axePath = Path.GetFullPath(args[0]);
var screenshots = Path.GetFullPath(args[1]);
var work = Directory.CreateTempSubdirectory("tracker-");
var failures = new List<string>();
try
{
    var seedPath = Path.Combine(work.FullName, "tracker.html");
    var hostilePath = Path.Combine(work.FullName, "hostile.html");
    var worldPath = Path.Combine(work.FullName, "world.html");
    File.WriteAllText(seedPath, EvaluationReport.Evaluate(SeedData.Load(), EvaluationOptions.At(new DateOnly(2017, 12, 31))).ToText(ReportFormat.Html));
    File.WriteAllText(hostilePath, HostileData.Report().ToText(ReportFormat.Html));
    // The world page carries the backtest of its own data, as the sample's --backtest gives it.
    var world = ImfDotsStatistics.Load().AddTo(SeedData.LoadWorld());
    var worldBacktest = ForecastBacktest.Run(world, BacktestOptions.At(new DateOnly(2026, 12, 31)));
    File.WriteAllText(worldPath, EvaluationReport.Evaluate(world, EvaluationOptions.At(new DateOnly(2026, 12, 31))).WithBacktest(worldBacktest).ToText(ReportFormat.Html));

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });

    foreach (var (name, path) in new[] { ("seed page", seedPath), ("hostile page", hostilePath), ("world page", worldPath) })
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        // The world page holds 220 goals, each with an inline SVG chart: on a busy two-core machine loading it takes
        // longer than Playwright's default 30 s.
        context.SetDefaultTimeout(180_000);
        context.SetDefaultNavigationTimeout(180_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            problems.Add($"a dialog opened ({dialog.Type}: {dialog.Message}): script from the data ran");
            await dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal) || request.Url != new Uri(path).AbsoluteUri)
            {
                problems.Add($"request: {request.Method} {request.Url}");
            }
        };

        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // Hovering over every link and cell would fire an injected handler; the DOM tests check that none exists.
        await page.Mouse.MoveAsync(400, 300);
        await page.WaitForTimeoutAsync(300);

        // Sorting: the Achievement header sorts ascending, then descending; goals without a level stay last.
        await page.ClickAsync("#goal-table thead th:nth-child(5) button");
        var ascending = await Achievements(page);
        await page.ClickAsync("#goal-table thead th:nth-child(5) button");
        var descending = await Achievements(page);
        var sortState = await page.GetAttributeAsync("#goal-table thead th:nth-child(5)", "aria-sort");
        Check(problems, ascending.Count > 1 && ascending.SequenceEqual(ascending.OrderBy(v => v)), $"clicking Achievement sorts ascending: {string.Join(", ", ascending)}");
        Check(problems, descending.SequenceEqual(descending.OrderByDescending(v => v)) && sortState == "descending", $"clicking again sorts descending: {string.Join(", ", descending)} ({sortState})");

        // Filtering hides the rows that do not match, and clearing it brings them back.
        var all = await page.Locator("#goal-table tbody tr:not([hidden])").CountAsync();
        await page.FillAsync("#goal-filter", "no goal has this text");
        Check(problems, await page.Locator("#goal-table tbody tr:not([hidden])").CountAsync() == 0, "the filter hides rows that do not match");
        await page.FillAsync("#goal-filter", string.Empty);
        Check(problems, await page.Locator("#goal-table tbody tr:not([hidden])").CountAsync() == all, "clearing the filter shows every row");

        if (path == hostilePath)
        {
            var text = await page.InnerTextAsync("body");
            Check(problems, text.Contains(HostileData.Announcer, StringComparison.Ordinal) && text.Contains(HostileData.Note, StringComparison.Ordinal), "the hostile announcer and note are shown as text");
            Check(problems, await page.Locator("img").CountAsync() == 0 && await page.Locator("script").CountAsync() == 1, "no image or script came from the data");
        }
        else
        {
            // The seed page's top, and the world page's table of outcomes (its headline section).
            var prefix = path == worldPath ? "world-tracker" : "tracker";
            Directory.CreateDirectory(screenshots);
            await page.EvaluateAsync(path == worldPath ? "() => document.querySelector('table.outcomes').scrollIntoView()" : "() => window.scrollTo(0, 0)");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, prefix + "-1280x800.png") });
            if (path == worldPath)
            {
                Check(problems, await page.Locator("#forecasts ~ figure svg").CountAsync() == 1, "the world page shows the backtest's reliability diagram");
                await page.EvaluateAsync("() => document.getElementById('forecasts').scrollIntoView()");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "world-forecasts-1280x800.png") });
            }

            await page.SetViewportSizeAsync(375, 800);
            await page.ReloadAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, prefix + "-375x800.png") });
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Check(problems, width <= 375, $"at 375 px the page needs no horizontal scrolling (it is {width} px wide)");
        }

        // axe-core, injected past the page's content security policy (which rightly refuses foreign scripts).
        await using (var axeContext = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, ViewportSize = new ViewportSize { Width = 1280, Height = 800 } }))
        {
            axeContext.SetDefaultTimeout(180_000);
            axeContext.SetDefaultNavigationTimeout(180_000);
            var axePage = await axeContext.NewPageAsync();
            await axePage.GotoAsync(new Uri(path).AbsoluteUri);
            await axePage.AddScriptTagAsync(new PageAddScriptTagOptions { Path = axePath });
            var json = await axePage.EvaluateAsync<string>("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return JSON.stringify(result.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));
                }
                """);
            using var violations = JsonDocument.Parse(json);
            foreach (var v in violations.RootElement.EnumerateArray())
            {
                var impact = v.GetProperty("impact").GetString();
                var line = string.Create(CultureInfo.InvariantCulture, $"axe {impact}: {v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}), {v.GetProperty("nodes").GetInt32()} node(s): {string.Join(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}");
                Console.WriteLine($"{name}: {line}");
                if (impact is "serious" or "critical")
                {
                    problems.Add(line);
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: axe-core found {violations.RootElement.GetArrayLength()} violation(s)"));
        }

        foreach (var problem in problems)
        {
            failures.Add($"{name}: {problem}");
        }

        Console.WriteLine(problems.Count == 0 ? $"{name}: passed" : $"{name}: {problems.Count} problem(s)");
    }
}
finally
{
    work.Delete(recursive: true);
}

foreach (var failure in failures)
{
    Console.Error.WriteLine(failure);
}

return failures.Count == 0 ? 0 : 1;

static async Task<List<double>> Achievements(IPage page)
{
    var values = await page.EvalOnSelectorAllAsync<string[]>("#goal-table tbody tr td:nth-of-type(4)", "cells => cells.map(c => c.getAttribute('data-sort'))");
    // Goals without a level sort last whichever the direction; only the numbers before them must be in order.
    return [.. values.TakeWhile(v => !string.IsNullOrEmpty(v)).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
}

static void Check(List<string> problems, bool condition, string what)
{
    if (!condition)
    {
        problems.Add("failed: " + what);
    }
}
