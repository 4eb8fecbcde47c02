using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Authoring;

/// <summary>What a rule sees besides the agreement — the evaluation date, thresholds, culture and the deadline engine — and
/// where it reports findings.</summary>
/// <remarks><para>The validation engine creates contexts and points one at each rule in turn; a rule only reads it and
/// reports to it. Not thread-safe; a rule must not keep it beyond <see cref="IAgreementRule.Evaluate"/>.</para></remarks>
public sealed partial class RuleContext
{
    private IHolidayCalendar _holidays = NetherlandsHolidayCalendar.Default;
    private DeadlineCalculator? _deadlines;

    /// <summary>Gets the agreement under evaluation.</summary>
    public ProcessingAgreement Agreement { get; private set; }

    /// <summary>Gets the evaluation date: certifications, suppressions and adequacy decisions are judged as of this day.</summary>
    public LocalDate AsOf { get; private set; }

    /// <summary>Gets the configurable thresholds.</summary>
    public RuleThresholds Thresholds { get; private set; }

    /// <summary>Gets the culture of messages.</summary>
    public CultureInfo Culture { get; private set; }

    /// <summary>Gets the status the agreement is judged in: its own, unless the validation options force template or executed mode.</summary>
    /// <remarks><para>When the options force a mode, the engine hands rules a copy of the agreement with that status, so this
    /// equals <c>Agreement.Document.Status</c>; a host can thus check a draft as if it were about to be signed.</para></remarks>
    public AgreementStatus Status { get; private set; }

    /// <summary>Gets whether the agreement is judged as a template, for which placeholder rules relax.</summary>
    public bool IsTemplate => Status == AgreementStatus.Template;

    /// <summary>Gets the end date to compute end-of-life deadlines from: the recorded end of the main agreement, else <see cref="AsOf"/>.</summary>
    public LocalDate SampleEndDate => Agreement.Document.EndedOn ?? AsOf;

    /// <summary>Gets the deadline engine for the agreement: its time zone and the validation's holiday calendar.</summary>
    /// <remarks><para>Rules count every period with it, so that a host's calendar (<c>ValidationOptions.HolidayCalendar</c>,
    /// or the container's <see cref="IHolidayCalendar"/>) changes the findings that depend on working days. The calculator
    /// is shared per zone and calendar, with its caches.</para></remarks>
    public DeadlineCalculator Deadlines
    {
        get
        {
            var zone = Agreement.Document.TimeZone;
            var deadlines = _deadlines;
            if (deadlines is null || !ReferenceEquals(deadlines.Zone, zone) || !ReferenceEquals(deadlines.Holidays, _holidays))
            {
                _deadlines = deadlines = SharedDeadlineCalculators.Get(zone, _holidays);
            }

            return deadlines;
        }
    }

    /// <summary>Gets the token that cancels the validation; a slow rule may observe it.</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>Reports a finding of the current rule at its default severity.</summary>
    /// <param name="path">The model path, e.g. <c>$.breach.deadline</c>.</param>
    /// <param name="messageArgs">The message's arguments: names of parties or sub-processors, periods, dates — never free text.
    /// The message is formatted in <see cref="Culture"/>, and so is every <see cref="IFormattable"/> argument: a
    /// <see cref="ContractualPeriod"/> reads "48 hours" in English and "48 uur" in Dutch.</param>
    public void Report(string path, params ReadOnlySpan<object?> messageArgs) =>
        Report(Current.DefaultSeverity, path, [], messageArgs);

    /// <summary>Reports a finding of the current rule at a severity the rule chooses (e.g. Info for a template).</summary>
    /// <param name="severity">The severity before configured overrides.</param>
    /// <param name="path">The model path.</param>
    /// <param name="messageArgs">The message's arguments.</param>
    public void Report(RuleSeverity severity, string path, params ReadOnlySpan<object?> messageArgs) =>
        Report(severity, path, [], messageArgs);

    /// <summary>Reports a finding with the facts behind it, such as computed deadlines.</summary>
    /// <param name="severity">The severity before configured overrides; <see cref="RuleSeverity.Info"/> or higher.</param>
    /// <param name="path">The model path.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="messageArgs">The message's arguments.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is <see cref="RuleSeverity.None"/> or undefined.</exception>
    public void Report(RuleSeverity severity, string path, ImmutableArray<FindingFact> facts, params ReadOnlySpan<object?> messageArgs)
    {
        ArgumentNullException.ThrowIfNull(path);
        Report(severity, new ReadOnlySpan<string>(in path), facts, messageArgs);
    }

    /// <summary>Reports a finding that judges facts at several paths: it is reported at the first, compared with the others,
    /// and cites the clauses of all of them (<see cref="Finding.Source"/>).</summary>
    /// <param name="severity">The severity before configured overrides; <see cref="RuleSeverity.Info"/> or higher.</param>
    /// <param name="paths">The model paths of the judged facts; the first is the finding's <see cref="Finding.Path"/>.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="messageArgs">The message's arguments.</param>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is <see cref="RuleSeverity.None"/> or undefined.</exception>
    public void Report(RuleSeverity severity, ReadOnlySpan<string> paths, ImmutableArray<FindingFact> facts, params ReadOnlySpan<object?> messageArgs)
    {
        if (paths.IsEmpty)
        {
            throw new ArgumentException("Give at least the path of the finding.", nameof(paths));
        }

        if (severity is not (RuleSeverity.Info or RuleSeverity.Warning or RuleSeverity.Error))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "A finding's severity must be Info, Warning or Error.");
        }

        var descriptor = Current;
        var effective = CurrentOverride ?? severity;
        if (effective == RuleSeverity.None)
        {
            // Disabled by configuration: not even the message is built.
            return;
        }

        var message = string.Format(Culture, descriptor.GetCompositeMessageFormat(Culture), messageArgs);
        Add(new Finding(descriptor, effective, message, paths[0], facts, source: Source(paths[0], paths[1..])));
    }

    // The clauses behind the fact at the path and the related facts, from the agreement's own citations.
    private FindingSource Source(string path, ReadOnlySpan<string> related)
    {
        var (stated, clauses) = AgreementNavigator.Resolve(Agreement, path);
        if (related.IsEmpty)
        {
            return new FindingSource(stated, clauses, []);
        }

        var all = new List<string>(clauses);
        foreach (var other in related)
        {
            ArgumentNullException.ThrowIfNull(other, nameof(related));
            foreach (var clause in AgreementNavigator.Resolve(Agreement, other).Clauses)
            {
                if (!all.Contains(clause))
                {
                    all.Add(clause);
                }
            }
        }

        return new FindingSource(stated, [.. all], [.. related]);
    }
}
