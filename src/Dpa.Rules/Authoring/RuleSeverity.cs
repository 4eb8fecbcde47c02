namespace Dpa.Rules.Authoring;

/// <summary>How serious a finding is; <see cref="None"/> disables a rule when used as an override.</summary>
public enum RuleSeverity
{
    /// <summary>Disabled: the rule does not report (only meaningful as a configured override).</summary>
    None = 0,

    /// <summary>Information: a suggestion or a fact worth knowing.</summary>
    Info = 1,

    /// <summary>Below the SCC 2021/915 or EDPB standard, or a risk a reviewer would raise.</summary>
    Warning = 2,

    /// <summary>The legal minimum is missing or contradicted.</summary>
    Error = 3,
}
