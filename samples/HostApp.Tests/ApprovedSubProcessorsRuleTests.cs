using Dpa.Rules.Model;
using Dpa.Rules.Testing;
using NodaTime;

namespace HostApp.Tests;

/// <summary>The house rule, tested like a catalog rule.</summary>
public sealed class ApprovedSubProcessorsRuleTests
{
    private static readonly ApprovedSubProcessorsRule Rule = new("Data Centre B.V.");

    [Fact]
    public void UnapprovedSubProcessor_IsReported() =>
        RuleTester.Run(Rule, AgreementBuilder.Compliant().SubProcessing(s => s with { SubProcessors = [new SubProcessor { Name = "Other Ltd" }] }), new LocalDate(2026, 1, 1))
            .Reports("DPA4901", at: "$.subProcessing.subProcessors[0].name");

    [Fact]
    public void ApprovedSubProcessor_IsNotReported() =>
        RuleTester.Run(Rule, Agreements.Compliant, new LocalDate(2026, 1, 1)).ReportsNothing();
}
