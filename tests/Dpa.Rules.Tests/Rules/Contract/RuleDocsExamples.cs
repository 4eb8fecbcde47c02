using System.Collections.Immutable;
using Dpa.Rules.Rules;
using Dpa.Rules.Serialization;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Tests.Rules.Contract;

/// <summary>Runs a rule on the agreement of its docs page's "Example that fires" section.</summary>
/// <remarks><para>Kept in this folder because this branch owns only its categories' test folders; it serves every category.</para></remarks>
internal static class RuleDocsExamples
{
    public static ImmutableArray<Finding> Run(IAgreementRule rule)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "docs", "rules", rule.Descriptor.Id + ".md"));
        var section = page.IndexOf("## Example that fires", StringComparison.Ordinal);
        Assert.True(section >= 0, "The page has no 'Example that fires' section.");
        var start = page.IndexOf("```json", section, StringComparison.Ordinal) + "```json".Length;
        var end = page.IndexOf("```", start, StringComparison.Ordinal);
        return RuleTester.Run(rule, AgreementJson.Parse(page[start..end]));
    }
}
