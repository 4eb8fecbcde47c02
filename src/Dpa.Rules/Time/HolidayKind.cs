namespace Dpa.Rules.Time;

/// <summary>Why a day counts as a public holiday.</summary>
/// <remarks>
/// <para>The kinds follow the structure of the Dutch Algemene termijnenwet Art. 3: paragraph 1 lists the generally
/// recognised holidays, paragraph 2 equates Good Friday with them, and paragraph 3 lets a Royal Decree equate further days.</para>
/// </remarks>
public enum HolidayKind
{
    /// <summary>A holiday named by statute (Algemene termijnenwet Art. 3(1)).</summary>
    Statutory = 1,

    /// <summary>A day the statute itself equates with the holidays (Algemene termijnenwet Art. 3(2): Good Friday).</summary>
    Equated = 2,

    /// <summary>A day equated with the holidays by Royal Decree (Algemene termijnenwet Art. 3(3)); data, not a formula.</summary>
    Decree = 3,
}
