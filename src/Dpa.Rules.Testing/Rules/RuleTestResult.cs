using System.Collections;
using System.Collections.Immutable;
using System.Text;
using Dpa.Rules.Authoring;

namespace Dpa.Rules.Testing;

/// <summary>The findings one rule reported in a <see cref="RuleTester"/> run, with assertions on them.</summary>
/// <remarks><para>A list of the findings in the order reported, so any assertion library can inspect it too. The assertions
/// throw <see cref="AgreementAssertionException"/>, listing every finding, when they fail.</para></remarks>
public sealed class RuleTestResult : IReadOnlyList<Finding>
{
    internal RuleTestResult(RuleDescriptor rule, ImmutableArray<Finding> findings)
    {
        Rule = rule;
        Findings = findings;
    }

    /// <summary>Gets the descriptor of the rule that ran.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the findings, in the order reported.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <inheritdoc />
    public int Count => Findings.Length;

    /// <inheritdoc />
    public Finding this[int index] => Findings[index];

    /// <summary>Asserts that the rule reported nothing.</summary>
    /// <returns>This result.</returns>
    /// <exception cref="AgreementAssertionException">The rule reported something.</exception>
    public RuleTestResult ReportsNothing() =>
        Findings.IsEmpty ? this : throw Fail($"Expected {Rule.Id} to report nothing");

    /// <summary>Asserts that the rule reported exactly one finding at <paramref name="at"/>, and returns it.</summary>
    /// <param name="ruleId">The rule id expected, e.g. <c>DPA4901</c>.</param>
    /// <param name="at">The path expected, e.g. <c>$.subProcessing.subProcessors[0].name</c>.</param>
    /// <param name="severity">The severity expected; any when <see langword="null"/>.</param>
    /// <returns>The finding, for further checks of its message or facts.</returns>
    /// <exception cref="AgreementAssertionException">No such finding, or more than one.</exception>
    public Finding Reports(string ruleId, string at, RuleSeverity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(at);
        var matches = Findings.Where(f => f.RuleId.ToString() == ruleId && f.Path == at && (severity is null || f.Severity == severity)).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw Fail($"Expected {ruleId} to report once at {at}{(severity is { } s ? " as " + s : string.Empty)}, but it did {matches.Count} times");
    }

    /// <inheritdoc />
    public IEnumerator<Finding> GetEnumerator() => ((IEnumerable<Finding>)Findings).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private AgreementAssertionException Fail(string expectation)
    {
        var message = new StringBuilder(expectation).Append('.');
        message.Append(Findings.IsEmpty ? " It reported nothing." : " It reported:");
        foreach (var finding in Findings)
        {
            message.Append("\n  ").Append(finding.Severity).Append(' ').Append(finding.RuleId).Append(" at ").Append(finding.Path).Append(": ").Append(finding.Message);
        }

        return new AgreementAssertionException(message.ToString());
    }
}
