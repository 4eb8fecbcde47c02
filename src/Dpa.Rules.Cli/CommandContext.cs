namespace Dpa.Rules.Cli;

/// <summary>Where a command writes its output and errors, and how it opens standard input (<c>-</c>): the console in the tool,
/// strings and memory streams in tests.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OpenStandardInput">Opens standard input; called once per <c>-</c>.</param>
internal sealed record CommandContext(TextWriter Output, TextWriter Error, Func<Stream> OpenStandardInput);
