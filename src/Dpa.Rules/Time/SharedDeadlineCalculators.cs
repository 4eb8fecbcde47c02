using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>One <see cref="DeadlineCalculator"/> per holiday calendar and zone, shared by the validator, the rules and the
/// schedules, so that their caches stay warm across calls.</summary>
/// <remarks><para>Keyed weakly by the calendar instance (a host's calendar is released with the host's last reference) and
/// by zone. Thread-safe; two threads racing for a new zone may both build a calculator, and one of them is kept.</para></remarks>
internal static class SharedDeadlineCalculators
{
    private static readonly ConditionalWeakTable<IHolidayCalendar, ConcurrentDictionary<DateTimeZone, DeadlineCalculator>> ByCalendar = [];

    /// <summary>Gets the shared calculator of <paramref name="zone"/> and <paramref name="holidays"/>.</summary>
    public static DeadlineCalculator Get(DateTimeZone zone, IHolidayCalendar holidays)
    {
        if (ReferenceEquals(zone, DeadlineCalculator.Netherlands.Zone) && ReferenceEquals(holidays, DeadlineCalculator.Netherlands.Holidays))
        {
            return DeadlineCalculator.Netherlands;
        }

        var byZone = ByCalendar.GetValue(holidays, static _ => new ConcurrentDictionary<DateTimeZone, DeadlineCalculator>());
        return byZone.TryGetValue(zone, out var calculator)
            ? calculator
            : byZone.GetOrAdd(zone, static (z, calendar) => new DeadlineCalculator(z, calendar), holidays);
    }
}
