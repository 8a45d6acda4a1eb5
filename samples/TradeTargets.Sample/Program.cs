using System.Text;
using TradeTargets.Sample;

// The live count of charts rendered goes to standard error, and only when it is a terminal: redirected output stays
// the same bytes on every run.
var terminal = Console.IsErrorRedirected ? null : Console.Error;
if (!Console.IsOutputRedirected)
{
    return SampleApp.Run(args, Console.Out, Console.Error, terminal);
}

// A pipe or a file: Console.Out flushes on every write, which for the tracker page of thousands of goals is millions
// of system calls. A buffered writer gives the same bytes (UTF-8 without a byte order mark) and is flushed on the way out.
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
return SampleApp.Run(args, output, Console.Error, terminal);
