using System.Collections.Immutable;
using NodaTime;

namespace Dpa.Rules.Time;

/// <content>The Royal Decree days (Algemene termijnenwet Art. 3(3)): versioned data, each day with the decree that equates it.</content>
public sealed partial class NetherlandsHolidayCalendar
{
    // Atw Art. 3(3): the decree is made public in the Staatscourant (Stcrt.), not the Staatsblad (the 2017-2019 decree,
    // wetten.overheid.nl BWBR0038666, says so in its own text). The decrees equate days of three years at a time; each is
    // cited by its title, which names every day it equates. The titles below are quoted by
    // a secondary source (sterfgeval.nl, mr W.G.H.M. van der Putten, 4 October 2025) and the days agree with them one for
    // one; the Staatscourant publications (year, number) were not found in the stored sources, so Publication is null and
    // DecreeDataStatus says "to confirm". Never fill in a day or a publication that was not read in a source.
    private const string DecreeFor2023To2025 =
        "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag";

    private const string DecreeFor2026To2028 =
        "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag";

    private const string DayAfterAscension = "Day after Ascension Day (equated by Royal Decree)";

    // The data lives in a nested type so that its initialisation does not depend on the order of this type's partial files.
    private static class DecreeTable
    {
        // Extend this array, DecreeDataFirstYear and DecreeDataThroughYear together: every year of the range needs its decree.
        public static readonly DecreeDay[] Records =
        [
            DecreeDay.Of(2023, 4, 28, "Day after King's Day (equated by Royal Decree)", "Dag na Koningsdag", DecreeFor2023To2025),
            DecreeDay.Of(2023, 5, 19, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2023To2025),
            DecreeDay.Of(2024, 5, 10, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2023To2025),
            DecreeDay.Of(2024, 12, 27, "Day after Boxing Day (equated by Royal Decree)", "Dag na tweede kerstdag", DecreeFor2023To2025),
            DecreeDay.Of(2025, 5, 30, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2023To2025),
            DecreeDay.Of(2026, 1, 2, "Day after New Year's Day (equated by Royal Decree)", "Dag na nieuwjaarsdag", DecreeFor2026To2028),
            DecreeDay.Of(2026, 5, 15, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2026To2028),
            DecreeDay.Of(2027, 5, 7, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2026To2028),
            DecreeDay.Of(2028, 4, 28, "Day after King's Day (equated by Royal Decree)", "Dag na Koningsdag", DecreeFor2026To2028),
            DecreeDay.Of(2028, 5, 26, DayAfterAscension, "Dag na Hemelvaartsdag", DecreeFor2026To2028),
        ];

        public static readonly Holiday[] Days = Array.ConvertAll(Records, d => d.Holiday);

        // The decree dates as yyyymmdd numbers: comparing integers keeps the lookup to a few nanoseconds.
        public static readonly int[] Keys = Array.ConvertAll(Days, h => Key(h.Date.Year, h.Date.Month, h.Date.Day));
    }

    /// <summary>Gets the first year for which this version of the library records Royal Decree days (Art. 3(3)).</summary>
    /// <remarks><para>With <see cref="DecreeDataThroughYear"/> it bounds the sourced range: for each year from this one
    /// through that one the decree is known and its days are included. For earlier years the calendar holds no decree data
    /// (the Art. 3(1)–(2) holidays are rules and hold for every year): <see cref="CompleteFrom"/> is 1 January of this year,
    /// and a deadline whose counting looks at earlier days says so in its explanation.</para></remarks>
    public static int DecreeDataFirstYear => 2023;

    /// <summary>Gets the last year for which this version of the library records Royal Decree days (Art. 3(3)).</summary>
    /// <remarks><para>A property rather than a constant: the data grows with new decrees from one release to the next.</para></remarks>
    public static int DecreeDataThroughYear => 2028;

    /// <summary>Gets the status of the recorded Royal Decree days, as the project's legal research records it.</summary>
    public static string DecreeDataStatus =>
        "to confirm: the days of 2023-2028 are those named in the titles of their decrees (Besluit gelijkstelling ... met een "
        + "algemeen erkende feestdag, for 2023-2025 and for 2026-2028), quoted by a secondary source; the decrees' "
        + "Staatscourant publications were not found in the stored sources";

    /// <summary>Gets every recorded decree day with the decree it comes from, in date order.</summary>
    internal static ImmutableArray<DecreeDay> DecreeSources { get; } = ImmutableArray.Create(DecreeTable.Records);

    /// <summary>A day equated by Royal Decree (Algemene termijnenwet Art. 3(3)) and its source.</summary>
    /// <param name="Holiday">The day as the calendar reports it.</param>
    /// <param name="Decree">The title of the decree that equates it.</param>
    /// <param name="Publication">Where the decree was published, e.g. <c>Stcrt. 2022, 12345</c>; <see langword="null"/>
    /// while the publication has not been found.</param>
    internal readonly record struct DecreeDay(Holiday Holiday, string Decree, string? Publication)
    {
        public static DecreeDay Of(int year, int month, int day, string name, string localName, string decree) =>
            new(new Holiday(new LocalDate(year, month, day), name, localName, HolidayKind.Decree), decree, null);
    }
}
