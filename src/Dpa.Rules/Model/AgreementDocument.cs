using System.Collections.Immutable;
using Dpa.Rules.Utility;
using NodaTime;

namespace Dpa.Rules.Model;

/// <summary>The facts about the agreement as a document: title, version, status, dates, law and the zone for its deadlines.</summary>
public sealed record AgreementDocument
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the title as written.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Title { get; init; }

    /// <summary>Gets the version label (e.g. <c>2.0</c>).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Version { get; init; }

    /// <summary>Gets the life-cycle status; a template may contain placeholders.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required AgreementStatus Status { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets how the agreement is recorded (Art. 28(9)).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AgreementForm? Form { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets how the agreement was accepted: signed, signed electronically, clicked through, with the main agreement
    /// (Art. 28(9): in writing, including in electronic form).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public AcceptanceMethod? Acceptance { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the date from which the agreement applies, where it states one.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? EffectiveFrom { get; init; }

    /// <summary>Gets the event on which the agreement takes effect, where it names one instead of a date (the last signature).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public EffectiveEvent? EffectiveUpon { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the date the agreement was signed or dated.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? DateSigned { get; init; }

    /// <summary>Gets the date the main agreement actually ended, when known; deadlines are computed from it.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public LocalDate? EndedOn { get; init; }

    /// <summary>Gets the country whose law governs the agreement (Art. 28(3): Union or member-state law).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountryCode? GoverningLaw { get; init; }

    /// <summary>Gets the blank governing-law field as written (e.g. <c>[lidstaat]</c>) when no country is filled in: a blank
    /// is recorded as such, never guessed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? GoverningLawPlaceholder { get; init; }

    /// <summary>Gets the competent court as written.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Forum { get; init; }

    /// <summary>Gets the time zone in which the agreement's deadlines are counted.</summary>
    /// <value><see cref="DefaultTimeZone"/> when left out or set to <see langword="null"/>; never <see langword="null"/>.</value>
    public DateTimeZone TimeZone { get; init => field = value ?? DefaultTimeZone; } = DefaultTimeZone;

    /// <summary>Gets the main (service) agreement this agreement belongs to, as identified in it.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? MainAgreement { get; init; }

    /// <summary>Gets whether the agreement prevails over the main agreement on data protection (SCC 2021/915 Clause 4).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? PrevailsOverMainAgreement { get; init; }

    /// <summary>Gets the counting convention the agreement states for its periods.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountingConvention? CountingConvention { get; init => field = Preconditions.CheckDefined(value); }

    /// <summary>Gets the signature blocks, filled in or blank.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<Signature> Signatures
    {
        get => _signatures.Items;
        init => _signatures = new(value, nameof(Signatures));
    }

    /// <summary>Gets the default zone for deadlines: <c>Europe/Amsterdam</c>.</summary>
    public static DateTimeZone DefaultTimeZone { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private readonly EquatableArray<Signature> _signatures;
}
