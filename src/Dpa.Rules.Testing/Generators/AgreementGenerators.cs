using Dpa.Rules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Dpa.Rules.Testing;

/// <summary>FsCheck generators for the whole agreement model: realistic values mixed with edge cases.</summary>
/// <remarks>
/// <para>Every enum member, every period unit (with counts 0 and the maximum), placeholders (including the empty one),
/// dates from year 1 to 9999, non-ASCII and escaped text, and empty, short and long collections all occur. Sizes stay modest
/// (collections mostly 0–3 elements, now and then 8) so properties over whole agreements run in well under a second per 100 cases.</para>
/// <para>Use <see cref="Agreement"/> with <c>Prop.ForAll(AgreementGenerators.Agreement.ToArbitrary(), ...)</c>, or register
/// <see cref="AgreementArbitraries"/> with <c>[Property(Arbitrary = [typeof(AgreementArbitraries)])]</c>.</para>
/// </remarks>
public static partial class AgreementGenerators
{
    private static readonly string[] StatedTexts =
    [
        "Verwerker B.V.",
        "Stichting Zorg & Welzijn",
        "Gemeente 's-Hertogenbosch",
        "het verwerken van persoonsgegevens ten behoeve van de salarisadministratie",
        "Zoë's Café — Ålesund",
        "数据处理协议",
        "emoji 🙂 in a name",
        "a \"quoted\" name with a back\\slash",
        "two\nlines",
        "  leading and trailing spaces  ",
        "KvK 12345678",
        "privacy@example.nl",
        "+31 (0)20 123 4567",
        "https://example.com/subprocessors",
        "ISO/IEC 27001:2022",
    ];

    private static readonly string[] PlaceholderTexts = ["[NAAM]", "<bedrijfsnaam>", "", "…", "[datum]", "________"];

    private static readonly string[] CountryCodes = ["NL", "BE", "DE", "FR", "IE", "US", "GB", "CH", "IN", "EL", "JP"];

    private static readonly string[] ZoneIds = ["Europe/Amsterdam", "Europe/Brussels", "UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"];

    /// <summary>Gets stated text: realistic Dutch values, non-ASCII, characters JSON must escape, and now and then a long text.</summary>
    public static Gen<string> StatedText => Gen.Frequency(
        (12, Gen.Elements(StatedTexts)),
        (3, Gen.Choose(1, 40).Select(n => "tekst " + new string('a', n))),
        (1, Gen.Choose(200, 600).Select(n => new string('é', n))));

    /// <summary>Gets a stated value or a placeholder (about one in four).</summary>
    public static Gen<TextValue> Text => Gen.Frequency(
        (3, StatedText.Select(TextValue.Stated)),
        (1, Gen.Elements(PlaceholderTexts).Select(TextValue.Placeholder)));

    /// <summary>Gets a period of any unit; counts 0 and the unit's maximum are frequent.</summary>
    public static Gen<ContractualPeriod> Period =>
        from unit in Gen.Elements(System.Enum.GetValues<PeriodUnit>())
        from count in Gen.Frequency(
            (1, Gen.Constant(0)),
            (1, Gen.Constant(ContractualPeriod.MaxCount(unit))),
            (6, Gen.Choose(1, Math.Min(100, ContractualPeriod.MaxCount(unit)))),
            (2, Gen.Choose(0, ContractualPeriod.MaxCount(unit))))
        select ContractualPeriod.Of(count, unit);

    /// <summary>Gets a valid ISO date: mostly 1990–2100, sometimes any year from 1 to 9999.</summary>
    public static Gen<LocalDate> Date =>
        from year in Gen.Frequency((8, Gen.Choose(1990, 2100)), (1, Gen.Elements(1, 9999, 1900, 2000)), (1, Gen.Choose(1, 9999)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month))
        select new LocalDate(year, month, day);

    /// <summary>Gets a TZDB zone.</summary>
    public static Gen<DateTimeZone> Zone => Gen.Elements(ZoneIds).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>Gets a country code: common ones, or any two upper-case letters.</summary>
    public static Gen<CountryCode> Country => Gen.Frequency(
        (4, Gen.Elements(CountryCodes)),
        (1, Gen.Two(Gen.Choose('A', 'Z')).Select(t => new string([(char)t.Item1, (char)t.Item2]))))
        .Select(CountryCode.Parse);

    /// <summary>Gets an amount of money, with and without cents.</summary>
    public static Gen<Money> Money =>
        from amount in Gen.Frequency((1, Gen.Constant(0m)), (4, Gen.Choose(1, 10_000_000).Select(n => (decimal)n)), (2, Gen.Choose(0, 99_999_999).Select(n => n / 100m)))
        from currency in Gen.Elements("EUR", "USD", "GBP", "CHF")
        select new Money(amount, currency);

    /// <summary>Gets any member of <typeparamref name="TEnum"/>.</summary>
    public static Gen<TEnum> Enum<TEnum>()
        where TEnum : struct, System.Enum => Gen.Elements(System.Enum.GetValues<TEnum>());

    /// <summary>Gets a period with the event it runs from.</summary>
    public static Gen<EndOfLifePeriod> EndOfLifePeriod =>
        from period in Period
        from trigger in Enum<EndOfLifeTrigger>()
        select new EndOfLifePeriod { Period = period, From = trigger };
}
