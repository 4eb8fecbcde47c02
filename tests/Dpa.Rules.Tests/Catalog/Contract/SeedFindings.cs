using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Serialization;

namespace Dpa.Rules.Tests.Catalog.Contract;

/// <summary>The seed agreements as encoded in <c>examples/</c>, and a way to run a category's rules on them.</summary>
/// <remarks><para>Unlike <c>SeedExamples</c> it lists findings without message arguments.</para></remarks>
internal static class SeedFindings
{
    public static ProcessingAgreement Load(string name) =>
        AgreementJson.LoadFile(Path.Combine(RepositoryRootAttribute.Value, "examples", name + ".json"));

    /// <summary>Runs <paramref name="rules"/> on the seed and returns each finding as <c>"DPAnnnn Severity path"</c>.</summary>
    public static string[] Findings(string name, ImmutableArray<IAgreementRule> rules)
    {
        var agreement = Load(name);
        var findings = new List<string>();
        foreach (var rule in rules)
        {
            foreach (var finding in RuleTester.Run(rule, agreement))
            {
                findings.Add($"{finding.RuleId} {finding.Severity} {finding.Path}");
            }
        }

        return [.. findings];
    }
}
