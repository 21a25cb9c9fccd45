using Generator.Cli;

return EntryPoint.Run(args, Console.Out, Console.Error);
