namespace Dpa.Rules.Model;

/// <summary>What the processor returns at the end of the services (GDPR Art. 28(3)(g): "all the personal data").</summary>
public enum ReturnScope
{
    /// <summary>All the personal data.</summary>
    AllPersonalData = 0,

    /// <summary>Only part of the personal data, such as the documents the processor considers relevant.</summary>
    Partial = 1,
}
