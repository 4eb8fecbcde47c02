using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Testing.Tests;

public sealed class RuleTesterTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 1);

    [Fact]
    public void HostRule_ReportsAtThePath()
    {
        var finding = RuleTester.Run(new ApprovedSubProcessorsRule("Data Centre B.V."), Unapproved(), AsOf)
            .Reports("DPA4901", at: "$.subProcessing.subProcessors[0].name", RuleSeverity.Warning);

        Assert.Contains("Other Ltd", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostRule_OnTheCompliantAgreement_ReportsNothing() =>
        RuleTester.Run(new ApprovedSubProcessorsRule("Data Centre B.V."), Agreements.Compliant, AsOf).ReportsNothing();

    [Fact]
    public void FailedAssertions_ListWhatWasReported()
    {
        var result = RuleTester.Run(new ApprovedSubProcessorsRule("Data Centre B.V."), Unapproved(), AsOf);

        var nothing = Assert.Throws<AgreementAssertionException>(() => result.ReportsNothing());
        var elsewhere = Assert.Throws<AgreementAssertionException>(() => result.Reports("DPA4901", at: "$.breach"));

        Assert.Equal(
            "Expected DPA4901 to report nothing. It reported:\n  Warning DPA4901 at $.subProcessing.subProcessors[0].name: Sub-processor 'Other Ltd' is not on the approved list",
            nothing.Message);
        Assert.StartsWith("Expected DPA4901 to report once at $.breach, but it did 0 times. It reported:", elsewhere.Message, StringComparison.Ordinal);
        Assert.Single(result);
    }

    private static ProcessingAgreement Unapproved() =>
        AgreementBuilder.Compliant().SubProcessing(s => s with { SubProcessors = [new SubProcessor { Name = "Other Ltd", Locations = [CountryCode.Netherlands] }] });

    private sealed class ApprovedSubProcessorsRule(params string[] approved) : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create(
            "DPA4901",
            "Sub-processor not on the approved list",
            "Sub-processor '{0}' is not on the approved list",
            "The company engages only approved sub-processors.",
            RuleSeverity.Warning,
            new Uri("https://intranet.example.com/rules/DPA4901"));

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            var subProcessors = agreement.SubProcessing.SubProcessors;
            for (var i = 0; i < subProcessors.Length; i++)
            {
                if (!approved.Contains(subProcessors[i].Name.Text))
                {
                    context.Report(AgreementPathOf(i), subProcessors[i].Name.Text);
                }
            }
        }

        private static string AgreementPathOf(int index) => $"$.subProcessing.subProcessors[{index}].name";
    }
}
