using Dpa.Rules.Authoring;
using Dpa.Rules.Catalog.SubProcessors;
using Dpa.Rules.Model;
using Dpa.Rules.Tests.Catalog;
using Dpa.Rules.Validation;
using NodaTime;
using NodaTime.Testing;

namespace Dpa.Rules.Tests.Validation;

/// <summary>Agreements, options and validators shared by the engine's tests; never the real clock.</summary>
internal static class ValidationFixture
{
    public static readonly LocalDate AsOf = RuleTester.DefaultAsOf;

    public static readonly RuleId Dpa4004 = RuleId.Parse("DPA4004");

    public const string ObjectionRightPath = "$.subProcessing.objectionRight";

    /// <summary>Options fixed at <see cref="AsOf"/>.</summary>
    public static ValidationOptions Options { get; } = ValidationOptions.Default with { AsOf = AsOf };

    /// <summary>A general authorisation without an objection right: DPA4004 fires (Error) at <see cref="ObjectionRightPath"/>.</summary>
    public static ProcessingAgreement WithoutObjectionRight { get; } = TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.General },
    };

    /// <summary>A specific authorisation: DPA4004 does not fire (seed 000 clause 5.2).</summary>
    public static ProcessingAgreement SpecificAuthorisation { get; } = TestAgreements.Minimal() with
    {
        SubProcessing = new SubProcessingTerms { Authorisation = SubProcessorAuthorisation.Specific },
    };

    /// <summary>Only DPA4004 of the catalog, so tests do not depend on rules other engineers add.</summary>
    public static RuleSet ObjectionRightOnly { get; } = RuleSet.Create(new NoObjectionRightRule());

    public static FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    public static AgreementValidator Validator(RuleSet? rules = null, ValidationOptions? options = null) =>
        new(rules ?? ObjectionRightOnly, options ?? Options, Clock);

    /// <summary>Everything a report says, as text, for comparing reports.</summary>
    public static string Describe(ValidationReport report) => string.Join(
        "\n",
        report.Findings.Concat(report.SuppressedFindings).Select(finding =>
            $"{finding} [{string.Join(", ", finding.Facts)}] suppressed={finding.IsSuppressed}")
            .Append($"{report} rules={string.Join(",", report.Rules.Select(rule => rule.Id))}"));
}
