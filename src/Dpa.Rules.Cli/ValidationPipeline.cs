using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Serialization;
using Dpa.Rules.Serialization.Reports;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Cli;

/// <summary>Validates many agreement files into one report: read, load and validate on every core, each file's part of the
/// report rendered where it was validated, and written in the order of the inputs as soon as it is its turn.</summary>
/// <remarks><para>Memory stays constant whatever the number of files: a file's agreement is dropped once its part is rendered,
/// at most a window of parts waits for its turn, and the report keeps a few hundred bytes per file for its closing parts.
/// Standard error gets each file's problems in the same order. The output is the same bytes with one thread or many.</para></remarks>
internal static class ValidationPipeline
{
    // A document the probe validates: the rules a validation runs depend on the options and the date, not on the agreement.
    private const string Probe = """{ "formatVersion": 1, "document": { "status": "draft" }, "parties": { "processor": { "name": "Probe" } } }""";

    /// <summary>Validates <paramref name="inputs"/> and writes the report to <paramref name="destination"/>.</summary>
    /// <returns>The exit code: 2 when a file could not be read or loaded, else 1 when a finding has error severity, else 0.</returns>
    public static int Run(IEnumerable<string> inputs, ValidationOptions options, StreamingReportWriterFactory destination, int parallelism, CommandContext context)
    {
        var error = context.Error;
        var asOf = options.AsOf ?? throw new ArgumentException("The run's date must be fixed.", nameof(options));
        var rules = RulesOfTheRun(options);
        var writer = destination(rules, asOf);
        OrderedParallel.Run(
            inputs,
            parallelism,
            window: parallelism * 16,
            work: path => ValidateOne(path, options, writer, context),
            consume: item =>
            {
                if (item.Errors.Length > 0)
                {
                    error.Write(item.Errors);
                }

                writer.Write(item.Part);
            });
        writer.Complete();
        return writer.HasLoadErrors ? 2 : writer.HasErrors ? 1 : 0;
    }

    /// <summary>Every rule a validation with <paramref name="options"/> runs, the engine's included: what SARIF lists and what
    /// the Art. 28 summary counts as checked.</summary>
    public static ImmutableArray<RuleDescriptor> RulesOfTheRun(ValidationOptions options) =>
        AgreementValidator.Default.Validate(AgreementJson.Parse(Probe), options).Rules;

    private static Item ValidateOne(string path, ValidationOptions options, StreamingReportWriter writer, CommandContext context)
    {
        // Each file's messages for stderr are kept with its part of the report, to be written in the order of the inputs.
        using var errors = new StringWriter();
        AgreementResult result;
        switch (AgreementInput.TryRead(path, context with { Error = errors }))
        {
            case { Agreement: { } agreement, Lines: { } lines }:
                result = AgreementResult.Validated(path, agreement, AgreementValidator.Default.Validate(agreement, options), lines);
                break;
            case { Error: { } loadError }:
                result = AgreementResult.LoadFailed(path, loadError);
                break;
            default:
                result = AgreementResult.Unreadable(path, Reason(path, errors.ToString()));
                break;
        }

        return new Item(errors.ToString(), writer.Prepare(result));
    }

    // The input reader says on stderr why a file cannot be read, as "path: reason"; the report names the file itself.
    private static string Reason(string path, string message)
    {
        var line = message.Split('\n', 2)[0].TrimEnd('\r');
        var reason = line.StartsWith(path + ": ", StringComparison.Ordinal) ? line[(path.Length + 2)..] : line;
        return reason.Length > 0 ? reason : "cannot be read.";
    }

    private readonly record struct Item(string Errors, PreparedReportFile Part);
}

/// <summary>Creates the report writer once the rules and the date of the run are known.</summary>
internal delegate StreamingReportWriter StreamingReportWriterFactory(ImmutableArray<RuleDescriptor> rules, NodaTime.LocalDate asOf);
