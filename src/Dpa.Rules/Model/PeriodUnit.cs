namespace Dpa.Rules.Model;

/// <summary>The single unit of a <see cref="ContractualPeriod"/>.</summary>
/// <remarks>
/// <para>Months and days are counted differently by every counting convention (EU Regulation 1182/71 Art. 3(2);
/// Algemene termijnenwet Art. 4), which is why a period never mixes units.</para>
/// </remarks>
public enum PeriodUnit
{
    /// <summary>Hours: elapsed time on the time line (ISO-8601 <c>PTnH</c>).</summary>
    Hours = 1,

    /// <summary>Calendar days (ISO-8601 <c>PnD</c>).</summary>
    Days = 2,

    /// <summary>Weeks of seven days (ISO-8601 <c>PnW</c>).</summary>
    Weeks = 3,

    /// <summary>Calendar months (ISO-8601 <c>PnM</c>).</summary>
    Months = 4,

    /// <summary>Calendar years (ISO-8601 <c>PnY</c>).</summary>
    Years = 5,
}
