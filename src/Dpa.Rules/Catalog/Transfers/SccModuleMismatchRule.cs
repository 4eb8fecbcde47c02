using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5006: the standard contractual clauses for a sub-processor are stated in a module that does not fit the
/// parties' roles.</summary>
/// <remarks><para>Implementing Decision (EU) 2021/914 has four modules by the roles of exporter and importer. A processor
/// that passes personal data it processes for the controller on to a sub-processor is a processor exporting to a processor:
/// Module Three. Module Two (controller to processor) fits only where the controller itself is the exporter, as when it
/// signs the clauses with the sub-processor directly; Modules One and Four make a controller of the importer or the
/// exporter. A mismatch does not void the clauses but leaves obligations with the wrong party: a Warning.</para></remarks>
internal sealed class SccModuleMismatchRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5006",
        nameof(SccModuleMismatchRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021914("Module Three"),
        LegalReference.Gdpr("46", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var subProcessor = subProcessors[i];
            if (subProcessor.Safeguard is { SccModule: { } module and not SccModule.ProcessorToProcessor } safeguard
                && ChapterFiveBasis.Names(safeguard, TransferMechanism.StandardContractualClauses))
            {
                context.Report(
                    AgreementPaths.SubProcessing.SubProcessors.Safeguard.SccModule(i),
                    ArgumentTexts.Name(subProcessor.Name, ArgumentTexts.UnnamedSubProcessor),
                    ModuleText(module));
            }
        }
    }

    private static ArgumentText ModuleText(SccModule module) => module switch
    {
        SccModule.ControllerToController => ArgumentTexts.ModuleControllerToController,
        SccModule.ControllerToProcessor => ArgumentTexts.ModuleControllerToProcessor,
        _ => ArgumentTexts.ModuleProcessorToController,
    };
}
