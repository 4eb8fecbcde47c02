using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Validation;

namespace Dpa.Rules.Cli;

/// <summary>Every descriptor the validator can report, in id order: the engine's own (<c>DPA0xxx</c>) and the default rule set's.</summary>
internal static class RuleCatalogView
{
    /// <summary>Gets the descriptors in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
        [.. EngineRules.All.Concat(RuleSet.Default.Rules.Select(rule => rule.Descriptor)).OrderBy(descriptor => descriptor.Id)];

    /// <summary>Formats the legal references as citations, e.g. <c>GDPR Art. 28(3)(h); SCC 2021/915 Clause 7.6(c)</c>.</summary>
    public static string Citations(RuleDescriptor descriptor) =>
        descriptor.LegalReferences.IsEmpty ? "-" : string.Join("; ", descriptor.LegalReferences.Select(reference => reference.ToString()));
}
