using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Catalog.Transfers;

/// <summary>An adequacy decision of the European Commission under GDPR Art. 45, as dated law data.</summary>
/// <param name="Country">The country it covers.</param>
/// <param name="Decision">The decision, e.g. <c>Implementing Decision (EU) 2023/1795</c>.</param>
/// <param name="InForceFrom">The first day it applies.</param>
/// <param name="Until">The last day it applies; <see langword="null"/> when it has no end date.</param>
/// <param name="Scope">Which recipients in the country it covers.</param>
internal sealed record AdequacyDecision(CountryCode Country, string Decision, LocalDate InForceFrom, LocalDate? Until, AdequacyScope Scope)
{
    /// <summary>Gets whether the decision applies on <paramref name="date"/>.</summary>
    /// <param name="date">The day.</param>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (Until is not { } until || date <= until);
}
