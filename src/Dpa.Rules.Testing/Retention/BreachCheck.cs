using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;
using NodaTime.Text;

namespace Dpa.Rules.Testing;

/// <summary>The breach-notice part of <see cref="RetentionPolicy"/>: a sample breach the processor learns of at noon on the
/// day the main agreement ends.</summary>
internal static class BreachCheck
{
    public static void Verify(
        ProcessingAgreement agreement,
        LocalDate endedOn,
        IHolidayCalendar holidays,
        ContractualPeriod within,
        System.Collections.Immutable.ImmutableArray<string>.Builder violations)
    {
        var zone = agreement.Document.TimeZone;
        var awareAt = zone.AtLeniently(endedOn.At(new LocalTime(12, 0))).ToInstant();
        var limit = new DeadlineCalculator(zone, holidays).Compute(awareAt, within, CountingConvention.Contract);
        var requirement = $"A breach notified within {within} of the processor becoming aware (aware at {InstantPattern.General.Format(awareAt)}: by {InstantPattern.General.Format(limit.ExpiresAt)})";
        var timeline = BreachTimeline.Compute(agreement, awareAt, holidays);
        if (timeline.ProcessorDeadline is not { } processor)
        {
            violations.Add(requirement + ": the agreement states no period for the processor's notice (only the GDPR's \"without undue delay\", or nothing).");
        }
        else if (agreement.Breach.Trigger is BreachTrigger.Confirmation or BreachTrigger.AfterInvestigation)
        {
            violations.Add(requirement + $": the agreement's period runs from {(agreement.Breach.Trigger == BreachTrigger.Confirmation ? "confirmation of the breach" : "the processor's investigation")}, later than awareness.");
        }
        else if (processor.ExpiresAt > limit.ExpiresAt)
        {
            violations.Add(requirement + $": the agreement allows until {InstantPattern.General.Format(processor.ExpiresAt)}.\nHow that was counted:\n  " + string.Join("\n  ", timeline.Steps));
        }
    }
}
