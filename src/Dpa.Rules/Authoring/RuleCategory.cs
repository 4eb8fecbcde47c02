namespace Dpa.Rules.Authoring;

/// <summary>The category of a rule; its number is the first digit of the rule's id (<c>DPA4xxx</c> is <see cref="SubProcessors"/>).</summary>
public enum RuleCategory
{
    /// <summary><c>DPA0xxx</c>: the engine itself — rule failures, configuration, suppressions.</summary>
    Engine = 0,

    /// <summary><c>DPA1xxx</c>: the contract — form, parties, status, law, precedence, amendments, liability, termination.</summary>
    Contract = 1,

    /// <summary><c>DPA2xxx</c>: the description of the processing (GDPR Art. 28(3) intro).</summary>
    Processing = 2,

    /// <summary><c>DPA3xxx</c>: instructions, confidentiality and assistance (Art. 28(3)(a), (b), (e), (f)).</summary>
    Instructions = 3,

    /// <summary><c>DPA4xxx</c>: sub-processors (Art. 28(2), 28(3)(d), 28(4)).</summary>
    SubProcessors = 4,

    /// <summary><c>DPA5xxx</c>: international transfers (Chapter V).</summary>
    Transfers = 5,

    /// <summary><c>DPA6xxx</c>: security (Art. 28(3)(c), Art. 32).</summary>
    Security = 6,

    /// <summary><c>DPA7xxx</c>: personal data breaches (Art. 33; SCC 2021/915 Clause 9).</summary>
    Breaches = 7,

    /// <summary><c>DPA8xxx</c>: audits and compliance information (Art. 28(3)(h); SCC 2021/915 Clause 7.6).</summary>
    Audits = 8,

    /// <summary><c>DPA9xxx</c>: end of processing — return, deletion, retention, backups (Art. 28(3)(g); SCC 2021/915 Clause 10).</summary>
    EndOfProcessing = 9,
}
