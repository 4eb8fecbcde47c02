using NodaTime;

namespace Dpa.Rules.Model;

/// <summary>A certification relied on for security, such as ISO/IEC 27001.</summary>
public sealed record Certification
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the standard (e.g. <c>ISO/IEC 27001</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required TextValue Standard { get; init => field = value ?? throw new ArgumentNullException(nameof(Standard)); }

    /// <summary>Gets who holds it when not the processor (e.g. a data centre).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Holder { get; init; }

    /// <summary>Gets the date of issue of the current certificate.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>Gets the end of validity of the current certificate.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? ValidUntil { get; init; }

    /// <summary>Gets the agreed maximum age of the certificate shown (e.g. <c>P12M</c>).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? MaximumAge { get; init; }

    /// <summary>Gets how often the certification is audited.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public ContractualPeriod? AuditInterval { get; init; }
}
