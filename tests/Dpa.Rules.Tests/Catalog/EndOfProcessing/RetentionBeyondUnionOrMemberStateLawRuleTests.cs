using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.EndOfProcessing;
using Dpa.Rules.Model;
using Dpa.Rules.Testing;

namespace Dpa.Rules.Tests.Catalog.EndOfProcessing;

public sealed class RetentionBeyondUnionOrMemberStateLawRuleTests
{
    private static readonly RetentionBeyondUnionOrMemberStateLawRule Rule = new();

    [Fact]
    public void RetentionByProcessorPolicy_ReportsDPA9003()
    {
        // GDPR Art. 28(3)(g): storage after the end only where "Union or Member State law requires" it; the processor's own
        // policy is no such law.
        var finding = Assert.Single(RuleTester.Run(Rule, With(RetentionBasis.UnionOrMemberStateLaw, RetentionBasis.ProcessorPolicy)));

        Assert.Equal("DPA9003", finding.RuleId.ToString());
        Assert.Equal("$.endOfProcessing.retentionExceptions[1]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            "A retention exception rests on the processor's own policy; GDPR Art. 28(3)(g) admits only storage that Union or member-state law requires",
            finding.Message);
    }

    [Fact]
    public void RetentionUnderThirdCountryLaw_ReportsDPA9003()
    {
        // A third country's law (say, a US retention duty) is not "Union or Member State law" (Art. 28(3)(g)).
        var finding = Assert.Single(RuleTester.Run(Rule, With(RetentionBasis.ThirdCountryLaw)));

        Assert.Equal("$.endOfProcessing.retentionExceptions[0]", finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Contains("the law of a third country", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionOnAnyObligation_ReportsDPA9003()
    {
        // Seed 003 clause 12.4: "tenzij er een op Verwerker van toepassing zijnde verplichting bestaat om de persoonsgegevens
        // langer op te slaan" — any obligation, contractual ones included, not only Union or member-state law.
        var finding = Assert.Single(RuleTester.Run(Rule, With(RetentionBasis.AnyObligation), culture: CultureInfo.GetCultureInfo("nl")));

        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.Equal(
            "Een bewaaruitzondering berust op elke verplichting die op de verwerker rust, wettelijk of niet; AVG art. 28, lid 3, onder g, staat alleen opslag toe die het Unierecht of lidstatelijk recht voorschrijft",
            finding.Message);
    }

    [Fact]
    public void RetentionOnUnspecifiedLaw_ReportsDPA9003AsWarning()
    {
        // Seed 000 clause 12.3 "tenzij Verwerker wettelijk verplicht is de persoonsgegevens op te slaan": a legal duty, but the
        // article's exception is narrower — Union or Member State law — so it is there, stated too widely: a warning.
        var finding = Assert.Single(RuleTester.Run(Rule, With(RetentionBasis.UnspecifiedLaw)));

        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("a legal obligation without saying under which law", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetentionRequiredByLawOrOnInstruction_DoesNotReportDPA9003()
    {
        // Seed 002 clause 2.3 "tenzij Verwerker op grond van Nederlands of Europees recht verplicht is deze op te slaan"; seed 001
        // clause 14.5: kept longer only when the controller asks in writing.
        Assert.Empty(RuleTester.Run(Rule, With(RetentionBasis.UnionOrMemberStateLaw, RetentionBasis.ControllerInstruction)));
    }

    private static ProcessingAgreement With(params RetentionBasis[] bases) =>
        AgreementBuilder.Compliant().EndOfProcessing(e => e with { RetentionExceptions = [.. bases] });
}
