using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1001: the agreement must be in writing, and an executed agreement must show that it was concluded.</summary>
/// <remarks>
/// <para>GDPR Art. 28(9): the contract "shall be in writing, including in electronic form". An oral agreement is an
/// Error. A form that is not stated is not a finding: an agreement recorded in this format is a written text.</para>
/// <para>An agreement marked executed without an execution record — neither a date signed nor filled-in signatures of
/// both a controller and the processor — is a Warning: the text may well be binding, but the controller cannot show when
/// and between whom it was concluded (accountability, Art. 5(2) and 28(1)). Acceptance recorded elsewhere counts as the
/// record: an electronic signature, a click-through or account creation (the processor's records hold the acceptance;
/// electronic form meets Art. 28(9)), or acceptance with the main agreement the text is an annex to (that agreement's
/// signature concludes it).</para>
/// <para>An agreement deemed accepted by using the services, with no act of acceptance at all, is a Warning whatever its
/// status: the terms are written, but nothing in writing or in electronic form shows that the controller agreed to them.</para>
/// </remarks>
internal sealed class AgreementNotInWritingRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1001",
        nameof(AgreementNotInWritingRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "9"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var document = agreement.Document;
        if (document.Form == AgreementForm.Oral)
        {
            context.Report(AgreementPaths.Document.Form, ArgumentTexts.ConcludedOrally);
        }

        if (document.Acceptance == AcceptanceMethod.UseOfServices)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Document.Acceptance, ArgumentTexts.AcceptedByUse);
        }
        else if (document.Status == AgreementStatus.Executed && document.DateSigned is null && !AcceptedElsewhere(document) && !SignedByBothSides(document))
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Document.DateSigned, ArgumentTexts.NoDateOrSignatures);
        }
    }

    private static bool AcceptedElsewhere(AgreementDocument document) =>
        document.Acceptance is AcceptanceMethod.ElectronicSignature or AcceptanceMethod.ClickThrough or AcceptanceMethod.AccountCreation or AcceptanceMethod.WithMainAgreement;

    private static bool SignedByBothSides(AgreementDocument document)
    {
        var controller = false;
        var processor = false;
        foreach (var signature in document.Signatures)
        {
            if (signature.SignedOn is not null || signature.Signatory is { IsStated: true })
            {
                controller |= signature.Role == PartyRole.Controller;
                processor |= signature.Role == PartyRole.Processor;
            }
        }

        return controller && processor;
    }
}
