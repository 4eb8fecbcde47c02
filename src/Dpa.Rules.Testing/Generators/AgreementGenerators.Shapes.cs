using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Dpa.Rules.Testing;

/// <content>Agreements of a known shape: realistic ones like real Dutch DPAs, and targeted ones with one known defect.</content>
public static partial class AgreementGenerators
{
    /// <summary>Gets realistic agreements, shaped like the five seed agreements: a compliant base (<see cref="Agreements.Compliant"/>)
    /// with the periods, sub-processors and weaknesses real DPAs have (breach notice of 24 to 72 hours, deletion after one to
    /// three months, backups kept two weeks to six months, a sub-processor in the EEA or the US, audits yearly or every two years).</summary>
    public static Gen<ProcessingAgreement> Realistic =>
        from breach in Gen.Elements(24, 36, 48, 72)
        from deletion in Gen.Elements(ContractualPeriod.FromDays(30), ContractualPeriod.FromDays(60), ContractualPeriod.FromMonths(1), ContractualPeriod.FromMonths(3))
        from backups in Gen.Elements(ContractualPeriod.FromDays(14), ContractualPeriod.FromMonths(1), ContractualPeriod.FromMonths(6))
        from purgePlanned in Gen.Elements(true, false)
        from country in Gen.Elements(CountryCode.Netherlands, CountryCode.Parse("IE"), CountryCode.Parse("DE"), CountryCode.UnitedStates)
        from audits in Gen.Elements(ContractualPeriod.FromYears(1), ContractualPeriod.FromYears(2))
        from status in Gen.Elements(AgreementStatus.Executed, AgreementStatus.Executed, AgreementStatus.Template)
        select AgreementBuilder.Compliant()
            .Document(d => d with { Status = status })
            .Breach(b => b with { Deadline = ContractualPeriod.FromHours(breach) })
            .EndOfProcessing(e => e with { Deletion = new EndOfLifePeriod { Period = deletion } })
            .Backups(b => b with { Retention = backups, PurgeAfterEnd = purgePlanned ? b.PurgeAfterEnd : null })
            .SubProcessing(s => s with { SubProcessors = [s.SubProcessors[0] with { Locations = [country], EstablishedIn = country }] })
            .Audits(a => a with { MaximumFrequency = audits })
            .Build();

    /// <summary>Gets agreements whose backups outlive the promised deletion, with no purge planned: the data stay in a copy
    /// after the deletion deadline (what DPA9005 reports; GDPR Art. 28(3)(g) "existing copies").</summary>
    public static Gen<ProcessingAgreement> BackupsOutliveDeletion =>
        from deletionDays in Gen.Choose(0, 60)
        from extraDays in Gen.Choose(32, 400)
        select AgreementBuilder.Compliant()
            .EndOfProcessing(e => e with { Deletion = new EndOfLifePeriod { Period = ContractualPeriod.FromDays(deletionDays) } })
            .Backups(b => b with { Retention = ContractualPeriod.FromDays(deletionDays + extraDays), PurgeAfterEnd = null })
            .Build();

    /// <summary>Gets agreements whose processor may take 72 hours or more to report a breach, so the controller is left no time
    /// for its own notice (GDPR Art. 33(1); DPA7003).</summary>
    public static Gen<ProcessingAgreement> LateBreachNotice =>
        from hours in Gen.Choose(72, 24 * 14)
        select AgreementBuilder.Compliant().Breach(b => b with { Deadline = ContractualPeriod.FromHours(hours) }).Build();
}
