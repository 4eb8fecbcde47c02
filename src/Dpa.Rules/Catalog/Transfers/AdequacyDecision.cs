using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>An adequacy decision of the European Commission under GDPR Art. 45, as dated law data.</summary>
/// <param name="Country">The country it covers.</param>
/// <param name="Decision">The decision, e.g. <c>Implementing Decision (EU) 2023/1795</c>.</param>
/// <param name="Celex">Its CELEX id on EUR-Lex, e.g. <c>32023D1795</c>; <see langword="null"/> while it is not known.</param>
/// <param name="InForceFrom">The first day it applies (the date of adoption in this data).</param>
/// <param name="Until">The last day it applies; <see langword="null"/> when it has no end date.</param>
/// <param name="Scope">Which recipients in the country it covers.</param>
/// <param name="Status">Whether number, date and CELEX id are confirmed against the Official Journal.</param>
internal sealed record AdequacyDecision(
    CountryCode Country,
    string Decision,
    string? Celex,
    LocalDate InForceFrom,
    LocalDate? Until,
    AdequacyScope Scope,
    AdequacyDataStatus Status)
{
    /// <summary>Gets whether the decision applies on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (Until is not { } until || date <= until);
}
