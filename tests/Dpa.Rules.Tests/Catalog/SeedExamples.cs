using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Catalog;

/// <summary>Runs a category's rules on a seed agreement from <c>examples/</c> and lists the findings compactly.</summary>
internal static partial class SeedExamples
{
    /// <summary>Loads <paramref name="file"/> and returns each finding as <c>{id} {severity} {path}</c>, followed by the
    /// message's first quoted single-word argument when it has one, in the order the rules report them.</summary>
    public static string[] Run(ImmutableArray<IAgreementRule> rules, string file)
    {
        var agreement = Load(file);
        var lines = new List<string>();
        foreach (var rule in rules)
        {
            foreach (var finding in RuleTester.Run(rule, agreement))
            {
                // Arguments are quoted single words ('PT48H', 'd'); an apostrophe in "processor's" opens no argument.
                var argument = QuotedArgument().Match(finding.Message);
                lines.Add(argument.Success
                    ? $"{finding.RuleId} {finding.Severity} {finding.Path} {argument.Value}"
                    : $"{finding.RuleId} {finding.Severity} {finding.Path}");
            }
        }

        return [.. lines];
    }

    [GeneratedRegex(@"'[^'\s]+'")]
    private static partial Regex QuotedArgument();

    private static ProcessingAgreement Load(string file) =>
        AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", file));
}
