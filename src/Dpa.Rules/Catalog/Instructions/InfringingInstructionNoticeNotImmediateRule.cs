using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3004: the processor must immediately tell the controller when an instruction infringes data-protection law.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3), last subparagraph: the processor "shall immediately inform the controller if, in its opinion, an
/// instruction infringes" the GDPR or other Union or member-state data-protection provisions; SCC 2021/915 Clause 7.1(b).</para>
/// <para>Error when the duty is absent or softened to best efforts or a period (a period of zero is immediate). "Without
/// undue delay" is close to the text but not the same: Warning.</para>
/// </remarks>
internal sealed class InfringingInstructionNoticeNotImmediateRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3004",
        nameof(InfringingInstructionNoticeNotImmediateRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("7.1", "b"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var notice = agreement.Instructions.InfringingInstructionNotice;
        if (notice is null)
        {
            context.Report(AgreementPaths.Instructions.InfringingInstructionNotice.Path);
            return;
        }

        switch (notice.Promptness)
        {
            case Promptness.WithoutUndueDelay:
                context.Report(RuleSeverity.Warning, AgreementPaths.Instructions.InfringingInstructionNotice.Promptness);
                break;
            case Promptness.BestEfforts:
                context.Report(AgreementPaths.Instructions.InfringingInstructionNotice.Promptness);
                break;
            case Promptness.WithinPeriod when notice.Period is not { Count: 0 }:
                context.Report(AgreementPaths.Instructions.InfringingInstructionNotice.Period);
                break;
        }
    }
}
