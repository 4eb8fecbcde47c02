using System.CommandLine;
using System.Globalization;
using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;
using NodaTime.Text;

namespace Dpa.Rules.Cli;

/// <summary>The <c>validate</c> command: checks agreements against the rule catalog and reports the findings (design §6).</summary>
/// <remarks><para>Exit codes: 0 when no active finding has error severity, 1 when one has, 2 when input or usage is bad — a file
/// that cannot be loaded, a bad option or configuration, an output that cannot be written. Files that load are reported even
/// when others do not.</para></remarks>
internal static class ValidateCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "One or more agreements (JSON agreement format); all go into one report.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
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

        var command = new Command(
            "validate",
            "Validate agreements against the rule catalog. Exit code 0: no error-severity finding; 1: at least one; 2: bad input or usage."
            + " Example: dpa-rules validate examples/002-simplicate.json --as-of 2025-11-01 --format json --output report.json")
        {
            files, format, outputFile, asOf, culture, config,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(outputFile), parse.GetValue(asOf), parse.GetValue(culture), parse.GetValue(config)),
            output,
            error));
        return command;
    }

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        var options = ValidationOptions.Default;
        if (request.ConfigPath is { } configPath)
        {
            try
            {
                options = ValidationConfigurationJson.LoadFile(configPath);
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

        var exitCode = 0;
        var results = new List<FileReport>();
        foreach (var path in request.Files)
        {
            if (AgreementInput.TryLoad(path, error) is { } agreement)
            {
                results.Add(new FileReport(path, AgreementValidator.Default.Validate(agreement, options)));
            }
            else
            {
                exitCode = 2;
            }
        }

        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        if (request.Format == "json")
        {
            WriteJson(results, text);
        }
        else
        {
            WriteText(results, text);
        }

        if (request.OutputPath is { } outputPath)
        {
            if (CommandOutput.TryWriteFileAtomically(outputPath, text.ToString()) is { } problem)
            {
                error.WriteLine(problem);
                return 2;
            }
        }
        else
        {
            output.Write(text.ToString());
        }

        return exitCode != 0 ? exitCode : results.Exists(r => !r.Report.IsValid) ? 1 : 0;
    }

    private static void WriteText(List<FileReport> results, TextWriter output)
    {
        foreach (var (file, report) in results)
        {
            output.WriteLine($"{file}: {report}");
            foreach (var finding in report.Findings)
            {
                output.WriteLine($"  {Severity(finding.Severity),-7} {finding.RuleId} at {finding.Path}: {finding.Message}");
            }

            foreach (var finding in report.SuppressedFindings)
            {
                output.WriteLine($"  suppressed {finding.RuleId} at {finding.Path}: {finding.Message} (justification: {finding.Suppression!.Justification})");
            }
        }

        var errors = results.Sum(r => r.Report.ErrorCount);
        var warnings = results.Sum(r => r.Report.WarningCount);
        var infos = results.Sum(r => r.Report.InfoCount);
        output.WriteLine($"{results.Count} file(s): {errors} error(s), {warnings} warning(s), {infos} info(s).");
    }

    private static void WriteJson(List<FileReport> results, TextWriter output) => CommandOutput.WriteJson(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("findings");
        foreach (var (file, report) in results)
        {
            foreach (var finding in report.Findings.Concat(report.SuppressedFindings))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId.ToString());
                json.WriteString("severity", Severity(finding.Severity));
                json.WriteString("message", finding.Message);
                json.WriteString("path", finding.Path);
                json.WriteString("file", file);
                json.WriteString("title", finding.Descriptor.Title);
                json.WriteString("helpUri", finding.Descriptor.HelpUri.ToString());
                json.WriteStartObject("facts");
                foreach (var fact in finding.Facts)
                {
                    json.WriteString(fact.Name, fact.Value);
                }

                json.WriteEndObject();
                if (finding.Suppression is { } suppression)
                {
                    json.WriteStartObject("suppression");
                    json.WriteString("justification", suppression.Justification);
                    if (suppression.Approver is { } approver)
                    {
                        json.WriteString("approver", approver);
                    }

                    if (suppression.ExpiresOn is { } expiresOn)
                    {
                        json.WriteString("expiresOn", LocalDatePattern.Iso.Format(expiresOn));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var (file, report) in results)
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("asOf", LocalDatePattern.Iso.Format(report.AsOf));
            json.WriteBoolean("isValid", report.IsValid);
            json.WriteNumber("errorCount", report.ErrorCount);
            json.WriteNumber("warningCount", report.WarningCount);
            json.WriteNumber("infoCount", report.InfoCount);
            json.WriteNumber("suppressedCount", report.SuppressedFindings.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("errorCount", results.Sum(r => r.Report.ErrorCount));
        json.WriteNumber("warningCount", results.Sum(r => r.Report.WarningCount));
        json.WriteNumber("infoCount", results.Sum(r => r.Report.InfoCount));
        json.WriteEndObject();
    });

    private static string Severity(Rules.RuleSeverity severity) => severity.ToString().ToLowerInvariant();

    private sealed record Request(string[] Files, string Format, string? OutputPath, string? AsOf, string? Culture, string? ConfigPath);

    private sealed record FileReport(string File, ValidationReport Report);
}
