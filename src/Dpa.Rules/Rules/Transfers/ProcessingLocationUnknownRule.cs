using Dpa.Rules.Model;

namespace Dpa.Rules.Rules.Transfers;

/// <summary>DPA5001: the agreement must say where the processor itself processes the data.</summary>
/// <remarks><para>GDPR Art. 44: whether Chapter V applies depends on where the data are processed. A stated location
/// restriction ("only in the Netherlands", "within the EEA") answers the question as well as a list of locations, so the
/// rule fires only when neither is stated.</para></remarks>
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
        if (locations.Processing.IsEmpty && locations.Restriction is null)
        {
            context.Report("$.locations.processing");
        }
    }
}
