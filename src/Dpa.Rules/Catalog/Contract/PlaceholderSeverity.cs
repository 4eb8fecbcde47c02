using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Catalog.Contract;

/// <summary>The severity of a placeholder finding by the agreement's status: a template is meant to have blanks, an executed agreement must not.</summary>
internal static class PlaceholderSeverity
{
    /// <summary>Gets Error for an executed agreement, Warning for a draft (the blanks must be filled before signing), Info for a template.</summary>
    /// <param name="status">The agreement's status.</param>
    public static RuleSeverity For(AgreementStatus status) => status switch
    {
        AgreementStatus.Executed => RuleSeverity.Error,
        AgreementStatus.Draft => RuleSeverity.Warning,
        _ => RuleSeverity.Info,
    };
}
