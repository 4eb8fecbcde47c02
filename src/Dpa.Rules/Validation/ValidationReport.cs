using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using NodaTime;

namespace Dpa.Rules.Validation;

/// <summary>The result of validating one agreement: the active findings, the suppressed ones, and the rules that ran.</summary>
/// <remarks><para>Deterministic: the same agreement and options give the same findings in the same order (rule id, then path,
/// then message, compared ordinally), on any thread. Immutable and thread-safe.</para></remarks>
public sealed class ValidationReport
{
    internal ValidationReport(
        LocalDate asOf,
        ImmutableArray<Finding> findings,
        ImmutableArray<Finding> suppressedFindings,
        ImmutableArray<RuleDescriptor> rules)
    {
        AsOf = asOf;
        Findings = findings;
        SuppressedFindings = suppressedFindings;
        Rules = rules;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case RuleSeverity.Error:
                    ErrorCount++;
                    break;
                case RuleSeverity.Warning:
                    WarningCount++;
                    break;
                default:
                    InfoCount++;
                    break;
            }
        }
    }

    /// <summary>Gets the date the agreement was judged as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the active findings, sorted by rule id, path and message.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>Gets the findings hidden by an active suppression (each carries it in <see cref="Finding.Suppression"/>), sorted like <see cref="Findings"/>.</summary>
    public ImmutableArray<Finding> SuppressedFindings { get; }

    /// <summary>Gets the descriptors of the rules that ran, in the order they ran, after the engine's own (<c>DPA0xxx</c>) that are enabled.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Gets the number of active findings of severity <see cref="RuleSeverity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>Gets the number of active findings of severity <see cref="RuleSeverity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>Gets the number of active findings of severity <see cref="RuleSeverity.Info"/>.</summary>
    public int InfoCount { get; }

    /// <summary>Gets whether no active finding has severity <see cref="RuleSeverity.Error"/>.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>Returns a one-line summary, e.g. <c>2 error(s), 1 warning(s), 0 info(s) as of 2026-11-25</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ErrorCount} error(s), {WarningCount} warning(s), {InfoCount} info(s) as of {AsOf:uuuu'-'MM'-'dd}");
}
