using System.CommandLine;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Cli;

/// <summary>The <c>explain</c> command: one rule's title, description, legal basis and documentation link (design §6).</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command; its action writes to <paramref name="output"/> and <paramref name="error"/>.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("RULE-ID") { Description = "The rule id: DPA and four digits, such as DPA4004." };
        var command = new Command(
            "explain",
            "Explain a rule: what it checks, why (its legal references), and its documentation page. Example: dpa-rules explain DPA4004")
        {
            id,
        };
        command.SetAction(parse => Run(parse.GetValue(id)!, output, error));
        return command;
    }

    private static int Run(string text, TextWriter output, TextWriter error)
    {
        if (!RuleId.TryParse(text.Trim().ToUpperInvariant(), out var id))
        {
            error.WriteLine($"'{text}' is not a rule id: expected 'DPA' followed by four digits, such as 'DPA4004'. 'dpa-rules rules' lists them.");
            return 2;
        }

        var rule = RuleCatalogView.All.FirstOrDefault(descriptor => descriptor.Id == id);
        if (rule is null)
        {
            error.WriteLine($"There is no rule {id}. 'dpa-rules rules' lists them.");
            return 2;
        }

        output.WriteLine($"{rule.Id}: {rule.Title}");
        output.WriteLine();
        output.WriteLine($"Category:         {rule.Category}");
        output.WriteLine($"Default severity: {rule.DefaultSeverity}{(rule.IsEnabledByDefault ? string.Empty : " (disabled by default)")}");
        output.WriteLine($"Message:          {rule.MessageTemplate}");
        output.WriteLine();
        output.WriteLine(rule.Description);
        output.WriteLine();
        output.WriteLine("Legal references:");
        if (rule.LegalReferences.IsEmpty)
        {
            output.WriteLine("  none: the rule is about the tool's own configuration or operation.");
        }

        foreach (var reference in rule.LegalReferences)
        {
            output.WriteLine($"  {reference}  {reference.Uri}");
        }

        output.WriteLine();
        output.WriteLine($"Documentation: {rule.HelpUri}");
        using var page = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"docs/rules/{rule.Id}.md");
        if (page is not null)
        {
            using var reader = new StreamReader(page);
            output.WriteLine();
            output.WriteLine(new string('-', 80));
            output.Write(reader.ReadToEnd().ReplaceLineEndings("\n"));
        }

        return 0;
    }
}
