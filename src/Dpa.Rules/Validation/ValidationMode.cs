namespace Dpa.Rules.Validation;

/// <summary>Which status the rules judge an agreement in.</summary>
/// <remarks><para>A forced mode replaces <c>document.status</c> in the agreement the rules see (a copy; the caller's agreement
/// is unchanged), so every rule applies it, whether it reads <see cref="Authoring.RuleContext.Status"/> or the document.</para></remarks>
public enum ValidationMode
{
    /// <summary>The agreement's own status (<c>document.status</c>): a template relaxes placeholder rules, an executed agreement does not.</summary>
    FromStatus = 0,

    /// <summary>As a template, whatever its status: placeholders are expected and reported at most as information.</summary>
    Template = 1,

    /// <summary>As an executed agreement, whatever its status: for checking a draft as if it were about to be signed.</summary>
    Executed = 2,
}
