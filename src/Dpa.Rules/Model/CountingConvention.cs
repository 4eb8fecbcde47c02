namespace Dpa.Rules.Model;

/// <summary>A named, explicit rule set for counting a contractual period from an event.</summary>
/// <remarks>
/// <para>No statute governs how a contract's "one month" or "60 days" is counted: EU Regulation 1182/71 binds acts of the
/// Council and Commission and the Dutch Algemene termijnenwet binds statutory periods. The convention is therefore
/// always chosen explicitly; <see cref="Contract"/> is the default and follows the ordinary reading.</para>
/// </remarks>
public enum CountingConvention
{
    /// <summary>The ordinary contractual reading (JSON <c>contract</c>): the event day is not counted, months end on the same
    /// date or the month's last day, no weekend or holiday roll, hours are exact elapsed time.</summary>
    Contract = 0,

    /// <summary>EU Regulation (EEC, Euratom) No 1182/71, Art. 3 (JSON <c>eu-1182-71</c>): counting starts at the next hour or
    /// day, a last day on a weekend or public holiday rolls to the next working day, and a period of two days or more
    /// contains at least two working days.</summary>
    Eu118271 = 1,

    /// <summary>The Dutch Algemene termijnenwet (JSON <c>nl-atw</c>): a period ending on a Saturday, Sunday or recognised
    /// holiday is extended to the next working day (Art. 1), a period of three days or more contains two working days
    /// (Art. 2), with the exclusions of Art. 4 (hours, years, more than 90 days, twelve weeks or three months).</summary>
    NlAtw = 2,
}
