using System.CommandLine;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;
using NodaTime;

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
            Description = "Output format: text (with the Art. 28 summary), json, or sarif (SARIF 2.1.0, for GitHub code scanning).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
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

        var command = new Command(
            "validate",
            "Validate agreements against the rule catalog. Exit code 0: no error-severity finding; 1: at least one; 2: bad input or usage."
            + " Example: dpa-rules validate examples/002-simplicate.json --as-of 2025-11-01 --format json --output report.json")
        {
            files, format, outputFile, asOf, culture, config, exclude,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(outputFile), parse.GetValue(asOf), parse.GetValue(culture), parse.GetValue(config), parse.GetValue(exclude) ?? []),
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

        var (paths, nothingMatched) = InputPaths.Expand(request.Files, request.Excludes, error);
        var exitCode = nothingMatched ? 2 : 0;
        var results = new List<AgreementResult>();
        var rules = new SortedDictionary<RuleId, RuleDescriptor>();
        LocalDate? asOfUsed = options.AsOf;
        foreach (var path in paths)
        {
            switch (AgreementInput.TryRead(path, context))
            {
                case { Agreement: { } agreement, Lines: { } lines }:
                    var report = AgreementValidator.Default.Validate(agreement, options);
                    asOfUsed ??= report.AsOf;
                    foreach (var rule in report.Rules)
                    {
                        rules.TryAdd(rule.Id, rule);
                    }

                    results.Add(AgreementResult.Validated(path, agreement, report.Findings.AddRange(report.SuppressedFindings), lines));
                    if (!report.IsValid && exitCode == 0)
                    {
                        exitCode = 1;
                    }

                    break;
                case { Error: { } loadError }:
                    results.Add(AgreementResult.LoadFailed(path, loadError));
                    exitCode = 2;
                    break;
                default:
                    exitCode = 2;
                    break;
            }
        }

        if (rules.Count == 0)
        {
            foreach (var rule in RuleCatalogView.All)
            {
                rules.TryAdd(rule.Id, rule);
            }
        }

        // With no agreement validated there is no report date: today in the default zone, from the validator's clock.
        var run = new ValidationRun(
            results,
            rules.Values,
            asOfUsed ?? AgreementValidator.Default.Clock.GetCurrentInstant().InZone(AgreementDocument.DefaultTimeZone).Date);
        var writerOptions = new ReportWriterOptions
        {
            ToolVersion = DpaRulesCommand.Version,
            BaseDirectory = Directory.GetCurrentDirectory(),
            UseColor = request.OutputPath is null && ReferenceEquals(output, Console.Out) && ReportWriterOptions.ShouldUseColor(!Console.IsOutputRedirected),
        };
        var format = request.Format switch
        {
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            _ => ReportFormat.Text,
        };
        var text = ReportWriter.Format(run, format, writerOptions);
        if (!text.EndsWith('\n'))
        {
            // Shells print the prompt after the output: end the report with its line.
            text += "\n";
        }

        if (request.OutputPath is { } outputPath)
        {
            if (CommandOutput.TryWriteFileAtomically(outputPath, text) is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }
        }
        else
        {
            output.Write(text);
        }

        return exitCode;
    }

    private sealed record Request(string[] Files, string Format, string? OutputPath, string? AsOf, string? Culture, string? ConfigPath, string[] Excludes);
}
