using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Model;
using Dpa.Rules.Validation;
using NodaTime;

namespace Dpa.Rules.Rules;

/// <summary>What a rule sees besides the agreement — the evaluation date, thresholds and culture — and where it reports findings.</summary>
/// <remarks><para>One context serves a whole validation: the engine points it at each rule in turn. Not thread-safe; never
/// shared between validations.</para></remarks>
public sealed class RuleContext
{
    private readonly List<Finding> _findings;
    private RuleDescriptor? _current;

    internal RuleContext(ProcessingAgreement agreement, LocalDate asOf, RuleThresholds thresholds, CultureInfo culture, List<Finding> findings)
    {
        Agreement = agreement;
        AsOf = asOf;
        Thresholds = thresholds;
        Culture = culture;
        _findings = findings;
    }

    /// <summary>Gets the agreement under evaluation.</summary>
    public ProcessingAgreement Agreement { get; }

    /// <summary>Gets the evaluation date: certifications, suppressions and adequacy decisions are judged as of this day.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the configurable thresholds.</summary>
    public RuleThresholds Thresholds { get; }

    /// <summary>Gets the culture of messages.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets whether the agreement is a template, for which placeholder rules relax.</summary>
    public bool IsTemplate => Agreement.Document.Status == AgreementStatus.Template;

    /// <summary>Gets the end date to compute end-of-life deadlines from: the recorded end of the main agreement, else <see cref="AsOf"/>.</summary>
    public LocalDate SampleEndDate => Agreement.Document.EndedOn ?? AsOf;

    /// <summary>Points the context at the rule about to run.</summary>
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
    /// <param name="severity">The severity before configured overrides.</param>
    /// <param name="path">The model path.</param>
    /// <param name="facts">The facts.</param>
    /// <param name="messageArgs">The message's arguments.</param>
    public void Report(RuleSeverity severity, string path, ImmutableArray<FindingFact> facts, params ReadOnlySpan<object?> messageArgs)
    {
        ArgumentNullException.ThrowIfNull(path);
        var descriptor = Current;
        var message = string.Format(Culture, descriptor.GetMessageFormat(Culture), messageArgs.ToArray());
        _findings.Add(new Finding(descriptor, severity, message, path, facts));
    }

    private RuleDescriptor Current =>
        _current ?? throw new InvalidOperationException("No rule is being evaluated.");
}
