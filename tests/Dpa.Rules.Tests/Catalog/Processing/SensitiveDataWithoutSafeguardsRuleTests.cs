using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.Processing;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Catalog.Processing;

public sealed class SensitiveDataWithoutSafeguardsRuleTests
{
    private static readonly SensitiveDataWithoutSafeguardsRule Rule = new();

    private static ProcessingAgreement With(SensitiveDataTerms terms) => TestAgreements.Minimal() with
    {
        Processing = new ProcessingDescription { SensitiveData = terms },
    };

    [Fact]
    public void HealthDataWithoutSafeguards_ReportsDPA2008()
    {
        var agreement = With(new SensitiveDataTerms { SpecialCategories = DataPresence.Present, SpecialCategoryKinds = [SpecialCategory.Health] });

        var finding = Assert.Single(RuleTester.Run(Rule, agreement));

        Assert.Equal("DPA2008", finding.RuleId.ToString());
        Assert.Equal("$.processing.sensitiveData.safeguards", finding.Path);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void CriminalDataWithoutSafeguards_ReportsDPA2008() =>
        Assert.Equal(
            "$.processing.sensitiveData.safeguards",
            Assert.Single(RuleTester.Run(Rule, With(new SensitiveDataTerms { CriminalData = DataPresence.Present }))).Path);

    [Fact]
    public void SpecialCategoryNamedWithOnlyABlankSafeguard_ReportsDPA2008()
    {
        var agreement = With(new SensitiveDataTerms
        {
            SpecialCategoryKinds = [SpecialCategory.Biometric],
            Safeguards = [TextValue.Placeholder(string.Empty)],
        });

        Assert.Single(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SensitiveDataWithSafeguards_DoesNotReportDPA2008()
    {
        var agreement = With(new SensitiveDataTerms
        {
            SpecialCategories = DataPresence.Present,
            SpecialCategoryKinds = [SpecialCategory.Health],
            Safeguards = ["Access limited to named case managers; separate encrypted store"],
        });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }

    [Fact]
    public void SpecialCategoriesExcluded_DoesNotReportDPA2008()
    {
        // Seed 000 App.1 §5: "geen bijzondere persoonsgegevens" (no special categories) will be stored.
        Assert.Empty(RuleTester.Run(Rule, With(new SensitiveDataTerms { SpecialCategories = DataPresence.Excluded })));
    }

    [Fact]
    public void ChecklistToComplete_DoesNotReportDPA2008()
    {
        // Seed 004 Bijl.1: the special-data checklist is still to be completed; DPA1003 reports the blank.
        var agreement = With(new SensitiveDataTerms { SpecialCategories = DataPresence.Placeholder, CriminalData = DataPresence.Placeholder });

        Assert.Empty(RuleTester.Run(Rule, agreement));
    }
}
