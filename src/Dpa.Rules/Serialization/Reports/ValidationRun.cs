using System.Collections.Immutable;
using Dpa.Rules.Authoring;
using NodaTime;

namespace Dpa.Rules.Serialization.Reports;

/// <summary>One validation over many agreement files, as one report: the results per file and the rule set they were checked with.</summary>
/// <remarks>
/// <para><see cref="Rules"/> is every rule of the run's rule set (SARIF lists them all in <c>tool.driver.rules</c>, and the
/// Art. 28 completeness summary needs to know which elements were checked at all), plus the rule of any finding that the rule
/// set does not list, such as the engine's own rules; the rules each <see cref="AgreementResult.Rules"/> names are added too. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ValidationRun
{
    /// <summary>Creates a run.</summary>
    /// <param name="results">The results per file, in the order to report them.</param>
    /// <param name="rules">Every rule of the run's rule set.</param>
    /// <param name="asOf">The evaluation date of the validation.</param>
    public ValidationRun(IEnumerable<AgreementResult> results, IEnumerable<RuleDescriptor> rules, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rules);
        Results = [.. results];
        foreach (var result in Results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
        }

        var byId = new SortedDictionary<RuleId, RuleDescriptor>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            byId.TryAdd(rule.Id, rule);
        }

        foreach (var result in Results)
        {
            foreach (var rule in result.Rules)
            {
                byId.TryAdd(rule.Id, rule);
            }

            foreach (var finding in result.Findings)
            {
                byId.TryAdd(finding.RuleId, finding.Descriptor);
            }
        }

        Rules = [.. byId.Values];
        AsOf = asOf;
    }

    /// <summary>Gets whether any file has an active error-severity finding (the CLI's exit code 1).</summary>
    public bool HasErrors => Results.Any(r => r.Findings.Any(f => !f.IsSuppressed && f.Severity == RuleSeverity.Error));

    /// <summary>Gets whether any file could not be loaded (the CLI's exit code 2).</summary>
    public bool HasLoadErrors => Results.Any(r => !r.IsLoaded);

    /// <summary>Gets the results per file.</summary>
    public ImmutableArray<AgreementResult> Results { get; }

    /// <summary>Gets every rule of the run, in id order.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Gets the evaluation date of the validation.</summary>
    public LocalDate AsOf { get; }
}
