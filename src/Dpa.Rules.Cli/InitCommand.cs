using System.CommandLine;
using System.Text.Json;

namespace Dpa.Rules.Cli;

/// <summary>The <c>init</c> command: a new agreement skeleton with every section present, its blanks marked as placeholders and
/// everything else left unstated, which loads at once and validates as a template.</summary>
/// <remarks><para>Placeholders (<c>{ "placeholder": "[NAME]" }</c>) are the format's way to say "a blank to fill in", so the
/// skeleton tells a template apart from a careless blank; a member left out is "not stated", which the rules report as such.
/// The labels are in the language of <c>--culture</c>. It never replaces a file: <c>--output</c> must name a new one.</para></remarks>
internal static class InitCommand
{
    private const string SchemaUri = "https://raw.githubusercontent.com/dpa-rules/Dpa.Rules/main/docs/schema/agreement.schema.json";

    private static readonly string[] Roles = ["controller", "processor"];

    private static readonly string[] EmptySections =
        ["instructions", "assistance", "subProcessing", "locations", "security", "breach", "audits", "liability", "endOfProcessing", "amendments"];

    /// <summary>Creates the command; its action writes to the context's output and error writers.</summary>
    public static Command Create(CommandContext context)
    {
        var culture = new Option<string>("--culture")
        {
            Description = "The language of the placeholders: en (default) or nl.",
            DefaultValueFactory = _ => "en",
        };
        culture.AcceptOnlyFromAmong("en", "nl");
        var outputFile = new Option<string?>("--output")
        {
            Description = "Write the skeleton to this new file instead of standard output; an existing file is never replaced.",
            HelpName = "FILE",
        };
        var command = new Command(
            "init",
            "Write a new agreement skeleton: every section present, blanks as placeholders, the rest not stated; it validates as a template at once."
            + " Example: dpa-rules init --culture nl --output verwerkersovereenkomst.json")
        {
            culture, outputFile,
        };
        command.SetAction(parse => Run(parse.GetValue(culture) == "nl" ? Labels.Dutch : Labels.English, parse.GetValue(outputFile), context));
        return command;
    }

    private static int Run(Labels labels, string? path, CommandContext context)
    {
        var skeleton = Skeleton(labels);
        if (path is null)
        {
            context.Output.Write(skeleton);
            return 0;
        }

        if (!string.IsNullOrWhiteSpace(path) && FileKinds.OfEntry(path) != FileKind.Missing)
        {
            context.Error.WriteLine($"Cannot write --output '{path}': it exists; init never replaces a file, so give a new file name.");
            return 2;
        }

        if (CommandOutput.TryWriteFileAtomically(path, skeleton) is { } problem)
        {
            context.Error.WriteLine(problem);
            return 2;
        }

        context.Error.WriteLine($"Wrote {path}: fill in the placeholders, then run 'dpa-rules validate {path}'.");
        return 0;
    }

    /// <summary>The skeleton as indented JSON text with a final newline.</summary>
    internal static string Skeleton(Labels labels)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        CommandOutput.WriteJson(text, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteNumber("formatVersion", 1);

            json.WriteStartObject("document");
            Placeholder(json, "title", labels.Title);
            json.WriteString("status", "template");
            json.WriteStartArray("signatures");
            foreach (var role in Roles)
            {
                json.WriteStartObject();
                json.WriteString("role", role);
                Placeholder(json, "signatory", labels.Signatory);
                Placeholder(json, "function", labels.Function);
                Placeholder(json, "place", labels.Place);
                Placeholder(json, "datePlaceholder", labels.Date);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("parties");
            json.WriteStartArray("controllers");
            Party(json, labels.Controller, labels);
            json.WriteEndArray();
            json.WritePropertyName("processor");
            Party(json, labels.Processor, labels);
            json.WriteEndObject();

            json.WriteStartObject("processing");
            Placeholder(json, "subjectMatter", labels.SubjectMatter);
            json.WriteEndObject();
            foreach (var section in EmptySections)
            {
                json.WriteStartObject(section);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
        return text.ToString();
    }

    private static void Party(Utf8JsonWriter json, string name, Labels labels)
    {
        json.WriteStartObject();
        Placeholder(json, "name", name);
        Placeholder(json, "registration", labels.Registration);
        Placeholder(json, "address", labels.Address);
        Placeholder(json, "representative", labels.Representative);
        json.WriteEndObject();
    }

    private static void Placeholder(Utf8JsonWriter json, string name, string label)
    {
        json.WriteStartObject(name);
        json.WriteString("placeholder", label);
        json.WriteEndObject();
    }

    /// <summary>The placeholder labels of one language.</summary>
    internal sealed record Labels(
        string Title,
        string Controller,
        string Processor,
        string Registration,
        string Address,
        string Representative,
        string Signatory,
        string Function,
        string Place,
        string Date,
        string SubjectMatter)
    {
        public static readonly Labels English = new(
            "[TITLE]", "[NAME OF THE CONTROLLER]", "[NAME OF THE PROCESSOR]", "[REGISTRATION NUMBER]", "[ADDRESS]", "[REPRESENTATIVE]",
            "[NAME]", "[FUNCTION]", "[PLACE]", "[DATE]", "[SUBJECT-MATTER OF THE PROCESSING]");

        public static readonly Labels Dutch = new(
            "[TITEL]", "[NAAM VERWERKINGSVERANTWOORDELIJKE]", "[NAAM VERWERKER]", "[KVK-NUMMER]", "[ADRES]", "[VERTEGENWOORDIGER]",
            "[NAAM]", "[FUNCTIE]", "[PLAATS]", "[DATUM]", "[ONDERWERP VAN DE VERWERKING]");
    }
}
