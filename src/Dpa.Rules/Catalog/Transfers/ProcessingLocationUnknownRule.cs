using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5001: the agreement must say where the processor itself processes the data.</summary>
/// <remarks><para>GDPR Art. 44: whether Chapter V applies depends on where the data are processed. A location
/// restriction that fixes the area (<see cref="LocationArea.IsFixedByRestriction"/>: "only in the Netherlands", "only
/// within the EEA unless the controller instructs otherwise") answers the question as well as a list of locations; an
/// "in principle" restriction, or one the processor may leave on its own assessment, does not. Severity (the policy of
/// docs/validation.md): an Error when nothing says where; a Warning when a binding restriction bounds the area to places
/// with a Chapter V basis (<see cref="LocationArea.IsBoundedByRestriction"/>: the EEA or an adequacy country): no transfer
/// without a basis, but the controller still needs to know where for its information duty (Art. 13(1)(f)) and records
/// (Art. 30(1)(e)).</para></remarks>
internal sealed class ProcessingLocationUnknownRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5001",
        nameof(ProcessingLocationUnknownRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("44"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var locations = agreement.Locations;
        if (locations.Processing.IsEmpty && !LocationArea.IsFixedByRestriction(locations))
        {
            context.Report(
                LocationArea.IsBoundedByRestriction(locations) ? RuleSeverity.Warning : Rule.DefaultSeverity,
                [AgreementPaths.Locations.Processing.Path, AgreementPaths.Locations.Restriction.Path],
                []);
        }
    }
}
