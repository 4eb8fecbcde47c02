namespace Dpa.Rules.Catalog.Transfers;

/// <summary>How far the project's legal research has verified an entry of the adequacy data (legal.md "confirmed" / "to confirm").</summary>
internal enum AdequacyDataStatus
{
    /// <summary>Decision number, date of adoption or CELEX id not yet read in the Official Journal (EUR-Lex) or a faithful
    /// reproduction of it; the entry's comment says which part is missing.</summary>
    ToConfirm = 0,

    /// <summary>Decision number, date of adoption and CELEX id read in the Official Journal as published on EUR-Lex, or in a
    /// faithful reproduction of it that gives the CELEX id.</summary>
    Confirmed = 1,
}
