using System.CommandLine;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Cli;

/// <summary>The <c>rules</c> command: the catalog of rules (design §6).</summary>
internal static class RulesCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="output"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        _ = error;
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json or markdown (a table for documentation).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var command = new Command(
            "rules",
            "List every rule: id, title, default severity, category, legal references and documentation link."
            + " Example: dpa-rules rules --format markdown")
        {
            format,
        };
        command.SetAction(parse =>
        {
            switch (parse.GetValue(format))
            {
                case "json":
                    WriteJson(output);
                    break;
                case "markdown":
                    WriteMarkdown(output);
                    break;
                default:
                    WriteText(output);
                    break;
            }

            return 0;
        });
        return command;
    }

    private static void WriteText(TextWriter output)
    {
        foreach (var rule in RuleCatalogView.All)
        {
            output.WriteLine($"{rule.Id}  {rule.DefaultSeverity,-7}  {rule.Category,-15}  {rule.Title}");
            output.WriteLine($"         {RuleCatalogView.Citations(rule)}  {rule.HelpUri}");
        }
    }

    private static void WriteMarkdown(TextWriter output)
    {
        output.WriteLine("| Id | Title | Severity | Category | Legal basis |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var rule in RuleCatalogView.All)
        {
            output.WriteLine($"| [{rule.Id}]({rule.HelpUri}) | {Escape(rule.Title)} | {rule.DefaultSeverity} | {rule.Category} | {Escape(RuleCatalogView.Citations(rule))} |");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static void WriteJson(TextWriter output) => CommandOutput.WriteJson(output, json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalogView.All)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Writes one rule's metadata as a JSON object.</summary>
    internal static void WriteRule(System.Text.Json.Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id.ToString());
        json.WriteString("title", rule.Title);
        json.WriteString("severity", rule.DefaultSeverity.ToString().ToLowerInvariant());
        json.WriteString("category", rule.Category.ToString());
        json.WriteBoolean("enabledByDefault", rule.IsEnabledByDefault);
        json.WriteString("helpUri", rule.HelpUri.ToString());
        json.WriteStartArray("legalReferences");
        foreach (var reference in rule.LegalReferences)
        {
            json.WriteStartObject();
            json.WriteString("citation", reference.ToString());
            json.WriteString("uri", reference.Uri.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
