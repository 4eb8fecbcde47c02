using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Authoring;

/// <summary>What a rule sees besides the agreement — the evaluation date, thresholds and culture — and where it reports findings.</summary>
/// <remarks><para>One context serves a whole validation: the engine points it at each rule in turn, and reuses it for later
/// validations on the same thread. Not thread-safe; a rule must not keep it beyond <see cref="IAgreementRule.Evaluate"/>.</para></remarks>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private RuleDescriptor? _current;
    private AgreementStatus _status;

    // The engine's plan: the rule at RuleIndex is the current one when no rule was begun by descriptor. The engine stores only
    // an index per rule (no object reference, hence no GC write barrier) and looks the descriptor up when a rule reports.
    private RuleDescriptor[] _planDescriptors = [];
    private RuleSeverity?[] _planOverrides = [];

    // Where the findings of the current planned rule start, recorded when it reports its first one, so that the engine need
    // not note the position before every rule to discard a failing rule's findings.
    private int _firstFindingRule = -1;
    private int _firstFinding;

    internal RuleContext(ProcessingAgreement agreement, LocalDate asOf, RuleThresholds thresholds, CultureInfo culture, List<Finding> findings)
    {
        _findings = findings;
        Reset(agreement, asOf, thresholds, culture, agreement.Document.Status, CancellationToken.None);
    }

    /// <summary>Creates an empty context for the engine, which <see cref="ResetForPlan"/>s it before each validation.</summary>
    internal RuleContext()
    {
        _findings = [];
        Agreement = null!;
        Thresholds = RuleThresholds.Default;
        Culture = CultureInfo.InvariantCulture;
    }

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
    public AgreementStatus Status => _status;

    /// <summary>Gets whether the agreement is judged as a template, for which placeholder rules relax.</summary>
    public bool IsTemplate => _status == AgreementStatus.Template;

    /// <summary>Gets the end date to compute end-of-life deadlines from: the recorded end of the main agreement, else <see cref="AsOf"/>.</summary>
    public LocalDate SampleEndDate => Agreement.Document.EndedOn ?? AsOf;

    /// <summary>Gets the token that cancels the validation; a slow rule may observe it.</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>Gets the findings reported so far in this validation.</summary>
    internal List<Finding> Findings => _findings;

    /// <summary>Gets or sets whether a validation is using this context (it stays in the engine's per-thread slot meanwhile).</summary>
    internal bool InUse { get; set; }

    /// <summary>Gets or sets the index of the running rule in the plan given to <see cref="ResetForPlan"/>.</summary>
    internal int RuleIndex { get; set; }

    /// <summary>Prepares the context for a validation.</summary>
    [MemberNotNull(nameof(Agreement), nameof(Thresholds), nameof(Culture))]
    internal void Reset(
        ProcessingAgreement agreement,
        LocalDate asOf,
        RuleThresholds thresholds,
        CultureInfo culture,
        AgreementStatus status,
        CancellationToken cancellationToken)
    {
        Agreement = agreement;
        AsOf = asOf;
        Thresholds = thresholds;
        Culture = culture;
        _status = status;
        CancellationToken = cancellationToken;
        _current = null;
        _findings.Clear();
    }

    /// <summary>Prepares the context for a validation that runs the rules of a plan, pointed at by <see cref="RuleIndex"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="culture">The culture of messages.</param>
    /// <param name="status">The status the agreement is judged in.</param>
    /// <param name="descriptors">The descriptors of the planned rules, by index.</param>
    /// <param name="overrides">The configured severities of the planned rules, by index.</param>
    /// <param name="cancellationToken">The validation's token.</param>
    internal void ResetForPlan(
        ProcessingAgreement agreement,
        LocalDate asOf,
        RuleThresholds thresholds,
        CultureInfo culture,
        AgreementStatus status,
        RuleDescriptor[] descriptors,
        RuleSeverity?[] overrides,
        CancellationToken cancellationToken)
    {
        // A pooled context usually validates with the same options and plan again: reference fields are written only when
        // they change, since every reference store into this long-lived object costs a GC write barrier.
        Agreement = agreement;
        AsOf = asOf;
        if (!ReferenceEquals(Thresholds, thresholds))
        {
            Thresholds = thresholds;
        }

        if (!ReferenceEquals(Culture, culture))
        {
            Culture = culture;
        }

        if (!ReferenceEquals(_planDescriptors, descriptors))
        {
            _planDescriptors = descriptors;
            _planOverrides = overrides;
        }

        _status = status;
        if (cancellationToken.CanBeCanceled)
        {
            CancellationToken = cancellationToken;
        }

        // Nothing else to reset: Release left no findings and no current rule, and the engine never begins a rule by
        // descriptor on its contexts.
        _firstFindingRule = -1;
    }

    /// <summary>Removes what the planned rule at <see cref="RuleIndex"/> reported, after it failed.</summary>
    internal void DiscardFindingsOfCurrentRule()
    {
        if (_current is null && _firstFindingRule == RuleIndex)
        {
            _findings.RemoveRange(_firstFinding, _findings.Count - _firstFinding);
        }

        _firstFindingRule = -1;
    }

    /// <summary>Drops the references of the last validation so that a pooled context keeps no agreement alive.</summary>
    /// <remarks><para>It keeps the plan's descriptors and severities for the next validation: they are the validator's
    /// configuration, never agreement data.</para></remarks>
    internal void Release()
    {
        Agreement = null!;
        if (CancellationToken.CanBeCanceled)
        {
            CancellationToken = CancellationToken.None;
        }

        // No rule is current any more: a rule that kept the context cannot report into this or a later validation.
        RuleIndex = -1;
        _findings.Clear();
        InUse = false;
    }

    /// <summary>Points the context at the rule about to run, outside the engine (rule tests); it reports at its own severities.</summary>
    internal void BeginRule(RuleDescriptor descriptor) => _current = descriptor;

    /// <summary>Reports a finding of the current rule at its default severity.</summary>
    /// <param name="path">The model path, e.g. <c>$.breach.deadline</c>.</param>
    /// <param name="messageArgs">The message's arguments: names of parties or sub-processors, periods, dates — never free text.</param>
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
        if (severity is not (RuleSeverity.Info or RuleSeverity.Warning or RuleSeverity.Error))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "A finding's severity must be Info, Warning or Error.");
        }

        var descriptor = Current;
        // Configured severities come with the engine's plan; a rule begun by descriptor has none.
        var effective = (_current is null ? _planOverrides[RuleIndex] : null) ?? severity;
        if (effective == RuleSeverity.None)
        {
            // Disabled by configuration: not even the message is built.
            return;
        }

        var message = string.Format(Culture, descriptor.GetMessageFormat(Culture), messageArgs);
        if (_current is null && _firstFindingRule != RuleIndex)
        {
            _firstFindingRule = RuleIndex;
            _firstFinding = _findings.Count;
        }

        _findings.Add(new Finding(descriptor, effective, message, path, facts));
    }

    private RuleDescriptor Current =>
        _current
        ?? ((uint)RuleIndex < (uint)_planDescriptors.Length ? _planDescriptors[RuleIndex] : throw new InvalidOperationException("No rule is being evaluated."));
}
