using System.Collections.Immutable;
using Dpa.Rules.Model;

namespace Dpa.Rules.Testing;

/// <summary>Builds a test agreement from a complete one by changing one part at a time: one line per clause under test.</summary>
/// <remarks>
/// <para>Start from <see cref="Compliant"/> (the whole catalog finds nothing) or <see cref="From"/>, change a section with a
/// <c>with</c> expression on it, and pass the builder where an agreement is expected (it converts implicitly):</para>
/// <code>var agreement = AgreementBuilder.Compliant().Breach(b => b with { Deadline = ContractualPeriod.FromHours(96) });</code>
/// <para>Immutable: every method returns a new builder, so one base can serve many tests.</para>
/// </remarks>
public sealed class AgreementBuilder
{
    private readonly ProcessingAgreement _agreement;

    private AgreementBuilder(ProcessingAgreement agreement) => _agreement = agreement;

    /// <summary>Starts from <see cref="Agreements.Compliant"/>.</summary>
    public static AgreementBuilder Compliant() => new(Agreements.Compliant);

    /// <summary>Starts from <paramref name="agreement"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is <see langword="null"/>.</exception>
    public static AgreementBuilder From(ProcessingAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new(agreement);
    }

    /// <summary>Changes the whole agreement.</summary>
    public AgreementBuilder With(Func<ProcessingAgreement, ProcessingAgreement> change) => new(Apply(change, _agreement));

    /// <summary>Changes the document facts.</summary>
    public AgreementBuilder Document(Func<AgreementDocument, AgreementDocument> change) => With(a => a with { Document = Apply(change, a.Document) });

    /// <summary>Changes the parties.</summary>
    public AgreementBuilder Parties(Func<Parties, Parties> change) => With(a => a with { Parties = Apply(change, a.Parties) });

    /// <summary>Changes the description of the processing.</summary>
    public AgreementBuilder Processing(Func<ProcessingDescription, ProcessingDescription> change) => With(a => a with { Processing = Apply(change, a.Processing) });

    /// <summary>Changes the instruction and confidentiality terms.</summary>
    public AgreementBuilder Instructions(Func<InstructionTerms, InstructionTerms> change) => With(a => a with { Instructions = Apply(change, a.Instructions) });

    /// <summary>Changes the assistance terms.</summary>
    public AgreementBuilder Assistance(Func<AssistanceTerms, AssistanceTerms> change) => With(a => a with { Assistance = Apply(change, a.Assistance) });

    /// <summary>Changes the sub-processing terms.</summary>
    public AgreementBuilder SubProcessing(Func<SubProcessingTerms, SubProcessingTerms> change) => With(a => a with { SubProcessing = Apply(change, a.SubProcessing) });

    /// <summary>Changes the locations and the location restriction.</summary>
    public AgreementBuilder Locations(Func<LocationTerms, LocationTerms> change) => With(a => a with { Locations = Apply(change, a.Locations) });

    /// <summary>Changes the stated transfers.</summary>
    public AgreementBuilder Transfers(Func<ImmutableArray<Transfer>, ImmutableArray<Transfer>> change) => With(a => a with { Transfers = change(a.Transfers) });

    /// <summary>Changes the security terms.</summary>
    public AgreementBuilder Security(Func<SecurityTerms, SecurityTerms> change) => With(a => a with { Security = Apply(change, a.Security) });

    /// <summary>Changes the breach terms.</summary>
    public AgreementBuilder Breach(Func<BreachTerms, BreachTerms> change) => With(a => a with { Breach = Apply(change, a.Breach) });

    /// <summary>Changes the audit terms.</summary>
    public AgreementBuilder Audits(Func<AuditTerms, AuditTerms> change) => With(a => a with { Audits = Apply(change, a.Audits) });

    /// <summary>Changes the liability terms.</summary>
    public AgreementBuilder Liability(Func<LiabilityTerms, LiabilityTerms> change) => With(a => a with { Liability = Apply(change, a.Liability) });

    /// <summary>Changes the end-of-processing terms.</summary>
    public AgreementBuilder EndOfProcessing(Func<EndOfProcessingTerms, EndOfProcessingTerms> change) =>
        With(a => a with { EndOfProcessing = Apply(change, a.EndOfProcessing) });

    /// <summary>Changes the backup terms (part of the end-of-processing terms).</summary>
    public AgreementBuilder Backups(Func<BackupTerms, BackupTerms> change) =>
        EndOfProcessing(e => e with { Backups = Apply(change, e.Backups) });

    /// <summary>Changes the amendment terms.</summary>
    public AgreementBuilder Amendments(Func<AmendmentTerms, AmendmentTerms> change) => With(a => a with { Amendments = Apply(change, a.Amendments) });

    /// <summary>Gets the agreement.</summary>
    public ProcessingAgreement Build() => _agreement;

    /// <summary>Gets the agreement of <paramref name="builder"/>.</summary>
    public static implicit operator ProcessingAgreement(AgreementBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder._agreement;
    }

    private static T Apply<T>(Func<T, T> change, T value)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change(value) ?? throw new ArgumentException("The change returned null; return the changed value.", nameof(change));
    }
}
