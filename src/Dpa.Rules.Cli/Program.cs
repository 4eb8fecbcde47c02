using Dpa.Rules.Cli;

return DpaRulesCommand.Run(args, Console.Out, Console.Error);
