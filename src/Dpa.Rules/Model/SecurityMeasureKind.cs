namespace Dpa.Rules.Model;

/// <summary>A category of technical or organisational security measure; each maps to a point of GDPR Art. 32(1).</summary>
public enum SecurityMeasureKind
{
    /// <summary>Encryption in transit or at rest (Art. 32(1)(a)).</summary>
    Encryption = 0,

    /// <summary>Pseudonymisation (Art. 32(1)(a)).</summary>
    Pseudonymisation = 1,

    /// <summary>Access control, authentication, least privilege (Art. 32(1)(b)).</summary>
    AccessControl = 2,

    /// <summary>Network security: firewalls, WAF, IDS/IPS, VPN (Art. 32(1)(b)).</summary>
    NetworkSecurity = 3,

    /// <summary>Monitoring, logging, SIEM (Art. 32(1)(b)).</summary>
    Monitoring = 4,

    /// <summary>Physical security of premises and data centres (Art. 32(1)(b)).</summary>
    PhysicalSecurity = 5,

    /// <summary>Redundancy and availability measures (Art. 32(1)(b)).</summary>
    Availability = 6,

    /// <summary>Backups (Art. 32(1)(c)).</summary>
    Backup = 7,

    /// <summary>Restoration and disaster recovery, RPO/RTO (Art. 32(1)(c)).</summary>
    Restoration = 8,

    /// <summary>Regular testing and evaluation: penetration tests, scans, audits (Art. 32(1)(d)).</summary>
    Testing = 9,

    /// <summary>Organisational measures: policies, training, screening (Art. 32(1)(b)).</summary>
    Organisational = 10,

    /// <summary>Anything else.</summary>
    Other = 11,
}
