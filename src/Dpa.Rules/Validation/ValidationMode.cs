namespace Dpa.Rules.Validation;

/// <summary>Which status the rules judge an agreement in.</summary>
public enum ValidationMode
{
    /// <summary>The agreement's own status (<c>document.status</c>): a template relaxes placeholder rules, an executed agreement does not.</summary>
    FromStatus = 0,

    /// <summary>As a template, whatever its status: placeholders are expected and reported at most as information.</summary>
    Template = 1,

    /// <summary>As an executed agreement, whatever its status: for checking a draft as if it were about to be signed.</summary>
    Executed = 2,
}
