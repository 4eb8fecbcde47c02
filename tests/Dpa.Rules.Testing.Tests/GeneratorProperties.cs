using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Dpa.Rules.Testing.Tests;

public sealed class GeneratorProperties
{
    private static readonly LocalDate AsOf = new(2026, 11, 25);

    [Property(MaxTest = 40)]
    public Property BackupsOutliveDeletion_AlwaysReportsDPA9005() =>
        Prop.ForAll(AgreementGenerators.BackupsOutliveDeletion.ToArbitrary(), agreement =>
            AgreementValidator.Default.Validate(agreement, ValidationOptions.Default with { AsOf = AsOf }).Findings.Any(f => f.RuleId.ToString() == "DPA9005"));

    [Property(MaxTest = 40)]
    public Property LateBreachNotice_AlwaysReportsDPA7003() =>
        Prop.ForAll(AgreementGenerators.LateBreachNotice.ToArbitrary(), agreement =>
            AgreementValidator.Default.Validate(agreement, ValidationOptions.Default with { AsOf = AsOf }).Findings.Any(f => f.RuleId.ToString() == "DPA7003"));

    [Property(MaxTest = 40)]
    public Property Realistic_AgreementsAreExecutedOrTemplates_WithOneSubProcessor() =>
        Prop.ForAll(AgreementArbitraries.Realistic(), agreement =>
            agreement.SubProcessing.SubProcessors.Length == 1 && agreement.Document.Status is AgreementStatus.Executed or AgreementStatus.Template);

    [Fact]
    public void Shrinking_ReducesAFailingAgreementToASmallOne()
    {
        // A property that fails for every agreement with a breach deadline: the shrinker must empty the other sections.
        var arbitrary = AgreementArbitraries.Realistic();
        var start = AgreementGenerators.Realistic.Sample(1).Single();
        var smallest = start;
        var shrunk = true;
        while (shrunk)
        {
            shrunk = false;
            foreach (var candidate in arbitrary.Shrinker(smallest))
            {
                if (candidate.Breach.Deadline is not null)
                {
                    smallest = candidate;
                    shrunk = true;
                    break;
                }
            }
        }

        Assert.Equal(new ProcessingAgreement { Document = start.Document, Parties = start.Parties with { Controllers = [] } }
            with { Breach = start.Breach }, smallest with { Document = start.Document });
    }
}
