using TradeTargets.Sample;

return SampleApp.Run(args, Console.Out, Console.Error);
