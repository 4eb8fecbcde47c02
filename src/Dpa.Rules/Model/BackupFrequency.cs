namespace Dpa.Rules.Model;

/// <summary>How often a tier of backups is taken.</summary>
public enum BackupFrequency
{
    /// <summary>Hourly.</summary>
    Hourly = 0,

    /// <summary>Daily (nightly).</summary>
    Daily = 1,

    /// <summary>Weekly.</summary>
    Weekly = 2,

    /// <summary>Monthly.</summary>
    Monthly = 3,

    /// <summary>Yearly.</summary>
    Yearly = 4,

    /// <summary>Periodically, without a stated frequency.</summary>
    Periodic = 5,
}
