namespace Dpa.Rules.Model;

/// <summary>The life-cycle status of the agreement document.</summary>
/// <remarks><para>Validating a <see cref="Template"/> relaxes the placeholder rules: a template is meant to have blanks.</para></remarks>
public enum AgreementStatus
{
    /// <summary>A model or standard text with blanks to fill in; not yet agreed with a particular controller.</summary>
    Template = 0,

    /// <summary>A negotiated text not yet signed.</summary>
    Draft = 1,

    /// <summary>Agreed and binding between identified parties.</summary>
    Executed = 2,
}
