using TradeTargets.Sample;

// The live count of charts rendered goes to standard error, and only when it is a terminal: redirected output stays
// the same bytes on every run.
return SampleApp.Run(args, Console.Out, Console.Error, Console.IsErrorRedirected ? null : Console.Error);
