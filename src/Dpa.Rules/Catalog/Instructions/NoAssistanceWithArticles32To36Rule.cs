using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Instructions;

/// <summary>DPA3009: the processor must assist the controller with security, breaches, impact assessments and prior consultation.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3)(f): the processor assists the controller in ensuring compliance with Arts. 32 to 36, taking into
/// account the nature of processing and the information available to it; SCC 2021/915 Clauses 8(b)–(c) and 9. Error when
/// none of the four is covered, otherwise a Warning for each one missing.</para>
/// <para>Security (Art. 32) also counts as covered when the processor itself takes all Art. 32 measures
/// (<c>security.art32Obligation</c>), and breaches (Arts. 33–34) when it must notify the controller of breaches
/// (<c>breach.notificationDuty</c>): that notification is the core of its help with Art. 33. Reporting the missing sentence
/// in those cases would be noise a reviewer would not stand behind.</para>
/// </remarks>
internal sealed class NoAssistanceWithArticles32To36Rule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA3009",
        nameof(NoAssistanceWithArticles32To36Rule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "f"),
        LegalReference.Scc2021915("8"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var assistance = agreement.Assistance;
        var security = assistance.Security == true || agreement.Security.Art32Obligation == true;
        var breach = assistance.BreachNotification == true || agreement.Breach.NotificationDuty == true;
        var impactAssessment = assistance.ImpactAssessment == true;
        var priorConsultation = assistance.PriorConsultation == true;

        if (!security && !breach && !impactAssessment && !priorConsultation)
        {
            context.Report(AgreementPaths.Assistance.Path, ArgumentTexts.Articles32To36);
            return;
        }

        if (!security)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Assistance.Security, ArgumentTexts.SecurityOfProcessing);
        }

        if (!breach)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Assistance.BreachNotification, ArgumentTexts.BreachNotification);
        }

        if (!impactAssessment)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Assistance.ImpactAssessment, ArgumentTexts.ImpactAssessments);
        }

        if (!priorConsultation)
        {
            context.Report(RuleSeverity.Warning, AgreementPaths.Assistance.PriorConsultation, ArgumentTexts.PriorConsultation);
        }
    }
}
