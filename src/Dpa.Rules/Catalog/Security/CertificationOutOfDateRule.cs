using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6005: a certification relied on must not be older than agreed, nor past its validity, at the evaluation date.</summary>
/// <remarks>
/// <para>GDPR Art. 28(1) makes sufficient guarantees a continuing duty; SCC 2021/915 Clause 7.6(c) lets the controller take
/// certifications held by the processor into account when deciding on an audit. A certificate the
/// agreement itself says is too old (its <c>maximumAge</c> counted from <c>issuedOn</c> ends before the as-of date), or whose
/// <c>validUntil</c> has passed, demonstrates nothing. When the issue date is not stated the age cannot be judged and the rule
/// says nothing: "not stated" is not "too old". The age limit ends on the same date in the last month or year (the month's
/// last day when that date does not exist), the day of issue not counted.</para>
/// </remarks>
internal sealed class CertificationOutOfDateRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6005",
        nameof(CertificationOutOfDateRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("28", "1"),
        LegalReference.Scc2021915("7.6", "c"));

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var certifications = agreement.Security.Certifications;
        for (var i = 0; i < certifications.Length; i++)
        {
            var certification = certifications[i];
            LocalDate? ageLimitEnd = certification is { IssuedOn: { } issuedOn, MaximumAge: { } maximumAge }
                ? AgeLimitEnd(issuedOn, maximumAge)
                : null;
            var ageExceeded = ageLimitEnd < context.AsOf;
            var lapsed = certification.ValidUntil < context.AsOf;
            if (!ageExceeded && !lapsed)
            {
                continue;
            }

            // The earliest end is the day from which the certificate no longer served; report where that end is stated.
            var useValidity = lapsed && (!ageExceeded || certification.ValidUntil!.Value < ageLimitEnd!.Value);
            var acceptableUntil = useValidity ? certification.ValidUntil!.Value : ageLimitEnd!.Value;
            context.Report(
                Rule.DefaultSeverity,
                useValidity ? AgreementPaths.Security.Certifications.ValidUntil(i) : AgreementPaths.Security.Certifications.IssuedOn(i),
                Facts(certification, ageLimitEnd, context.AsOf),
                Format(context.AsOf),
                Format(acceptableUntil));
        }
    }

    private static LocalDate AgeLimitEnd(LocalDate issuedOn, ContractualPeriod maximumAge)
    {
        // A period is at most about a century: an issue date that close to the calendar's end cannot be too old yet.
        if (issuedOn.Year > LocalDate.MaxIsoValue.Year - 101)
        {
            return LocalDate.MaxIsoValue;
        }

        return maximumAge.Unit switch
        {
            // A certificate's age in hours is not a contractual reality; whole days, rounded up, never shorten the agreed limit.
            PeriodUnit.Hours => issuedOn.PlusDays((maximumAge.Count + 23) / 24),
            _ => issuedOn.Plus(maximumAge.ToPeriod()),
        };
    }

    private static ImmutableArray<FindingFact> Facts(Certification certification, LocalDate? ageLimitEnd, LocalDate asOf)
    {
        var facts = ImmutableArray.CreateBuilder<FindingFact>(5);
        facts.Add(new FindingFact("asOf", Format(asOf)));
        if (certification.IssuedOn is { } issuedOn)
        {
            facts.Add(new FindingFact("issuedOn", Format(issuedOn)));
        }

        if (certification.MaximumAge is { } maximumAge)
        {
            facts.Add(new FindingFact("maximumAge", maximumAge.ToString()));
        }

        if (ageLimitEnd is { } end)
        {
            facts.Add(new FindingFact("maximumAgeEndsOn", Format(end)));
        }

        if (certification.ValidUntil is { } validUntil)
        {
            facts.Add(new FindingFact("validUntil", Format(validUntil)));
        }

        return facts.ToImmutable();
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
