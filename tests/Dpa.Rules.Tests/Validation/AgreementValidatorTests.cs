using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;
using static Dpa.Rules.Tests.Validation.ValidationFixture;

namespace Dpa.Rules.Tests.Validation;

public sealed class AgreementValidatorTests
{
    [Fact]
    public void CatalogRule_IsReportedAndMakesTheAgreementInvalid()
    {
        var report = Validator().Validate(WithoutObjectionRight);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Dpa4004, finding.RuleId);
        Assert.Equal(ObjectionRightPath, finding.Path);
        Assert.Equal(RuleSeverity.Error, finding.Severity);
        Assert.False(report.IsValid);
        Assert.Equal((1, 0, 0), (report.ErrorCount, report.WarningCount, report.InfoCount));
        Assert.Empty(report.SuppressedFindings);
        Assert.Equal(AsOf, report.AsOf);
    }

    [Fact]
    public void CleanAgreement_IsValidWithNoFindings()
    {
        var report = Validator().Validate(SpecificAuthorisation);

        Assert.Empty(report.Findings);
        Assert.True(report.IsValid);
        Assert.Equal("0 error(s), 0 warning(s), 0 info(s) as of 2026-11-25", report.ToString());
    }

    [Fact]
    public void WarningsAndInfos_DoNotMakeTheAgreementInvalid()
    {
        var rules = RuleSet.Create(TestRules.Reporting("DPA1901", "$.a"), new StatusEchoRule());

        var report = Validator(rules).Validate(SpecificAuthorisation);

        Assert.True(report.IsValid);
        Assert.Equal((0, 1, 1), (report.ErrorCount, report.WarningCount, report.InfoCount));
    }

    [Fact]
    public void Rules_ListsEngineDescriptorsThenTheRulesThatRan()
    {
        var rules = ObjectionRightOnly.With(TestRules.Reporting("DPA1901"));

        var report = Validator(rules, Options.WithSeverity(RuleId.Parse("DPA1901"), RuleSeverity.None)).Validate(SpecificAuthorisation);

        Assert.Equal(["DPA0001", "DPA0002", "DPA0003", "DPA4004"], report.Rules.Select(rule => rule.Id.ToString()));
    }

    [Fact]
    public void AsOf_DefaultsToTheClocksDateInTheAgreementsZone()
    {
        // 23:30 UTC on 24 November is 00:30 on 25 November in Amsterdam (CET, UTC+1).
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 24, 23, 30));
        var validator = new AgreementValidator(ObjectionRightOnly, ValidationOptions.Default, clock);

        Assert.Equal(new LocalDate(2026, 11, 25), validator.Validate(SpecificAuthorisation).AsOf);

        var inUtc = SpecificAuthorisation with { Document = SpecificAuthorisation.Document with { TimeZone = DateTimeZone.Utc } };
        Assert.Equal(new LocalDate(2026, 11, 24), validator.Validate(inUtc).AsOf);
    }

    [Fact]
    public void AsOf_FromOptionsBeatsTheClock()
    {
        var validator = new AgreementValidator(ObjectionRightOnly, ValidationOptions.Default with { AsOf = new LocalDate(2025, 1, 31) }, Clock);

        Assert.Equal(new LocalDate(2025, 1, 31), validator.Validate(SpecificAuthorisation).AsOf);
    }

    [Fact]
    public void Default_RunsTheWholeCatalog()
    {
        Assert.Same(RuleSet.Default, AgreementValidator.Default.Rules);
        Assert.Same(ValidationOptions.Default, AgreementValidator.Default.Options);

        // The date comes from the options here: a test never reads the real clock.
        var report = AgreementValidator.Default.Validate(WithoutObjectionRight, Options);

        Assert.Contains(report.Findings, finding => finding.RuleId == Dpa4004 && finding.Path == ObjectionRightPath);
    }

    [Fact]
    public void Validate_WithOptions_ReplacesTheValidatorsOptions()
    {
        var validator = Validator(options: Options.WithSeverity(Dpa4004, RuleSeverity.None));

        Assert.Empty(validator.Validate(WithoutObjectionRight).Findings);
        Assert.Single(validator.Validate(WithoutObjectionRight, Options).Findings);
    }

    [Fact]
    public void Validate_RejectsNull()
    {
        Assert.Throws<ArgumentNullException>("agreement", () => Validator().Validate(null!));
        Assert.Throws<ArgumentNullException>("options", () => Validator().Validate(SpecificAuthorisation, null!));
        Assert.Throws<ArgumentNullException>("clock", () => new AgreementValidator(RuleSet.Default, ValidationOptions.Default, null!));
    }

    [Fact]
    public void Findings_AreSortedByRuleIdThenPathThenMessage()
    {
        var rules = RuleSet.Create(
            TestRules.Reporting("DPA9901", "$.b", "$.a"),
            TestRules.Reporting("DPA1901", "$.z", "$.c", "$.C"));

        var report = Validator(rules).Validate(SpecificAuthorisation);

        // Ordinal: upper case before lower case.
        Assert.Equal(
            ["DPA1901 $.C", "DPA1901 $.c", "DPA1901 $.z", "DPA9901 $.a", "DPA9901 $.b"],
            report.Findings.Select(finding => $"{finding.RuleId} {finding.Path}"));
    }

    [Fact]
    public void Reports_AreDeterministic()
    {
        var validator = Validator(ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.b", "$.a")));

        Assert.Equal(Describe(validator.Validate(WithoutObjectionRight)), Describe(validator.Validate(WithoutObjectionRight)));
    }

    [Fact]
    public void Reports_AreIdenticalWhenValidatingInParallel()
    {
        var options = Options
            .WithSuppression(new Suppression { RuleId = RuleId.Parse("DPA1901"), Path = "$.a", Justification = "Accepted." })
            .WithSeverity(RuleId.Parse("DPA1999"), RuleSeverity.Info);
        var validator = Validator(
            ObjectionRightOnly.With(TestRules.Reporting("DPA1901", "$.b", "$.a"), TestRules.Throwing<InvalidOperationException>("DPA2901")),
            options);
        var expected = Describe(validator.Validate(WithoutObjectionRight));
        var reports = new string[200];

        Parallel.For(0, reports.Length, i => reports[i] = Describe(validator.Validate(WithoutObjectionRight)));

        Assert.All(reports, report => Assert.Equal(expected, report));
        Assert.Contains("DPA0001", expected, StringComparison.Ordinal);
        Assert.Contains("DPA0003", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Culture_Dutch_GivesDutchMessages()
    {
        var english = Assert.Single(Validator().Validate(WithoutObjectionRight).Findings);
        var dutch = Assert.Single(Validator(options: Options with { Culture = CultureInfo.GetCultureInfo("nl") }).Validate(WithoutObjectionRight).Findings);

        Assert.StartsWith("Sub-processors are engaged", english.Message, StringComparison.Ordinal);
        Assert.StartsWith("Subverwerkers worden ingeschakeld", dutch.Message, StringComparison.Ordinal);
        Assert.Equal(english.Path, dutch.Path);
    }

    [Fact]
    public void Culture_Dutch_AppliesToEngineFindings()
    {
        var options = Options.WithSeverity(RuleId.Parse("DPA4040"), RuleSeverity.Info) with { Culture = CultureInfo.GetCultureInfo("nl-NL") };

        var finding = Assert.Single(Validator(options: options).Validate(SpecificAuthorisation).Findings);

        Assert.Equal("De configuratie noemt regel DPA4040, die niet in de regelset voorkomt", finding.Message);
    }

    [Theory]
    [InlineData(AgreementStatus.Template, ValidationMode.FromStatus, "$.template")]
    [InlineData(AgreementStatus.Executed, ValidationMode.FromStatus, "$.notTemplate")]
    [InlineData(AgreementStatus.Draft, ValidationMode.Template, "$.template")]
    [InlineData(AgreementStatus.Template, ValidationMode.Executed, "$.notTemplate")]
    public void Mode_DecidesWhetherRulesSeeATemplate(AgreementStatus status, ValidationMode mode, string expectedPath)
    {
        var agreement = TestAgreements.Minimal(status);

        var finding = Assert.Single(Validator(RuleSet.Create(new StatusEchoRule()), Options with { Mode = mode }).Validate(agreement).Findings);

        Assert.Equal(expectedPath, finding.Path);
    }

    [Fact]
    public void Mode_IsVisibleToRulesThatReadTheDocument_AndLeavesTheCallersAgreementAlone()
    {
        var draft = TestAgreements.Minimal(AgreementStatus.Draft);

        var finding = Assert.Single(Validator(RuleSet.Create(new DocumentStatusEchoRule()), Options with { Mode = ValidationMode.Executed }).Validate(draft).Findings);

        Assert.Equal("$.executed", finding.Path);
        Assert.Equal(AgreementStatus.Draft, draft.Document.Status);
    }

    [Fact]
    public void Cancellation_BeforeValidation_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Validator().Validate(SpecificAuthorisation, source.Token));
    }

    [Fact]
    public void Cancellation_DuringARule_StopsBeforeTheNextRule()
    {
        using var source = new CancellationTokenSource();
        var next = new CountingRule("DPA1902");
        var validator = Validator(RuleSet.Create(new CancellingRule(source), next));

        Assert.ThrowsAny<OperationCanceledException>(() => validator.Validate(SpecificAuthorisation, source.Token));
        Assert.Equal(0, next.Count);
    }

    [Fact]
    public void Cancellation_OfAnotherToken_ThrownByARule_IsARuleFailure()
    {
        var validator = Validator(RuleSet.Create(TestRules.Throwing<OperationCanceledException>("DPA2901")));

        var finding = Assert.Single(validator.Validate(SpecificAuthorisation, CancellationToken.None).Findings);

        Assert.Equal("DPA0001", finding.RuleId.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CleanValidation_AllocatesNothing_AndSharesTheCleanReport(bool asOfFromClock)
    {
        var validator = Validator(options: asOfFromClock ? ValidationOptions.Default : Options);
        var first = validator.Validate(SpecificAuthorisation);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var report = validator.Validate(SpecificAuthorisation);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(report.IsValid);
        Assert.Empty(report.Findings);
        Assert.Same(first, report);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void CleanReports_OfOtherDates_AreOtherReports()
    {
        var validator = Validator();
        var first = validator.Validate(SpecificAuthorisation);

        var later = validator.Validate(SpecificAuthorisation, Options with { AsOf = Options.AsOf!.Value.PlusDays(1) });

        Assert.NotSame(first, later);
        Assert.Equal(Options.AsOf!.Value.PlusDays(1), later.AsOf);
        Assert.Empty(later.Findings);
        Assert.Equal(first.Rules, later.Rules);
    }

    /// <summary>Reports at a path named after the document's status, as rules that read the document directly do.</summary>
    private sealed class DocumentStatusEchoRule : IAgreementRule
    {
        public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA1951", RuleSeverity.Info);

        public void Evaluate(ProcessingAgreement agreement, RuleContext context) =>
            context.Report("$." + agreement.Document.Status.ToString().ToLowerInvariant(), context.Status);
    }
}
