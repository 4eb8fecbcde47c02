namespace Dpa.Rules.Model;

/// <summary>What an audit may examine (GDPR Art. 28(3)(h): audits of compliance with the obligations of Art. 28).</summary>
public enum AuditScope
{
    /// <summary>Compliance with the agreement and the processor's data-protection obligations as a whole.</summary>
    Compliance = 0,

    /// <summary>Only the security measures.</summary>
    SecurityMeasuresOnly = 1,

    /// <summary>Only the processor's records or administration ("administratie"): no systems, processes or premises.</summary>
    RecordsOnly = 2,
}
