using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Time;

/// <summary>The deadlines that start when the processor becomes aware of a personal data breach.</summary>
/// <remarks>
/// <para>GDPR Art. 33(2): the processor notifies the controller without undue delay; the GDPR sets no hour figure, the
/// agreement's breach clause may (<see cref="BreachTerms.Deadline"/>). Art. 33(1): the controller notifies the supervisory
/// authority, where feasible, not later than 72 hours after having become aware. The timeline counts the controller's
/// 72 hours from the processor's awareness: the conservative reading (the controller may be deemed aware only once
/// informed, which is never earlier). Hours are elapsed time from the instant itself, never later than the strict
/// Regulation 1182/71 reading (next full hour); the processor's period uses the agreement's convention.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BreachTimeline
{
    /// <summary>Gets the controller's notification period of GDPR Art. 33(1): 72 hours.</summary>
    public static ContractualPeriod ControllerPeriod { get; } = ContractualPeriod.FromHours(72);

    private BreachTimeline(Instant awareAt, Deadline? processorDeadline, Deadline controllerDeadline, ImmutableArray<string> steps)
    {
        AwareAt = awareAt;
        ProcessorDeadline = processorDeadline;
        ControllerDeadline = controllerDeadline;
        Steps = steps;
    }

    /// <summary>Gets the instant the processor became aware of the breach.</summary>
    public Instant AwareAt { get; }

    /// <summary>Gets the processor's deadline to notify the controller, or <see langword="null"/> when the agreement states no period.</summary>
    public Deadline? ProcessorDeadline { get; }

    /// <summary>Gets the controller's deadline to notify the supervisory authority (GDPR Art. 33(1), 72 hours).</summary>
    public Deadline ControllerDeadline { get; }

    /// <summary>Gets the time the controller has left once the processor's deadline passes; negative when the processor's deadline
    /// is after the controller's, <see langword="null"/> when the agreement states no processor period.</summary>
    public Duration? ControllerTimeLeft => ProcessorDeadline is { } processor ? ControllerDeadline.ExpiresAt - processor.ExpiresAt : null;

    /// <summary>Gets the explanation: the processor's deadline, the controller's deadline and what is left, each with its basis.</summary>
    public ImmutableArray<string> Steps { get; }

    /// <summary>Computes the timeline of <paramref name="agreement"/> for a breach the processor became aware of at <paramref name="awareAt"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="awareAt">The instant of awareness.</param>
    /// <param name="holidays">The holiday calendar for conventions that roll; <see cref="NetherlandsHolidayCalendar.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A deadline falls after 9999-12-31, the end of the calendar.</exception>
    public static BreachTimeline Compute(ProcessingAgreement agreement, Instant awareAt, IHolidayCalendar? holidays = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var convention = EndOfLife.ConventionOf(agreement);
        var calculator = SharedDeadlineCalculators.Get(agreement.Document.TimeZone, holidays ?? NetherlandsHolidayCalendar.Default);
        var steps = ImmutableArray.CreateBuilder<string>();
        var breach = agreement.Breach;
        var aware = awareAt.InZone(calculator.Zone);
        steps.Add(Invariant($"Awareness: {TimeText.Format(awareAt)}, which is {TimeText.Format(aware)} in {calculator.Zone.Id}."));

        Deadline? processor = null;
        if (breach.Deadline is { } period)
        {
            processor = calculator.Compute(awareAt, period, convention);
            var trigger = breach.Trigger switch
            {
                BreachTrigger.Confirmation or BreachTrigger.AfterInvestigation =>
                    Invariant($" The clause runs from {(breach.Trigger == BreachTrigger.Confirmation ? "confirmation of the breach" : "the processor's investigation")}, which is later than awareness: this is the earliest the processor's deadline can be."),
                BreachTrigger.Occurrence =>
                    " The clause runs from the breach itself, which is no later than awareness: this is the latest the processor's deadline can be.",
                _ => string.Empty,
            };
            steps.Add(Invariant($"Processor's deadline (agreement $.breach.deadline, {period:O} under '{CountingConventionNames.GetName(convention)}'): {TimeText.Format(processor.Value.ExpiresAtLocal)}, which is {TimeText.Format(processor.Value.ExpiresAt)}.{trigger}"));
        }
        else
        {
            steps.Add("Processor's deadline: the agreement states no period, only the GDPR's \"without undue delay\" (Art. 33(2)); the notice may use up any part of the controller's 72 hours.");
        }

        var controller = calculator.Compute(awareAt, ControllerPeriod, CountingConvention.Contract);
        steps.Add(Invariant($"Controller's deadline (GDPR Art. 33(1), 72 hours after awareness, counted from the processor's awareness as the conservative reading): {TimeText.Format(controller.ExpiresAtLocal)}, which is {TimeText.Format(controller.ExpiresAt)}."));
        if (processor is { } p)
        {
            var left = controller.ExpiresAt - p.ExpiresAt;
            steps.Add(left >= Duration.Zero
                ? Invariant($"Time left to the controller once the processor's deadline passes: {Describe(left)}.")
                : Invariant($"The processor's deadline is {Describe(-left)} after the controller's: a notice on the processor's last moment leaves the controller no time within Art. 33(1)."));
        }

        return new BreachTimeline(awareAt, processor, controller, steps.ToImmutable());
    }

    private static string Describe(Duration duration)
    {
        var hours = (long)Math.Floor(duration.TotalHours);
        var minutes = (long)Math.Floor(duration.TotalMinutes) - (hours * 60);
        return minutes == 0 ? Invariant($"{hours} hours") : Invariant($"{hours} hours {minutes} minutes");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
