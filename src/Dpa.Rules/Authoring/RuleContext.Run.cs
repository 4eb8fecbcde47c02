using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Dpa.Rules.Model;
using Dpa.Rules.Time;
using NodaTime;

namespace Dpa.Rules.Authoring;

/// <content>The state the validation engine keeps in a context while it runs rules: none of it is visible to a rule.</content>
public sealed partial class RuleContext
{
    private readonly List<Finding> _findings;

    // The rule reporting now: the planned rule at RuleIndex, or one begun by descriptor (a single-rule run). The engine stores
    // only an index per rule (no object reference, hence no GC write barrier) and looks the descriptor up when a rule reports.
    private RuleDescriptor? _current;
    private RuleSeverity? _currentOverride;
    private RuleDescriptor[] _planDescriptors = [];
    private RuleSeverity?[] _planOverrides = [];

    // Where the findings of the current planned rule start, recorded when it reports its first one, so that the engine need
    // not note the position before every rule to discard a failing rule's findings.
    private int _firstFindingRule = -1;
    private int _firstFinding;

    /// <summary>Creates an empty context, which the engine resets before each use.</summary>
    internal RuleContext()
    {
        _findings = [];
        Agreement = null!;
        Thresholds = RuleThresholds.Default;
        Culture = CultureInfo.InvariantCulture;
    }

    /// <summary>Gets the findings reported so far in this validation.</summary>
    internal List<Finding> Findings => _findings;

    /// <summary>Gets or sets whether a validation is using this context (it stays in the engine's per-thread slot meanwhile).</summary>
    internal bool InUse { get; set; }

    /// <summary>Gets or sets the index of the running rule in the plan given to <see cref="ResetForPlan"/>.</summary>
    internal int RuleIndex { get; set; }

    private RuleDescriptor Current =>
        _current
        ?? ((uint)RuleIndex < (uint)_planDescriptors.Length ? _planDescriptors[RuleIndex] : throw new InvalidOperationException("No rule is being evaluated."));

    private RuleSeverity? CurrentOverride => _current is null ? _planOverrides[RuleIndex] : _currentOverride;

    /// <summary>Prepares the context for a validation that runs the rules of a plan, pointed at by <see cref="RuleIndex"/>.</summary>
    /// <param name="agreement">The agreement, with the status it is judged in.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="thresholds">The thresholds.</param>
    /// <param name="culture">The culture of messages.</param>
    /// <param name="holidays">The holiday calendar of deadlines.</param>
    /// <param name="descriptors">The descriptors of the planned rules, by index.</param>
    /// <param name="overrides">The configured severities of the planned rules, by index.</param>
    /// <param name="cancellationToken">The validation's token.</param>
    [MemberNotNull(nameof(Agreement))]
    internal void ResetForPlan(
        ProcessingAgreement agreement,
        LocalDate asOf,
        RuleThresholds thresholds,
        CultureInfo culture,
        IHolidayCalendar holidays,
        RuleDescriptor[] descriptors,
        RuleSeverity?[] overrides,
        CancellationToken cancellationToken)
    {
        // A pooled context usually validates with the same options and plan again: reference fields are written only when
        // they change, since every reference store into this long-lived object costs a GC write barrier.
        Agreement = agreement;
        AsOf = asOf;
        Status = agreement.Document.Status;
        if (!ReferenceEquals(Thresholds, thresholds))
        {
            Thresholds = thresholds;
        }

        if (!ReferenceEquals(Culture, culture))
        {
            Culture = culture;
        }

        if (!ReferenceEquals(_holidays, holidays))
        {
            _holidays = holidays;
        }

        if (!ReferenceEquals(_planDescriptors, descriptors))
        {
            _planDescriptors = descriptors;
            _planOverrides = overrides;
        }

        if (cancellationToken.CanBeCanceled)
        {
            CancellationToken = cancellationToken;
        }

        // Nothing else to reset: Release left no findings and no current rule.
        _firstFindingRule = -1;
    }

    /// <summary>Points the context at one rule, outside a plan: a single-rule run.</summary>
    /// <param name="descriptor">The rule's descriptor.</param>
    /// <param name="severityOverride">The configured severity of its findings, if any.</param>
    internal void BeginRule(RuleDescriptor descriptor, RuleSeverity? severityOverride)
    {
        _current = descriptor;
        _currentOverride = severityOverride;
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

    private void Add(Finding finding)
    {
        if (_current is null && _firstFindingRule != RuleIndex)
        {
            _firstFindingRule = RuleIndex;
            _firstFinding = _findings.Count;
        }

        _findings.Add(finding);
    }
}
