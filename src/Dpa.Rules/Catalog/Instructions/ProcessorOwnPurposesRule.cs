using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3005: the processor must not use the personal data for purposes of its own.</summary>
/// <remarks>
/// <para>GDPR Art. 28(10): a processor that infringes the Regulation by determining the purposes and means of processing
/// "shall be considered to be a controller in respect of that processing". A processor processes on the controller's
/// documented instructions only (Art. 28(3)(a)); a clause that lets it use the personal data to improve its services, for
/// benchmarking, research or analytics hands it purposes of its own. For that processing it is a controller: it needs a
/// legal basis of its own (Art. 6), the further use must be compatible with the purposes of collection (Art. 6(4)), and
/// the data subjects must be told (Arts. 13–14) — none of which the processing agreement can supply. The controller, for
/// its part, discloses the data for that use.</para>
/// <para>An Error whenever the agreement allows such use (<c>instructions.ownUse</c>) or says own purposes are not
/// excluded (<c>ownPurposesExcluded: false</c>). A use said to keep only anonymised or aggregated results is reported all
/// the same: anonymising personal data is itself a processing of personal data (Art. 4(2)), done for the processor's
/// purpose; the finding's facts say so. Silence is not reported: Art. 28(3)(a) (DPA3001) already limits the processing to
/// the controller's instructions.</para>
/// </remarks>
internal sealed class ProcessorOwnPurposesRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3005",
        nameof(ProcessorOwnPurposesRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "10"),
        LegalReference.Gdpr("28", "3", "a"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var instructions = agreement.Instructions;
        if (instructions.OwnUse is { } use)
        {
            var path = use.Purposes.IsEmpty ? AgreementPaths.Instructions.OwnUse.Path : AgreementPaths.Instructions.OwnUse.Purposes.Path;
            context.Report(RuleSeverity.Error, path, Facts(use));
        }
        else if (instructions.OwnPurposesExcluded == false)
        {
            context.Report(AgreementPaths.Instructions.OwnPurposesExcluded);
        }
    }

    // Built only when reporting: the purposes named, and whether only anonymised results are said to be kept.
    private static ImmutableArray<FindingFact> Facts(ProcessorOwnUse use)
    {
        var facts = ImmutableArray.CreateBuilder<FindingFact>(3);
        if (!use.Purposes.IsEmpty)
        {
            facts.Add(new("purposes", string.Join(", ", use.Purposes.Select(p => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.ToString())))));
        }

        if (use.UsageDataOnly is { } usage)
        {
            facts.Add(new("usageDataOnly", usage ? "true" : "false"));
        }

        if (use.AnonymisedResults is { } anonymised)
        {
            facts.Add(new("anonymisedResults", anonymised ? "true" : "false"));
        }

        return facts.ToImmutable();
    }
}
