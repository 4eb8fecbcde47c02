namespace Dpa.Rules.Model;

/// <summary>What a contact person is for.</summary>
public enum ContactRole
{
    /// <summary>General contact for the agreement.</summary>
    General = 0,

    /// <summary>Privacy or data-protection contact.</summary>
    Privacy = 1,

    /// <summary>The point of contact for personal data breach notifications (SCC 2021/915 Clause 9.2).</summary>
    Breach = 2,

    /// <summary>The data protection officer (GDPR Art. 37).</summary>
    DataProtectionOfficer = 3,

    /// <summary>The person who signs or represents the party.</summary>
    Representative = 4,
}
