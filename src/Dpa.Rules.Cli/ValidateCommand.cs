using System.CommandLine;
using System.Globalization;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Cli;

/// <summary>The <c>validate</c> command: checks agreements against the rule catalog and reports the findings (design §6).</summary>
/// <remarks><para>Exit codes: 0 when no active finding has error severity, 1 when one has, 2 when input or usage is bad — a file
/// that cannot be loaded, a bad option or configuration, an output that cannot be written. Files that load are reported even
/// when others do not.</para></remarks>
internal static class ValidateCommand
{
    /// <summary>Creates the command; its action writes to the context's output and error writers.</summary>
    public static Command Create(CommandContext context)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "One or more agreements (JSON agreement format); all go into one report. A directory stands for every *.json file below it, a quoted pattern ('agreements/**/*.json') for the files it matches, - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (for people, with the Art. 28 summary), json, sarif (SARIF 2.1.0, for GitHub code scanning), msbuild (one line per finding, file(line,col): error DPA4002: message, for CI problem matchers and editors), or html (one self-contained page for people: findings by Art. 28 element, coverage, deadline timelines).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "msbuild", "html");
        var outputFile = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of standard output; the file is replaced whole or not at all.",
            HelpName = "FILE",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Judge the agreements as of this date (YYYY-MM-DD) instead of today: certifications, suppressions and adequacy decisions depend on it.",
            HelpName = "DATE",
        };
        var culture = new Option<string?>("--culture") { Description = "The language of messages: en (default) or nl." };
        culture.AcceptOnlyFromAmong("en", "nl");
        var config = new Option<string?>("--config")
        {
            Description = "A configuration file (JSON): severity overrides, suppressions, thresholds, asOf, culture. See docs/configuration.md.",
            HelpName = "FILE",
        };

        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Leave out files of a directory or pattern that match this pattern: 'drafts/**' below the directory, '*.config.json' by file name. May be repeated.",
            HelpName = "PATTERN",
            AllowMultipleArgumentsPerToken = false,
        };

        var parallel = new Option<int>("--parallel")
        {
            Description = "How many files to validate at once; the report is the same, in the same order, whatever the number. Default: the number of processors.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };

        var command = new Command(
            "validate",
            "Validate agreements against the rule catalog. Exit code 0: no error-severity finding; 1: at least one; 2: bad input or usage."
            + " Example: dpa-rules validate examples/002-simplicate.json --as-of 2025-11-01 --format json --output report.json")
        {
            files, format, outputFile, asOf, culture, config, exclude, parallel,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(outputFile), parse.GetValue(asOf), parse.GetValue(culture), parse.GetValue(config), parse.GetValue(exclude) ?? [], parse.GetValue(parallel)),
            context));
        return command;
    }

    private static int Run(Request request, CommandContext context)
    {
        var (output, error) = (context.Output, context.Error);
        var options = ValidationOptions.Default;
        if (request.ConfigPath is { } configPath)
        {
            try
            {
                if (FileKinds.Of(configPath) is not (FileKind.Regular or FileKind.Pipe) and var kind)
                {
                    error.WriteLine(kind == FileKind.Missing
                        ? $"{configPath}: cannot be read: no such file."
                        : $"{configPath}: cannot be read: it is {FileKinds.Describe(kind)}, not a configuration file (JSON).");
                    return 2;
                }

                options = ValidationConfigurationJson.LoadFile(configPath);
                if (options.AsOf is { } configured && (configured < CommandInput.MinDate || configured > CommandInput.MaxDate))
                {
                    error.WriteLine($"{configPath}: asOf {NodaTime.Text.LocalDatePattern.Iso.Format(configured)} is outside the dates the tool accepts, 0001-01-01 to 9999-12-31.");
                    return 2;
                }
            }
            catch (ConfigurationFormatException ex)
            {
                error.WriteLine(ex.Message);
                return 2;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{configPath}: cannot be read: {ex.Message}");
                return 2;
            }
        }

        if (request.AsOf is { } asOfText)
        {
            if (!CommandInput.TryParseDate(asOfText, out var asOf, out var problem))
            {
                error.WriteLine($"Invalid --as-of '{asOfText}': {problem}");
                return 2;
            }

            options = options with { AsOf = asOf };
        }

        if (request.Culture is { } culture)
        {
            options = options with { Culture = culture == "nl" ? CultureInfo.GetCultureInfo("nl") : CultureInfo.InvariantCulture };
        }

        if (request.Parallel < 1)
        {
            error.WriteLine($"Invalid --parallel '{request.Parallel}': give how many files to validate at once, 1 or more.");
            return 2;
        }

        // One date for the whole report: without --as-of, today where the agreements' deadlines are counted by default.
        options = options with { AsOf = options.AsOf ?? AgreementValidator.Default.Clock.GetCurrentInstant().InZone(AgreementDocument.DefaultTimeZone).Date };
        var format = request.Format switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            "msbuild" => ReportFormat.Msbuild,
            "html" => ReportFormat.Html,
            _ => ReportFormat.Text,
        };
        var writerOptions = new ReportWriterOptions
        {
            ToolVersion = DpaRulesCommand.Version,
            BaseDirectory = Directory.GetCurrentDirectory(),
            Culture = options.Culture,
            UseColor = request.OutputPath is null && ReferenceEquals(output, Console.Out) && ReportWriterOptions.ShouldUseColor(!Console.IsOutputRedirected),
        };

        // An empty file name, or a directory or pattern that matches nothing, is bad input (exit 2); the files that were found
        // are still reported. An empty name cannot name a file in the report, so it is said on stderr only.
        var named = Array.FindAll(request.Files, file => file.Length > 0);
        var emptyName = named.Length < request.Files.Length;
        if (emptyName)
        {
            error.WriteLine($"'': {AgreementInput.Problem(string.Empty)}");
        }

        var (inputs, nothingMatched) = InputPaths.Expand(named, request.Excludes, error);
        var least = nothingMatched || emptyName ? 2 : 0;

        // No more threads than files: one file is validated on the calling thread, with no worker to start.
        var parallel = Math.Clamp(inputs.Count, 1, request.Parallel);
        int Validate(StreamingReportWriterFactory destination) =>
            Math.Max(least, ValidationPipeline.Run(inputs, options, destination, parallel, context));

        if (request.OutputPath is not { } outputPath)
        {
            if (!ReferenceEquals(output, Console.Out))
            {
                return Validate((rules, date) => new StreamingReportWriter(output, format, rules, date, writerOptions));
            }

            // The console: UTF-8 bytes straight to standard output, buffered, written as each file's turn comes.
            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);
            return Validate((rules, date) => new StreamingReportWriter(stdout, format, rules, date, writerOptions));
        }

        using var file = AtomicFile.TryCreate(outputPath, out var cannotWrite);
        if (file is null)
        {
            error.WriteLine(cannotWrite);
            return 2;
        }

        var exitCode = Validate((rules, date) => new StreamingReportWriter(file.Stream, format, rules, date, writerOptions));
        if (file.Commit(outputPath) is { } notWritten)
        {
            error.WriteLine(notWritten);
            return 2;
        }

        return exitCode;
    }

    private sealed record Request(string[] Files, string Format, string? OutputPath, string? AsOf, string? Culture, string? ConfigPath, string[] Excludes, int Parallel);
}
