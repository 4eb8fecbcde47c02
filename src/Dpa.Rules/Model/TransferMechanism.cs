namespace Dpa.Rules.Model;

/// <summary>The Chapter V basis for a transfer outside the EEA.</summary>
public enum TransferMechanism
{
    /// <summary>An adequacy decision (GDPR Art. 45).</summary>
    AdequacyDecision = 0,

    /// <summary>Standard contractual clauses of Decision (EU) 2021/914 (Art. 46(2)(c)).</summary>
    StandardContractualClauses = 1,

    /// <summary>Binding corporate rules (Art. 47).</summary>
    BindingCorporateRules = 2,

    /// <summary>A derogation for specific situations (Art. 49): occasional transfers only.</summary>
    Derogation = 3,

    /// <summary>An explicit statement that there is no basis.</summary>
    None = 4,
}
