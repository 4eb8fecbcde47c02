using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>DPA5004: a stated processing location must respect the agreed location restriction.</summary>
/// <remarks><para>An agreement that restricts processing to, say, the Netherlands or the EEA while naming a sub-processor (or a
/// processor location) elsewhere contradicts itself: the controller cannot tell which clause governs, and the documented
/// instructions on transfers (GDPR Art. 28(3)(a)) and the sub-processor conditions (Art. 28(2), 28(4)) become unclear.
/// An error for a binding restriction; a warning when the restriction is only "in principle" (best efforts), where a
/// deviation is not a breach but still needs a reviewer's look. A restriction that excepts the sub-processors the agreement
/// lists (<see cref="TransferCondition.ListedSubProcessor"/>) is not contradicted by those sub-processors' locations; their
/// transfers still need a Chapter V basis (DPA5002).</para></remarks>
internal sealed class LocationRestrictionContradictedRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA5004",
        nameof(LocationRestrictionContradictedRule),
        RuleSeverity.Error,
        LegalReference.Gdpr("28", "3", "a"),
        LegalReference.Gdpr("44"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        if (agreement.Locations.Restriction is not { } restriction
            || restriction.Scope == LocationScope.Worldwide
            || (restriction.Scope == LocationScope.Countries && restriction.Countries.IsEmpty))
        {
            return;
        }

        var severity = restriction.Commitment == CommitmentLevel.BestEfforts ? RuleSeverity.Warning : RuleSeverity.Error;
        var processing = agreement.Locations.Processing;
        for (var i = 0; i < processing.Length; i++)
        {
            if (!Allows(restriction, processing[i].Country))
            {
                context.Report(
                    severity,
                    AgreementPaths.Locations.Processing.At(i),
                    ArgumentTexts.Name(agreement.Parties.Processor.Name, ArgumentTexts.TheProcessor),
                    processing[i].Country.Value,
                    Describe(restriction));
            }
        }

        if (agreement.Locations.PermittedOutsideWhen.Contains(TransferCondition.ListedSubProcessor))
        {
            return;
        }

        var subProcessors = agreement.SubProcessing.SubProcessors;
        for (var i = 0; i < subProcessors.Length; i++)
        {
            var locations = subProcessors[i].Locations;
            for (var j = 0; j < locations.Length; j++)
            {
                if (!Allows(restriction, locations[j]))
                {
                    context.Report(
                        severity,
                        AgreementPaths.SubProcessing.SubProcessors.Locations.At(i, j),
                        ArgumentTexts.Name(subProcessors[i].Name, ArgumentTexts.UnnamedSubProcessor),
                        locations[j].Value,
                        Describe(restriction));
                }
            }
        }
    }

    private static bool Allows(LocationRestriction restriction, CountryCode country)
    {
        switch (restriction.Scope)
        {
            case LocationScope.EuropeanUnion:
                return EuropeanEconomicArea.IsEuropeanUnion(country);
            case LocationScope.EuropeanEconomicArea:
                return EuropeanEconomicArea.Contains(country);
            default:
                foreach (var allowed in restriction.Countries)
                {
                    if (EuropeanEconomicArea.Covers(allowed, country))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    private static object Describe(LocationRestriction restriction) => restriction.Scope switch
    {
        LocationScope.EuropeanUnion => ArgumentTexts.TheEuropeanUnion,
        LocationScope.EuropeanEconomicArea => ArgumentTexts.TheEuropeanEconomicArea,
        _ => string.Join(", ", restriction.Countries),
    };
}
