using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Breaches;

/// <summary>DPA7006: each controller should name a contact the processor notifies of a breach.</summary>
/// <remarks><para>SCC 2021/915 Clause 9.2 and Annex I: the processor notifies the controller, whose contact person is recorded
/// in Annex I; without one the hours of GDPR Art. 33(2) are spent finding the addressee. A contact counts when its role is
/// breach, privacy or data protection officer and it has a stated (non-placeholder) name, e-mail address or telephone number;
/// blank annex fields count as none. In a template that provides such a contact as a blank to fill in, the finding is
/// information.</para></remarks>
internal sealed class MissingBreachContactPointRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA7006",
        nameof(MissingBreachContactPointRule),
        RuleSeverity.Warning,
        LegalReference.Scc2021915("9.2"),
        LegalReference.Gdpr("33", "2"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var controllers = agreement.Parties.Controllers;
        if (controllers.IsEmpty)
        {
            context.Report(AgreementPaths.Parties.Controllers.Path);
            return;
        }

        for (var i = 0; i < controllers.Length; i++)
        {
            var blankProvided = false;
            var found = false;
            foreach (var contact in controllers[i].Contacts)
            {
                if (contact.Role is not (ContactRole.Breach or ContactRole.Privacy or ContactRole.DataProtectionOfficer))
                {
                    continue;
                }

                if (IsStated(contact.Name) || IsStated(contact.Email) || IsStated(contact.Phone))
                {
                    found = true;
                    break;
                }

                blankProvided = true;
            }

            if (!found)
            {
                var severity = context.IsTemplate && blankProvided ? RuleSeverity.Info : Rule.DefaultSeverity;
                context.Report(severity, AgreementPaths.Parties.Controllers.Contacts.Path(i));
            }
        }
    }

    private static bool IsStated(TextValue? value) => value is { IsStated: true };
}
