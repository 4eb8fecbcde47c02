namespace Dpa.Rules.Model;

/// <summary>A transfer, or a stated exception allowing transfers, outside the EEA (GDPR Arts. 44–49).</summary>
public sealed record Transfer
{
    /// <summary>Gets the clauses of the contract that this object's facts come from.</summary>
    /// <value><see cref="ClauseReferences.None"/> when it cites none (also when set to <see langword="null"/>).</value>
    public ClauseReferences Clauses { get; init => field = value ?? ClauseReferences.None; } = ClauseReferences.None;

    /// <summary>Gets the destination country; <see langword="null"/> when the agreement leaves it open.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public CountryCode? Destination { get; init; }

    /// <summary>Gets the recipient.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Recipient { get; init; }

    /// <summary>Gets what is transferred or why (e.g. domain name and SSL certificate registration).</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TextValue? Scope { get; init; }

    /// <summary>Gets the Chapter V basis.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public TransferSafeguard? Safeguard { get; init; }

    /// <summary>Gets whether the agreement limits the transfer to occasional cases that do not recur (GDPR Art. 49(1), second
    /// subparagraph; Recital 111): what a derogation of Art. 49 is for.</summary>
    /// <value><see langword="null"/> when the agreement does not say.</value>
    public bool? Occasional { get; init; }
}
