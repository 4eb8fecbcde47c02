using System.Collections.Immutable;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>The catalog's rules of category DPA1xxx: contract form, parties, status, law, amendments, liability, termination.</summary>
internal static class ContractRules
{
    /// <summary>Gets one instance of every rule of the category, in id order.</summary>
    public static ImmutableArray<IAgreementRule> All { get; } =
    [
        new AgreementNotInWritingRule(),
        new PartyNotIdentifiedRule(),
        new PlaceholderLeftInAgreementRule(),
        new GoverningLawNotMemberStateRule(),
        new NoPrecedenceOverMainAgreementRule(),
        new UnilateralAmendmentRule(),
        new LiabilityCapBeyondPartiesRule(),
        new NoTerminationOnBreachRule(),
        new DataLossLiabilityExcludedRule(),
    ];
}
