namespace TradeTargets.Sample.Tests;

/// <summary>Runs the sample in-process and captures what it prints.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    public static SampleRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = SampleApp.Run(args, output, error);
        return new SampleRun(exitCode, output.ToString(), error.ToString());
    }
}
