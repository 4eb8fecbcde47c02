using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Security;

/// <summary>DPA6003: each point of Art. 32(1)(a)–(d) should map to at least one described measure.</summary>
/// <remarks>
/// <para>GDPR Art. 32(1) names, "inter alia", (a) pseudonymisation and encryption; (b) ongoing confidentiality, integrity,
/// availability and resilience; (c) timely restoration after an incident; (d) regular testing, assessing and evaluating.
/// Measures map to points by <see cref="SecurityMeasureKind"/>; a stated recovery point or time objective also covers (c), and
/// a stated penetration-test interval, or a certification held by the processor itself with a stated audit interval, covers
/// (d). Only stated measures count. When no measure is described at all, DPA6002 reports that instead.</para>
/// </remarks>
internal sealed class Art32PointNotCoveredRule : IAgreementRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Rule = RuleDescriptors.Create(
        "DPA6003",
        nameof(Art32PointNotCoveredRule),
        RuleSeverity.Warning,
        LegalReference.Gdpr("32", "1"),
        LegalReference.Gdpr("28", "3", "c"));

    private const string Path = AgreementPaths.Security.Measures.Path;

    /// <inheritdoc />
    public RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public void Evaluate(ProcessingAgreement agreement, RuleContext context)
    {
        var security = agreement.Security;
        bool any = false, a = false, b = false, c = false, d = false;
        foreach (var measure in security.Measures)
        {
            if (!measure.Description.IsStated)
            {
                continue;
            }

            any = true;
            switch (measure.Kind)
            {
                case SecurityMeasureKind.Encryption or SecurityMeasureKind.Pseudonymisation:
                    a = true;
                    break;
                case SecurityMeasureKind.AccessControl or SecurityMeasureKind.NetworkSecurity or SecurityMeasureKind.Monitoring
                    or SecurityMeasureKind.PhysicalSecurity or SecurityMeasureKind.Availability or SecurityMeasureKind.Organisational:
                    b = true;
                    break;
                case SecurityMeasureKind.Backup or SecurityMeasureKind.Restoration:
                    c = true;
                    break;
                case SecurityMeasureKind.Testing:
                    d = true;
                    break;
                default:
                    break;
            }
        }

        if (!any)
        {
            return;
        }

        c |= security.RecoveryPointObjective is not null || security.RecoveryTimeObjective is not null;
        d |= security.PenetrationTestInterval is not null || HasOwnCertification(security);

        if (!a)
        {
            context.Report(Path, "a");
        }

        if (!b)
        {
            context.Report(Path, "b");
        }

        if (!c)
        {
            context.Report(Path, "c");
        }

        if (!d)
        {
            context.Report(Path, "d");
        }
    }

    private static bool HasOwnCertification(SecurityTerms security)
    {
        foreach (var certification in security.Certifications)
        {
            // The processor's own certification with an agreed audit interval is regular evaluation the contract states;
            // a bare "certified" says nothing of how often, and a data centre's certificate nothing of the processor's own.
            if (certification is { Holder: null, AuditInterval: not null } && certification.Standard.IsStated)
            {
                return true;
            }
        }

        return false;
    }
}
