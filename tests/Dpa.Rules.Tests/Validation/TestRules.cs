using Dpa.Rules.Authoring;
using Dpa.Rules.Model;

namespace Dpa.Rules.Tests.Validation;

/// <summary>Small host rules for engine tests, with host ids (DPAn900–DPAn999) so they never collide with the catalog.</summary>
internal static class TestRules
{
    public static RuleDescriptor Descriptor(string id, RuleSeverity severity = RuleSeverity.Warning) => RuleDescriptor.Create(
        id,
        $"Test rule {id}",
        "Test finding at '{0}'",
        "A rule used by the engine's tests.",
        severity,
        new Uri($"https://example.com/rules/{id}"));

    /// <summary>Reports one finding at each of <paramref name="paths"/>, in the given order.</summary>
    public static IAgreementRule Reporting(string id, params string[] paths) => new ReportingRule(Descriptor(id), paths);

    /// <summary>Reports a finding at <paramref name="reportFirstAt"/> (if given), then throws <typeparamref name="TException"/>.</summary>
    public static IAgreementRule Throwing<TException>(string id, string? reportFirstAt = null)
        where TException : Exception, new() => new ThrowingRule<TException>(Descriptor(id), reportFirstAt);

    private sealed class ReportingRule(RuleDescriptor descriptor, string[] paths) : IAgreementRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            foreach (var path in paths)
            {
                context.Report(path, path);
            }
        }
    }

    private sealed class ThrowingRule<TException>(RuleDescriptor descriptor, string? reportFirstAt) : IAgreementRule
        where TException : Exception, new()
    {
        public RuleDescriptor Descriptor => descriptor;

        public void Evaluate(ProcessingAgreement agreement, RuleContext context)
        {
            if (reportFirstAt is not null)
            {
                context.Report(reportFirstAt, reportFirstAt);
            }

            throw new TException();
        }
    }
}

/// <summary>Counts its evaluations, thread-safely.</summary>
internal sealed class CountingRule(string id) : IAgreementRule
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public RuleDescriptor Descriptor { get; } = TestRules.Descriptor(id);

    public void Evaluate(ProcessingAgreement agreement, RuleContext context) => Interlocked.Increment(ref _count);
}

/// <summary>Reports what the context says about the status, so tests can see the mode the engine chose.</summary>
internal sealed class StatusEchoRule : IAgreementRule
{
    public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA1950", RuleSeverity.Info);

    public void Evaluate(ProcessingAgreement agreement, RuleContext context) =>
        context.Report(context.IsTemplate ? "$.template" : "$.notTemplate", context.Status);
}

/// <summary>Cancels a token source when it runs, as if a user gave up during a slow host rule.</summary>
internal sealed class CancellingRule(CancellationTokenSource source) : IAgreementRule
{
    public RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DPA1960");

    public void Evaluate(ProcessingAgreement agreement, RuleContext context) => source.Cancel();
}
