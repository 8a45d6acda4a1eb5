namespace TradeTargets.Sample.Tests;

/// <summary>Runs the sample in-process and captures what it prints.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public static SampleRun Of(params string[] args) => On(null, args);

    /// <summary>Runs with <paramref name="terminal"/> standing for standard error on a terminal (the live progress line).</summary>
    public static SampleRun On(TextWriter? terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = SampleApp.Run(args, output, error, terminal);
        return new SampleRun(exitCode, output.ToString(), error.ToString());
    }
}
