using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Catalog.Transfers;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

/// <summary>The DPA4xxx, DPA5xxx and DPA9xxx rules find nothing in a compliant agreement, and allocate nothing doing so.</summary>
public sealed class CleanAgreementAllocationTests
{
    private static readonly ProcessingAgreement Compliant = TestAgreements.Minimal() with
    {
        Document = new AgreementDocument { Status = AgreementStatus.Executed, EndedOn = new LocalDate(2026, 1, 31), CountingConvention = CountingConvention.Contract },
        SubProcessing = new SubProcessingTerms
        {
            Authorisation = SubProcessorAuthorisation.General,
            ListLocation = SubProcessorListLocation.InAgreement,
            ChangeNotice = new AdvanceNotice { Required = true, MinimumPeriod = ContractualPeriod.FromDays(30) },
            ObjectionRight = new ObjectionRight { Available = true, Window = ContractualPeriod.FromDays(14) },
            FlowDown = FlowDownScope.SameObligations,
            ProcessorFullyLiable = true,
            SubProcessors =
            [
                new SubProcessor { Name = "AWS", Locations = [CountryCode.Parse("IE"), CountryCode.Parse("DE")] },
                new SubProcessor
                {
                    Name = "Mail Inc.",
                    Locations = [CountryCode.UnitedStates],
                    Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.AdequacyDecision, DataPrivacyFrameworkCertified = true },
                },
                new SubProcessor { Name = "Support Ltd", Locations = [CountryCode.Parse("GB")] },
            ],
        },
        Locations = new LocationTerms { Processing = [new ProcessingLocation { Country = CountryCode.Netherlands }] },
        Transfers = [new Transfer { Destination = CountryCode.Parse("IN"), Safeguard = new TransferSafeguard { Mechanism = TransferMechanism.StandardContractualClauses, TransferImpactAssessment = true } }],
        EndOfProcessing = new EndOfProcessingTerms
        {
            Choice = EndOfServiceChoice.ControllerChooses,
            CopiesDeleted = true,
            Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30) },
            ReturnWindow = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(30) },
            DeletionCertification = true,
            RetentionExceptions = [RetentionBasis.UnionOrMemberStateLaw],
            Backups = new BackupTerms
            {
                Retention = ContractualPeriod.FromDays(30),
                Tiers = [new BackupTier { Frequency = BackupFrequency.Daily, Retention = ContractualPeriod.FromDays(14) }],
                PurgeAfterEnd = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(0), From = EndOfLifeTrigger.DeletionDeadline },
            },
        },
    };

    private static readonly IAgreementRule[] Rules = [.. SubProcessorRules.All, .. TransferRules.All, .. EndOfProcessingRules.All];

    [Fact]
    public void CompliantAgreement_HasNoFindingsAndAllocatesNothing()
    {
        var context = new RuleContext();
        context.ResetForPlan(
            Compliant, RuleTester.DefaultAsOf, RuleThresholds.Default, CultureInfo.InvariantCulture, NetherlandsHolidayCalendar.Default, [], [], CancellationToken.None);
        var findings = context.Findings;
        EvaluateAll(context); // Warm up: JIT and static initialisation allocate once.

        var before = GC.GetAllocatedBytesForCurrentThread();
        EvaluateAll(context);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(findings);
        Assert.Equal(0, allocated);
    }

    private static void EvaluateAll(RuleContext context)
    {
        foreach (var rule in Rules)
        {
            context.BeginRule(rule.Descriptor, null);
            rule.Evaluate(Compliant, context);
        }
    }
}
