using System.Collections.Immutable;
using System.Globalization;
using Dpa.Rules.Authoring;
using Dpa.Rules.Model;
using NodaTime;

namespace Dpa.Rules.Validation;

/// <summary>Runs the rules of a plan on one agreement: the engine's hot path, fenced off from the public types.</summary>
/// <remarks>
/// <para>What makes a clean validation cost little more than the rules' own checks lives here: a per-thread pooled
/// <see cref="RuleContext"/>, one protected region per run (re-entered after a failing rule), and the dispatch of the rules
/// through blocks of separate call sites (<see cref="RuleDispatch"/>). Every guarantee of <see cref="AgreementValidator"/>
/// holds: each rule runs once, in order; a rule that throws becomes a DPA0001 finding and what it reported is discarded;
/// the token is checked before every rule.</para>
/// </remarks>
internal static class RuleRunner
{
    // One context per thread, reused across validations so that a clean agreement allocates nothing. It stays in the slot
    // while in use (marked so) rather than being taken out and put back: that would cost a second thread-static access and
    // a GC write barrier per validation. A validation that finds the pooled context in use (one started by a rule on the
    // same thread) puts a new context in the slot, and the outer validation finishes with its own.
    [ThreadStatic]
    private static RuleContext? _pooledContext;

    /// <summary>Runs every rule of <paramref name="plan"/> on <paramref name="agreement"/> and builds the report.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="agreement">The agreement, with the status it is judged in.</param>
    /// <param name="cancellationToken">Checked before every rule.</param>
    public static ValidationReport Run(ValidationPlan plan, ProcessingAgreement agreement, CancellationToken cancellationToken)
    {
        ref var slot = ref _pooledContext;
        var context = slot;
        if (context is null || context.InUse)
        {
            // The first validation on this thread, or one started by a rule of a validation that holds the pooled context:
            // this context becomes the pooled one. The outer validation keeps its own and simply drops it when done.
            context = new RuleContext();
            slot = context;
        }

        var options = plan.Options;
        context.InUse = true;
        context.ResetForPlan(
            agreement, plan.AsOf, options.Thresholds, options.Culture, options.HolidayCalendar, plan.RuleDescriptors, plan.SeverityOverrides, cancellationToken);
        RunRules(plan, agreement, context, options.Culture, cancellationToken);
        var findings = context.Findings;
        if (plan.ConfigurationFindings.Length != 0)
        {
            findings.AddRange(plan.ConfigurationFindings);
        }

        // No try/finally: only the rules can throw here, and RunRules releases the context when it lets an exception out.
        // Kept out of a protected region, this method's locals stay in registers.
        var report = findings.Count == 0 ? plan.CleanReport : ReportBuilder.Create(plan, findings);
        context.Release();
        return report;
    }

    /// <summary>Runs one rule alone on <paramref name="agreement"/> and returns what it reports, in the order reported.</summary>
    /// <remarks><para>No isolation: an exception of the rule is the caller's to see. Severity overrides and the mode of
    /// <paramref name="options"/> apply; suppressions do not.</para></remarks>
    public static ImmutableArray<Finding> RunOne(IAgreementRule rule, ProcessingAgreement agreement, LocalDate asOf, ValidationOptions options)
    {
        var descriptor = rule.Descriptor ?? throw new ArgumentException("The rule has no descriptor.", nameof(rule));
        var severityOverride = options.SeverityOverrideFor(descriptor);
        if (severityOverride == RuleSeverity.None)
        {
            return [];
        }

        var context = new RuleContext();
        context.ResetForPlan(agreement, asOf, options.Thresholds, options.Culture, options.HolidayCalendar, [], [], CancellationToken.None);
        context.BeginRule(descriptor, severityOverride);
        rule.Evaluate(agreement, context);
        return [.. context.Findings];
    }

    /// <summary>Runs every planned rule once, in order; a rule that throws becomes a DPA0001 finding and the run goes on.</summary>
    /// <remarks><para>One protected region for the whole run, re-entered after a failure at the rule after the one that
    /// failed. A cancellation is the only exception let out, and the context is released first.</para></remarks>
    private static void RunRules(ValidationPlan plan, ProcessingAgreement agreement, RuleContext context, CultureInfo culture, CancellationToken cancellationToken)
    {
        var evaluators = plan.Evaluators;
        var i = 0;
        while (i < evaluators.Length)
        {
            try
            {
                RuleDispatch.RunFrom(i, evaluators, agreement, context, cancellationToken.CanBeCanceled);
                break;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                context.Release();
                throw;
            }
#pragma warning disable CA1031 // Any exception of a rule becomes a DPA0001 finding: validation never crashes on a rule's bug.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // The failing rule's index comes from the context, so that the loop counter need not be kept in memory.
                i = context.RuleIndex;
                context.DiscardFindingsOfCurrentRule();
                if (plan.RuleFailedSeverity is { } severity)
                {
                    context.Findings.Add(EngineFindings.RuleFailed(plan.RuleDescriptors[i], exception, severity, culture));
                }

                i++;
            }
        }
    }
}
