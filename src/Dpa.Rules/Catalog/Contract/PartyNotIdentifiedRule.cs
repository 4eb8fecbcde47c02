using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>DPA1002: the controller(s) and the processor must be identified by legal name, country and a contact.</summary>
/// <remarks>
/// <para>GDPR Art. 28(3): the contract binds "the processor with regard to the controller"; both must be identifiable.
/// SCC 2021/915 Annex I lists for each party its name, address and a contact person with contact details.</para>
/// <para>A missing or placeholder legal name is an Error (for a placeholder: Warning in a draft, Info in a template); a
/// missing country or contact is a Warning (the SCC standard, not the GDPR minimum). A template is not yet agreed with a
/// particular controller, so what it leaves open about the controller is Info. A party identified by reference to a
/// record — such as the company named on its subscription page — counts as identified: that record holds its details.
/// An address or a named representative counts as a contact.</para>
/// </remarks>
internal sealed class PartyNotIdentifiedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA1002",
        nameof(PartyNotIdentifiedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3"),
        LegalReference.Scc2021915("Annex I"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var status = agreement.Document.Status;
        var controllers = agreement.Parties.Controllers;
        if (controllers.IsEmpty)
        {
            context.Report(status == AgreementStatus.Template ? RuleSeverity.Info : RuleSeverity.Error, AgreementPaths.Parties.Controllers.Path, ArgumentTexts.TheController, ArgumentTexts.LegalName);
        }

        for (var i = 0; i < controllers.Length; i++)
        {
            Check(controllers[i], i, status, context);
        }

        Check(agreement.Parties.Processor, -1, status, context);
    }

    // index < 0: the processor.
    private static void Check(Party party, int index, AgreementStatus status, RuleContext context)
    {
        if (party.IdentifiedBy is { IsStated: true })
        {
            return;
        }

        var openInTemplate = index >= 0 && status == AgreementStatus.Template;
        if (party.Name is not { IsStated: true })
        {
            var severity = party.Name is null
                ? (openInTemplate ? RuleSeverity.Info : RuleSeverity.Error)
                : PlaceholderSeverity.For(status);
            Report(context, severity, party, index, "name", ArgumentTexts.LegalName);
        }

        if (party.Country is null)
        {
            Report(context, openInTemplate ? RuleSeverity.Info : RuleSeverity.Warning, party, index, "country", ArgumentTexts.CountryOfEstablishment);
        }

        if (!HasContact(party))
        {
            Report(context, openInTemplate ? RuleSeverity.Info : RuleSeverity.Warning, party, index, "contacts", ArgumentTexts.AddressOrContact);
        }
    }

    private static bool HasContact(Party party)
    {
        if (party.Address is { IsStated: true } || party.Representative is { IsStated: true })
        {
            return true;
        }

        foreach (var contact in party.Contacts)
        {
            if (contact.Name is { IsStated: true } || contact.Email is { IsStated: true } || contact.Phone is { IsStated: true })
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(RuleContext context, RuleSeverity severity, Party party, int index, string property, ArgumentText detail)
    {
        var partyPath = index < 0
            ? AgreementPaths.Parties.Processor.Path
            : AgreementPaths.Parties.Controllers.At(index);

        // Party names are quoted; an unnamed party is named by its role, and the finding's path says which one.
        var label = ArgumentTexts.Name(party.Name, index < 0 ? ArgumentTexts.TheProcessor : ArgumentTexts.TheController);
        context.Report(severity, partyPath + "." + property, label, detail);
    }
}
