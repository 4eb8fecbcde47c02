using System.Collections.Immutable;
using Dpa.Rules.Utility;

namespace Dpa.Rules.Model;

/// <summary>A party: legal name, registration, country and contacts.</summary>
public sealed record Party
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the legal name, or a placeholder such as <c>[NAAM]</c>.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Name { get; init; }

    /// <summary>Gets a trade name used in the agreement.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? TradeName { get; init; }

    /// <summary>Gets the registration number, e.g. the Dutch KvK number.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Registration { get; init; }

    /// <summary>Gets the country of establishment.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountryCode? Country { get; init; }

    /// <summary>Gets the blank country field as written (e.g. <c>[LAND]</c>) when no country is filled in: a blank is recorded
    /// as such, never guessed.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? CountryPlaceholder { get; init; }

    /// <summary>Gets the address or seat.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Address { get; init; }

    /// <summary>Gets the person representing the party.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Representative { get; init; }

    /// <summary>Gets how the party is identified when not by name (e.g. "the company named on its subscription page").</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? IdentifiedBy { get; init; }

    /// <summary>Gets the contact persons.</summary>
    /// <value>Empty when the agreement states none.</value>
    public ImmutableArray<Contact> Contacts
    {
        get => _contacts.Items;
        init => _contacts = new(value, nameof(Contacts));
    }

    private readonly EquatableArray<Contact> _contacts;
}
